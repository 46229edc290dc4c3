/** @fileoverview A link needs text to click and a place to go: `[](url)` and `[text]()` are both mistakes. */
import type { Rule } from '../rule.ts';

export const bodyEmptyLink: Rule = {
  id: 'body/empty-link',
  meta: { description: 'links have text and a destination', severity: 'warning', lintOnly: true },
  checkPost({ report, body }) {
    for (const link of body().links) {
      if (link.kind !== 'link' || link.syntax === 'definition' || link.syntax === 'html') continue;
      const span = { offset: link.offset, end: link.end };
      if (!link.text?.trim()) report({ message: 'Unexpected link without text', span });
      else if (!link.url.trim() || link.url.trim() === '#')
        report({ message: `Unexpected link \`${link.text}\` without a destination`, span });
    }
  },
};
