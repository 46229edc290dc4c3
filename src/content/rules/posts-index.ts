/**
 * @fileoverview `posts/index.md` would make the whole `posts/` folder one page bundle; it is refused by name.
 * So is Hugo's `_index.md` (a section's list page, copied over with the posts): not a post, and without
 * this rule it only showed as "Missing `date`".
 */
import type { Rule } from '../rule.ts';

const POSTS_INDEX = /^posts\/index\.(md|markdown)$/i;
const HUGO_SECTION_PAGE = /(^|\/)_index\.(md|markdown)$/i;

export const postsIndex: Rule = {
  id: 'content/posts-index',
  meta: {
    description:
      '`posts/index.md` and Hugo’s `_index.md` are not posts: bundles are folders below `posts/`, list pages are generated',
    severity: 'error',
  },
  checkPost({ post, report }) {
    if (HUGO_SECTION_PAGE.test(post.file)) {
      report({
        message: `Unexpected \`${post.file}\`, Hugo's section list page, expected a post`,
        hint: 'Delete it: this blog generates its list pages (`blog import hugo` leaves `_index.md` out). If it is a post, rename it, e.g. `posts/2025-01-01-welcome.md`.',
      });
      return;
    }
    if (!POSTS_INDEX.test(post.file)) return;
    report({
      message: 'Unexpected `posts/index.md`, expected a dated post file or a bundle folder below `posts/`',
      hint: 'Rename it, e.g. `posts/2025-01-01-welcome.md` or `posts/welcome/index.md`; the home page is generated.',
    });
  },
};
