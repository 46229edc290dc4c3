/** @fileoverview Whether the last build's output still stands: same inputs, no future post due, files as written. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputRecord } from '../cache/build-cache.ts';
import { OUTPUT_MARKER } from '../config/defaults.ts';
import { isAsRecorded } from '../output/site-writer.ts';

/** True when nothing the site is made from has changed and the output is still what the last build wrote. */
export function isUpToDate(
  previous: OutputRecord<unknown> | undefined,
  inputs: string,
  now: number,
  outDir: string,
): boolean {
  return (
    previous !== undefined &&
    previous.inputs === inputs &&
    (previous.nextFuture === null || now < previous.nextFuture) &&
    outputIsIntact(outDir, previous.files)
  );
}

/** True when every file the manifest lists is still there, as written (size and modification time). */
function outputIsIntact(outDir: string, files: Record<string, [string, number, number]>): boolean {
  if (!existsSync(join(outDir, OUTPUT_MARKER))) return false;
  for (const [path, recorded] of Object.entries(files))
    if (!isAsRecorded(join(outDir, path), recorded)) return false;
  return true;
}
