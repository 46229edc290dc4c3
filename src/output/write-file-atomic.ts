/** @fileoverview Replaces a file's contents all at once: a temp file beside it, then a rename. */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `path` so a reader (or a crash) sees the old file or the new one, never half of each:
 * the temp file sits in the same folder, so the rename stays on one file system and is atomic.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode;
  } catch {
    // A new file gets the default mode.
  }
  try {
    writeFileSync(temp, text, mode === undefined ? undefined : { mode });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
