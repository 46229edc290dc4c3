/** @fileoverview `posts/index.md` would make the whole `posts/` folder one page bundle; it is refused by name. */
import type { Rule } from '../rule.ts';

const POSTS_INDEX = /^posts\/index\.(md|markdown)$/i;

export const postsIndex: Rule = {
  id: 'content/posts-index',
  meta: {
    description: '`posts/index.md` is not a post: bundles are folders below `posts/`',
    severity: 'error',
  },
  checkPost({ post, report }) {
    if (!POSTS_INDEX.test(post.file)) return;
    report({
      message: 'Unexpected `posts/index.md`, expected a dated post file or a bundle folder below `posts/`',
      hint: 'Rename it, e.g. `posts/2025-01-01-welcome.md` or `posts/welcome/index.md`; the home page is generated.',
    });
  },
};
