/**
 * @fileoverview The URL a post had on the old site (its generator's permalink pattern, or the post's own
 * `permalink`/`url`), added to the imported post as `aliases` when the new URL differs: no inbound link lost.
 */
import { basename, posix } from 'node:path';
import { IANAZone } from 'luxon';
import type { SiteConfig } from '../config/schema.ts';
import { fileSlug } from '../content/post.ts';
import { slugify } from '../util/slug.ts';
import { normaliseOldPath, outputPathOf, permalink } from '../util/urls.ts';
import { lineOfKey, padNameDate, type ReadPost } from './convert-post.ts';
import { eleventyDefaultUrl, eleventyStemPath } from './eleventy.ts';
import {
  type HexoCategoryConfig,
  hexoCategory,
  hexoHash,
  hexoSlug,
  hexoSlugize,
  readHexoCategoryConfig,
} from './hexo-urls.ts';
import { type HugoUrlConfig, hugoOldPath } from './hugo-old-path.ts';
import { readHugoUrlConfig } from './hugo-url-config.ts';
import { readSiteConfig } from './read-config-file.ts';
import type { SourceKind, SourceSite } from './types.ts';

/** Jekyll's named styles. `:categories` is dropped when a post has none. */
const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** What the old site's config says about post URLs. */
export interface OldPermalinks {
  kind: SourceKind;
  /** The pattern for posts, or undefined when each post's own `permalink` is all there is (Eleventy). */
  pattern: string | undefined;
  /** Hugo: how its config shapes URLs (`[permalinks]`, `disablePathToLower`, the language prefix). */
  hugo?: HugoUrlConfig;
  /** Hexo: the `new_post_name` pattern its `:title` is read with (`:title.md` when unset). */
  newPostName?: string;
  /** Hexo: how its `:category` is made. */
  hexoCategories?: HexoCategoryConfig;
  /** Hexo: `permalink_defaults`, the values of tokens a post does not set. */
  permalinkDefaults?: Record<string, string>;
  /** Hexo: the zone its dates were read in (its `timezone`, else this blog's), for `:hash`. */
  timeZone?: string;
}

/**
 * Reads the old site's permalink pattern (the generator's default when its config sets none). `timeZone` is
 * this blog's, for a Hexo site whose config names none (Hexo then read dates in the machine's zone).
 */
export function readOldPermalinks(site: SourceSite, timeZone = 'UTC'): OldPermalinks {
  // Missing: the generator's default; a file that does not parse stops the import (see readSiteConfig).
  switch (site.kind) {
    case 'jekyll': {
      const config = readSiteConfig('jekyll', site.root)?.data;
      const value = jekyllPostsPermalink(config ?? {});
      const pattern = typeof value === 'string' ? value : 'date';
      return { kind: 'jekyll', pattern: JEKYLL_STYLES[pattern] ?? pattern };
    }
    case 'hugo':
      return { kind: 'hugo', pattern: undefined, hugo: readHugoUrlConfig(site.root, site.hugo) };
    case 'hexo': {
      const config = readSiteConfig('hexo', site.root)?.data;
      const value = config?.permalink;
      const newPostName = config?.new_post_name;
      return {
        kind: 'hexo',
        pattern: typeof value === 'string' ? value : ':year/:month/:day/:title/',
        newPostName: typeof newPostName === 'string' && newPostName ? newPostName : ':title.md',
        hexoCategories: readHexoCategoryConfig(config),
        permalinkDefaults: scalars(config?.permalink_defaults),
        timeZone:
          typeof config?.timezone === 'string' && IANAZone.isValidZone(config.timezone)
            ? config.timezone
            : timeZone,
      };
    }
    case 'eleventy':
      return { kind: 'eleventy', pattern: site.permalink };
  }
}

/**
 * Jekyll's permalink for posts, in its order: front-matter `defaults` for every post (`scope` path `""` or
 * `_posts`, type `posts` or none; the last wins), then `collections.posts.permalink` (jekyllrb.com's
 * `/news/:year/:month/:day/:title/`), then the site's `permalink`.
 */
