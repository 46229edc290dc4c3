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
}

/** `en`, `fr`, `pt-br`, `zh-hans`: names Hugo sites give language folders. */
const LANGUAGE = /^[a-z]{2}([-_][a-z0-9]{2,4})?$/i;

/** The content folder for `lang` (default: the site's `defaultContentLanguage`, else `en`). */
export function hugoContent(root: string, lang: string | undefined): HugoContent {
  const config = readHugoConfig(root);
  const chosen = (lang ?? stringKey(config, 'defaultContentLanguage') ?? 'en').toLowerCase();
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
  if (byLang.size === 0) {
    if (lang !== undefined)
      throw new BlogError(
        'NOT_FOUND',
        `No language \`${lang}\` in this Hugo site: it has one content folder.`,
        {
          hint: 'Leave out --lang.',
        },
      );
    return { dir: content, lang: undefined, others: [] };
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
  return { dir, lang: chosen, others };
}
