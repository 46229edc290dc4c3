/**
 * @fileoverview The one way `blog` writes a file whole: a temp file, then a rename (replace) or a hard link
 * (exclusive, never over an existing file). Readers and crashes see the old file or the new one, never half.
 * Used by the site writer, `blog new`, `blog import`, `lint --fix` and the cache.
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { copyFile, rename, rm, writeFile } from 'node:fs/promises';
import { tempPath } from '../fs/temp-name.ts';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} exists`);
    this.name = 'FileExistsError';
  }
}

export interface WriteAtomicOptions {
  /** Refuse (FileExistsError) rather than replace a file that exists: what a user wrote is never overwritten. */
  exclusive?: boolean;
  /** Flush the data to disk before it takes the name (a user's own files: posts, imports, fixes). */
  durable?: boolean;
  /**
   * Folder for the temp file, on the same file system as `path` (beside it by default). The site writer
   * uses its staging folder, so a killed build never leaves a temp file inside the output.
   */
  tempDir?: string;
}

/** Writes `data` to `path` whole. A replaced file keeps its mode (a fixed post stays executable or not). */
export function writeAtomic(path: string, data: string | Uint8Array, options: WriteAtomicOptions = {}): void {
  const temp = tempPath(path, options.tempDir);
  let mode: number | undefined;
  if (!options.exclusive) {
    try {
      mode = statSync(path).mode;
    } catch {
      // A new file gets the default mode.
    }
  }
  const fd = openSync(temp, 'wx', mode);
  try {
    writeFileSync(fd, data);
    if (options.durable) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  if (!options.exclusive) {
    try {
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return;
  }
  try {
    // `link` fails if `path` exists, so a file someone created meanwhile is never replaced (`rename` would).
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(path);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    // File systems without hard links: an exclusive create, still never over an existing file.
    try {
      writeFileSync(path, data, { flag: 'wx' });
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
      rmSync(path, { force: true });
      throw fallbackError;
    }
  } finally {
    unlinkSync(temp);
  }
}

/** `writeAtomic` without blocking the thread, for writing many files at once (replace only). */
export async function writeAtomicAsync(
  path: string,
  data: string | Uint8Array,
  options: Pick<WriteAtomicOptions, 'tempDir'> = {},
): Promise<void> {
  const temp = tempPath(path, options.tempDir);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Copies `from` over `path` whole, without blocking the thread. */
export async function copyAtomicAsync(
  from: string,
  path: string,
  options: Pick<WriteAtomicOptions, 'tempDir'> = {},
): Promise<void> {
  const temp = tempPath(path, options.tempDir);
  try {
    await copyFile(from, temp);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
