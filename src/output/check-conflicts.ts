/** @fileoverview Finds pages that would be written to the same file, before anything is written. */
import { posix, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { truncateText } from '../util/text.ts';

export interface PlannedFile {
  outputPath: string;
  /** The post file behind it, or undefined for generated pages. */
  source?: string;
}

/**
 * Why a page's output path is unsafe, or undefined when it is fine: the one place that decides what a page
 * path may be. A path must stay inside the output folder and be written as it normalises (`posts/../tags/`
 * would overwrite a generated page), and a URL must be able to reach it (no `?`, `#`, `\\` or control characters).
 */
export function unsafeOutputPath(outputPath: string): string | undefined {
  const normal = posix.normalize(outputPath);
  if (normal.startsWith('../') || normal === '..' || posix.isAbsolute(normal) || outputPath.includes('\\'))
    return 'it would be written outside the output folder';
  if (normal !== outputPath) return 'expected a path without `.` or `..` segments or `//`';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[?#\x00-\x1f\x7f]/.test(outputPath)) return 'expected a path without `?`, `#` or control characters';
  return undefined;
}

export function checkConflicts(files: readonly PlannedFile[]): Diagnostic[] {
  const byPath = new Map<string, PlannedFile[]>();
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    // Defence in depth behind the config and slug checks (which a writer can switch off): nothing may be
    // written outside the output folder, or at a path a URL cannot reach.
    const problem = unsafeOutputPath(f.outputPath);
    if (problem) {
      diagnostics.push({
        file: f.source ?? 'blog.config.json',
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'build/output-outside',
        message: `Unexpected page path \`${truncateText(f.outputPath, 120)}\`, ${problem}`,
        hint: 'Write the slug as lowercase letters, digits and dashes (`slug: my-post`).',
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

/** The rule id of a copy left out for a generated file: only the build finds it. */
export const SHADOWED_RULE = 'build/file-not-published';

/**
 * Copies (a file of `static/`, of a bundle) that cannot be published where they are: at the output path of a
 * page or a generated file (the writer keeps the generated one, `SiteWriter.copy`); at a folder the site needs
 * (`static/posts`, a file, where the post pages go in `posts/`); or inside what the site writes as a file
 * (`static/atom.xml/x.txt`). Each copy left out is named, never dropped unseen (`static/sitemap.xml` was;
 * `static/posts` stopped the build, which called it "a folder where a file was expected"). Case-insensitively,
 * as `checkConflicts` compares pages.
 * @param generated output paths of the pages and the site files
 * @param folders folders (`pagefind/`) whose every file a later step writes, all of it replaced
 * @returns the warnings, and the copies to make
 */
export function shadowedCopies<C extends { from: string; to: string }>(
  root: string,
  copies: readonly C[],
  generated: readonly string[],
  folders: readonly string[] = [],
): { warnings: Diagnostic[]; kept: C[] } {
  const taken = new Map(generated.map((path) => [path.toLowerCase(), path]));
  // Every folder a generated file or a copy is written in, with one path that is written there.
  const needed = new Map<string, string>();
  for (const path of [...generated, ...copies.map((c) => c.to)]) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/').toLowerCase();
      if (!needed.has(folder)) needed.set(folder, path);
    }
  }
  const warnings: Diagnostic[] = [];
  const kept: C[] = [];
  for (const copy of copies) {
    const to = copy.to.toLowerCase();
    const parts = to.split('/');
    const by = taken.get(to) ?? folders.find((folder) => to.startsWith(folder.toLowerCase()));
    const fileAbove = parts
      .slice(0, -1)
      .map((_, i) => taken.get(parts.slice(0, i + 1).join('/')))
      .find((path) => path !== undefined);
    const inFolder = needed.get(to);
    const why =
      by !== undefined
        ? `where the site writes its own \`${by}\``
        : fileAbove !== undefined
          ? `inside \`${fileAbove}\`, which the site writes as a file`
          : inFolder !== undefined
            ? `where the site needs the folder \`${copy.to}/\` (for \`${inFolder}\`)`
            : undefined;
    if (why === undefined) {
      kept.push(copy);
      continue;
    }
    warnings.push({
      file: relative(root, copy.from).split('\\').join('/'),
      line: 1,
      column: 1,
      severity: 'warning',
      ruleId: SHADOWED_RULE,
      message: `Unexpected file at \`${copy.to}\`, ${why}: this file is not published`,
      hint: 'Rename or remove it; to change a generated page, override its template in `templates/` (see README, "Templates and theme").',
    });
  }
  return { warnings, kept };
}
