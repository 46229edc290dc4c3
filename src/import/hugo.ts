/**
 * @fileoverview Hugo: posts under `content/posts|post|blog/`, or `content/<lang>/…` on a multilingual site
 * (single files or page bundles), images in `static/`.
 */

import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isInside } from '../fs/inside.ts';
import { hugoNotes } from './callouts.ts';
import {
  hugoEmbeds,
  hugoEscapes,
  hugoFigure,
  hugoHighlight,
  hugoImgproc,
  hugoParam,
  hugoRef,
  ownBundleFiles,
  sourceFileLinks,
  widgetScripts,
} from './convert-body.ts';
import { hugoComments } from './hugo-comments.ts';
import { findKey, objectKey, readHugoConfig } from './hugo-config.ts';
import { hugoIgnoredFiles } from './hugo-ignore-files.ts';
import { hugoContent } from './hugo-languages.ts';
import { hugoStaticDirs } from './hugo-static-dirs.ts';
import { iframeEmbeds } from './iframe-embeds.ts';
import { hugoPassthrough, type Passthrough } from './math.ts';
import type { FindOptions, FoundPost, LeftOut, SourceSite } from './types.ts';
import { isMarkdown, isUnsupportedContent, posix, UNSUPPORTED_REASON, walkFiles } from './walk.ts';

export const hugoConverters = [
  hugoComments,
  hugoHighlight,
  hugoRef,
  hugoFigure,
  hugoImgproc,
  hugoEmbeds,
  widgetScripts,
  iframeEmbeds,
  hugoParam,
  sourceFileLinks,
  ownBundleFiles,
  hugoEscapes,
  // Last: it quotes a note's lines, and the shortcodes above are matched at the start of a line.
  hugoNotes,
];

const SECTIONS = ['posts', 'post', 'blog'];

/**
 * The folders of the page's nearest section (`CurrentSection().SectionsEntries()`): a top-level folder is
 * always a section, a folder below it only with an `_index` file of its own (hugoDocs
 * content/en/content-management/sections.md).
 */
function sectionsOf(content: string, dirs: string[], isSection: (dir: string) => boolean): string[] {
  for (let n = dirs.length; n > 1; n--)
    if (isSection(join(content, ...dirs.slice(0, n)))) return dirs.slice(0, n);
  return dirs.slice(0, 1);
}

/** Whether a folder has an `_index` page, each folder read once however many posts it holds. */
function sectionTest(): (dir: string) => boolean {
  const known = new Map<string, boolean>();
  return (dir) => {
    let section = known.get(dir);
    if (section === undefined) {
      section = readdirSync(dir).some((f) => /^_index\.([a-z0-9-]+\.)?(md|markdown|html)$/i.test(f));
      known.set(dir, section);
    }
    return section;
  };
}

/**
 * The sections the theme lists posts from, `params.mainSections` (the language's own first), as Congo's
 * exampleSite keeps its posts in `samples/`; Hugo's default sections besides.
 */
function postSections(root: string, lang: string | undefined): string[] {
  const config = readHugoConfig(root);
  const own = lang ? objectKey(objectKey(config, 'languages') ?? {}, lang) : undefined;
  const main = [own, config]
    .map((table) => (table ? findKey(objectKey(table, 'params') ?? {}, 'mainSections') : undefined))
    .find((v) => v !== undefined);
  const listed = (Array.isArray(main) ? main : typeof main === 'string' ? [main] : []).filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '' && !/[\\/]|^\.\.?$/.test(s),
  );
  return [...new Set([...SECTIONS, ...listed])];
}

/** A leaf bundle's page: `index.md`, or a translation of it (`index.fr.md`), in any content format Hugo reads. */
const LEAF_INDEX = /^index(\.[a-z0-9-]+)?\.(md|markdown|mdown|html?|adoc|asciidoc|org|pandoc|pdc|rst)$/i;

/**
 * The leaf bundle a file of the content folder belongs to without being its `index.md` (a folder above it, or
 * its own, holds one), as Hugo reads it: every other file there is a resource of that page, Markdown too
 * (vijayanant.github.io's earlier drafts `v3_merged.md` beside a post), and no page of its own.
 */
