/** @fileoverview Runs every rule over the posts; the one validation module that lint, build and serve share. */
import type { SiteConfig } from '../config/schema.ts';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../diagnostics/position.ts';
import type { Post } from './post.ts';
import type { Report, Rule } from './rule.ts';
import { rules as allRules } from './rules/index.ts';

export interface ValidateOptions {
  /** Severity overrides by rule id, from the config and the command line. */
  ruleSettings?: Record<string, 'off' | 'warn' | 'error'>;
  rules?: readonly Rule[];
  /** Findings of per-post rules kept from an earlier build (the build cache); blog-wide rules always run. */
  cache?: PostCheckCache;
}

/** Per-post findings by rule id, for posts whose text and surroundings have not changed. */
export interface PostCheckCache {
  get(post: Post): Record<string, Diagnostic[]> | undefined;
  set(post: Post, byRule: Record<string, Diagnostic[]>): void;
}

const lineIndexes = new WeakMap<Post, LineIndex>();

/** Line index of a post's text, built once and only for posts that have something to report. */
export function lineIndexOf(post: Post): LineIndex {
  let index = lineIndexes.get(post);
  if (!index) {
    index = new LineIndex(post.source.text);
    lineIndexes.set(post, index);
  }
  return index;
}

export function toDiagnostic(post: Post, ruleId: string, severity: Severity, report: Report): Diagnostic {
  const index = lineIndexOf(post);
  const start = index.positionAt(report.span?.offset ?? 0);
  const diagnostic: Diagnostic = {
    file: post.file,
    line: start.line,
    column: start.column,
    severity: report.severity && severity === 'error' ? report.severity : severity,
    ruleId,
    message: report.message,
  };
  if (report.span) {
    const end = index.positionAt(report.span.end);
    diagnostic.endLine = end.line;
    diagnostic.endColumn = end.column;
  }
  if (report.hint) diagnostic.hint = report.hint;
  if (report.fix) diagnostic.fix = report.fix;
  if (report.related?.length) diagnostic.related = report.related;
  return diagnostic;
}

/** All problems in the posts: fatal parse errors, then each enabled rule's findings. */
export function validatePosts(
  posts: readonly Post[],
  config: SiteConfig,
  root: string,
  options: ValidateOptions = {},
): Diagnostic[] {
  const settings = { ...config.lint.rules, ...options.ruleSettings };
  const diagnostics: Diagnostic[] = [];
  const healthy = posts.filter((p) => p.source.problems.length === 0);
  for (const post of posts) diagnostics.push(...post.source.problems);
  const cached = new Map(healthy.map((p) => [p, options.cache?.get(p)]));
  const fresh = new Map<Post, Record<string, Diagnostic[]>>();

  for (const rule of options.rules ?? allRules) {
    const setting = settings[rule.id];
    if (setting === 'off') continue;
    const severity: Severity =
      setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : rule.meta.severity;
    if (rule.checkPost) {
      for (const post of healthy) {
        const kept = cached.get(post);
        if (kept) {
          diagnostics.push(...(kept[rule.id] ?? []));
          continue;
        }
        const byRule = fresh.get(post) ?? {};
        fresh.set(post, byRule);
        const found: Diagnostic[] = [];
        byRule[rule.id] = found;
        rule.checkPost({
          post,
          config,
          root,
          report: (r) => {
            const diagnostic = toDiagnostic(post, rule.id, severity, r);
            found.push(diagnostic);
            diagnostics.push(diagnostic);
          },
        });
      }
    }
    rule.checkBlog?.({
      posts: healthy,
      config,
      root,
      report: (post, r) => diagnostics.push(toDiagnostic(post, rule.id, severity, r)),
      position: (post, offset) => lineIndexOf(post).positionAt(offset),
    });
  }
  if (options.cache) for (const [post, byRule] of fresh) options.cache.set(post, byRule);
  return diagnostics;
}
