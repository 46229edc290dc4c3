/** @fileoverview Finds pages that would be written to the same file, before anything is written. */
import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface PlannedFile {
  outputPath: string;
  /** The post file behind it, or undefined for generated pages. */
  source?: string;
}

export function checkConflicts(files: readonly PlannedFile[]): Diagnostic[] {
  const byPath = new Map<string, PlannedFile[]>();
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    // Defence in depth behind the config and slug checks: nothing may be written outside the output folder.
    const normal = posix.normalize(f.outputPath);
    if (
      normal.startsWith('../') ||
      normal === '..' ||
      posix.isAbsolute(normal) ||
      f.outputPath.includes('\\')
    ) {
      diagnostics.push({
        file: f.source ?? 'blog.config.json',
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'build/output-outside',
        message: `Unexpected page path \`${f.outputPath}\`, it would be written outside the output folder`,
      });
      continue;
    }
    // Hosts treat paths case-insensitively often enough (macOS, Windows) that `A/` and `a/` collide too.
    const key = f.outputPath.toLowerCase();
    const list = byPath.get(key);
    if (list) list.push(f);
    else byPath.set(key, [f]);
  }
  for (const group of byPath.values()) {
    if (group.length < 2) continue;
    const names = group.map((f) => f.source ?? `the generated page ${f.outputPath}`);
    for (const f of group) {
      if (!f.source) continue;
      diagnostics.push({
        file: f.source,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'build/output-conflict',
        message: `Unexpected second page at \`${f.outputPath}\`, also written by ${names.filter((n) => n !== f.source).join(', ')}`,
        hint: 'Give one post its own `slug:`, or put the date in the permalink pattern (`/:year/:month/:day/:slug/`).',
      });
    }
  }
  return diagnostics;
}
