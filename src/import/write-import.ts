/** @fileoverview Writes an import plan into the blog: each file whole or not at all, never over an existing file. */
import { existsSync, linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { makeDirs } from '../fs/make-dirs.ts';
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
    // Written beside the target, then hard-linked into place: the link fails if the name exists, so a file
    // that appeared since planning is never replaced, and a reader never sees half a file.
    const temp = join(dirname(at), `.blog-import-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(temp, data, { flag: 'wx' });
    try {
      linkSync(temp, at);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        skipped.push({ file: file.target, line: 1, message: 'appeared while importing, not overwritten' });
      } else if (!existsSync(at)) {
        // File systems without hard links: a rename is still atomic.
        renameSync(temp, at);
        continue;
      } else throw error;
    }
    unlinkSync(temp);
  }
  return skipped;
}
