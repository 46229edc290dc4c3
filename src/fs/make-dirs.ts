/** @fileoverview Creates a folder and its missing parents, one level at a time, and fails fast where Node's recursive mkdir spins. */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Like `mkdirSync(dir, { recursive: true })`, which loops for ever on some paths (under `/proc` it
 * retries at 100 % CPU). Here each missing level is created once, from the nearest existing parent down,
 * so every failure is an ordinary fs error (EACCES, ENOTDIR, ENOENT, EROFS…) naming its path.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    try {
      if (statSync(at).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), {
        code: 'ENOTDIR',
        syscall: 'mkdir',
        path: at,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      // Another process made it meanwhile: fine, as long as it is a folder. A link that leads nowhere is there
      // too (EEXIST) but is no folder: its own error names it, not the ENOENT of following it.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!statSync(level, { throwIfNoEntry: false })?.isDirectory()) throw error;
    }
  }
}
