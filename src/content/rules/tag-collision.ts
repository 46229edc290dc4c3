/** @fileoverview Two different tags that would share one tag page (`Café` and `Cafe` both make `/tags/cafe/`). */
import { tagSlug } from '../../util/slug.ts';
import type { Rule } from '../rule.ts';
import { tagItems } from '../tag-items.ts';

/** Spellings of one tag (case, spaces, `-`, `_`) are the tag-case rule's business; anything else is a collision. */
const sameTag = (tag: string) => tag.toLowerCase().replace(/[\s_-]+/g, '');

export const tagCollision: Rule = {
  id: 'blog/tag-collision',
  meta: { description: 'different tags do not share one tag page', severity: 'warning' },
  checkBlog({ posts, config, report }) {
    // Slug → the first spelling seen of each distinct tag that makes it.
    const bySlug = new Map<string, Map<string, string>>();
    for (const post of posts)
      for (const tag of post.tags) {
        const slug = tagSlug(tag);
        let tags = bySlug.get(slug);
        if (!tags) {
          tags = new Map();
          bySlug.set(slug, tags);
        }
        if (!tags.has(sameTag(tag))) tags.set(sameTag(tag), tag);
      }
    for (const post of posts)
      for (const item of tagItems(post, config, (tag) => (bySlug.get(tagSlug(tag))?.size ?? 0) > 1)) {
        const tags = bySlug.get(tagSlug(item.tag))!;
        const others = [...tags.values()].filter((t) => sameTag(t) !== sameTag(item.tag));
        report(post, {
          message: `Unexpected tag \`${item.tag}\`: it shares the page /tags/${tagSlug(item.tag)}/ with ${others
            .map((t) => `\`${t}\``)
            .join(', ')}`,
          hint: 'Spell the same tag the same way, or rename one so each has its own page.',
          ...(item.span ? { span: item.span } : {}),
        });
      }
  },
};
