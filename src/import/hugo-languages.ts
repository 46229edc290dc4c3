/**
 * @fileoverview Which content folder a Hugo site keeps one language's posts in: `content/<lang>/` (most
 * multilingual sites) or a `contentDir` from the config's `[languages.<lang>]`, else the site's `contentDir`
 * (Kubernetes); plain `content/` otherwise.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BlogError } from '../diagnostics/blog-error.ts';
import { findKey, objectKey, readHugoConfig, stringKey } from './hugo-config.ts';

export interface HugoContent {
  /** Absolute folder holding the chosen language's sections. */
  dir: string;
  /** The language imported, when the site has several. */
  lang: string | undefined;
  /** The other languages' content folders, relative to the site (named in the report). */
  others: { lang: string; dir: string }[];
  /** The languages the config lists (`[languages.<lang>]`), lowercase: the codes a file name may carry. */
  languages: string[];
  /** The language of a file in `dir` whose name carries none (`post.md` beside `post.fr.md`). */
  dirLang: string | undefined;
  /** The path prefix of the chosen language's URLs (`fr` for `/fr/…`), '' for none. */
  prefix: string;
}

/** `en`, `fr`, `pt-br`, `zh-hans`: names Hugo sites give language folders. */
export const LANGUAGE = /^[a-z]{2}([-_][a-z0-9]{2,4})?$/i;

/** The content folder for `lang` (default: the site's `defaultContentLanguage`, else `en`). */
export function hugoContent(root: string, lang: string | undefined): HugoContent {
  const config = readHugoConfig(root);
  const defaultLang = (stringKey(config, 'defaultContentLanguage') ?? 'en').toLowerCase();
  const chosen = (lang ?? defaultLang).toLowerCase();
  const content = join(root, stringKey(config, 'contentDir') ?? 'content');
  const byLang = new Map<string, string>();
  const languages = objectKey(config, 'languages');
  for (const [name, settings] of Object.entries(languages ?? {})) {
    const dir =
      settings && typeof settings === 'object'
        ? stringKey(settings as Record<string, unknown>, 'contentDir')
        : undefined;
    if (dir) byLang.set(name.toLowerCase(), join(root, dir));
  }
  // As in Hugo, a language without a `contentDir` of its own reads the site's (Kubernetes: `contentDir =
  // "content/en"` at the top, `[languages.en]` with none, `[languages.fr]` with `content/fr`).
  if (byLang.size > 0)
    for (const name of Object.keys(languages ?? {}))
      if (!byLang.has(name.toLowerCase())) byLang.set(name.toLowerCase(), content);
  // Without `contentDir` settings, `content/<lang>/` folders are the usual layout: taken as such when the
  // chosen language has one (a single-language site may well have `content/faq/`).
  if (byLang.size === 0 && existsSync(join(content, chosen)))
    for (const entry of readdirSync(content, { withFileTypes: true }))
      if (entry.isDirectory() && LANGUAGE.test(entry.name))
        byLang.set(entry.name.toLowerCase(), join(content, entry.name));
  const names = Object.keys(languages ?? {}).map((l) => l.toLowerCase());
  const known = { languages: names, prefix: languagePrefix(config, chosen, defaultLang, names) };
  // Languages without content folders of their own share one: each file's name says its language.
  if (byLang.size === 0 && names.length > 0) {
    if (!names.includes(chosen))
      throw new BlogError('NOT_FOUND', `No language \`${chosen}\` in this Hugo site's config.`, {
        hint: `Pick one with --lang: ${[...names].sort().join(', ')}.`,
      });
    return { dir: content, lang: chosen, others: [], dirLang: defaultLang, ...known };
  }
  if (byLang.size === 0) {
    if (lang !== undefined)
      throw new BlogError(
        'NOT_FOUND',
        `No language \`${lang}\` in this Hugo site: it has one content folder.`,
        {
          hint: 'Leave out --lang.',
        },
      );
    return { dir: content, lang: undefined, others: [], dirLang: undefined, ...known };
  }
  const dir = byLang.get(chosen);
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory())
    throw new BlogError('NOT_FOUND', `No content for language \`${chosen}\` in this Hugo site.`, {
      hint: `Pick one with --lang: ${[...byLang.keys()].sort().join(', ')}.`,
    });
  // A language sharing the chosen folder is told apart by file name (`x.de.md`), not left out with it.
  const others = [...byLang]
    .filter(([l, d]) => l !== chosen && d !== dir)
    .map(([l, d]) => ({ lang: l, dir: d }))
    .sort((a, b) => (a.lang < b.lang ? -1 : 1));
  // A folder several languages read holds the default language's files (those without a code in their name).
  const sharing = [...byLang].filter(([, d]) => d === dir).map(([l]) => l);
  const dirLang = sharing.length > 1 && sharing.includes(defaultLang) ? defaultLang : chosen;
  return { dir, lang: chosen, others, dirLang, ...known };
}

/**
 * `ConfigLanguage.LanguagePrefix` (config/allconfig/configlanguage.go): the default language's URLs have no
 * prefix unless `defaultContentLanguageInSubdir`; another language's have its code when the site has several.
 * A multihost site (a `baseURL` per language) gives each language its own host and no prefix
 * (`getLanguagePermalinkLang` in hugolib/site.go).
 */
function languagePrefix(
  config: Record<string, unknown>,
  lang: string,
  defaultLang: string,
  names: string[],
): string {
  const languages = objectKey(config, 'languages') ?? {};
  const multihost = Object.values(languages).some(
    (l) => l && typeof l === 'object' && stringKey(l as Record<string, unknown>, 'baseURL') !== undefined,
  );
  if (multihost) return '';
  if (lang === defaultLang) return findKey(config, 'defaultContentLanguageInSubdir') === true ? lang : '';
  return names.length > 1 ? lang : '';
}
