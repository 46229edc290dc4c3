/**
 * @fileoverview The names of what `blog` makes before putting it in place: temp files (`tempPath`, written whole
 * then renamed by `output/write-atomic.ts`) and staging folders beside the output (`output/staging.ts`). Low in
 * the layers, so an error message (`fs-error.ts`) can tell them from the user's own files.
 */
import { basename, dirname, join } from 'node:path';

let counter = 0;
/** A temp file's path for `path`: `.<name>.<pid>.<n>.tmp`, unique within this process and across processes by the pid. */
export function tempPath(path: string, dir = dirname(path)): string {
  counter++;
  return join(dir, `.${basename(path)}.${process.pid}.${counter.toString(36)}.tmp`);
}

const TEMP_NAME = /^\..+\.\d+\.[0-9a-z]+\.tmp$/;
/** Whether a file name is one of `tempPath`'s, e.g. left behind by a killed build (so a folder may be recognised as ours). */
export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

const STAGING_NAME = /^\..+\.(?:tmp|old)-\d+-[0-9a-z]+$/;
/** Whether a folder name is one of `stagingPath`'s: `.dist.tmp-<pid>-<id>`, `.dist.old-<pid>-<id>`. */
export function isStagingName(name: string): boolean {
  return STAGING_NAME.test(name);
}
