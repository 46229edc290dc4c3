/**
 * @fileoverview Code blocks as CommonMark opens and closes them, followed line by line through a body: fenced
 * ones, and on request indented ones; and code spans blanked out of the text a line-based check searches.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A list item's marker, after any indentation: `- `, `* `, `+ `, `1. `, `1) `. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** What a line is to the code around it. */
export type FenceStep = 'prose' | 'open' | 'code' | 'close';

export interface CodeBlockOptions {
  /**
   * Also an indented code block: a line indented 4 columns or more after a blank line, outside a list (where
   * such a line continues the item), and the lines after it while they stay indented or blank.
   */
  indented?: boolean;
}

/**
 * A tracker to call with each line of a body in turn: a fence of three or more backticks or tildes opens code
 * (a backtick one only when no backtick follows it on the line), and only a fence of the same character, at
 * least as long and alone on its line, closes it.
 */
export function codeFences(options: CodeBlockOptions = {}): (line: string) => FenceStep {
  let fence: string | undefined;
  let prevBlank = true;
  let inList = false;
  let inIndented = false;
  return (line) => {
    const mark = FENCE.exec(line)?.[1];
    if (fence) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) {
        fence = undefined;
        return 'close';
      }
      return 'code';
    }
    if (options.indented) {
      if (line.trim() === '') {
        prevBlank = true;
        return inIndented ? 'code' : 'prose';
      }
      const col = indentColumns(line);
      if (inIndented && col >= 4) return 'code';
      inIndented = false;
      if (col >= 4 && prevBlank && !inList) {
        inIndented = true;
        prevBlank = false;
        return 'code';
      }
      if (LIST_ITEM.test(line)) inList = true;
      // A flush-left line after a blank one ends any list (a quote's `>` may continue it).
      else if (col === 0 && prevBlank && !line.startsWith('>')) inList = false;
      prevBlank = false;
    }
    if (!mark) return 'prose';
    // A backtick fence's info string has no backtick (CommonMark 4.5): ```x``` on its line is inline code.
    if (mark[0] === '`' && line.slice(line.indexOf(mark) + mark.length).includes('`')) return 'prose';
    fence = mark;
    return 'open';
  };
}

/** Columns of leading white space, a tab to the next multiple of 4. */
function indentColumns(line: string): number {
  let col = 0;
  for (const c of line) {
    if (c === ' ') col++;
    else if (c === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/**
 * `text` with its code spans (`` `x` ``, ``` ``a ` b`` ```) blanked to spaces, newlines kept: what a line-based check
 * searches, so that markup shown as code is not taken for markup and offsets and columns stay right.
 */
export function blankCodeSpans(text: string): string {
  return text.replace(/(`+)[^`]*?\1/g, (code) => code.replace(/[^\n]/g, ' '));
}
