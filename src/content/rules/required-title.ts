/** @fileoverview `title` must be a non-empty string. */
import { keySpan } from '../frontmatter.ts';
import { pick } from '../post.ts';
import type { Rule } from '../rule.ts';

export const requiredTitle: Rule = {
  id: 'frontmatter/title',
  meta: { description: '`title` is present, a string, and not empty', severity: 'error' },
  checkPost({ post, config, report }) {
    const found = pick(post.data, 'title', config.frontMatter.aliases.title);
    const value = found?.value;
    const key = found?.key ?? 'title';
    if (value === undefined || value === null) {
      report({
        message: 'Missing `title`, expected a non-empty string',
        hint: 'Add `title: Your title` to the front-matter.',
      });
    } else if (typeof value !== 'string') {
      report({
        message: `Unexpected ${typeof value} for \`${key}\`, expected a string`,
        hint: 'Quote the title.',
        span: keySpan(post.source, key),
      });
    } else if (!value.trim()) {
      report({
        message: `Unexpected empty \`${key}\`, expected a non-empty string`,
        span: keySpan(post.source, key),
      });
    }
  },
};
