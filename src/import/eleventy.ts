/** @fileoverview Eleventy: a posts folder (`src/posts/`, `posts/`, `blog/`…) whose directory data names the collection tag. */

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix as path } from 'node:path';
import { readRegularFile } from '../fs/read-regular.ts';
import { markdownContainers, siteBlockTags } from './callouts.ts';
import { liquidHighlight, rawMarkers, siteUrls, sourceFileLinks, widgetScripts } from './convert-body.ts';
import { readSourceMatter } from './front-matter.ts';
import { iframeEmbeds } from './iframe-embeds.ts';
import { readJsData } from './js-front-matter.ts';
import type { FoundPost, LeftOut, SourceSite } from './types.ts';
import { isMarkdown, isUnsupportedContent, posix, UNSUPPORTED_REASON, walkFiles } from './walk.ts';

export const eleventyConverters = [
  rawMarkers,
  liquidHighlight,
  siteUrls,
  sourceFileLinks,
  widgetScripts,
  iframeEmbeds,
  // Last: they quote a note's lines, and `{% highlight %}` is matched at the start of a line.
  markdownContainers,
  siteBlockTags,
];

const FOLDERS = [
  'src/posts',
  'posts',
  'src/blog',
  'blog',
  'content/posts',
  'content/blog',
  'src/content/posts',
  // Blogs that came from Jekyll keep its folder (zachleat.com's 467 posts).
  '_posts',
  'src/_posts',
];

export function findEleventySite(root: string): SourceSite {
  const folder = FOLDERS.map((f) => join(root, f)).find((d) => existsSync(d)) ?? join(root, 'posts');
  const name = basename(folder);
  // `posts/posts.json` (or `.11tydata.json`) usually gives every post `tags: posts`, which only names the collection.
  const collectionTags = new Set<string>([name]);
  // And often every post's URL: `"permalink": "/blog/{{ page.fileSlug }}/"`.
  let permalink: string | undefined;
  let permalinkProblem: string | undefined;
  for (const file of [`${name}.json`, `${name}.11tydata.json`]) {
    try {
      const data = JSON.parse(readRegularFile(join(folder, file)).toString('utf8')) as {
        tags?: unknown;
        permalink?: unknown;
      };
      for (const t of [data.tags].flat()) if (typeof t === 'string') collectionTags.add(t);
      if (typeof data.permalink === 'string') permalink ??= data.permalink;
    } catch {
      // No directory data, or not JSON.
    }
  }
  // `.11tydata.js` is code and never run: its literal `tags` and a `permalink` that only fills in
  // `page.fileSlug` are read from its text; any other permalink makes the old URLs unknown, never guessed.
  for (const file of [`${name}.11tydata.js`, `${name}.11tydata.cjs`, `${name}.11tydata.mjs`]) {
    let text: string;
    try {
      text = readRegularFile(join(folder, file)).toString('utf8');
    } catch {
      continue;
    }
    const code = readJsDirectoryData(text);
    for (const t of code.tags ?? []) collectionTags.add(t);
    if (code.permalink !== undefined) permalink ??= code.permalink;
    else if (code.permalinkIsCode && permalink === undefined)
      permalinkProblem = `the posts folder's \`${file}\` computes \`permalink\` in code, which is never run`;
  }
  const posts: FoundPost[] = [];
  const leftOut: LeftOut[] = [];
  for (const path of walkFiles(folder, root, true, undefined, leftOut)) {
    const rel = posix(root, path);
    if (isUnsupportedContent(path)) leftOut.push({ file: rel, reason: UNSUPPORTED_REASON });
    if (!isMarkdown(path)) continue;
    const page = pageReason(readFileSync(path, 'utf8'), /^\d{4}-\d{2}-\d{2}/.test(basename(path)));
    if (page) {
      leftOut.push({ file: rel, reason: `a page, not a post (${page})` });
      continue;
    }
    // `posts/x/index.md`, or dated as mxb.dev's `posts/bottle-slider/2017-03-08-index.md`: Eleventy's fileSlug
    // drops the date, and `index` stands for the folder (TemplateFileSlug), so the post is the folder's.
    const dated = /^(\d{4}-\d{2}-\d{2}-)?index\.[^.]+$/i.exec(basename(path));
    const bundle = dated !== null && dirname(path) !== folder;
    posts.push({
      path,
      rel,
      ...(bundle ? { assetDir: dirname(path) } : {}),
      ...(bundle && dated[1] ? { name: `${dated[1]}${basename(dirname(path))}` } : {}),
    });
  }
  return {
    kind: 'eleventy',
    root,
    posts,
    staticDirs: [join(root, 'src'), root, join(root, 'public'), join(root, 'static')],
    collectionTags: [...collectionTags],
    ...(permalink && { permalink }),
    ...(permalinkProblem && !permalink && { permalinkProblem }),
    ...readInputDir(root),
    blockTags: findPairedShortcodes(root),
    notPosts: [],
    leftOut,
  };
}

