/** @fileoverview `slug` is lowercase and URL-safe, and not a name Windows keeps for a device. */

import { SLUG_PATTERN, slugify, unreservedSlug, windowsReservedName } from '../../util/slug.ts';
import { unsafeSlug } from '../../util/urls.ts';
import { describe } from '../dates.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

export const slug: Rule = {
  id: 'frontmatter/slug',
  meta: {
    description: '`slug` is lowercase letters, digits and dashes, and not a name Windows keeps for a device',
    severity: 'error',
  },
  checkPost({ post, report }) {
    const value = post.data.slug;
    const written = value !== undefined && value !== null;
    // A slug that is not even a safe path is frontmatter/slug-path's (essential) error, not a style question.
    if (written && typeof value === 'string' && unsafeSlug(post.slug)) return;
    const span = written ? valueSpan(post.source, 'slug') : undefined;
    if (written && (typeof value !== 'string' || !SLUG_PATTERN.test(value))) {
      const better = slugify(String(value));
      const suggested = windowsReservedName(better) ? unreservedSlug(better, post.title) : better;
      // `slug: 2024` is read as a number (and not used): "Did you mean `2024`?" named what was written.
      const written = span ? post.source.text.slice(span.offset, span.end) : '';
      const quote = typeof value !== 'string' && typeof value !== 'object' && SLUG_PATTERN.test(written);
      report({
        message: `Unexpected slug ${typeof value === 'string' ? `\`${value}\`` : describe(value)}, expected lowercase letters, digits and dashes`,
        hint: quote
          ? `Quote it, so YAML reads it as text: \`slug: "${written}"\`.`
          : `Did you mean \`${suggested}\`?`,
        // No automatic fix: a new slug is a new URL, and links to the old one would break.
        span,
      });
    }
    // The slug from `slug:` or, without one, from the file name (`2024-05-01-con.md`, `con/index.md`).
    const reserved = windowsReservedName(post.slug);
    if (reserved)
      report({
        message: `Unexpected slug \`${post.slug}\`: Windows keeps the name \`${reserved}\` for a device, so the post's folder cannot be checked out or served there`,
        hint: `Choose another slug, e.g. \`slug: ${unreservedSlug(post.slug, post.title)}\`.`,
        ...(typeof value === 'string' ? { span } : {}),
        severity: 'warning',
      });
  },
};
