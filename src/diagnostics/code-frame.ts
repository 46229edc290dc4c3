/** @fileoverview The offending lines of a file with a caret under the problem, as the overlay and terminals show them. */

export interface CodeFrameOptions {
  /** Lines shown before and after the problem's line. */
  context?: number;
  /** Longest line shown; longer ones are cut around the column, so a 200 KB line stays readable. */
  maxWidth?: number;
}

/**
 * `line` and `column` are 1-based, as in a Diagnostic. Like vite's `generateCodeFrame`:
 * ```
 *   3 | date: 2024-01-01
 * > 4 | tags: [a, b
 *     |       ^
 *   5 | ---
 * ```
 * Empty when the line is not in the text.
 */
export function codeFrame(text: string, line: number, column = 1, options: CodeFrameOptions = {}): string {
  const context = options.context ?? 2;
  const maxWidth = options.maxWidth ?? 160;
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return '';
  const from = Math.max(1, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1]!;
    // Cut long lines around the column, and keep the caret under the same character.
    const start =
      raw.length > maxWidth && n === line ? Math.max(0, column - 1 - Math.floor(maxWidth / 2)) : 0;
    const shown = raw.slice(start, start + maxWidth).replace(/\t/g, ' ');
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${shown}`.trimEnd());
    if (n === line) {
      const at = Math.max(0, Math.min(column - 1 - start, shown.length));
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(at)}^`);
    }
  }
  return out.join('\n');
}
