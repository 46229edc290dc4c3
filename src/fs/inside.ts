/**
 * @fileoverview The one check that a path lies inside a folder: by name (`isInside`), after following links
 * (`isReallyInside`), and for an output path read from a plan or a manifest (`pathInside`).
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';

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
    CLIMB.test(outputPath)
  )
    return undefined;
  const path = join(outDir, outputPath);
  // With no `..` and no absolute part, the joined name can only be `outDir` itself (`.`, `./`) or below it:
  // a prefix test on the normalised names says which, without resolving both (a manifest has 10,000 paths).
  const prefix = folderPrefix(outDir);
  return path.length > prefix.length && path.startsWith(prefix) ? path : undefined;
}

/** A `..` segment anywhere in a forward-slash path. */
const CLIMB = /(?:^|\/)\.\.(?:\/|$)/;

/**
 * `folder` normalised, with one trailing separator: what the normalised name of everything strictly inside it
 * starts with. A prefix test against it stands in for resolving both names where there are thousands.
 */
export function folderPrefix(folder: string): string {
  const base = normalize(folder);
  return base.endsWith(sep) ? base : base + sep;
}
