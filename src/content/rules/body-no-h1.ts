/** @fileoverview The post's title is the page's only `<h1>`; a `#` heading in the body makes a second one. */
import type { Rule } from '../rule.ts';

export const bodyNoH1: Rule = {
  id: 'body/no-h1',
  meta: {
    description: 'the body has no level-1 heading (`#`, `===` or `<h1>`)',
    severity: 'warning',
    lintOnly: true,
  },
  checkPost({ report, body }) {
    for (const heading of body().headings) {
      if (heading.depth !== 1) continue;
      report({
        message: 'Unexpected level-1 heading, the title is already the page’s `<h1>`',
        hint: heading.syntax === 'html' ? 'Use `<h2>`.' : 'Use `##`.',
        span: { offset: heading.offset, end: heading.end },
      });
    }
  },
};
