/** @fileoverview A cover image says what it shows (`imageAlt:`, or `alt` in `image: { src, alt }`). */
import { coverSpan } from '../cover-image.ts';
import type { Rule } from '../rule.ts';

export const imageAlt: Rule = {
  id: 'frontmatter/image-alt',
  // Lint only: imported blogs rarely have cover alt text, and a cover without it is still shown (as decoration).
  meta: { description: 'a cover `image` has alt text', severity: 'error', lintOnly: true },
  checkPost({ post, report }) {
    if (!post.image || post.image.alt) return;
    const object = typeof post.data.image === 'object';
    report({
      message: `Unexpected cover image \`${post.image.src}\` without alt text`,
      hint: object
        ? 'Add `alt: what it shows` under `image:`.'
        : 'Add `imageAlt: what it shows` beside `image:`.',
      span: coverSpan(post.source),
    });
  },
};
