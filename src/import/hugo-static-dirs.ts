/**
 * @fileoverview The folders a Hugo site publishes at its root, in the order Hugo looks (hugoDocs
 * configuration/all.md `staticDir`, `theme`, `themesDir`): the site's own `staticDir` (or `static/`) first, then
 * each theme's `static/`, so rOpenSci's `/img/blog-images/x.png`, kept in `themes/ropensci/static/`, is found.
 */
import { join } from 'node:path';
import { isInside } from '../fs/inside.ts';
import { findKey, stringKey } from './hugo-config.ts';

/** A setting that is one name or a list of names (`theme = "a"`, `theme = ["a", "b"]`). */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return list
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The site's static folders, then its themes' (the first theme first); none outside the site. */
export function hugoStaticDirs(root: string, config: Record<string, unknown>): string[] {
  const own = names(findKey(config, 'staticDir'));
  const themes = join(root, stringKey(config, 'themesDir') ?? 'themes');
  const dirs = [
    ...(own.length ? own : ['static']).map((d) => join(root, d)),
    ...names(findKey(config, 'theme')).map((t) => join(themes, t, 'static')),
  ];
  return dirs.filter((d) => isInside(root, d));
}
