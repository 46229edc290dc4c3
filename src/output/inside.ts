/** @fileoverview The one check that a path the build writes or deletes lies inside the output folder. */
import { isAbsolute, join, normalize, sep } from 'node:path';

/**
 * The absolute path of `outputPath` inside `outDir`, or undefined when it would lie anywhere else: absolute,
 * `..` anywhere, a NUL, a backslash (a separator on Windows), or empty. Manifests read from the cache go
 * through this too, so a tampered or foreign one can never name a file outside the output.
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
  return path.startsWith(normalize(outDir) + sep) ? path : undefined;
}
