/**
 * @fileoverview Jekyll: posts in any folder's `_posts/` (dated file names), drafts in `_drafts/`, images
 * anywhere under the site. As Jekyll's reader does (lib/jekyll/reader.rb, readers/post_reader.rb): every
 * folder is searched except those starting with `_`, `.`, `#` or `~` and those the config's `exclude:` (with
 * Jekyll's defaults: `node_modules`, `vendor/bundle/`…) names; the folders above a `_posts/` are the posts'
 * categories (`en/news/_posts/` → `en`, `news`), part of their old URLs.
 */

import { closeSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { BlogError } from '../diagnostics/blog-error.ts';
import { kramdownNotices, siteBlockTags } from './callouts.ts';
import {
  jekyllFigure,
  jekyllHtmlIncludes,
  jekyllIncludes,
  jekyllLink,
  jekyllPostUrl,
  kramdownAttributes,
  kramdownMarkdownBlocks,
  liquidEmbeds,
  liquidHighlight,
  liquidValues,
  rawMarkers,
  siteUrls,
  widgetScripts,
} from './convert-body.ts';
import { LANGUAGE } from './hugo-languages.ts';
import { iframeEmbeds } from './iframe-embeds.ts';
import { findPluginBlockTags } from './jekyll-plugin-tags.ts';
import { readSiteConfig } from './read-config-file.ts';
import type { FindOptions, FoundPost, LeftOut, SourceSite } from './types.ts';
import { isMarkdown, posix, walkFiles } from './walk.ts';

export const jekyllConverters = [
  liquidValues,
  rawMarkers,
  liquidHighlight,
  siteUrls,
  jekyllPostUrl,
  jekyllLink,
  liquidEmbeds,
  widgetScripts,
  iframeEmbeds,
  jekyllFigure,
  jekyllIncludes,
  jekyllHtmlIncludes,
  siteBlockTags,
  kramdownNotices,
  kramdownAttributes,
  kramdownMarkdownBlocks,
];

/** Jekyll's `DEFAULT_EXCLUDES` (lib/jekyll/configuration.rb), added to the config's `exclude:`. */
const DEFAULT_EXCLUDES = [
  '.sass-cache',
  '.jekyll-cache',
  '.ruby-lsp',
  'gemfiles',
  'Gemfile',
  'Gemfile.lock',
  'node_modules',
  'vendor/bundle/',
  'vendor/cache/',
  'vendor/gems/',
  'vendor/ruby/',
];

/**
 * Jekyll's `EntryFilter#glob_include?`: a pattern matches a path it globs (`File.fnmatch?` without
 * `FNM_PATHNAME`, so `*` crosses `/`), a path it begins (`lib` leaves out `lib/` and `library/` alike), or
 * the folder it names with a trailing `/`.
 */
function excludedBy(patterns: readonly string[]): (rel: string) => boolean {
  const tests = patterns.map((raw) => {
    const pattern = raw.replace(/^\.?\//, '');
    const glob = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    return (rel: string) => rel.startsWith(pattern) || `${rel}/` === pattern || glob.test(rel);
  });
  return (rel) => tests.some((t) => t(rel));
}

const SPECIAL = /^[._#~]/;

export function findJekyllSite(root: string, options: FindOptions = {}): SourceSite {
  const config = readSiteConfig('jekyll', root)?.data ?? {};
  const own = Array.isArray(config.exclude) ? config.exclude.map(String) : [];
  const excluded = excludedBy([...own, ...DEFAULT_EXCLUDES]);
  const notRead: LeftOut[] = [];
  const files = walkFiles(
    root,
    root,
    true,
    (entry) =>
      entry.isDirectory &&
      ((SPECIAL.test(entry.name) && !/^_(posts|drafts)$/.test(entry.name)) || excluded(entry.rel)),
    notRead,
  );
  const posts: FoundPost[] = [];
  for (const path of files) {
    const rel = posix(root, path);
    const parts = rel.split('/');
    const at = parts.findIndex((p) => p === '_posts' || p === '_drafts');
    if (at < 0) continue;
    const why = notAPost(path, parts[at] === '_posts');
    if (why) {
      if (why !== 'static') notRead.push({ file: rel, reason: why });
      continue;
    }
    posts.push({
      path,
      rel,
      ...(parts[at] === '_drafts' && { draft: true }),
      ...(at > 0 && { categories: parts.slice(0, at) }),
    });
  }
  const { kept, leftOut: otherLanguages } = oneLanguage(posts, config, options.lang);
  const leftOut = [...notRead, ...otherLanguages];
  const notPosts = walkFiles(root, root, false)
    .filter(isMarkdown)
    .map((path) => posix(root, path));
  return {
    kind: 'jekyll',
    root,
    posts: kept,
    staticDirs: [root],
    data: config,
    blockTags: findPluginBlockTags(root, config),
    ...(typeof config.excerpt_separator === 'string' && { excerptSeparator: config.excerpt_separator }),
    collectionTags: [],
    notPosts,
    leftOut,
  };
}

/** Jekyll's `DATE_FILENAME_MATCHER` (lib/jekyll/document.rb), on the file's name: a post in `_posts/` has one. */
const DATED_NAME = /^\d{2,4}-\d{1,2}-\d{1,2}-[^/]*\.[^./]+$/;

/**
 * Why a file in `_posts/` or `_drafts/` is not imported as a post, or undefined when it is one. Jekyll reads a
 * post from a dated name (`_drafts/` need none) with a `---` front-matter in any format it converts; a file
 * without front-matter is a static file (an image beside the posts: `'static'`, copied when a post shows it).
 */
function notAPost(path: string, inPosts: boolean): string | 'static' | undefined {
  const name = basename(path);
  const markdown = isMarkdown(path);
  if (!markdown && !hasFrontMatter(path)) return 'static';
  if (inPosts && !DATED_NAME.test(name))
    return 'no date in its name: Jekyll publishes only `YYYY-MM-DD-title` files from `_posts/`, so the old site never showed it; rename it with its date to import it';
  if (markdown) return undefined;
  const ext = extname(name).toLowerCase();
  if (/^\.(mkdown|mkdn|mkd|mdown|mdwn|mdtxt|mdtext|text)$/.test(ext))
    return `a Markdown post with the \`${ext}\` extension: rename it to \`.md\` and import again`;
  if (ext === '.html' || ext === '.htm')
    return 'an HTML post: only Markdown posts are imported; rename it to `.md` to bring its HTML in as it is (check the page: an indented line after a blank one becomes code), or rewrite it';
  return `a \`${ext}\` post: only Markdown posts are imported; convert it to Markdown by hand`;
}

/** A `---` first line, as Jekyll's `Utils.has_yaml_header?` checks (a BOM before it allowed). */
function hasFrontMatter(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, head.length, 0);
    return /^(\uFEFF)?---\s*?\r?\n/.test(head.toString('utf8', 0, n));
  } finally {
    closeSync(fd);
  }
}

/**
 * When the top folders above the `_posts/` folders are all language codes (ruby-lang.org's `en/news/_posts/`,
 * `de/news/_posts/`…), the posts are translations of each other: one language is imported, `--lang` or the
 * config's `default_lang`/`lang` (jekyll-polyglot's, Jekyll's), else `en`; the others are listed. Folders
 * that are not all language codes (`blog/_posts/`, `news/_posts/`) are categories of one blog: all imported.
 */
function oneLanguage(
  posts: FoundPost[],
  config: Record<string, unknown>,
  lang: string | undefined,
): { kept: FoundPost[]; leftOut: LeftOut[] } {
  const tops = [...new Set(posts.flatMap((p) => p.categories?.slice(0, 1) ?? []))];
  const languages = tops.length > 1 && tops.every((t) => LANGUAGE.test(t));
  if (!languages) {
    if (lang !== undefined)
      throw new BlogError(
        'NOT_FOUND',
        `No language \`${lang}\` in this Jekyll site: its posts are not kept in language folders (\`en/_posts/\`, \`de/_posts/\`).`,
        { hint: 'Leave out --lang.' },
      );
    return { kept: posts, leftOut: [] };
  }
  const fallback = [config.default_lang, config.lang].find((v) => typeof v === 'string');
  const chosen = (lang ?? (typeof fallback === 'string' ? fallback : 'en')).toLowerCase();
  const folder = tops.find((t) => t.toLowerCase() === chosen);
  if (!folder)
    throw new BlogError('NOT_FOUND', `No posts in language \`${chosen}\` in this Jekyll site.`, {
      hint: `Pick one with --lang: ${[...tops].sort().join(', ')}.`,
    });
  const kept: FoundPost[] = [];
  const others = new Map<string, string>();
  for (const post of posts) {
    const top = post.categories?.[0];
    if (top === undefined || top === folder) kept.push(post);
    else {
      const parts = post.rel.split('/');
      const at = parts.findIndex((p) => p === '_posts' || p === '_drafts');
      others.set(`${parts.slice(0, at + 1).join('/')}/`, top);
    }
  }
  const leftOut = [...others].map(([file, code]) => ({
    file,
    reason: `another language (\`--lang ${code}\` imports it)`,
  }));
  return { kept, leftOut };
}
