/** @fileoverview Runs every rule over the posts; the one validation module that lint, build and serve share. */
import { dirname } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../diagnostics/position.ts';
import { createUrls } from '../util/urls.ts';
import { type BlogIndex, indexBlog } from './blog-index.ts';
import { type BodyScan, scanBody } from './body/scan-body.ts';
import { disabledRules } from './disable-comments.ts';
import type { Post } from './post.ts';
import { resolveReference } from './resolve-reference.ts';
import type { Report, Rule } from './rule.ts';
import { rules as allRules } from './rules/index.ts';

export interface ValidateOptions {
  /** Severity overrides by rule id, from the config and the command line. */
  ruleSettings?: Record<string, 'off' | 'warn' | 'error'>;
  rules?: readonly Rule[];
  /** Also run the lint-only rules (the body rules); `blog build` leaves them out. */
  lint?: boolean;
  /**
   * Findings of per-post rules kept from an earlier build (the build cache); blog-wide rules always run,
   * and so does a per-post rule that looks at other posts.
   */
  cache?: PostCheckCache;
  /**
   * Files of the blog (`static/x.pdf`, `posts/x/a.png`) not yet written but about to be (an import's plan):
   * a reference to one is found, not missing.
   */
  planned?: ReadonlySet<string>;
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
  // By position in `healthy`: a Map lookup per post and rule is measurable at 10,000 posts.
  const cached = healthy.map((p) => options.cache?.get(p));
  const fresh = new Map<Post, Record<string, Diagnostic[]>>();
  const lookedAcross = new Set<Post>();

  const scans = new WeakMap<Post, BodyScan>();
  const body = (post: Post) => {
    let scan = scans.get(post);
    if (!scan) {
      scan = scanBody(post.source.text, post.bodyOffset);
      scans.set(post, scan);
    }
    return scan;
  };
  let index: BlogIndex | undefined;
  const blog = () => {
    index ??= indexBlog(posts, config);
    return index;
  };
  const basePath = createUrls(config.baseUrl).basePath;
  const imagesDir = config.images.dir;
  // Disable comments are looked for only in posts that have something to report.
  const disabled = new WeakMap<Post, Set<string> | 'all' | undefined>();
  const isDisabled = (post: Post, rule: Rule) => {
    if (rule.meta.essential) return false;
    if (!disabled.has(post)) disabled.set(post, disabledRules(post.source.text));
    const off = disabled.get(post);
    return off === 'all' || Boolean(off?.has(rule.id));
  };

  for (const rule of options.rules ?? allRules) {
    if (rule.meta.lintOnly && !options.lint) continue;
    const setting = rule.meta.essential ? undefined : settings[rule.id];
    if (setting === 'off') continue;
    const severity: Severity =
      setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : rule.meta.severity;
    if (rule.checkPost) {
      for (let i = 0; i < healthy.length; i++) {
        const post = healthy[i]!;
        const kept = cached[i];
        if (kept && Object.hasOwn(kept, rule.id)) {
          const found = kept[rule.id]!;
          if (found.length > 0) diagnostics.push(...found);
          continue;
        }
        const byRule = fresh.get(post) ?? { ...kept };
        fresh.set(post, byRule);
        const found: Diagnostic[] = [];
        byRule[rule.id] = found;
        rule.checkPost({
          post,
          config,
          root,
          report: (r) => {
            if (isDisabled(post, rule)) return;
            const diagnostic = toDiagnostic(post, rule.id, severity, r);
            found.push(diagnostic);
            diagnostics.push(diagnostic);
          },
          body: () => body(post),
          blog: () => {
            // What this rule finds now depends on other posts too: not kept for the next build.
            lookedAcross.add(post);
            return blog();
          },
          resolve: (reference, kind) => {
            const found = resolveReference(
              reference,
              { root, fromDir: dirname(post.path), imagesDir, basePath },
              kind,
            );
            return found.kind === 'missing' && options.planned?.has(found.file)
              ? { ...found, kind: 'found' }
              : found;
          },
        });
      }
    }
    rule.checkBlog?.({
      posts: healthy,
      config,
      root,
      report: (post, r) => {
        if (!isDisabled(post, rule)) diagnostics.push(toDiagnostic(post, rule.id, severity, r));
      },
      position: (post, offset) => lineIndexOf(post).positionAt(offset),
    });
  }
  if (options.cache)
    for (const [post, byRule] of fresh) if (!lookedAcross.has(post)) options.cache.set(post, byRule);
  return diagnostics;
}
