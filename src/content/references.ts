/**
 * @fileoverview The broken-reference policy: which rules check what a post points at (its `image`, body images,
 * links to posts and to files), where a bare image name is looked for, and how severe a broken one is.
 */
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeUrlPath } from '../util/urls.ts';

/** The rules whose findings are broken references. */
export const REFERENCE_RULES: ReadonlySet<string> = new Set([
  'frontmatter/image',
  'body/missing-image',
  'body/broken-link',
]);

/**
 * Where the policy applies: `lint` reports a broken reference as an error; a plain `build` publishes the site
 * and counts it as a warning (a migrated blog builds before every image is copied); `strict` (`blog build
 * --strict`, the CI gate) stops on it as lint does.
 */
export type ReferenceMode = 'lint' | 'build' | 'strict';

export function isBrokenReference(d: Pick<Diagnostic, 'ruleId'>): boolean {
  return d.ruleId !== null && REFERENCE_RULES.has(d.ruleId);
}

/** The diagnostics as the mode reports them: in a plain build, broken references are warnings. */
export function applyReferencePolicy(diagnostics: Diagnostic[], mode: ReferenceMode): Diagnostic[] {
  if (mode !== 'build') return diagnostics;
  return diagnostics.map((d) =>
    d.severity === 'error' && isBrokenReference(d) ? { ...d, severity: 'warning' } : d,
  );
}

export interface ResolvedImage {
  /** Absolute path of the file. */
  file: string;
  /** Where the site serves it: a root-relative path for files under `static/`, else relative to the post's page. */
  url: string;
}

/**
 * The file a front-matter `image` names, or undefined when there is none. A root-relative value is under
 * `static/`; a relative one is beside the post, then under `static/`, then under `images.dir` (default
 * `static/images`), so a bare `image: cover.png` finds `static/images/cover.png` as Jekyll and Hugo themes do.
 * Remote URLs are not references to check: they resolve to themselves.
 */
export function resolveFrontMatterImage(
  value: string,
  postPath: string,
  root: string,
  config: Pick<SiteConfig, 'images'>,
): ResolvedImage | undefined {
  const clean = decodeUrlPath(value.split(/[?#]/)[0]!);
  if (!clean.startsWith('/')) {
    const beside = join(dirname(postPath), clean);
    if (existsSync(beside)) return { file: beside, url: clean };
  }
  // Paths inside `static/`, as the site serves them; a browser resolves `/../x.png` to `/x.png`.
  const served = clean.startsWith('/')
    ? [posix.normalize(clean)]
    : [posix.normalize(`/${clean}`), posix.normalize(`/${imagesUrlDir(config)}/${clean}`)];
  for (const url of served) {
    const file = join(root, 'static', url);
    if (existsSync(file)) return { file, url };
  }
  return undefined;
}

/** `images.dir` as the site serves it: `static/images` → `images`. */
function imagesUrlDir(config: Pick<SiteConfig, 'images'>): string {
  return config.images.dir.replace(/^static(\/|$)/, '');
}

/** True for `https://…` and `//host/…`: not a file of the blog. */
export function isRemoteUrl(value: string): boolean {
  return /^([a-z][a-z0-9+.-]*:)?\/\//i.test(value) || /^data:/i.test(value);
}
