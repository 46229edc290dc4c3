/** @fileoverview Headings go down one level at a time (`##` then `###`, not `##` then `####`), for screen readers and outlines. */
import type { Rule } from '../rule.ts';

export const bodyHeadingIncrement: Rule = {
  id: 'body/heading-increment',
  meta: {
    description: 'heading levels go down one at a time, starting at `##`',
    severity: 'warning',
    lintOnly: true,
  },
  checkPost({ report, body }) {
    // The title is the h1, so the body starts below it.
    let previous = 1;
    for (const heading of body().headings) {
      if (heading.depth > previous + 1) {
        report({
          message: `Unexpected heading level ${heading.depth} after level ${previous}, expected level ${previous + 1} or less`,
          span: { offset: heading.offset, end: heading.end },
        });
      }
      previous = heading.depth;
    }
  },
};
