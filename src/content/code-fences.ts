/** @fileoverview Fenced code blocks as CommonMark opens and closes them, followed line by line through a body. */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** What a line is to the fenced code around it. */
export type FenceStep = 'prose' | 'open' | 'code' | 'close';

/**
 * A tracker to call with each line of a body in turn: a fence of three or more backticks or tildes opens code
 * (a backtick one only when no backtick follows it on the line), and only a fence of the same character, at
 * least as long and alone on its line, closes it.
 */
export function codeFences(): (line: string) => FenceStep {
  let fence: string | undefined;
  return (line) => {
    const mark = FENCE.exec(line)?.[1];
    if (fence) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) {
        fence = undefined;
        return 'close';
      }
      return 'code';
    }
    if (!mark) return 'prose';
    // A backtick fence's info string has no backtick (CommonMark 4.5): ```x``` on its line is inline code.
    if (mark[0] === '`' && line.slice(line.indexOf(mark) + mark.length).includes('`')) return 'prose';
    fence = mark;
    return 'open';
  };
}
