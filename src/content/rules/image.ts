/** @fileoverview `image` names a file that exists (beside the post, or under `static/`). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeUrlPath } from '../../util/urls.ts';
import { fileInBlog } from '../body/local-url.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

export const image: Rule = {
  id: 'frontmatter/image',
  meta: { description: '`image` is a file that exists', severity: 'error' },
  checkPost({ post, root, report }) {
    const value = post.image;
    if (!value || /^(https?:)?\/\//.test(value)) return;
    const clean = decodeUrlPath(value.split(/[?#]/)[0]!);
    const candidates = clean.startsWith('/')
      ? [fileInBlog(root, join(root, 'static'), `.${clean}`)]
      : [fileInBlog(root, dirname(post.path), clean), fileInBlog(root, join(root, 'static'), clean)];
    if (!candidates.some((c) => c !== undefined && existsSync(c))) {
      report({
        message: `Unexpected image \`${value}\`, no such file`,
        hint: 'Put it beside the post or under `static/`.',
        span: valueSpan(post.source, 'image'),
      });
    }
  },
};
