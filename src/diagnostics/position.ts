/** @fileoverview Converts 0-based offsets in a text to 1-based line/column and back. */

export interface Position {
  line: number;
  column: number;
}

/** Precomputed line starts for a text, so many lookups in one file stay cheap. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** 1-based line and column of a 0-based offset. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.starts[lo]! + 1 };
  }

  /** 0-based offset of a 1-based line and column. */
  offsetAt(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
    return Math.min(this.text.length, start + column - 1);
  }
}

/** 1-based line and column of one offset, for a single lookup (many in one text: use a LineIndex). */
export function positionAt(text: string, offset: number): Position {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: end - start + 1 };
}

/** 1-based line of an offset. */
export const lineAt = (text: string, offset: number): number => positionAt(text, offset).line;
