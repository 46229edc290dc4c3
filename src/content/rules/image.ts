/** @fileoverview `image` names a file that exists (beside the post, under `static/` or under `images.dir`). */
import { coverSpan } from '../cover-image.ts';
import type { Rule } from '../rule.ts';

export const image: Rule = {
  id: 'frontmatter/image',
  meta: { description: '`image` is a file that exists', severity: 'error' },
  checkPost({ post, config, report, resolve }) {
    const value = post.image?.src;
    if (!value) return;
    const found = resolve(value, 'image');
    if (found.kind === 'remote' || found.kind === 'found') return;
    report({
      message:
        found.kind === 'outside'
          ? `Unexpected image \`${value}\`, it points outside the blog`
          : `Unexpected image \`${value}\`, no such file`,
      hint: `Put it beside the post, under \`static/\` or under \`${config.images.dir}/\`.`,
      span: coverSpan(post.source),
    });
  },
};
