/** @fileoverview Whether a path lies inside a folder: by name (`isInside`) and after following links (`isReallyInside`). */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** True when `path` is `folder` or below it, comparing resolved names (no file system access). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  // `..b` is a name inside; `..` and `../b` climb out; another drive (Windows) gives an absolute path.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * True when `path`, with every symbolic link followed, is inside `folder` (also resolved): a link in the
 * blog that leads to `~/.ssh` is not inside the blog, whatever its name says. False when `path` is missing.
 */
export function isReallyInside(folder: string, path: string): boolean {
  try {
    return isInside(realpathSync(folder), realpathSync(path));
  } catch {
    return false;
  }
}

/** `path` resolved against `from` if it stays inside `folder` by name, else undefined (for `../` in links). */
export function resolveInside(folder: string, from: string, path: string): string | undefined {
  const resolved = resolve(from, path);
  return isInside(folder, resolved) ? resolved : undefined;
}
