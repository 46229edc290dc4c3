/** @fileoverview `--fix`: applies the safe fixes, re-lints, and repeats until nothing more changes (at most 10 passes). */
import { readFileSync } from 'node:fs';
import { applyFixes } from '../content/fix.ts';
import type { Diagnostic, Fix } from '../diagnostics/diagnostic.ts';
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
  /** The lint after the last pass: what is left. */
  result: LintResult;
}

export function fixFiles(lint: () => LintResult): FixOutcome {
  const fixed: Diagnostic[] = [];
  const changed = new Set<string>();
  const conflicts = new Set<string>();
  let result = lint();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byFile = new Map<string, (Diagnostic & { fix: Fix })[]>();
    for (const d of result.diagnostics) {
      if (!d.fix || conflicts.has(d.file)) continue;
      const list = byFile.get(d.file) ?? [];
      list.push(d as Diagnostic & { fix: Fix });
      byFile.set(d.file, list);
    }
    let wrote = false;
    for (const [file, list] of byFile) {
      const path = result.paths.get(file);
      const before = result.texts.get(file);
      if (!path || before === undefined) continue;
      // Never write over an edit made since the file was read.
      if (readFileSync(path, 'utf8') !== before) {
        conflicts.add(file);
        continue;
      }
      const { text, applied } = applyFixes(before, list);
      if (text === before) continue;
      writeAtomic(path, text, { durable: true });
      fixed.push(...applied);
      changed.add(file);
      wrote = true;
    }
    if (!wrote) break;
    result = lint();
  }
  return { fixed, changed: [...changed].sort(), conflicts: [...conflicts].sort(), result };
}
