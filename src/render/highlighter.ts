/**
 * @fileoverview highlight.js with only the languages a blog uses. Loading all 190 of its languages costs
 * about 0.2 s of every build (and of every render worker); `highlight-languages.ts` lists which module
 * defines each name and alias, so a fence's language is loaded the first time it is seen. When the installed
 * highlight.js is not the version that list was made from, every language is loaded, as before.
 */
import { createRequire } from 'node:module';
import type { HLJSApi, LanguageFn } from 'highlight.js';
import { HIGHLIGHT_LANGUAGES } from './highlight-languages.ts';

const require = createRequire(import.meta.url);

let core: HLJSApi | undefined;
let exact: boolean | undefined;

/**
 * highlight.js ready for `language` (a fence's name or alias, lower-case), or undefined when it has no such
 * language.
 */
export function highlighterFor(language: string): HLJSApi | undefined {
  exact ??=
    (require('highlight.js/package.json') as { version: string }).version === HIGHLIGHT_LANGUAGES.version;
  if (!exact) {
    const all = require('highlight.js') as HLJSApi;
    return all.getLanguage(language) ? all : undefined;
  }
  const module = Object.hasOwn(HIGHLIGHT_LANGUAGES.modules, language)
    ? HIGHLIGHT_LANGUAGES.modules[language]
    : undefined;
  if (!module) return undefined;
  core ??= require('highlight.js/lib/core') as HLJSApi;
  register(core, module);
  return core;
}

/** Registers a language module and the languages it embeds (`subLanguage`), each once. */
function register(hljs: HLJSApi, module: string): void {
  if (hljs.getLanguage(module)) return;
  hljs.registerLanguage(module, require(`highlight.js/lib/languages/${module}`) as LanguageFn);
  for (const embedded of HIGHLIGHT_LANGUAGES.embeds[module] ?? []) register(hljs, embedded);
}

/**
 * The table `highlight-languages.ts` holds, computed from an instance with every language registered (the
 * test compares it with the committed one, and rewrites it with `UPDATE_HIGHLIGHT_LANGUAGES=1`).
 */
export function languageTable(all: HLJSApi, version: string): typeof HIGHLIGHT_LANGUAGES {
  const modules: Record<string, string> = {};
  const embeds: Record<string, string[]> = {};
  const names = all.listLanguages().sort();
  const moduleOf = new Map(names.map((name) => [all.getLanguage(name), name]));
  // An alias two languages claim belongs to the one highlight.js itself answers with.
  for (const name of names)
    for (const alias of [name, ...(all.getLanguage(name)!.aliases ?? [])])
      modules[alias.toLowerCase()] = moduleOf.get(all.getLanguage(alias))!;
  for (const name of names) {
    const found = new Set<string>();
    const seen = new Set<object>();
    const walk = (mode: unknown): void => {
      if (!mode || typeof mode !== 'object' || seen.has(mode)) return;
      seen.add(mode);
      const m = mode as Record<string, unknown>;
      const sub = m.subLanguage;
      for (const s of typeof sub === 'string' ? [sub] : Array.isArray(sub) ? sub : []) {
        const module = moduleOf.get(all.getLanguage(s as string));
        if (module && module !== name) found.add(module);
      }
      for (const key of ['contains', 'variants', 'starts'])
        if (Array.isArray(m[key])) for (const child of m[key] as unknown[]) walk(child);
        else walk(m[key]);
    };
    walk(all.getLanguage(name));
    if (found.size) embeds[name] = [...found].sort();
  }
  return { version, modules, embeds };
}
