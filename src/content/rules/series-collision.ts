/** @fileoverview Two different series that would share one page (`Café` and `Cafe` both make `/series/cafe/`). */
import { valueSpan } from '../frontmatter.ts';
import type { Post } from '../post.ts';
import type { Rule } from '../rule.ts';
import { seriesKey, seriesSlug } from '../series.ts';

export const seriesCollision: Rule = {
  id: 'blog/series-collision',
  meta: { description: 'different series do not share one series page', severity: 'error' },
  checkBlog({ posts, report, position }) {
    // Slug → each distinct series (spellings of one are the series-typo rule's business) → its posts.
    const bySlug = new Map<string, Map<string, Post[]>>();
    for (const post of posts) {
      if (post.series === undefined) continue;
      const slug = seriesSlug(post.series);
      if (!slug) continue;
      let names = bySlug.get(slug);
      if (!names) {
        names = new Map();
        bySlug.set(slug, names);
      }
      const key = seriesKey(post.series);
      const list = names.get(key);
      if (list) list.push(post);
      else names.set(key, [post]);
    }
    for (const [slug, names] of bySlug) {
      if (names.size < 2) continue;
      for (const [key, mine] of names) {
        const others = [...names].filter(([k]) => k !== key).flatMap(([, list]) => list);
        for (const post of mine) {
          const span = valueSpan(post.source, 'series');
          report(post, {
            message: `Unexpected series \`${post.series}\`: it shares the page /series/${slug}/ with ${[
              ...new Set(others.map((o) => `\`${o.series}\` (${o.file})`)),
            ].join(', ')}`,
            hint: 'Spell the same series the same way, or rename one so each has its own page.',
            ...(span ? { span } : {}),
            related: others.map((o) => {
              const s = valueSpan(o.source, 'series');
              return {
                file: o.file,
                ...(s ? position(o, s.offset) : { line: 1, column: 1 }),
                message: `Series \`${o.series}\` here`,
              };
            }),
          });
        }
      }
    }
  },
};
