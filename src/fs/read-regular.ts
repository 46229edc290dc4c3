/** @fileoverview Reads a file only when it is a regular file: never blocks on a FIFO left where a file was expected. */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/**
 * The bytes of the regular file at `path`. Opened without blocking, so a FIFO (which `readFileSync` would wait
 * on for a writer for ever) or a device is refused at once with an `ENOTREG`-coded error, as a missing file is
 * with `ENOENT`: for the build cache's own files, where anything odd reads as "not cached".
 */
export function readRegularFile(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile())
      throw Object.assign(new Error(`ENOTREG: not a regular file, open '${path}'`), {
        code: 'ENOTREG',
        path,
      });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
