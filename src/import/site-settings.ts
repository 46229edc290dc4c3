/**
 * @fileoverview The old site's own settings (title, description, base URL, language, time zone, author), read
 * from its generator's config with the importer's config readers, each checked as this blog's config value.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile } from '../fs/read-regular.ts';
import { ELEVENTY_CONFIG_FILES } from './eleventy.ts';
import { fileOfKey, findKey, objectKey, readHugoConfigFiles, stringKey } from './hugo-config.ts';
import {
  ELEVENTY_SITE_FILES,
  parseConfigFile,
  readSiteConfig,
  SITE_CONFIG_FILES,
} from './read-config-file.ts';
import {
  authorMapOf,
  authorsOf,
  baseUrl,
  type Checked,
  checkValue,
  languageTag,
  type SettingKey,
} from './setting-values.ts';
import type { SourceKind } from './types.ts';

/** One setting of the old site, with where it was written and this blog's value (or why there is none). */
export interface OldSetting {
  key: SettingKey;
  /** The old site's name for it (`baseURL`, `url` + `baseurl`, `params.description`). */
  from: string;
  /** The old site's file, relative to its folder, and the 1-based line (1 when not found). */
  file: string;
  line: number;
  /** As written there, for messages. */
  raw: string;
  checked: Checked;
  /**
   * Set when the old config does not write it and the value is what the generator does without it, said for
   * the report (`no \`timeZone\` in config.yaml, so Hugo read dates without an offset in UTC`).
   */
  implied?: string;
}

/** A value the old config gives, at a key path (`['params', 'description']`), in one of its files. */
interface Found {
  value: unknown;
  file: string;
  path: string[];
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The old site's settings, for the kinds that keep them in a config file; none when there is none. */
export function readSiteSettings(kind: SourceKind, root: string, lang?: string): OldSetting[] {
  const found = kind === 'hugo' ? hugoSettings(root, lang) : dataSettings(kind, root);
  const settings: OldSetting[] = [];
  for (const [key, f] of Object.entries(found) as [SettingKey, Entry][]) {
    if (f === undefined) continue;
    const checked = f.checked ?? toValue(key, f.value);
    if (checked === undefined) continue;
    settings.push({
      key,
      from: f.from,
      file: f.file,
      line: lineOf(root, f.file, f.path),
      raw: f.raw ?? rawOf(f.value),
      checked: 'problem' in checked ? checked : checkValue(key, checked.value),
    });
  }
  const zone = settings.some((s) => s.key === 'timeZone') ? undefined : impliedZone(kind, root);
  return zone ? [...settings, zone] : settings;
}

/**
 * The settings with the implied time zone replaced by `zone`: the one in which every post's date, written with
 * an offset (`offsets`: `+01:00 and +02:00`), keeps the day the old site showed it on.
 */
export function withImpliedZone(settings: OldSetting[], zone: string, offsets: string): OldSetting[] {
  return settings.map((s) =>
    s.key === 'timeZone' && s.implied
      ? {
          ...s,
          raw: zone,
          checked: { value: zone },
          implied: `no \`timeZone\` in ${s.file === '.' ? 'its config' : s.file}, so Hugo showed each date in the offset written with it (${offsets}), which are ${zone}'s at those dates: every post keeps its day (in UTC some would not)`,
        }
      : s,
  );
}

/**
 * The zone the generator reads dates in when its config names none, where that is known: Hugo reads a date
 * without an offset in UTC (its `timeZone` defaults to `Etc/UTC`, and a date with one keeps it), Eleventy reads
 * front-matter dates in UTC (it has no such setting). Jekyll and Hexo use the machine's zone, which an import
 * cannot know: none.
 */
function impliedZone(kind: SourceKind, root: string): OldSetting | undefined {
  if (kind !== 'hugo' && kind !== 'eleventy') return undefined;
  const file =
    kind === 'hugo'
      ? readHugoConfigFiles(root).main
      : [...ELEVENTY_CONFIG_FILES, ...SITE_CONFIG_FILES.eleventy, ...ELEVENTY_SITE_FILES].find((f) =>
          existsSync(join(root, f)),
        );
  const implied =
    kind === 'hugo'
      ? `no \`timeZone\` in ${file ?? 'its config'}, so Hugo read dates without an offset in UTC`
      : 'Eleventy reads front-matter dates in UTC (it has no time zone setting)';
  return {
    key: 'timeZone',
    from: 'timeZone',
    file: file ?? '.',
    line: 1,
    raw: 'UTC',
    checked: { value: 'UTC' },
    implied,
  };
}

/** As written, for messages: a table by its name (`[author]` with `name = "x"`), else its JSON. */
function rawOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const name = value && typeof value === 'object' ? (value as Record<string, unknown>).name : undefined;
  return typeof name === 'string' ? name : JSON.stringify(value);
}

