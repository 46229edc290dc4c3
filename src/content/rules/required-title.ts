/** @fileoverview `title` must be a non-empty string. */
import { keySpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

export const requiredTitle: Rule = {
  id: 'frontmatter/title',
  meta: { description: '`title` is present, a string, and not empty', severity: 'error' },
  checkPost({ post, report }) {
    const value = post.data.title;
    if (value === undefined || value === null) {
      report({
        message: 'Missing `title`, expected a non-empty string',
        hint: 'Add `title: Your title` to the front-matter.',
      });
    } else if (typeof value !== 'string') {
      report({
        message: `Unexpected ${typeof value} for \`title\`, expected a string`,
        hint: 'Quote the title.',
        span: keySpan(post.source, 'title'),
      });
    } else if (!value.trim()) {
      report({
        message: 'Unexpected empty `title`, expected a non-empty string',
        span: keySpan(post.source, 'title'),
      });
    }
  },
};
