/** @fileoverview Every image says what it shows (`![A bar chart of …](chart.png)`), for readers who cannot see it. */
import type { Rule } from '../rule.ts';

export const bodyImageAlt: Rule = {
  id: 'body/image-alt',
  meta: { description: 'images have alt text', severity: 'warning', lintOnly: true },
  checkPost({ config, report, body }) {
    for (const image of body().links) {
      if (image.kind !== 'image') continue;
      // Not on the page at all (inside a `<foreignObject>`): `content/removed-html` says so.
      if (image.droppedIn && !config.markdown.allowHtml) continue;
      // `<img alt="">` is a decorative image, on purpose; `![](x.png)` and `<img src>` are forgotten text.
      const missing = image.syntax === 'html' ? image.text === undefined : !image.text?.trim();
      if (!missing) continue;
      report({
        message: `Unexpected image \`${image.url}\` without alt text`,
        hint:
          image.syntax === 'html'
            ? 'Add `alt="what it shows"` (or `alt=""` if it is decoration).'
            : 'Write what it shows between the brackets: `![what it shows](…)`.',
        span: { offset: image.offset, end: image.end },
      });
    }
  },
};
