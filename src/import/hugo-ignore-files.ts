/**
 * @fileoverview Hugo's `ignoreFiles`: regular expressions matched against a content file's absolute path, whose
 * files Hugo neither renders nor publishes (blogdown sites' `\\.Rmd$` beside each bundle's `index.md`).
 */
import { findKey } from './hugo-config.ts';

/**
 * A test for the files the config's `ignoreFiles` leaves out, or undefined when it sets none. Go's `(?i)` at the
 * start becomes the `i` flag; a pattern JavaScript cannot read is passed over (Hugo would refuse to build).
 */
export function hugoIgnoredFiles(config: Record<string, unknown>): ((path: string) => boolean) | undefined {
  const value = findKey(config, 'ignoreFiles');
  const patterns = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  const res = patterns.flatMap((p) => {
    const insensitive = p.startsWith('(?i)');
    try {
      return [new RegExp(insensitive ? p.slice(4) : p, insensitive ? 'i' : '')];
    } catch {
      return [];
    }
  });
  if (!res.length) return undefined;
  // Hugo matches the path with the system's separators; a pattern written for `/` is the common case.
  return (path) => {
    const slashed = path.replace(/\\/g, '/');
    return res.some((re) => re.test(slashed));
  };
}
