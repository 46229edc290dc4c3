/** @fileoverview `title` must be a non-empty string. */
import { keySpan } from '../frontmatter.ts';
import { pick } from '../post.ts';
import type { Rule } from '../rule.ts';

export const requiredTitle: Rule = {
  id: 'frontmatter/title',
  meta: { description: '`title` is present, a string, and not empty', severity: 'error' },
  checkPost({ post, config, report }) {
    const aliases = config.frontMatter.aliases.title;
    const found = pick(post.data, 'title', aliases);
    const value = found?.value ?? null;
    // `title:` left blank (or `~`) is no value, but the key is there to point at.
    const key = found?.key ?? ['title', ...aliases].find((k) => post.data[k] === null) ?? 'title';
    const span = keySpan(post.source, key);
    if (value === null && !span) {
      report({
        message: 'Missing `title`, expected a non-empty string',
        hint: 'Add `title: Your title` to the front-matter.',
      });
    } else if (value === null || (typeof value === 'string' && !value.trim())) {
      report({
        message: `Unexpected empty \`${key}\`, expected a non-empty string`,
        hint: `Write the title after \`${key}:\`.`,
        span,
      });
    } else if (typeof value !== 'string') {
      const kind = Array.isArray(value) ? 'list' : typeof value === 'object' ? 'map' : typeof value;
      report({
        message: `Unexpected ${kind} for \`${key}\`, expected a string`,
        hint: 'Quote the title.',
        span,
      });
    }
  },
};
