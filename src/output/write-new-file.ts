/** @fileoverview Creates a file that must not exist yet, all at once: readers see nothing or the whole text. */
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} exists`);
    this.name = 'FileExistsError';
  }
}

/**
 * Writes `text` to a temp file beside `path`, then hard-links it into place. `link` fails if `path` exists, so
 * a file someone created meanwhile is never replaced (`rename` would replace it), and a crash leaves at most the
 * temp file, never half a post. Where hard links are not supported, falls back to an exclusive create (`wx`).
 */
export function writeNewFile(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(path);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    try {
      writeFileSync(path, text, { flag: 'wx' });
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
      rmSync(path, { force: true });
      throw fallbackError;
    }
  } finally {
    unlinkSync(temp);
  }
}
