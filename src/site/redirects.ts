/**
 * @fileoverview Old URLs that keep working: `aliases` (Hugo) and `redirect_from` (Jekyll) in front-matter and
 * the config's `redirects` map, read into one list, each old path normalised and checked against every other
 * claim on its URL. Lint (as rules, against the posts) and build (against every planned page) share this.
 */
import { isSeq } from 'yaml';
import { CONFIG_FILE } from '../config/defaults.ts';
import { configKeyLocator } from '../config/load.ts';
import type { SiteConfig } from '../config/schema.ts';
import { findPair, type Span, valueSpan } from '../content/frontmatter.ts';
import type { Post } from '../content/post.ts';
import type { RelatedLocation } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../diagnostics/position.ts';
import { isExternalTarget, normaliseOldPath, outputPathOf } from '../util/urls.ts';

/** Front-matter keys that list a post's old paths. */
export const REDIRECT_KEYS = ['aliases', 'redirect_from'] as const;

/** One old URL and where it leads. */
export interface RedirectEntry {
  /** The old site path, normalised: `/old/` or `/old.html`. */
  from: string;
  /** A site path of this site (`/posts/x/`), or an absolute http(s) URL (config only). */
  to: string;
  /** The post that asks for it; undefined for the config's `redirects`. */
  post: Post | undefined;
  /** `aliases`, `redirect_from`, or the config's `redirects` key as written. */
  key: string;
  span: Span | undefined;
  /** Where the config's `redirects` key is written (config entries only, when the config's text was given). */
  at?: ConfigPosition;
}

/** A line and column in the config file. */
export type ConfigPosition = { line: number; column: number };

/** A problem with a redirect, attached to the post that asks for it (or to the config when none does). */
export interface RedirectProblem {
  ruleId: 'frontmatter/redirect-path' | 'blog/redirect-conflict' | 'blog/redirect-target';
  post: Post | undefined;
  span: Span | undefined;
  message: string;
  hint?: string;
  related: RelatedLocation[];
  /** Where in the config, for a problem with the config's `redirects` (no post). */
  at?: ConfigPosition;
}

/** The old paths a post asks for, and the values that cannot be one (`frontmatter/redirect-path`). */
export function postRedirects(
  post: Post,
  to: string,
): { entries: RedirectEntry[]; problems: RedirectProblem[] } {
  const entries: RedirectEntry[] = [];
  const problems: RedirectProblem[] = [];
  // Jekyll posts often list `/old` and `/old/` both; here they are one old URL to one page, asked for once.
  const seen = new Set<string>();
  for (const key of REDIRECT_KEYS) {
    const value = post.data[key];
    if (value === undefined || value === null) continue;
    const items = Array.isArray(value) ? value : [value];
    const node = findPair(post.source, key)?.value;
    items.forEach((item, i) => {
      const span = itemSpan(post, key, isSeq(node) ? i : undefined);
      const normal =
        typeof item === 'string'
          ? normaliseOldPath(item)
          : { problem: 'is not a string, expected a path such as `/old-post/`' };
      if ('problem' in normal) {
        problems.push({
          ruleId: 'frontmatter/redirect-path',
          post,
          span,
          message: `Unexpected \`${String(item)}\` in \`${key}\`: it ${normal.problem}`,
          related: [],
        });
        return;
      }
      const output = outputPathOf(normal.path).toLowerCase();
      if (seen.has(output)) return;
      seen.add(output);
      entries.push({ from: normal.path, to, post, key, span });
    });
  }
  return { entries, problems };
}

/**
 * The config's `redirects` (checked by the config schema already; one that is not a path is skipped).
 * @param source the config's text, so that a problem is reported at the entry's line rather than at 1:1
 */
export function configRedirects(config: SiteConfig, source?: string): RedirectEntry[] {
  const entries: RedirectEntry[] = [];
  const positionOf = source === undefined ? undefined : configKeyLocator(source);
  for (const [from, to] of Object.entries(config.redirects)) {
    const normal = normaliseOldPath(from);
    const target = isExternalTarget(to) ? { path: to } : normaliseOldPath(to);
    if ('path' in normal && 'path' in target)
      entries.push({
        from: normal.path,
        to: target.path,
        post: undefined,
        key: from,
        span: undefined,
        ...(positionOf ? { at: positionOf(['redirects', from]) } : {}),
      });
  }
  return entries;
}

/** Who else makes a URL: a post's page, a generated page or file, or nothing. */
export interface Claim {
  /** The post behind it, when there is one. */
  post?: Post;
  /** What it is, for messages: `the page of posts/x.md`, `the tag pages`. */
  what: string;
}

