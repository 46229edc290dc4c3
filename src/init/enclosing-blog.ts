/** @fileoverview Where a new blog would sit inside another one: in a folder that blog reads or replaces. */
import { dirname, resolve } from 'node:path';
import { DEFAULT_CACHE_DIR } from '../cache/build-cache.ts';
import { findBlogRoot, loadConfigAt } from '../config/load.ts';
import { isInside } from '../fs/inside.ts';

export interface EnclosingFolder {
  /** The other blog's root. */
  root: string;
  /** Its folder that holds the new one, as written in that blog (`posts/`, `dist/`). */
  folder: string;
  /** What that blog would do to the new one there. */
  why: string;
}

/**
 * The folder of an enclosing blog that `target` lies in, when that blog reads it as content or replaces it:
 * a blog made in another's `posts/` has its starter posts and templates linted and built as that blog's posts,
 * one in its `dist/` is deleted by the next build. Elsewhere in a blog (a second blog beside its `posts/`),
 * undefined: that is a folder the first blog never reads.
 */
export function enclosingFolder(target: string): EnclosingFolder | undefined {
  const root = findBlogRoot(dirname(target));
  if (!root) return undefined;
  let outDir = 'dist';
  try {
    outDir = loadConfigAt(root).config.outDir;
  } catch {
    // A config that does not load is reported by that blog's own commands; its default output is checked.
  }
  const folders: [name: string, why: string][] = [
    ['posts', "its lint and build would read the new blog's files as posts"],
    ['static', "its build would publish the new blog's files"],
    [outDir, 'its next build would replace that folder'],
    [DEFAULT_CACHE_DIR, 'its next build would replace that folder'],
  ];
  for (const [name, why] of folders) {
    const folder = resolve(root, name);
    if (isInside(folder, target)) return { root, folder: `${name.replace(/\/+$/, '')}/`, why };
  }
  return undefined;
}
