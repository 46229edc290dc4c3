/** @fileoverview Two posts may not share a slug: each is reported, naming the other. */
import { keySpan } from '../frontmatter.ts';
import type { Post } from '../post.ts';
import type { Rule } from '../rule.ts';

export const duplicateSlug: Rule = {
  id: 'blog/duplicate-slug',
  meta: { description: 'every post has its own slug', severity: 'error' },
  checkBlog({ posts, report, position }) {
    const bySlug = new Map<string, Post[]>();
    for (const post of posts) {
      const list = bySlug.get(post.slug);
      if (list) list.push(post);
      else bySlug.set(post.slug, [post]);
    }
    for (const [slug, group] of bySlug) {
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