function jekyllPostsPermalink(config: Record<string, unknown>): unknown {
  const defaults = Array.isArray(config.defaults) ? (config.defaults as unknown[]) : [];
  const forAllPosts = defaults.filter((entry): entry is { values: Record<string, unknown> } => {
    if (typeof entry !== 'object' || entry === null) return false;
    const { scope, values } = entry as { scope?: { path?: unknown; type?: unknown }; values?: unknown };
    if (typeof values !== 'object' || values === null || !('permalink' in values)) return false;
    const path = String(scope?.path ?? '').replace(/^\.?\/|\/$/g, '');
    return (path === '' || path === '_posts') && (scope?.type === undefined || scope.type === 'posts');
  });
  const fromDefaults = forAllPosts.at(-1)?.values.permalink;
  if (fromDefaults !== undefined) return fromDefaults;
  const collections = config.collections as Record<string, { permalink?: unknown } | null> | undefined;
  const posts = typeof collections === 'object' && collections !== null ? collections.posts : undefined;
  return posts?.permalink ?? config.permalink;
}

/**
 * The post's old path, or why it cannot be worked out (a token this does not know, a templated
 * permalink); undefined when the old site gave the post no page.
 */
export function oldPathOf(
  post: ReadPost,
  site: SourceSite,
  old: OldPermalinks,
): { path: string } | { problem: string } | undefined {
  const data = post.matter.doc.toJS() as Record<string, unknown>;
  const own = site.kind === 'hugo' ? data.url : data.permalink;
  if (own === false) return undefined;
  const name = post.found.name ?? basename(post.found.path).replace(/\.(md|markdown)$/i, '');
  const stem = /^index$/i.test(name) && post.found.assetDir ? basename(post.found.assetDir) : name;
  const undated = padNameDate(stem).replace(/^\d{4}-\d{2}-\d{2}-/, '');
  // The slug the old site used, before this import lowercased it.
  const oldSlug = post.oldSlug ?? (post.slugAdded ? undefined : data.slug);
  const slug = typeof oldSlug === 'string' ? oldSlug : undefined;
  if (site.kind === 'hugo' && old.hugo) {
    const found = post.found;
    // `[frontmatter]` with `:filename`: Hugo's date and, without a front-matter `slug`, its slug from the name.
    const fromName = post.hugoFileName;
    const nameDate = fromName?.dates.date?.ymd.split('-') as [string, string, string] | undefined;
    const path = hugoOldPath(
      {
        title: typeof data.title === 'string' ? data.title : undated,
        slug: slug ?? fromName?.slug,
        baseName: stem,
        dirs: found.dirs ?? found.rel.split('/').slice(1, -1),
        sections: found.sections ?? [found.section ?? 'posts'],
        date: nameDate ?? (post.ymd ? writtenDate(data, post.ymd) : undefined),
        url: typeof own === 'string' ? own : undefined,
      },
      old.hugo,
    );
    return path && 'path' in path ? checked(path.path) : path;
  }
  // Eleventy: the post's own `permalink`, else its folder's (directory data), each maybe a template.
  const template = typeof own === 'string' ? own : site.kind === 'eleventy' ? old.pattern : undefined;
  if (template === undefined && site.permalinkProblem) return { problem: site.permalinkProblem };
  if (template !== undefined) {
    if (!/\{\{|\{%/.test(template)) return checked(template);
    const path =
      site.kind === 'eleventy'
        ? eleventyPermalink(template, post, data, undated, slug, site.inputDir)
        : undefined;
    return path ? checked(path) : { problem: `its \`permalink\` is a template (\`${template}\`)` };
  }
  // Eleventy's default: the input path without its extension.
  if (site.kind === 'eleventy') return checked(eleventyDefaultUrl(post.found.rel, site.inputDir));
  if (!old.pattern || !post.ymd) return undefined;
  const [year, month, day] = writtenDate(data, post.ymd);
  const title = typeof data.title === 'string' ? data.title : undated;
  // Hexo's `:title` is the path under `_posts/` without what its `new_post_name` pattern adds.
  const hexoTitle =
    site.kind === 'hexo'
      ? hexoSlug(post.found.rel.replace(/^source\/_(posts|drafts)\//, ''), old.newPostName ?? ':title.md')
      : undefined;
  const categories = [data.categories ?? data.category]
    .flat()
    .filter((c): c is string => typeof c === 'string');
  const tokens: Record<string, string> = {
    year,
    month,
    day,
    i_month: String(Number(month)),
    i_day: String(Number(day)),
    short_year: year.slice(2),
    output_ext: '.html',
    // Jekyll's `UrlDrop#categories`: each lowercased, once, joined by `/`.
    categories:
      site.kind === 'jekyll'
        ? [...new Set((post.categories ?? []).map((c) => c.toLowerCase()))].join('/')
        : '',
    // Hexo: read from the categories as written (they are `tags` by now).
    category:
      site.kind === 'hexo' && old.hexoCategories
        ? hexoCategory(post.sourceCategories, old.hexoCategories)
        : categories[0]
          ? slugify(categories[0])
          : '',
    // Hexo: its slug (above); Jekyll: the `slug`, else the file name without its date.
    title: hexoTitle ?? slug ?? undated,
    name: hexoTitle !== undefined ? posix.basename(hexoTitle) : stem,
    post_title: site.kind === 'hexo' ? hexoSlugize(title).toLowerCase() : slugify(title),
    slug: slug ?? undated,
  };
  const hash = hexoTitle !== undefined ? hexoHash(hexoTitle, data.date, old.timeZone ?? 'UTC') : undefined;
  if (hash) tokens.hash = hash;
  // Hexo fills any other token from the post's front-matter, then `permalink_defaults`
  // (lib/plugins/filter/post_permalink.ts): hexo-abbrlink's `posts/:abbrlink/` reads `abbrlink: ceeb73f`.
  if (site.kind === 'hexo')
    for (const [key, value] of Object.entries({ ...old.permalinkDefaults, ...scalars(data) }))
      if (!Object.hasOwn(tokens, key)) tokens[key] = value;
  const path = expand(old.pattern, tokens);
  return 'problem' in path ? path : checked(path.path);
}

/** The string and number values of a map, as text; none for anything else. */
function scalars(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) =>
      typeof v === 'string' || typeof v === 'number' ? [[k, String(v)]] : [],
    ),
  );
}

/**
 * The day as written (`2026-06-03T00:00:00Z` is on the 3rd in the old URL), which this blog's time zone may
 * move to another (the 2nd in New York): the old generators put the date's own day in the path.
 */
function writtenDate(data: Record<string, unknown>, ymd: string): [string, string, string] {
  const written = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(typeof data.date === 'string' ? data.date : '');
  return (written ? written.slice(1, 4) : ymd.split('-')) as [string, string, string];
}

/** A permalink pattern with each `:token` replaced, or the first token it has no value for. */
function expand(
  pattern: string,
  tokens: Record<string, string>,
  what = `the old permalink pattern \`${pattern}\``,
): { path: string } | { problem: string } {
  let unknown: string | undefined;
  const path = pattern.replace(/:(\w+)/g, (match, token: string) => {
    if (Object.hasOwn(tokens, token)) return tokens[token]!;
    unknown ??= match;
    return match;
  });
  return unknown ? { problem: `${what} uses \`${unknown}\`` } : { path };
}

/**
 * An Eleventy permalink template with only the variables most blogs use: `page.fileSlug` (the file name
 * without its date, or a bundle's folder), `page.filePathStem`, and `title` or `page.fileSlug` through the
 * `slugify`/`slug` filter. Undefined for anything else, which would need Eleventy itself.
 */
function eleventyPermalink(
  template: string,
  post: ReadPost,
  data: Record<string, unknown>,
  fileSlug: string,
  slug: string | undefined,
  inputDir: string | undefined,
): string | undefined {
  const stemPath = eleventyStemPath(post.found.rel, inputDir);
  const values: Record<string, string | undefined> = {
    'page.fileSlug': fileSlug,
    'page.filePathStem': stemPath,
    title: typeof data.title === 'string' ? data.title : undefined,
    slug,
  };
  let unknown = false;
  const path = template.replace(
    /\{\{-?\s*([\w.]+)\s*(?:\|\s*(\w+)\s*)?-?\}\}/g,
    (_, name: string, filter?: string) => {
      const value = values[name];
      if (value === undefined || (filter && filter !== 'slugify' && filter !== 'slug')) unknown = true;
      return filter && value !== undefined ? slugify(value) : (value ?? '');
    },
  );
  return unknown || /\{\{|\{%/.test(path) ? undefined : path;
}

function checked(path: string): { path: string } | { problem: string } {
  const normal = normaliseOldPath(path.replace(/\/{2,}/g, '/'));
  return 'path' in normal ? normal : { problem: `its old URL \`${path}\` ${normal.problem}` };
}

/**
 * Hugo reads an alias without a leading `/` beside the page (`aliases: [migrate-from-jekyl]` on
 * `/post/markdown-syntax/` was `/post/migrate-from-jekyl/`, hugolib's "same directory level as the current
 * page"); here every alias is from the site's root, so each is written out in full.
 */
function resolveRelativeAliases(post: ReadPost, oldPath: string): void {
  const doc = post.matter.doc;
  const value = (doc.toJS() as Record<string, unknown> | null)?.aliases;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined;
  if (!list) return;
  const parent = posix.dirname(oldPath.replace(/\/$/, ''));
  let changed = false;
  const resolved = list.map((alias) => {
    if (typeof alias !== 'string' || !alias.trim() || /^(\/|[a-z][a-z0-9+.-]*:)/i.test(alias.trim()))
      return alias;
    const joined = posix.join(parent, alias.trim());
    const normal = normaliseOldPath(joined);
    const full = 'path' in normal ? normal.path : joined;
    post.changed.push({
      file: post.found.rel,
      line: lineOfKey(post.text, 'aliases'),
      message: `alias \`${alias}\` → \`${full}\` (Hugo reads an alias without \`/\` beside the page)`,
    });
    changed = true;
    return full;
  });
  if (changed) doc.set('aliases', Array.isArray(value) ? resolved : resolved[0]);
}

/** The path the post will have in this blog, as the build will give it. */
function newPathOf(post: ReadPost, config: SiteConfig): string | undefined {
  if (!post.ymd) return undefined;
  const slugValue = post.matter.doc.get('slug');
  const slug = typeof slugValue === 'string' && slugValue.trim() ? slugValue.trim() : fileSlug(post.target);
  const [year, month, day] = post.ymd.split('-') as [string, string, string];
  return permalink(config.permalink, { slug, date: { year, month, day } });
}

/**
 * Adds the post's old URL to its `aliases` when the new one differs, and notes it for the report; a URL
 * that cannot be worked out is left for a person.
 */
export function keepOldUrl(post: ReadPost, site: SourceSite, old: OldPermalinks, config: SiteConfig): void {
  const found = oldPathOf(post, site, old);
  if (site.kind === 'hugo' && found && 'path' in found) resolveRelativeAliases(post, found.path);
  // A draft had no page on the old site.
  if (post.found.draft || post.matter.doc.get('draft') === true) return;
  if (!found) return;
  if ('problem' in found) {
    post.left.push({ message: `old URL not worked out: ${found.problem}; add it to \`aliases\` by hand` });
    return;
  }
  const now = newPathOf(post, config);
  if (!now || found.path === now) return;
  // Hosts on case-insensitive disks serve both from one folder, so the build refuses such a redirect page.
  if (outputPathOf(found.path).toLowerCase() === outputPathOf(now).toLowerCase()) {
    post.left.push({
      message: `old URL \`${found.path}\` differs from the new \`${now}\` only in letter case, so no redirect page can sit beside the post; on a host that matches case (most do), redirect it there`,
    });
    return;
  }
  const doc = post.matter.doc;
  // The plain value: `doc.get` gives a list as a YAML node, which `String` would turn into one alias.
  const existing = (doc.toJS() as Record<string, unknown> | null)?.aliases;
  const list = (Array.isArray(existing) ? existing : existing == null ? [] : [existing]).map(String);
  const known = [...list, ...[doc.toJS().redirect_from ?? []].flat().map(String)].map((p) => {
    const n = normaliseOldPath(p);
    return 'path' in n ? n.path : p;
  });
  if (known.includes(found.path)) return;
  // 18F's `redirect_from: /2015/05/21/TockingTime/` beside the permalink `/2015/05/21/tockingtime/`: on a
  // case-insensitive disk both are one folder, so the build refuses the second redirect; the first one stays.
  const sameFolder = known.find(
    (p) => outputPathOf(p).toLowerCase() === outputPathOf(found.path).toLowerCase(),
  );
  if (sameFolder) {
    post.left.push({
      message: `old URL \`${found.path}\` differs from the redirect \`${sameFolder}\` the post has only in letter case, so no second redirect page can sit beside it; on a host that matches case (most do), redirect it to \`${now}\` there`,
    });
    return;
  }
  doc.set('aliases', [...list, found.path]);
  post.changed.push({
    file: post.found.rel,
    line: 1,
    message: `old URL \`${found.path}\` kept as \`aliases\` (a redirect page to the new \`${now}\`)`,
  });
}
