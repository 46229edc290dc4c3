/** @fileoverview Blockquotes nested hundreds deep exhaust the Markdown parser's stack: stop them with a line number. */
import type { Rule } from '../rule.ts';

/** Far beyond any real post (a reply of a reply… is a handful deep), far below what the parser can take. */
export const MAX_QUOTE_DEPTH = 64;
const DEEP = new RegExp(`^(?: {0,3}>){${MAX_QUOTE_DEPTH + 1},}`, 'm');

export const bodyNestingDepth: Rule = {
  id: 'body/nesting-depth',
  meta: {
    description: `blockquotes nest at most ${MAX_QUOTE_DEPTH} deep, so the page can be rendered`,
    severity: 'error',
  },
  checkPost({ post, report }) {
    const m = DEEP.exec(post.body);
    if (!m) return;
    const offset = post.bodyOffset + m.index;
    report({
      message: `Unexpected blockquote nested ${m[0].split('>').length - 1} deep, expected at most ${MAX_QUOTE_DEPTH}`,
      hint: 'Remove the extra `>` markers.',
      span: { offset, end: offset + m[0].length },
    });
  },
};
