/** @fileoverview Writes an import plan into the blog: each file whole or not at all, never over an existing file. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isInside } from '../fs/inside.ts';
import { makeDirs } from '../fs/make-dirs.ts';
import { FileExistsError, writeAtomic } from '../output/write-atomic.ts';
import type { ImportPlan, Note } from './types.ts';

/**
 * Marks planned files that exist already as skipped (an identical image is simply already there). A post that
 * is not written takes its notes with it: what the import would have changed or left in it did not happen.
 */
export function skipExisting(plan: ImportPlan, blogRoot: string): ImportPlan {
  const skipped: Note[] = [];
  const skippedSources = new Set<string>();
  const skippedTargets = new Set<string>();
  const notCopied = new Set<string>();
  const files = plan.files.filter((file) => {
    const at = join(blogRoot, file.target);
    if (!existsSync(at)) return true;
    notCopied.add(file.target);
    const same =
      'copyFrom' in file.content
        ? readFileSync(at).equals(readFileSync(file.content.copyFrom))
        : readFileSync(at, 'utf8') === file.content.text;
    if (file.kind === 'post') {
      skippedSources.add(file.source);
      skippedTargets.add(file.target);
    }
    if (!same || file.kind === 'post')
      skipped.push({
        file: file.target,
        line: 1,
        message: same
          ? `imported already, unchanged (from ${file.source})`
          : `exists already, not overwritten (from ${file.source})`,
      });
    return false;
  });
  return {
    ...plan,
    files,
    // A copy's note names the copy as its related place: no copy, no note.
    changed: plan.changed.filter(
      (n) => !skippedSources.has(n.file) && !n.related?.some((r) => notCopied.has(r.file)),
    ),
    left: plan.left.filter((n) => !skippedTargets.has(n.file)),
    skipped: [...plan.skipped, ...skipped],
  };
}

/** Writes every planned file; returns notes for files that appeared meanwhile and were left alone. */
export function writeImport(plan: ImportPlan, blogRoot: string): Note[] {
  const skipped: Note[] = [];
  for (const file of plan.files) {
    const at = resolve(blogRoot, file.target);
    if (!isInside(blogRoot, at)) throw new Error(`Refusing to write outside the blog: ${file.target}`);
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
