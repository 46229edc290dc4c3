/** @fileoverview Two posts may not share a slug: each is reported, naming the other. */
import { keySpan } from '../frontmatter.ts';
import type { Post } from '../post.ts';
import type { Rule } from '../rule.ts';

/**
 * With `:year`, `:month` or `:day` in the permalink, posts clash only when their whole date-and-slug path does.
 * Also used by `blog import`, which gives clashing imported posts their own slugs.
 */
export function slugClashKey(
  slug: string,
  date: { year: string; month: string; day: string } | undefined,
  pattern: string,
): string {
  if (!date || !/:(year|month|day)\b/.test(pattern)) return slug;
  const { year, month, day } = date;
  return pattern
    .replace(/:year/g, year)
    .replace(/:month/g, month)
    .replace(/:day/g, day)
    .replace(/:slug/g, slug);
}

export const duplicateSlug: Rule = {
  id: 'blog/duplicate-slug',
  meta: { description: 'every post has its own slug', severity: 'error' },
  checkBlog({ posts, config, report, position }) {
    const bySlug = new Map<string, Post[]>();
    for (const post of posts) {
      const key = slugClashKey(post.slug, post.date, config.permalink);
      const list = bySlug.get(key);
      if (list) list.push(post);
      else bySlug.set(key, [post]);
    }
    for (const group of bySlug.values()) {
      const { slug } = group[0]!;
      if (group.length < 2) continue;
      for (const post of group) {
        const others = group.filter((p) => p !== post);
        const span = keySpan(post.source, 'slug');
        report(post, {
          message: `Unexpected duplicate slug \`${slug}\`, also used by ${others.map((o) => o.file).join(', ')}`,
          hint: 'Give one of them its own `slug:`, or use a date in the permalink (`/:year/:month/:day/:slug/`).',
          ...(span ? { span } : {}),
          related: others.map((o) => {
            const s = keySpan(o.source, 'slug');
            return {
              file: o.file,
              ...(s ? position(o, s.offset) : { line: 1, column: 1 }),
              message: 'Same slug used here',
            };
          }),
        });
      }
    }
  },
};
