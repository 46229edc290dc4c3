/** @fileoverview `image` names a file that exists (beside the post, under `static/` or under `images.dir`). */
import { coverSpan } from '../cover-image.ts';
import { isRemoteUrl, resolveFrontMatterImage } from '../references.ts';
import type { Rule } from '../rule.ts';

export const image: Rule = {
  id: 'frontmatter/image',
  meta: { description: '`image` is a file that exists', severity: 'error' },
  checkPost({ post, root, config, report }) {
    const value = post.image?.src;
    if (!value || isRemoteUrl(value)) return;
    if (resolveFrontMatterImage(value, post.path, root, config)) return;
    report({
      message: `Unexpected image \`${value}\`, no such file`,
      hint: `Put it beside the post, under \`static/\` or under \`${config.images.dir}/\`.`,
      span: coverSpan(post.source),
    });
  },
};
