/** @fileoverview `slug` is lowercase and URL-safe. */

import { SLUG_PATTERN, slugify } from '../../util/slug.ts';
import { unsafeSlug } from '../../util/urls.ts';
import { describe } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

export const slug: Rule = {
  id: 'frontmatter/slug',
  meta: { description: '`slug` is lowercase letters, digits and dashes', severity: 'error' },
  checkPost({ post, report }) {
    const value = post.data.slug;
    if (value === undefined || value === null) return;
    const span = valueSpan(post.source, 'slug');
    // A slug that is not even a safe path is frontmatter/slug-path's (essential) error, not a style question.
    if (typeof value === 'string' && unsafeSlug(post.slug)) return;
    if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
      const better = slugify(String(value));
      report({
        message: `Unexpected slug ${typeof value === 'string' ? `\`${value}\`` : describe(value)}, expected lowercase letters, digits and dashes`,
        hint: `Did you mean \`${better}\`?`,
        // No automatic fix: a new slug is a new URL, and links to the old one would break.
        span,
      });
    }
  },
};
