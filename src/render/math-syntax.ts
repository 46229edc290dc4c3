/**
 * @fileoverview Where a formula is in Markdown text: the delimiters Pandoc, remark-math and Hugo's passthrough
 * read (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`). Shared by the renderer (a marked extension) and the body scan of
 * `blog lint`, so that both see the same formulas.
 */

export interface MathMatch {
  /** The TeX between the delimiters, as written. */
  tex: string;
  /** Offset of `tex` in the text. */
  texStart: number;
  /** Offset just past the closing delimiter (past the line's end for a block). */
  end: number;
  display: boolean;
}

/**
 * The longest TeX a formula in a paragraph may hold, and a display block: each `$` that opens no formula
 * looks this far at most, so a paragraph of thousands of prices stays linear (20,000 `$` took 23 s).
 */
const MAX_INLINE = 2000;
const MAX_BLOCK = 20_000;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A formula starting at `at` and closed before `end` (the paragraph's end), or undefined:
 * - `\(…\)` inline, `$$…$$` display;
 * - `$…$` inline when the opening `$` is followed by a non-space and the closing one preceded by a non-space and
 *   not followed by a digit, as Pandoc reads it: "$5 and $10" stays text.
 * A backslash escapes the next character (`\$` inside a formula is TeX's dollar); a backtick before the close
 * means a code span starts first, and no formula is there.
 */
export function matchInlineMath(text: string, at: number, paragraphEnd: number): MathMatch | undefined {
  const end = Math.min(paragraphEnd, at + MAX_INLINE);
  const c = text.charCodeAt(at);
  if (c === 92 /* \ */) {
    if (text.charCodeAt(at + 1) !== 40 /* ( */) return undefined;
    const close = findClose(text, at + 2, end, '\\)');
    return close < 0 || !text.slice(at + 2, close).trim()
      ? undefined
      : { tex: text.slice(at + 2, close), texStart: at + 2, end: close + 2, display: false };
  }
  if (c !== 36 /* $ */) return undefined;
  if (text.charCodeAt(at + 1) === 36) {
    const close = findClose(text, at + 2, end, '$$');
    return close < 0 || !text.slice(at + 2, close).trim()
      ? undefined
      : { tex: text.slice(at + 2, close), texStart: at + 2, end: close + 2, display: true };
  }
  if (at + 1 >= end || isSpace(text.charCodeAt(at + 1))) return undefined;
  for (let i = at + 1; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 92) i++;
    else if (ch === 96 /* ` */) return undefined;
    else if (ch === 36 && !isSpace(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i + 1))) {
      return { tex: text.slice(at + 1, i), texStart: at + 1, end: i + 1, display: false };
    }
  }
  return undefined;
}

/** The next `mark` from `from` that is not escaped by a backslash, before `end`; -1 if none. */
function findClose(text: string, from: number, end: number, mark: string): number {
  for (let i = from; i + mark.length <= end; i++) {
    const ch = text.charCodeAt(i);
    if (text.startsWith(mark, i)) return i;
    if (ch === 92) i++;
    else if (ch === 96 /* ` */) return -1;
  }
  return -1;
}

const BLOCK_OPEN = / {0,3}(\$\$|\\\[)/y;

/**
 * A display formula whose `$$` or `\[` starts the line at `at` and whose `$$` or `\]` ends a line: on one line
 * (`$$ x^2 $$`) or over several, blank lines included, as kramdown, remark-math and MathJax read it (lil-log's
 * aligned derivations have them). Text after the closing delimiter makes it no block (then it is a formula inside
 * a paragraph); with no closing delimiter there is no formula, and the text stays as written.
 */
export function matchMathBlock(text: string, at: number, textEnd = text.length): MathMatch | undefined {
  const end = Math.min(textEnd, at + MAX_BLOCK);
  BLOCK_OPEN.lastIndex = at;
  const open = BLOCK_OPEN.exec(text);
  if (!open) return undefined;
  const close = open[1] === '$$' ? '$$' : '\\]';
  const texStart = BLOCK_OPEN.lastIndex;
  let lineStart = texStart;
  for (;;) {
    let eol = text.indexOf('\n', lineStart);
    if (eol < 0 || eol > end) eol = end;
    const line = text.slice(lineStart, eol).trimEnd();
    const found = line.indexOf(close);
    if (found >= 0) {
      // The closing mark must end the line; anything after it makes this a paragraph with a formula in it.
      if (found + close.length !== line.length) return undefined;
      const tex = text.slice(texStart, lineStart + found);
      // `$$$$` is no formula.
      return tex.trim() ? { tex, texStart, end: eol < end ? eol + 1 : eol, display: true } : undefined;
    }
    if (eol >= end) return undefined;
    lineStart = eol + 1;
  }
}
