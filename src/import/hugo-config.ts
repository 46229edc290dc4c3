/**
 * @fileoverview A Hugo site's config as Hugo reads it (hugolib/config, config/allconfig): the first of its config
 * files, at the top or in `config/_default/`, with the split layout's other files added under their key; and
 * which file each key came from, for messages.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigFile } from './read-config-file.ts';

/** Config files Hugo reads, in its order; `config/_default/` is the split-config layout. */
const CONFIG_FILES = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  'config.json',
];

export interface HugoConfig {
  data: Record<string, unknown>;
  /** The file, relative to the site, each top-level key was read from (by lowercase key). */
  files: Record<string, string>;
  /** The main config file, relative to the site, if any. */
  main: string | undefined;
}

/**
 * The site's config: `permalinks.toml` in `config/_default/` is the `[permalinks]` table; files for one
 * language (`menus.en.toml`) are left out. A file that does not parse is a BlogError naming it: Hugo
 * refuses such a site too, and old URLs guessed without it would be wrong.
 */
export function readHugoConfigFiles(root: string): HugoConfig {
  const split = join(root, 'config', '_default');
  let data: Record<string, unknown> = {};
  let main: string | undefined;
  found: for (const dir of ['', 'config/_default'])
    for (const name of CONFIG_FILES)
      if (existsSync(join(root, dir, name))) {
        main = dir ? `${dir}/${name}` : name;
        data = { ...(parseConfigFile(root, main) ?? {}) };
        break found;
      }
  const files: Record<string, string> = Object.fromEntries(
    Object.keys(data).map((k) => [k.toLowerCase(), main!]),
  );
  const names = existsSync(split) && statSync(split).isDirectory() ? readdirSync(split).sort() : [];
  for (const name of names) {
    const key = /^([a-z]+)\.(toml|ya?ml|json)$/i.exec(name)?.[1];
    if (!key || /^(hugo|config)$/i.test(key) || findKey(data, key) !== undefined) continue;
    const file = `config/_default/${name}`;
    data[key] = parseConfigFile(root, file) ?? {};
    files[key.toLowerCase()] = file;
  }
  return { data, files, main };
}

/** The site's config data (see `readHugoConfigFiles`). */
export function readHugoConfig(root: string): Record<string, unknown> {
  return readHugoConfigFiles(root).data;
}

/** Hugo's config keys are case-insensitive (`defaultContentLanguage`, `defaultcontentlanguage`). */
export function findKey(data: Record<string, unknown>, key: string): unknown {
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(data)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
export const stringKey = (data: Record<string, unknown>, key: string) => {
  const v = findKey(data, key);
  return typeof v === 'string' && v ? v : undefined;
};
export const objectKey = (data: Record<string, unknown>, key: string) => {
  const v = findKey(data, key);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
};
