/** @fileoverview `slug` is lowercase and URL-safe. */
import { SLUG_PATTERN, slugify } from '../../util/slug.ts';
import { describe } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

export const slug: Rule = {
  id: 'frontmatter/slug',
  meta: { description: '`slug` is lowercase letters, digits and dashes', severity: 'error', fixable: true },
  checkPost({ post, report }) {
    const value = post.data.slug;
    if (value === undefined || value === null) return;
    const span = valueSpan(post.source, 'slug');
    if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
      const better = slugify(String(value));
      report({
        message: `Unexpected slug ${describe(value)}, expected lowercase letters, digits and dashes`,
        hint: `Did you mean \`${better}\`?`,
        span,
        ...(span && typeof value === 'string'
          ? { fix: { range: [span.offset, span.end] as [number, number], text: better } }
          : {}),
      });
    }
  },
};
