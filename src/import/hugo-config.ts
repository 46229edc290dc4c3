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
  /**
   * The file, relative to the site, each top-level key was read from (by lowercase key); for a language's own
   * file, each key it sets by its lowercase dotted path (`languages.en.title`, `languages.en.params.x`). See
   * `fileOfKey`.
   */
  files: Record<string, string>;
  /** The main config file, relative to the site, if any. */
  main: string | undefined;
}

/**
 * The site's config: `permalinks.toml` in `config/_default/` is the `[permalinks]` table; a file for one
 * language is that language's table (`languages.en.toml`, as Congo's exampleSite has, is `[languages.en]`;
 * `params.en.toml` its `params`, `menus.en.toml` its `menus`), as Hugo's `LoadConfigFromDir` reads them. A
 * file that does not parse is a BlogError naming it: Hugo refuses such a site too, and old URLs guessed
 * without it would be wrong.
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
    const m = /^([a-z]+)(?:\.([a-z0-9_-]+))?\.(toml|ya?ml|json)$/i.exec(name);
    if (!m || /^(hugo|config)$/i.test(m[1]!)) continue;
    const [, key, lang] = m as unknown as [string, string, string | undefined];
    const file = `config/_default/${name}`;
    if (lang) {
      addLanguageFile(data, files, key, lang, file, parseConfigFile(root, file) ?? {});
      continue;
    }
    if (findKey(data, key) !== undefined) continue;
    data[key] = parseConfigFile(root, file) ?? {};
    files[key.toLowerCase()] = file;
  }
  return { data, files, main };
}

/** `params.en.toml` → `languages.en.params`, `menus.en.toml` → `languages.en.menus`, any other → `languages.en`. */
function addLanguageFile(
  data: Record<string, unknown>,
  files: Record<string, string>,
  key: string,
  lang: string,
  file: string,
  values: Record<string, unknown>,
): void {
  const languagesKey = Object.keys(data).find((k) => k.toLowerCase() === 'languages') ?? 'languages';
  const languages = (objectKey(data, languagesKey) ?? {}) as Record<string, unknown>;
  data[languagesKey] = languages;
  const langKey = Object.keys(languages).find((k) => k.toLowerCase() === lang.toLowerCase()) ?? lang;
  const table = (objectKey(languages, langKey) ?? {}) as Record<string, unknown>;
  languages[langKey] = table;
  const sub = /^(params|menus?)$/i.test(key) ? (key.toLowerCase() === 'params' ? 'params' : 'menus') : '';
  // As Hugo's `cfg.Set`: the file's keys over what the main config gave that table.
  if (sub) table[sub] = { ...(objectKey(table, sub) ?? {}), ...values };
  else Object.assign(table, values);
  const root = ['languages', lang, sub].filter(Boolean).join('.');
  for (const k of Object.keys(values)) files[`${root}.${k}`.toLowerCase()] = file;
}

/** How deep in the config a file's own top level sits: `params.toml` 1, `languages.en.toml` 2, `params.en.toml` 3. */
function depthOf(config: HugoConfig, file: string): number {
  if (file === config.main) return 0;
  const m = /^([a-z]+)(?:\.([a-z0-9_-]+))?\.[a-z]+$/i.exec(file.split('/').pop()!);
  if (!m?.[2]) return 1;
  return /^(params|menus?)$/i.test(m[1]!) ? 3 : 2;
}

/**
 * The file a setting at `path` was read from, and its path inside that file: a split config's `params.toml`
 * holds the `[params]` table itself, `languages.en.toml` the `[languages.en]` table.
 */
export function fileOfKey(config: HugoConfig, path: string[]): { file: string; path: string[] } {
  for (let n = path.length; n > 0; n--) {
    const file = config.files[path.slice(0, n).join('.').toLowerCase()];
    if (file) return { file, path: path.slice(depthOf(config, file)) };
  }
  return { file: config.main ?? '', path };
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