function leafBundles(content: string, files: string[]): (path: string) => string | undefined {
  const leaves = new Set(files.filter((f) => LEAF_INDEX.test(basename(f))).map((f) => dirname(f)));
  return (path) => {
    if (LEAF_INDEX.test(basename(path))) return undefined;
    for (let dir = dirname(path); dir !== content && isInside(content, dir); dir = dirname(dir))
      if (leaves.has(dir)) return dir;
    return undefined;
  };
}

const IGNORED_REASON = 'matched by `ignoreFiles` in the config, so Hugo never published it';

const withPassthrough = (passthrough: Passthrough | undefined) => (passthrough ? { passthrough } : {});

export function findHugoSite(root: string, options: FindOptions = {}): SourceSite {
  const { dir: content, others, lang, languages, dirLang, prefix } = hugoContent(root, options.lang);
  const sections = postSections(root, lang)
    .map((s) => join(content, s))
    .filter((d) => existsSync(d));
  const posts: FoundPost[] = [];
  const notPosts: string[] = [];
  const leftOut: LeftOut[] = others.map((o) => ({
    file: `${posix(root, o.dir)}/`,
    reason: `another language (\`--lang ${o.lang}\` imports it)`,
  }));
  const otherDirs = others.map((o) => o.dir);
  const config = readHugoConfig(root);
  const ignored = hugoIgnoredFiles(config);
  const isSection = sectionTest();
  const files = walkFiles(content, root, true, undefined, leftOut);
  const bundleOf = leafBundles(content, files);
  for (const path of files) {
    const rel = posix(root, path);
    if (otherDirs.some((d) => isInside(d, path))) continue;
    if (ignored?.(path)) {
      if (isMarkdown(path) && sections.some((s) => isInside(s, path)))
        leftOut.push({ file: rel, reason: IGNORED_REASON });
      continue;
    }
    if (isUnsupportedContent(path)) {
      leftOut.push({ file: rel, reason: UNSUPPORTED_REASON });
      continue;
    }
    if (!isMarkdown(path)) continue;
    const inSection = sections.some((s) => isInside(s, path));
    if (!inSection || /^_index\./i.test(basename(path))) {
      notPosts.push(rel);
      continue;
    }
    const bundle = bundleOf(path);
    if (bundle) {
      leftOut.push({
        file: rel,
        reason: `a file of the page bundle \`${posix(root, bundle)}/\` (Hugo publishes no page for it)`,
      });
      continue;
    }
    // Translation by file name (hugoDocs content-management/multilingual.md): `post.fr.md` is French when
    // the config lists `fr`; a file without a code is in its folder's language.
    const named = /^(.+)\.([a-z0-9-]+)\.(md|markdown)$/i.exec(basename(path));
    // Codes are matched in lowercase, as Hugo does (`index.zh-Hans.md` for `[languages.zh-Hans]`).
    const code = named && languages.includes(named[2]!.toLowerCase()) ? named[2]!.toLowerCase() : undefined;
    const fileLang = code ?? dirLang;
    if (lang !== undefined && fileLang !== undefined && fileLang !== lang) {
      leftOut.push({ file: rel, reason: `another language (\`--lang ${fileLang}\` imports it)` });
      continue;
    }
    // A leaf bundle: `index.md` with its images beside it.
    const isIndex = LEAF_INDEX.test(basename(path));
    // Hugo's path for a page: the folders it sits in (a bundle's folder is the page itself, not one of them).
    const dirs = posix(content, isIndex ? dirname(path) : path)
      .split('/')
      .slice(0, -1);
    posts.push({
      path,
      rel,
      section: dirs[0]!,
      dirs,
      sections: sectionsOf(content, dirs, isSection),
      ...(code ? { name: named![1]! } : {}),
      ...(isIndex ? { assetDir: dirname(path) } : {}),
    });
  }
  return {
    kind: 'hugo',
    root,
    hugo: { lang, prefix, ...withPassthrough(hugoPassthrough(config)) },
    ...(ignored ? { ignored } : {}),
    posts,
    // Last, the content folder: Hugo publishes a section's other files at their path (the Kubernetes
    // contributor site's `/blog/2021/improve-with-mermaid-diagrams/x.svg`, beside a post that is no bundle).
    staticDirs: [...hugoStaticDirs(root, config), join(root, 'assets'), content],
    collectionTags: [],
    notPosts,
    leftOut,
  };
}
