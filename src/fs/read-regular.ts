/** @fileoverview Opens and reads a file only when it is a regular file: never blocks on a FIFO left where a file was expected. */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

/** Thrown for a path that is there but is not a regular file (a folder, a FIFO, a device): `code` is `ENOTREG`. */
export interface NotRegularError extends Error {
  code: 'ENOTREG';
  path: string;
  /** What is there, for a message (`describeSpecial`). */
  stats: Stats;
}

/**
 * A descriptor of the regular file at `path`, opened with `flags` and without blocking, so a FIFO (which a plain
 * open waits on for a writer or reader for ever) or a device is refused at once with a `NotRegularError`, as a
 * missing file is with `ENOENT`. The caller closes it.
 */
export function openRegularFile(path: string, flags: number = constants.O_RDONLY): number {
  const fd = openSync(path, flags | constants.O_NONBLOCK);
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  if (stats.isFile()) return fd;
  closeSync(fd);
  throw Object.assign(new Error(`ENOTREG: not a regular file, open '${path}'`), {
    code: 'ENOTREG' as const,
    path,
    stats,
  });
}

/** Whether an error is `openRegularFile`'s refusal of something that is not a regular file. */
export function isNotRegular(error: unknown): error is NotRegularError {
  return (error as NotRegularError | undefined)?.code === 'ENOTREG';
}

/** The bytes of the regular file at `path` (see `openRegularFile`). */
export function readRegularFile(path: string): Buffer {
  const fd = openRegularFile(path);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
