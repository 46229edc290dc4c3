/**
 * @fileoverview Imported posts that would share a URL here get their own slugs. The old site told them apart
 * by a date in the URL (Let's Encrypt's three `legal-transparency-report` posts under `/:year/:month/:day/:slug/`);
 * this blog's permalink may not, and the first `blog build` would stop at the duplicate slug.
 */
import type { SiteConfig } from '../config/schema.ts';
import { fileSlug, nameParts } from '../content/post.ts';
import { slugClashKey } from '../content/rules/duplicate-slug.ts';
import { lineOfKey, type ReadPost } from './convert-post.ts';

/** The slug the build will give the post: its `slug:`, else its file name without the date. */
function slugOf(post: ReadPost): string {
  const value = post.matter.doc.get('slug');
  return typeof value === 'string' && value.trim() ? value.trim() : fileSlug(post.target);
}

const dateOf = (ymd: string | undefined) => {
  if (!ymd) return undefined;
  const [year, month, day] = ymd.split('-') as [string, string, string];
  return { year, month, day };
};

/**
 * Of posts whose URLs would clash, the earliest keeps its slug; each other gets `<slug>-<YYYY-MM-DD>` (a
 * counter when that is taken too) as its `slug:`, noted at the source's `slug` line. The old slug is kept on
 * the post so its old URL (made from it) becomes an alias.
 */
export function makeSlugsUnique(posts: readonly ReadPost[], config: SiteConfig): void {
  const pattern = config.permalink;
  const keyOf = (slug: string, post: ReadPost) => slugClashKey(slug, dateOf(post.ymd), pattern);
  const groups = new Map<string, ReadPost[]>();
  for (const post of posts) {
    const key = keyOf(slugOf(post), post);
    const group = groups.get(key);
    if (group) group.push(post);
    else groups.set(key, [post]);
  }
  const used = new Set(groups.keys());
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Undated posts last; among equals, the finder's order (sorted paths).
    const [first, ...others] = [...group].sort((a, b) => (a.ymd ?? '9999').localeCompare(b.ymd ?? '9999'));
    const slug = slugOf(first!);
    for (const post of others) {
      // The day its new file is named by, as in its old URL (the blog's time zone may put `post.ymd` on another).
      const day = nameParts(post.target).date?.ymd ?? post.ymd;
      const base = day ? `${slug}-${day}` : slug;
      let next = base;
      for (let n = 2; used.has(keyOf(next, post)) || next === slug; n++) next = `${base}-${n}`;
      used.add(keyOf(next, post));
      const doc = post.matter.doc;
      const had = doc.get('slug');
      if (typeof had === 'string' && had.trim()) post.oldSlug ??= had.trim();
      else post.slugAdded = true;
      doc.set('slug', next);
      const why = `\`${first!.found.rel}\` has that slug too, and the permalink \`${pattern}\` would give both one URL`;
      post.changed.push({
        file: post.found.rel,
        line: lineOfKey(post.text, 'slug'),
        message: post.slugAdded
          ? `added \`slug: ${next}\`: ${why}`
          : `\`slug: ${String(post.oldSlug)}\` → \`${next}\`: ${why}`,
      });
    }
  }
}
