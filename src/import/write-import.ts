/** @fileoverview Writes an import plan into the blog: each file whole or not at all, never over an existing file. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { makeDirs } from '../fs/make-dirs.ts';
import { FileExistsError, writeAtomic } from '../output/write-atomic.ts';
import type { ImportPlan, Note } from './types.ts';

/** Marks planned files that exist already as skipped (an identical image is simply already there). */
export function skipExisting(plan: ImportPlan, blogRoot: string): ImportPlan {
  const skipped: Note[] = [];
  const files = plan.files.filter((file) => {
    const at = join(blogRoot, file.target);
    if (!existsSync(at)) return true;
    const same = 'copyFrom' in file.content && readFileSync(at).equals(readFileSync(file.content.copyFrom));
    if (!same)
      skipped.push({
        file: file.target,
        line: 1,
        message: `exists already, not overwritten (from ${file.source})`,
      });
    return false;
  });
  return { ...plan, files, skipped: [...plan.skipped, ...skipped] };
}

/** Writes every planned file; returns notes for files that appeared meanwhile and were left alone. */
export function writeImport(plan: ImportPlan, blogRoot: string): Note[] {
  const skipped: Note[] = [];
  for (const file of plan.files) {
    const at = resolve(blogRoot, file.target);
    if (relative(blogRoot, at).startsWith('..'))
      throw new Error(`Refusing to write outside the blog: ${file.target}`);
    makeDirs(dirname(at));
    const data = 'text' in file.content ? file.content.text : readFileSync(file.content.copyFrom);
    try {
      // Whole or not at all, and never over a file that appeared since planning.
      writeAtomic(at, data, { exclusive: true, durable: true });
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      skipped.push({ file: file.target, line: 1, message: 'appeared while importing, not overwritten' });
    }
  }
  return skipped;
}
