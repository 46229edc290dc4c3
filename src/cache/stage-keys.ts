/**
 * @fileoverview What each cached stage's result depends on besides its own input: the slice of the config it
 * reads and the versions of the libraries it calls. An `npm update` of marked re-renders the Markdown; a
 * `baseUrl` that only changes absolute links (what `blog serve` rewrites) re-parses nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { createUrls } from '../util/urls.ts';
import { hashOf } from './fingerprint.ts';

/** Read front-matter, dates and slugs, and check posts. */
export const PARSE_LIBRARIES = [
  'gray-matter',
  'js-yaml',
  'yaml',
  'smol-toml',
  'jsonc-parser',
  'luxon',
  '@sindresorhus/slugify',
  // The lint rule `body/math` checks each formula with it.
  'katex',
];
/** Turn a post's Markdown into HTML. */
export const RENDER_LIBRARIES = [
  'marked',
  'marked-alert',
  'marked-footnote',
  'highlight.js',
  'sanitize-html',
  'github-slugger',
  'entities',
  'katex',
];
/** Turn page data into pages. */
export const PAGE_LIBRARIES = ['eta', 'luxon', 'entities'];

const require = createRequire(import.meta.url);
const versions = new Map<string, string>();

/**
 * `name@version` of each library as installed where this code resolves it (its own package.json, found
 * along Node's lookup paths, since `exports` may hide it from `require.resolve`).
 */
export function libraryVersions(names: readonly string[]): string {
  return names
    .map((name) => {
      let version = versions.get(name);
      if (version === undefined) {
        version = '?';
        for (const dir of require.resolve.paths(name) ?? []) {
          try {
            version = (
              JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')) as { version: string }
            ).version;
            break;
          } catch {
            // Not installed in this folder: look in the next one up.
          }
        }
        versions.set(name, version);
      }
      return `${name}@${version}`;
    })
    .join(',');
}

/** The config as reading and checking posts see it: `baseUrl` only by its path (links under `/blog/`). */
export function parseKey(config: SiteConfig): string {
  const { baseUrl, ...rest } = config;
  return hashOf(JSON.stringify(rest), createUrls(baseUrl).basePath, libraryVersions(PARSE_LIBRARIES));
}

/**
 * Rendering reads only the Markdown options and the words of footnotes and alerts (the language, `strings`);
 * the links it resolved are checked one by one on reuse.
 */
export function renderKey(config: SiteConfig): string {
  const words = JSON.stringify([config.language, config.strings]);
  return hashOf(JSON.stringify(config.markdown), words, libraryVersions(RENDER_LIBRARIES));
}

/** Pages depend on the theme's files (hashed by the caller) and the template and date libraries. */
export function pageLibrariesKey(): string {
  return libraryVersions(PAGE_LIBRARIES);
}
