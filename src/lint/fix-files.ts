/** @fileoverview `--fix`: applies the safe fixes, re-lints, and repeats until nothing more changes (at most 10 passes). */
import { isUtf8 } from 'node:buffer';
import { accessSync, constants, readFileSync, realpathSync, statSync } from 'node:fs';
import { applyFixes } from '../content/fix.ts';
import { parseSourceFile } from '../content/frontmatter.ts';
import { compareStrings, type Diagnostic, type Fix } from '../diagnostics/diagnostic.ts';
import { writeAtomic } from '../output/write-atomic.ts';
import type { LintResult } from './lint-blog.ts';

const MAX_PASSES = 10;

export interface FixOutcome {
  /** Every fix applied, in the file and at the place it was reported (positions are before the fix). */
  fixed: Diagnostic[];
  /** Files whose text changed. */
  changed: string[];
  /** Files left alone because they changed on disk while being linted. */
  conflicts: string[];
  /** Files left alone because they are not UTF-8: written back, each byte that is not would become `�`. */
  notUtf8: string[];
  /** Files left alone because they are read-only: replacing one would drop that protection unseen. */
  readOnly: string[];
  /** Files left alone because they have other hard links: replacing one would part it from them. */
  hardLinked: { file: string; links: number }[];
  /** The lint after the last pass: what is left. */
  result: LintResult;
}

export function fixFiles(lint: () => LintResult): FixOutcome {
  const fixed: Diagnostic[] = [];
  const changed = new Set<string>();
  const conflicts = new Set<string>();
  const notUtf8 = new Set<string>();
  const readOnly = new Set<string>();
  const hardLinked = new Map<string, number>();
  let result = lint();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byFile = new Map<string, (Diagnostic & { fix: Fix })[]>();
    for (const d of result.diagnostics) {
      if (!d.fix || conflicts.has(d.file) || notUtf8.has(d.file)) continue;
      if (readOnly.has(d.file) || hardLinked.has(d.file)) continue;
      const list = byFile.get(d.file) ?? [];
      list.push(d as Diagnostic & { fix: Fix });
      byFile.set(d.file, list);
    }
    let wrote = false;
    for (const [file, list] of byFile) {
      const path = result.paths.get(file);
      const before = result.texts.get(file);
      if (!path || before === undefined) continue;
      const bytes = readFileSync(path);
      // The text was decoded with each byte that is not UTF-8 (a Windows-1252 `é`) as `�`: writing it back would
      // put `�` where the writer's letters were. Only the bytes are safe to keep, so the file is not fixed.
      if (!isUtf8(bytes)) {
        notUtf8.add(file);
        continue;
      }
      // Never write over an edit made since the file was read.
      if (bytes.toString('utf8') !== before) {
        conflicts.add(file);
        continue;
      }
      // A fix must never leave front-matter that no longer parses (`"tags ":` renamed beside a `tags:` of its
      // own makes a duplicate key): such a fix is not applied, and the file keeps what it had.
      const breaks = (after: string) => !parsesAlike(path, file, before, after);
      const safe = list.filter((d) => !breaks(applyFixes(before, [d]).text));
      const { text, applied } = applyFixes(before, safe);
      if (text === before || breaks(text)) continue;
      // A post that is a link (to a file inside the blog: the walker follows no other) is fixed where it leads;
      // renaming over the link's own name would turn it into a copy and leave the file it pointed at unfixed.
      const target = realpathSync(path);
      // The fix replaces the file (temp file, then rename): a read-only post would lose its protection without
      // a word, and a hard-linked one would become a copy the other names no longer share. Both are left alone.
      const stat = statSync(target);
      if (isReadOnly(target, stat.mode)) {
        readOnly.add(file);
        continue;
      }
      if (stat.nlink > 1) {
        hardLinked.set(file, stat.nlink);
        continue;
      }
      writeAtomic(target, text, { durable: true });
      fixed.push(...applied);
      changed.add(file);
      wrote = true;
    }
    if (!wrote) break;
    result = lint();
  }
  return {
    fixed,
    changed: [...changed].sort(),
    conflicts: [...conflicts].sort(),
    notUtf8: [...notUtf8].sort(),
    readOnly: [...readOnly].sort(),
    hardLinked: [...hardLinked]
      .map(([file, links]) => ({ file, links }))
      .sort((a, b) => compareStrings(a.file, b.file)),
    result,
  };
}

/** False when `after` has front-matter problems (it does not parse) that `before` did not have. */
function parsesAlike(path: string, file: string, before: string, after: string): boolean {
  const fatal = (text: string) => parseSourceFile({ path, file, text }).problems.length > 0;
  return !fatal(after) || fatal(before);
}

/** No write bit at all (`chmod 444`, Windows' read-only flag), or not writable by this user. */
function isReadOnly(path: string, mode: number): boolean {
  if ((mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}
