/**
 * @fileoverview What a Hugo site's config says about its pages' URLs: the `[permalinks]` patterns by section,
 * `disablePathToLower` and `removePathAccents` (decoded as `DecodePermalinksConfig` in
 * resources/page/permalinks.go does).
 */
import { findKey, readHugoConfig } from './hugo-languages.ts';
import type { HugoUrlConfig } from './hugo-old-path.ts';

/** Reads the URL settings of the Hugo site at `root`. */
export function readHugoUrlConfig(root: string): HugoUrlConfig {
  const config = readHugoConfig(root);
  const permalinks = findKey(config, 'permalinks');
  const patterns: Record<string, string> = {};
  if (permalinks && typeof permalinks === 'object' && !Array.isArray(permalinks))
    // `[permalinks] posts = "…"`: the pattern for the pages (and terms) of that top-level section.
    for (const [key, value] of Object.entries(permalinks))
      if (typeof value === 'string') patterns[sectionKey(key)] = value;
  return {
    patterns,
    file: 'the Hugo config',
    langPrefix: '',
    lowercase: findKey(config, 'disablePathToLower') !== true,
    removeAccents: findKey(config, 'removePathAccents') === true,
  };
}

/** Hugo lowercases config keys and allows ` ` and `/` around a section name (`sectionCutSet`). */
const sectionKey = (key: string) => key.toLowerCase().replace(/^[ /]+|[ /]+$/g, '');
