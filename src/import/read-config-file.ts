/**
 * @fileoverview Another generator's config file (TOML, JSON or YAML, by its extension; a JavaScript data file
 * of literal values), read as plain data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { BlogError } from '../diagnostics/blog-error.ts';
import { readJsData } from './js-front-matter.ts';

function parse(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  // Eleventy's `_data/metadata.js` (eleventy-base-blog): an exported object of literal values, read, never run.
  if (/\.[cm]?js$/.test(path)) {
    const value =
      /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(?:export\s+default|module\.exports\s*=)\s*(?=\{)/.exec(text);
    if (!value) throw new Error('not one exported object of values');
    return readJsData(text.slice(value[0].length));
  }
  // A key written twice is read as Jekyll's Psych reads it, the last one winning (artsy.github.io's
  // `_config.yml` names one author twice): refusing the file would lose its `permalink` and settings.
  return path.endsWith('.toml')
    ? parseToml(text)
    : path.endsWith('.json')
      ? JSON.parse(text)
      : parseYaml(text, { uniqueKeys: false });
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
 * The top-level table of `file` (relative to `root`), undefined when empty; a file that cannot be read or
 * parsed, or is not a table, is a BlogError naming it.
 */
export function parseConfigFile(root: string, file: string): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = parse(join(root, file));
  } catch (error) {
    throw new BlogError(
      'CONFIG_INVALID',
      `The source site's \`${file}\` could not be read: ${(error as Error).message}`,
      {
        hint: 'Fix that file (its generator cannot build the site either), then import again.',
        cause: error,
      },
    );
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
