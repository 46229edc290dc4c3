/**
 * @fileoverview Another generator's config file (TOML, JSON or YAML, by its extension; a JavaScript data file
 * of literal values), read as plain data.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { BlogError } from '../diagnostics/blog-error.ts';
import { positionAt } from '../diagnostics/position.ts';
import { isNotRegular, readRegularFile } from '../fs/read-regular.ts';
import { describeSpecial } from '../fs/walk-files.ts';
import { findJsonSyntaxError } from '../util/json-syntax.ts';
import { readJsData } from './js-front-matter.ts';

/** The file's text; a FIFO in its place (which a plain read waits on for ever) is refused at once. */
const readText = (path: string) => readRegularFile(path).toString('utf8');

function parse(path: string, text = readText(path)): unknown {
  // Eleventy's `_data/metadata.js` (eleventy-base-blog): an exported object of literal values, read, never run.
  if (/\.[cm]?js$/.test(path)) {
    const value =
      /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(?:export\s+default|module\.exports\s*=)\s*(?=\{)/.exec(text);
    if (!value) throw new Error('not one exported object of values');
    return readJsData(text.slice(value[0].length));
  }
  // A key written twice is read as Jekyll's Psych reads it, the last one winning (artsy.github.io's
  // `_config.yml` names one author twice): refusing the file would lose its `permalink` and settings.
  // `logLevel: 'error'`: a Liquid tag read as a map used as a key (`image: {{page.image}}`) is a value no
  // setting reads, not a Node warning for the user, as front-matter's parser has it.
  return path.endsWith('.toml')
    ? parseToml(text)
    : path.endsWith('.json')
      ? JSON.parse(text)
      : parseYaml(text, { uniqueKeys: false, logLevel: 'error' });
}

const asTable = (data: unknown) =>
  data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;

/** The file's top-level table, or undefined when it is missing, unreadable or not a table. */
export function readConfigFile(path: string): Record<string, unknown> | undefined {
  try {
    return asTable(parse(path));
  } catch {
    return undefined;
  }
}

/**
 * Where a parser says its error is, 1-based (yaml's `linePos`, smol-toml's `line` and `column`, JSON.parse's
 * `position N` in `text`, or where the shared JSON locator finds it when JSON.parse gives none), and its reason
 * without yaml's own "at line N, column M:".
 */
function placeOf(error: unknown, text: string, file: string): { at: string; reason: string } {
  const e = error as { linePos?: { line: number; col: number }[]; line?: unknown; column?: unknown };
  const reason = String((error as Error).message).replace(/ at line \d+, column \d+:\n/, '\n');
  let place: { line: number; column: number } | undefined;
  if (e.linePos?.[0]) place = { line: e.linePos[0].line, column: e.linePos[0].col };
  else if (typeof e.line === 'number' && typeof e.column === 'number')
    place = { line: e.line, column: e.column };
  else if (file.endsWith('.json')) {
    // JSON.parse's `position N` when it gives one, else where the shared JSON locator finds the error.
    const offset = /at position (\d+)/.exec(reason)?.[1] ?? findJsonSyntaxError(text)?.offset;
    if (offset !== undefined) place = positionAt(text, Number(offset));
  }
  return { at: place ? ` at line ${place.line}, column ${place.column}` : '', reason };
}

/** The config files of the generators that keep their settings in one data file, in the order each looks. */
export const SITE_CONFIG_FILES = {
  jekyll: ['_config.yml', '_config.yaml'],
  hexo: ['_config.yml', '_config.yaml'],
  // Eleventy's config is code, never read as data; its site settings are the data file eleventy-base-blog keeps
  // (`metadata`), else the one many other starters keep (`site`): see ELEVENTY_SITE_FILES.
  eleventy: eleventyDataFiles('metadata'),
} as const;

function eleventyDataFiles(name: string): string[] {
  return ['json', 'yaml', 'yml', 'js', 'cjs', 'mjs'].flatMap((ext) => [
    `_data/${name}.${ext}`,
    `src/_data/${name}.${ext}`,
  ]);
}

/** Eleventy's `_data/site.json` (or `.js`, `.yml`), read after `_data/metadata.*`: a key both give is metadata's. */
export const ELEVENTY_SITE_FILES = eleventyDataFiles('site');

/**
 * The old site's config (Jekyll's or Hexo's `_config.yml`, Eleventy's `_data/metadata.json`): the first of its
 * files that exists, relative to `root`, with its table; undefined when there is none. A file that does not
 * parse is a BlogError naming it, its line and column, as Hugo's: the generator refuses such a site too, and
 * old URLs guessed from its default permalink would all be wrong. A JavaScript data file that is not one
 * object of literal values is code, never run, and read as no settings.
 */
export function readSiteConfig(
  kind: keyof typeof SITE_CONFIG_FILES,
  root: string,
  files: readonly string[] = SITE_CONFIG_FILES[kind],
): { file: string; data: Record<string, unknown> } | undefined {
  const file = files.find((name) => existsSync(join(root, name)));
  if (!file) return undefined;
  if (/\.[cm]?js$/.test(file)) {
    const data = readConfigFile(join(root, file));
    return data ? { file, data } : undefined;
  }
  return { file, data: parseConfigFile(root, file) ?? {} };
}

/**
 * The top-level table of `file` (relative to `root`), undefined when empty; a file that cannot be read or
 * parsed, or is not a table, is a BlogError naming it.
 */
export function parseConfigFile(root: string, file: string): Record<string, unknown> | undefined {
  let data: unknown;
  let text = ''; // unreadable: the error says why, and there is no place in it
  try {
    text = readText(join(root, file));
    data = parse(join(root, file), text);
  } catch (error) {
    const { at, reason } = isNotRegular(error)
      ? { at: '', reason: `it is ${describeSpecial(error.stats)}, not a regular file` }
      : placeOf(error, text, file);
    throw new BlogError('CONFIG_INVALID', `The source site's \`${file}\` could not be read${at}: ${reason}`, {
      hint: 'Fix that file (its generator cannot build the site either), then import again.',
      cause: error,
    });
  }
  if (data == null) return undefined;
  const table = asTable(data);
  if (!table)
    throw new BlogError(
      'CONFIG_INVALID',
      `Unexpected ${Array.isArray(data) ? 'list' : typeof data} in the source site's \`${file}\`, expected a table of settings.`,
      {
        hint: 'Fix that file (its generator cannot build the site either), then import again.',
      },
    );
  return table;
}
