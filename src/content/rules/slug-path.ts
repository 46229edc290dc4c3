/** @fileoverview A `slug` must make a path inside the site that a URL reaches; essential, since the build writes it. */

import { truncateText } from '../../util/text.ts';
import { unsafeSlug } from '../../util/urls.ts';
import { valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

export const slugPath: Rule = {
  id: 'frontmatter/slug-path',
  meta: {
    description: '`slug` stays inside the site and is reachable by a URL (cannot be turned off)',
    severity: 'error',
    essential: true,
  },
  checkPost({ post, report }) {
    if (typeof post.data.slug !== 'string') return;
    const problem = unsafeSlug(post.slug);
    if (!problem) return;
    report({
      message: `Unexpected slug \`${truncateText(post.slug, 80)}\`: ${problem}`,
      hint: 'Write it as lowercase letters, digits and dashes (`slug: my-post`).',
      span: valueSpan(post.source, 'slug'),
    });
  },
};