function toValue(key: SettingKey, value: unknown): Checked | undefined {
  if (key === 'authors') return authorsOf(value);
  const s = str(value);
  if (s === undefined) return undefined;
  return key === 'language' ? languageTag(s) : { value: s };
}

/** A found value and the old name for it; `checked` when it was made into ours already (a joined URL). */
type Entry = Found & { from: string; raw?: string; checked?: Checked };
type Settings = Partial<Record<SettingKey, Entry>>;

/** Hugo: the imported language's own `[languages.x]` values first, then the site's. */
function hugoSettings(root: string, lang: string | undefined): Settings {
  const config = readHugoConfigFiles(root);
  const { data, main } = config;
  if (!main && Object.keys(data).length === 0) return {};
  const defaultLang = stringKey(data, 'defaultContentLanguage');
  const chosen = (lang ?? defaultLang ?? '').toLowerCase();
  const languages = objectKey(data, 'languages') ?? {};
  const langKey = Object.keys(languages).find((l) => l.toLowerCase() === chosen);
  const own = langKey ? objectKey(languages, langKey) : undefined;
  const fileOf = (path: string[]) => fileOfKey(config, path);
  const at = (path: string[], from = path.join('.')) => {
    let table: Record<string, unknown> | undefined = data;
    for (const k of path.slice(0, -1)) table = table && objectKey(table, k);
    const value = table && findKey(table, path.at(-1)!);
    return value === undefined || value === '' ? undefined : { value, from, ...fileOf(path) };
  };
  const pick = (...paths: string[][]) => {
    for (const path of paths) {
      const inLang = langKey ? at(['languages', langKey, ...path], path.join('.')) : undefined;
      const found = (own && inLang) || at(path);
      if (found) return found;
    }
    return undefined;
  };
  const settings: Settings = {};
  const title = pick(['title']);
  if (title) settings.title = title;
  const description = pick(['params', 'description']);
  if (description) settings.description = description;
  const url = pick(['baseURL']);
  if (url && typeof url.value === 'string') settings.baseUrl = { ...url, checked: baseUrl(url.value) };
  // Hugo's language code is `languageCode`, else the language's key (`defaultContentLanguage`).
  const code = (own && at(['languages', langKey!, 'languageCode'], 'languageCode')) ?? at(['languageCode']);
  const key = langKey
    ? { value: langKey, from: `languages.${langKey}`, ...fileOf(['languages', langKey]) }
    : at(['defaultContentLanguage']);
  settings.language = languageSetting(code, key);
  const zone = pick(['timeZone']);
  if (zone) settings.timeZone = zone;
  const author = pick(['params', 'author'], ['author']);
  if (author) settings.authors = author;
  return settings;
}

/**
 * `languageCode = "en-us"` with `defaultContentLanguage = "cn"` (a Chinese blog): the two disagree, and
 * which one the posts are in is a person's call, not a guess.
 */
function languageSetting(code: Entry | undefined, key: Entry | undefined): Settings['language'] {
  const codeTag = code && typeof code.value === 'string' ? languageTag(code.value) : undefined;
  const keyTag = key && typeof key.value === 'string' ? languageTag(key.value) : undefined;
  const primary = (c: Checked | undefined) =>
    c && 'value' in c ? new Intl.Locale(String(c.value)).language : undefined;
  if (code && key && codeTag && keyTag && primary(codeTag) !== primary(keyTag)) {
    const why = 'problem' in keyTag ? `; ${keyTag.problem}` : '';
    return {
      ...key,
      checked: {
        problem: `it disagrees with \`languageCode\` \`${String(code.value)}\`${why}; set "language" to the one the posts are written in (a BCP 47 tag such as "en-US" or "zh-CN")`,
      },
    };
  }
  if (code) return { ...code, from: 'languageCode' };
  if (key) return key;
  return undefined;
}

/**
 * Jekyll, Hexo: one data file each. Eleventy: `_data/metadata.*` (eleventy-base-blog), then `_data/site.*`
 * (many other starters), a key given by both read from metadata's.
 */
