/**
 * @fileoverview Blockquotes nested hundreds deep, alone or mixed with list markers on one line (`- > - > …`),
 * exhaust the Markdown parser's stack: stop them with a line number. (The page would show its source as text.)
 */
import type { Rule } from '../rule.ts';

/** Far beyond any real post (a reply of a reply… is a handful deep), far below what the parser can take. */
export const MAX_QUOTE_DEPTH = 64;
const DEEP = new RegExp(`^(?: {0,3}>){${MAX_QUOTE_DEPTH + 1},}`, 'm');
/**
 * Container markers opening one line, quotes and list items mixed; each marker's spaces are its own (markers are
 * never spaces), so the match is linear. A list marker needs a space after it; a line of `- - -` alone is a rule.
 */
const DEEP_MIXED = new RegExp(
  `^[ \\t]*(?:(?:>|(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]))[ \\t]*){${MAX_QUOTE_DEPTH + 1},}(?=\\S)`,
  'gm',
);
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export const bodyNestingDepth: Rule = {
  id: 'body/nesting-depth',
  meta: {
    description: `blockquotes nest at most ${MAX_QUOTE_DEPTH} deep, so the page can be rendered`,
    severity: 'error',
  },
  checkPost({ post, report }) {
    const m = DEEP.exec(post.body);
    if (!m) {
      const mixed = deepMixed(post.body);
      if (!mixed) return;
      const depth = mixed[0].match(/>|[-*+]|\d{1,9}[.)]/g)!.length;
      const offset = post.bodyOffset + mixed.index;
      report({
        message: `Unexpected lists and blockquotes nested ${depth} deep on one line, expected at most ${MAX_QUOTE_DEPTH}`,
        hint: 'Remove the extra `>`, `-` or `1.` markers at the start of the line.',
        span: { offset, end: offset + mixed[0].length },
      });
      return;
    }
    const offset = post.bodyOffset + m.index;
    report({
      message: `Unexpected blockquote nested ${m[0].split('>').length - 1} deep, expected at most ${MAX_QUOTE_DEPTH}`,
      hint: 'Remove the extra `>` markers.',
      span: { offset, end: offset + m[0].length },
    });
  },
};

function deepMixed(body: string): RegExpExecArray | undefined {
  DEEP_MIXED.lastIndex = 0;
  for (let m = DEEP_MIXED.exec(body); m; m = DEEP_MIXED.exec(body)) {
    const lineEnd = body.indexOf('\n', m.index);
    if (!THEMATIC_BREAK.test(body.slice(m.index, lineEnd < 0 ? undefined : lineEnd))) return m;
  }
  return undefined;
}
