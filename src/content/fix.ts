/** @fileoverview Safe mechanical fixes: building them so they keep the writer's quoting, and applying them. */
import type { Fix } from '../diagnostics/diagnostic.ts';
import type { Span } from './frontmatter.ts';
import { lineEndOf } from './split-front-matter.ts';

/** A fix that replaces a scalar's value and keeps its quotes (`"2024-3-5"` → `"2024-03-05"`). */
export function replaceScalar(text: string, span: Span, value: string): Fix {
  const first = text[span.offset];
  const last = text[span.end - 1];
  if ((first === '"' || first === "'") && last === first && span.end - span.offset >= 2)
    return { range: [span.offset + 1, span.end - 1], text: value };
  return { range: [span.offset, span.end], text: value };
}

/**
 * Applies fixes that do not overlap, in order of position (the first one wins, like ESLint), leaving every
 * other byte as it was. The rest are returned so the caller can run another pass.
 */
export function applyFixes<T extends { fix: Fix }>(
  text: string,
  items: readonly T[],
): { text: string; applied: T[]; skipped: T[] } {
  const sorted = [...items].sort(
    (a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1],
  );
  const applied: T[] = [];
  const skipped: T[] = [];
  // A fix that adds lines writes them with the file's own line end, so a Windows file stays CRLF throughout.
  const newline = lineEndOf(text);
  const own = (fix: string) => (newline === '\n' ? fix : fix.replace(/\r?\n/g, newline));
  let out = '';
  let at = 0;
  for (const item of sorted) {
    const [start, end] = item.fix.range;
    if (start < at || end < start || end > text.length) {
      skipped.push(item);
      continue;
    }
    out += text.slice(at, start) + own(item.fix.text);
    at = end;
    applied.push(item);
  }
  return { text: out + text.slice(at), applied, skipped };
}