function dataSettings(kind: SourceKind, root: string): Settings {
  const sources =
    kind === 'hugo'
      ? []
      : [
          readSiteConfig(kind, root),
          kind === 'eleventy' ? readSiteConfig(kind, root, ELEVENTY_SITE_FILES) : undefined,
        ].filter((s) => s !== undefined);
  const [first] = sources;
  if (!first) return {};
  /** The first of `keys` set, in the first file that sets one. */
  const at = (...keys: string[]) => {
    for (const { file, data } of sources)
      for (const key of keys) {
        const value = data[key];
        if (value !== undefined && value !== null && value !== '')
          return { value, from: key, file, path: [key] };
      }
    return undefined;
  };
  const settings: Settings = {};
  const set = (key: SettingKey, found: ReturnType<typeof at>) => {
    if (found) settings[key] = found;
  };
  // Eleventy starters' `site.json` often names the site `name` (`{ "name": "…", "url": "…" }`).
  set('title', kind === 'eleventy' ? at('title', 'name') : at('title'));
  if (kind === 'hexo') set('tagline', at('subtitle'));
  set('description', at('description'));
  const urlAt = at('url');
  const url = str(urlAt?.value);
  if (urlAt && url) {
    const prefixKey = kind === 'jekyll' ? 'baseurl' : kind === 'hexo' ? 'root' : '';
    const prefix = prefixKey ? str(first.data[prefixKey]) : undefined;
    // Hexo's `url` already holds the subfolder that `root` repeats (`url: https://x.org/blog`, `root: /blog/`).
    const joined = kind === 'hexo' && new URL(url, 'http://x/').pathname.length > 1 ? '' : (prefix ?? '');
    settings.baseUrl = {
      ...urlAt,
      value: url,
      checked: baseUrl(url, joined),
      from: joined ? `url + ${prefixKey}` : 'url',
      raw: `${url}${joined}`,
    };
  }
  const language =
    kind === 'jekyll' ? at('lang', 'locale') : kind === 'eleventy' ? at('language', 'lang') : at('language');
  // Hexo's `language` may be a list, the first its main one.
  if (language && Array.isArray(language.value)) language.value = language.value[0];
  set('language', language);
  if (kind !== 'eleventy') set('timeZone', at('timezone'));
  set('authors', kind === 'eleventy' ? at('author', 'authorName') : at('author'));
  if (kind === 'jekyll') {
    const map = jekyllAuthorMap(root, first.data, first.file, settings.authors);
    if (map) settings.authors = map;
  }
  return settings;
}

/**
 * Jekyll's author profiles by id: `_data/authors.yml` (Minimal Mistakes, jekyll-seo-tag), else `authors:` in
 * `_config.yml` (artsy.github.io), with the site's own `author` first, as it is the author of posts that name
 * none; undefined when the site has no such map.
 */
function jekyllAuthorMap(
  root: string,
  config: Record<string, unknown>,
  configFile: string,
  siteAuthor: Entry | undefined,
): Entry | undefined {
  const dataFile = ['_data/authors.yml', '_data/authors.yaml', '_data/authors.json'].find((f) =>
    existsSync(join(root, f)),
  );
  const found = dataFile
    ? { value: parseConfigFile(root, dataFile), file: dataFile, path: [] as string[], from: dataFile }
    : { value: config.authors, file: configFile, path: ['authors'], from: 'authors' };
  const profiles: Record<string, unknown>[] = authorMapOf(found.value);
  if (profiles.length === 0) return undefined;
  const own = siteAuthor && authorsOf(siteAuthor.value);
  const first = own && 'value' in own ? (own.value as unknown[])[0] : undefined;
  if (first !== undefined) {
    const name = (typeof first === 'string' ? first : String((first as { name: string }).name)).toLowerCase();
    const at = profiles.findIndex(
      (p) => String(p.key).toLowerCase() === name || String(p.name).toLowerCase() === name,
    );
    profiles.unshift(
      at < 0
        ? typeof first === 'string'
          ? { name: first }
          : (first as Record<string, unknown>)
        : profiles.splice(at, 1)[0]!,
    );
  }
  return {
    ...found,
    from: first === undefined ? found.from : `author + ${found.from}`,
    raw: `${profiles.length} authors`,
    checked: { value: profiles },
  };
}

/**
 * The 1-based line a key path is written at, found in the text: a TOML `[table]` header then its key, or a
 * YAML/JSON key after its parent's; 1 when not found.
 */
function lineOf(root: string, file: string, path: string[]): number {
  let lines: string[];
  try {
    lines = readRegularFile(join(root, file)).toString('utf8').split(/\r?\n/);
  } catch {
    return 1;
  }
  const esc = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const keyLine = (k: string) => new RegExp(`^\\s*["']?${esc(k)}["']?\\s*[:=]`, 'i');
  if (file.endsWith('.toml')) {
    const header = path.slice(0, -1).join('.');
    let inTable = header === '';
    for (const [i, line] of lines.entries()) {
      const h = /^\s*\[+\s*([^\]]+?)\s*\]+/.exec(line);
      if (h) inTable = h[1]!.toLowerCase() === header.toLowerCase();
      else if (inTable && keyLine(path.at(-1)!).test(line)) return i + 1;
    }
    // A table of its own: `[author]`.
    const table = path.join('.').toLowerCase();
    const i = lines.findIndex((line) => /^\s*\[\s*([^\]]+?)\s*\]/.exec(line)?.[1]?.toLowerCase() === table);
    return i + 1 || 1;
  }
  let from = 0;
  let found = 0;
  for (const k of path) {
    const i = lines.findIndex((line, n) => n >= from && keyLine(k).test(line));
    if (i < 0) return found || 1;
    found = i + 1;
    from = i + 1;
  }
  return found || 1;
}
