/**
 * @fileoverview What a Hugo site's config says about its pages' URLs: the permalink patterns for pages by
 * top-level section, in the form `[permalinks] posts = "…"` or `[permalinks.page] posts = "…"` (Hugo ≥ 0.112),
 * decoded as `DecodePermalinksConfig` in resources/page/permalinks.go does; `disablePathToLower` and
 * `removePathAccents`.
 */
import { BlogError } from '../diagnostics/blog-error.ts';
import { fileOfKey, findKey, objectKey, readHugoConfigFiles } from './hugo-config.ts';
import type { HugoUrlConfig } from './hugo-old-path.ts';

/** The kinds `[permalinks.<kind>]` may name (`permalinksKindsSupport`); only `page` is for posts. */
const KINDS = ['page', 'section', 'taxonomy', 'term', 'home'];

/** Reads the URL settings of the Hugo site at `root` for the language imported (its own `permalinks` first). */
export function readHugoUrlConfig(
  root: string,
  language: { lang: string | undefined; prefix: string } = { lang: undefined, prefix: '' },
): HugoUrlConfig {
  const config = readHugoConfigFiles(root);
  const { data, files, main } = config;
  const settings = language.lang ? objectKey(objectKey(data, 'languages') ?? {}, language.lang) : undefined;
  const own = settings ? findKey(settings, 'permalinks') : undefined;
  const file =
    (own !== undefined
      ? fileOfKey(config, ['languages', language.lang!, 'permalinks']).file
      : files.permalinks) ||
    main ||
    'the Hugo config';
  return {
    ...decodePermalinks(own ?? findKey(data, 'permalinks'), file),
    file,
    langPrefix: language.prefix,
    lowercase: findKey(data, 'disablePathToLower') !== true,
    removeAccents: findKey(data, 'removePathAccents') === true,
    ugly: decodeUgly(findKey(data, 'uglyURLs')),
  };
}

/**
 * `uglyURLs` as Hugo decodes it (`alldecoders.go`): a boolean, the string `"true"`, or a map of top-level
 * sections to booleans (keys lowercased); anything else is false.
 */
export function decodeUgly(value: unknown): boolean | Record<string, boolean> {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === 'true';
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const bySection: Record<string, boolean> = {};
  for (const [key, on] of Object.entries(value))
    bySection[key.toLowerCase()] = on === true || on === 'true' || on === 1;
  return bySection;
}

/** The page patterns by section; a value Hugo refuses is a BlogError naming the file. */
export function decodePermalinks(
  value: unknown,
  file: string,
): { patterns: Record<string, string>; unsupported?: string } {
  const patterns: Record<string, string> = {};
  if (value == null) return { patterns };
  // The list form with page matchers (`[[permalinks]]`, Hugo ≥ 0.161) picks patterns by globs and sites.
  if (Array.isArray(value)) return { patterns, unsupported: `the \`[[permalinks]]\` list in ${file}` };
  if (typeof value !== 'object') throw invalid(file, `\`permalinks\` is ${JSON.stringify(value)}`);
  // Where both forms name a section, Hugo's pick depends on Go's map order; the `page` table is the one
  // written for pages.
  const byKind: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    const name = key.toLowerCase();
    if (typeof entry === 'string') patterns[sectionKey(name)] ??= entry;
    else if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
      if (!KINDS.includes(name))
        throw invalid(
          file,
          `unexpected \`[permalinks.${key}]\`, expected one of the kinds ${KINDS.join(', ')}`,
        );
      for (const [section, pattern] of Object.entries(entry)) {
        if (typeof pattern !== 'string')
          throw invalid(
            file,
            `\`permalinks.${key}.${section}\` is ${JSON.stringify(pattern)}, expected a pattern`,
          );
        if (name === 'page') byKind[sectionKey(section)] = pattern;
      }
    } else throw invalid(file, `\`permalinks.${key}\` is ${JSON.stringify(entry)}, expected a pattern`);
  }
  return { patterns: { ...patterns, ...byKind } };
}

function invalid(file: string, what: string): BlogError {
  return new BlogError(
    'CONFIG_INVALID',
    `The source site's \`${file}\` has a permalinks setting Hugo refuses: ${what}.`,
    {
      hint: 'Fix the permalinks setting (Hugo refuses it too), then import again.',
    },
  );
}

/** Hugo lowercases config keys and allows ` ` and `/` around a section name (`sectionCutSet`). */
const sectionKey = (key: string) => key.toLowerCase().replace(/^[ /]+|[ /]+$/g, '');