/**
 * Every clash: two redirects from one URL (whatever asked for them), a redirect from a URL the site makes
 * (`claimOf`), and, when `exists` is given, a redirect to a site path that is no page of the site.
 */
export function checkRedirects(
  entries: readonly RedirectEntry[],
  claimOf: (outputPath: string) => Claim | undefined,
  exists?: (path: string) => boolean,
): RedirectProblem[] {
  const problems: RedirectProblem[] = [];
  const byOutput = new Map<string, RedirectEntry[]>();
  for (const entry of entries) {
    // Hosts often match paths case-insensitively (macOS, Windows), so `/Old/` and `/old/` are one URL.
    const key = outputPathOf(entry.from).toLowerCase();
    const list = byOutput.get(key);
    if (list) list.push(entry);
    else byOutput.set(key, [entry]);
  }
  for (const [output, group] of byOutput) {
    const claim = claimOf(output) ?? fileAbove(output, claimOf);
    for (const entry of group) {
      const others = group.filter((e) => e !== entry);
      if (claim) {
        const own = claim.post !== undefined && claim.post === entry.post;
        problems.push({
          ruleId: 'blog/redirect-conflict',
          post: entry.post,
          span: entry.span,
          ...(entry.at ? { at: entry.at } : {}),
          message: own
            ? `Unexpected \`${entry.from}\` in \`${entry.key}\`: it is this post's own URL`
            : `Unexpected redirect from \`${entry.from}\` in \`${entry.post ? entry.key : 'redirects'}\`: that URL is ${claim.what}`,
          hint: own
            ? 'Remove it: the post is already there.'
            : 'A redirect page would replace that page; remove the redirect or move the page.',
          related:
            claim.post && !own ? [locate(claim.post, undefined, 'The page at that URL comes from here')] : [],
        });
      } else if (others.length > 0) {
        problems.push({
          ruleId: 'blog/redirect-conflict',
          post: entry.post,
          span: entry.span,
          ...(entry.at ? { at: entry.at } : {}),
          message: `Unexpected second redirect from \`${entry.from}\` in \`${entry.post ? entry.key : 'redirects'}\`, also claimed by ${others.map(where).join(', ')}`,
          hint: 'One old URL can lead to one page only: keep it on the post it belonged to.',
          related: others.map((o) => locate(o.post, o.span, 'Also claimed here', o.at)),
        });
      }
    }
  }
  if (exists) {
    for (const entry of entries) {
      if (isExternalTarget(entry.to) || exists(entry.to)) continue;
      problems.push({
        ruleId: 'blog/redirect-target',
        post: entry.post,
        span: entry.span,
        ...(entry.at ? { at: entry.at } : {}),
        message: `Unexpected redirect from \`${entry.from}\` to \`${entry.to}\`: no page of the site is there`,
        hint: 'Point it at a post or page this blog builds (or at a full `https://` URL).',
        related: [],
      });
    }
  }
  return problems;
}

/**
 * A claim on a folder above `output` that the site writes as a file (`atom.xml` above `atom.xml/x/index.html`,
 * a post's `index.html` above `…/index.html/z/`): a redirect page cannot be written inside a file.
 */
function fileAbove(output: string, claimOf: (outputPath: string) => Claim | undefined): Claim | undefined {
  const parts = output.split('/');
  for (let i = 1; i < parts.length; i++) {
    const claim = claimOf(parts.slice(0, i).join('/'));
    if (claim) return { ...claim, what: `inside ${claim.what}, which is a file` };
  }
  return undefined;
}

function where(entry: RedirectEntry): string {
  return entry.post ? `\`${entry.key}\` of ${entry.post.file}` : `\`redirects\` in ${CONFIG_FILE}`;
}

function locate(
  post: Post | undefined,
  span: Span | undefined,
  message: string,
  inConfig?: ConfigPosition,
): RelatedLocation {
  if (!post) return { file: CONFIG_FILE, line: inConfig?.line ?? 1, column: inConfig?.column ?? 1, message };
  const at = new LineIndex(post.source.text).positionAt(span?.offset ?? 0);
  return { file: post.file, line: at.line, column: at.column, message };
}

/** Where item `index` of a list value is written, or the whole value. */
function itemSpan(post: Post, key: string, index: number | undefined): Span | undefined {
  const node = findPair(post.source, key)?.value;
  const item =
    index !== undefined && isSeq(node) ? (node.items[index] as { range?: number[] } | undefined) : undefined;
  return item?.range
    ? { offset: post.source.matterOffset + item.range[0]!, end: post.source.matterOffset + item.range[1]! }
    : valueSpan(post.source, key);
}
