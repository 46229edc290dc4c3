/** @fileoverview `related:` pins must name posts of the blog (by slug). */
import { isSeq } from 'yaml';
import { suggest } from '../../util/suggest.ts';
import { findPair, valueSpan } from '../frontmatter.ts';
import type { Rule } from '../rule.ts';

export const relatedPins: Rule = {
  id: 'frontmatter/related',
  meta: { description: '`related` is a list of slugs of other posts', severity: 'error' },
  checkBlog({ posts, report }) {
    const slugs = new Set(posts.map((p) => p.slug));
    for (const post of posts) {
      const value = post.data.related;
      if (value === undefined || value === null) continue;
      if (!Array.isArray(value)) {
        report(post, {
          message: 'Unexpected `related`, expected a list of post slugs',
          span: valueSpan(post.source, 'related'),
        });
        continue;
      }
      const node = findPair(post.source, 'related')?.value;
      value.forEach((slug, i) => {
        if (typeof slug === 'string' && slugs.has(slug) && slug !== post.slug) return;
        const item = isSeq(node) ? (node.items[i] as { range?: number[] } | undefined) : undefined;
        const span = item?.range
          ? {
              offset: post.source.matterOffset + item.range[0]!,
              end: post.source.matterOffset + item.range[1]!,
            }
          : valueSpan(post.source, 'related');
        const guess = typeof slug === 'string' ? suggest(slug, slugs) : undefined;
        report(post, {
          message:
            slug === post.slug
              ? 'Unexpected pin of the post itself in `related`'
              : `Unexpected \`${String(slug)}\` in \`related\`, no post has that slug`,
          ...(guess ? { hint: `Did you mean \`${guess}\`?` } : {}),
          ...(span ? { span } : {}),
        });
      });
    }
  },
};