/** A JavaScript string or template literal, its quote in group 1 and its text in group 2. */
const JS_STRING = String.raw`(["'\x60])((?:(?!\1)[^\\\n]|\\.)*)\1`;
/** `permalink: "…"`, `permalink: function({ page }) { return \`…\` }`, `permalink: (data) => \`…\``, `permalink({ page }) { return … }`. */
const JS_PERMALINK = new RegExp(
  String.raw`\bpermalink\s*(?::\s*(?:(?:async\s+)?(?:function\b\s*\w*\s*)?\([^)]*\)\s*(?:=>)?\s*)?|\([^)]*\)\s*)(?:\{\s*return\s+)?${JS_STRING}`,
);

/**
 * What a posts folder's `.11tydata.js` says, read from its text: literal `tags`, and a `permalink` string or
 * function returning a template that uses only `page.fileSlug` and `page.filePathStem` (zachleat.com's
 * `` permalink: function({page}) { return `/web/${ page.fileSlug }/` } ``), as an Eleventy template.
 */
export function readJsDirectoryData(text: string): {
  tags?: string[];
  permalink?: string;
  permalinkIsCode?: boolean;
} {
  const out: { tags?: string[]; permalink?: string; permalinkIsCode?: boolean } = {};
  const tags = /\btags\s*:\s*(\[[^\]]*\]|"[^"\n]*"|'[^'\n]*')/.exec(text)?.[1];
  if (tags) {
    try {
      const value = readJsData(`const tags = ${tags}`).tags;
      out.tags = [value].flat().filter((t): t is string => typeof t === 'string');
    } catch {
      // Not literal: not read.
    }
  }
  if (!/\bpermalink\b/.test(text)) return out;
  const m = JS_PERMALINK.exec(text);
  const template = m?.[2];
  const vars = /\$\{\s*(?:\w+\.)?page\.(fileSlug|filePathStem)\s*\}/g;
  // A string is an Eleventy template as in JSON directory data; a JS template only with the variables above.
  if (template !== undefined && !(m![1] === '\x60' && template.replace(vars, '').includes('${')))
    out.permalink = m![1] === '\x60' ? template.replace(vars, '{{ page.$1 }}') : template;
  else out.permalinkIsCode = true;
  return out;
}

/** Eleventy's config files, in the order it looks for them. */
export const ELEVENTY_CONFIG_FILES = [
  '.eleventy.js',
  'eleventy.config.js',
  'eleventy.config.mjs',
  'eleventy.config.cjs',
];

