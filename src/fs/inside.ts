/**
 * @fileoverview The one check that a path lies inside a folder: by name (`isInside`), after following links
 * (`isReallyInside`), and for an output path read from a plan or a manifest (`pathInside`).
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * True when `path` is `folder` or below it, comparing resolved names (no file system access). A sibling that
 * shares a prefix (`dist2` beside `dist`) is not inside.
 */
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

/**
 * The absolute path of `outputPath` (relative, forward slashes) strictly below `outDir`, or undefined when it
 * would lie anywhere else: absolute, `..` anywhere, a NUL, a backslash (a separator on Windows), empty, or
 * `outDir` itself. Manifests read from the cache go through this too, so a tampered or foreign one can never
 * name a file outside the output.
 */
export function pathInside(outDir: string, outputPath: string): string | undefined {
  if (
    typeof outputPath !== 'string' ||
    outputPath === '' ||
    outputPath.includes('\0') ||
    outputPath.includes('\\') ||
    isAbsolute(outputPath) ||
    outputPath.split('/').some((part) => part === '..')
  )
    return undefined;
  const path = join(outDir, outputPath);
  // `.` and `./` name the folder itself, which is never a file to write or delete.
  return relative(outDir, path) !== '' && isInside(outDir, path) ? path : undefined;
}
