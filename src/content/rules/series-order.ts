/** @fileoverview Two parts of one series with the same `seriesOrder`: the reader's order is left to their dates. */
import { keySpan } from '../frontmatter.ts';
import type { Post } from '../post.ts';
import type { Rule } from '../rule.ts';
import { SERIES_ORDER_KEYS, seriesSlug } from '../series.ts';

/** Where the post's order is written: the first of its keys present. */
const orderSpan = (post: Post) =>
  SERIES_ORDER_KEYS.map((k) => keySpan(post.source, k)).find((s) => s !== undefined);

export const seriesOrder: Rule = {
  id: 'blog/series-order',
  meta: { description: 'no two parts of a series share a `seriesOrder`', severity: 'warning' },
  checkBlog({ posts, report, position }) {
    const groups = new Map<string, Post[]>();
    for (const post of posts) {
      if (post.series === undefined || post.seriesOrder === undefined) continue;
      const key = `${seriesSlug(post.series)}\n${post.seriesOrder}`;
      const list = groups.get(key);
      if (list) list.push(post);
      else groups.set(key, [post]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const post of group) {
        const others = group.filter((p) => p !== post);
        const span = orderSpan(post);
        report(post, {
          message: `Unexpected duplicate \`seriesOrder: ${post.seriesOrder}\` in the series \`${post.series}\`, also given by ${others.map((o) => o.file).join(', ')}`,
          hint: 'Give each part its own number; until then the parts that share one are ordered by date.',
          ...(span ? { span } : {}),
          related: others.map((o) => {
            const s = orderSpan(o);
            return {
              file: o.file,
              ...(s ? position(o, s.offset) : { line: 1, column: 1 }),
              message: 'Same number here',
            };
          }),
        });
      }
    }
  },
};