/** `config.addPairedShortcode('callout', …)`, and its Nunjucks- and Liquid-only forms. */
const PAIRED_SHORTCODE = /\.addPaired(?:Nunjucks|Liquid|Async)?Shortcode\(\s*(["'`])([\w-]+)\1/g;

/**
 * The paired shortcodes the config registers (mxb.dev's `{% callout "warning" %}` … `{% endcallout %}`), by name,
 * each with the config file: block tags, as a Jekyll plugin's are. Read from the text, never run.
 */
function findPairedShortcodes(root: string): Map<string, string> {
  const tags = new Map<string, string>();
  const config = readEleventyConfig(root);
  if (config)
    for (const m of config.text.matchAll(PAIRED_SHORTCODE))
      if (!tags.has(m[2]!)) tags.set(m[2]!, config.name);
  return tags;
}

/**
 * The text of the site's Eleventy config, the first of its names that is a readable regular file (a FIFO there
 * is skipped, never waited on), or undefined. Read, never run.
 */
function readEleventyConfig(root: string): { name: string; text: string } | undefined {
  for (const name of ELEVENTY_CONFIG_FILES) {
    try {
      return { name, text: readRegularFile(join(root, name)).toString('utf8') };
    } catch {}
  }
  return undefined;
}

/**
 * The input folder the config names (`dir: { input: "content" }`), read as text: a config is code and never
 * run, so an input given any other way (a variable, a function) is not known, and `{}` is returned.
 */
function readInputDir(root: string): { inputDir?: string } {
  const config = readEleventyConfig(root);
  const input = config && /\binput\s*:\s*(["'`])([^"'`\n]*)\1/.exec(config.text)?.[2];
  if (input === undefined) return {};
  const dir = path.normalize(input.trim() || '.').replace(/^(\.\/)+|\/+$/g, '');
  return dir.startsWith('..') || path.isAbsolute(dir) ? {} : { inputDir: dir === '.' ? '' : dir };
}

/**
 * A file's path as Eleventy's URLs see it: relative to the input folder (`content/blog/x.md` is `/blog/x`);
 * without a known input folder, `src/` left out as most sites keep their input there.
 */
export function eleventyStemPath(rel: string, inputDir: string | undefined): string {
  const stem = rel.replace(/\.(md|markdown)$/i, '');
  if (inputDir === undefined) return `/${stem.replace(/^src\//, '')}`;
  return `/${inputDir && stem.startsWith(`${inputDir}/`) ? stem.slice(inputDir.length + 1) : stem}`;
}

/**
 * Eleventy's default URL: the input path, where `index` and a file named as its folder
 * (`blog/fourthpost/fourthpost.md`) stand for the folder.
 */
export function eleventyDefaultUrl(rel: string, inputDir: string | undefined): string {
  const parts = eleventyStemPath(rel, inputDir).split('/');
  const last = parts.at(-1)!;
  if (/^index$/i.test(last) || (parts.length > 2 && last === parts.at(-2))) parts.pop();
  return `${parts.join('/')}/`;
}

/** Front-matter keys that make an Eleventy template a page of its own rather than an item of a collection. */
const PAGE_KEYS = ['pagination', 'eleventyImport'];
/** `{% for post in collections.posts %}`, `{%- for x in collections.all | reverse -%}`, `{{ collections.blog }}`. */
const COLLECTION_LOOP = /\{%-?\s*for\s+[^%]*?\bin\s+collections\.(\w+)|\{\{-?[^}]*\bcollections\.(\w+)/;
/**
 * Liquid's `{% raw %}` … `{% endraw %}` and Nunjucks' `{% verbatim %}` … `{% endverbatim %}`: what they hold is
 * printed, never run (raymondcamden.com's posts about Eleventy show their loops this way).
 */
const UNRUN = /\{%-?\s*(raw|verbatim)\s*-?%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g;

/**
 * Why a template in the posts folder is a page (a listing, a feed, a paginated index), or undefined for a post.
 * A `permalink` alone is a post's old URL when the post is dated; on an undated template it makes a page.
 */
function pageReason(text: string, datedName: boolean): string | undefined {
  const reasons: string[] = [];
  try {
    const { doc } = readSourceMatter(text);
    for (const key of PAGE_KEYS) if (doc.has(key)) reasons.push(`\`${key}\``);
    const excluded = doc.get('eleventyExcludeFromCollections');
    if (excluded === true || excluded === 'true') reasons.push('`eleventyExcludeFromCollections`');
    const permalink = doc.get('permalink');
    if (permalink === false || (permalink != null && !doc.has('date') && !datedName))
      reasons.push(`\`permalink: ${String(permalink)}\``);
  } catch {
    // Front-matter that cannot be read is the planner's to report, on the post.
  }
  const loop = COLLECTION_LOOP.exec(text.replace(UNRUN, ''));
  if (loop) reasons.push(`loops over \`collections.${loop[1] ?? loop[2]}\``);
  return reasons.length ? reasons.join(', ') : undefined;
}
