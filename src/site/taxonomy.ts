/** @fileoverview Tags across the blog: one page per slug, named in the blog's most used spelling. */
import { compareStrings } from '../diagnostics/diagnostic.ts';
import { tagSlug } from '../util/slug.ts';

export interface Tag {
  slug: string;
  /** The spelling most posts use (`Release` over `release` when more write it so). */
  name: string;
  path: string;
}

export interface Taxonomy<P> {
  tags: Tag[];
  postsByTag: Map<string, P[]>;
  /** The tags of one post, de-duplicated by slug, in the order written. */
  tagsOf(post: P): Tag[];
}

export function buildTaxonomy<P extends { tags: string[] }>(posts: readonly P[]): Taxonomy<P> {
  const spellings = new Map<string, Map<string, number>>();
  const postsByTag = new Map<string, P[]>();
  const slugsOf = new Map<P, string[]>();
  for (const post of posts) {
    const slugs: string[] = [];
    for (const tag of post.tags) {
      const slug = tagSlug(tag);
      if (slugs.includes(slug)) continue;
      slugs.push(slug);
      let counts = spellings.get(slug);
      if (!counts) {
        counts = new Map();
        spellings.set(slug, counts);
      }
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      let list = postsByTag.get(slug);
      if (!list) {
        list = [];
        postsByTag.set(slug, list);
      }
      list.push(post);
    }
    slugsOf.set(post, slugs);
  }
  const bySlug = new Map<string, Tag>();
  for (const [slug, counts] of spellings) {
    const name = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]![0];
    bySlug.set(slug, { slug, name, path: `/tags/${slug}/` });
  }
  const tags = [...bySlug.values()].sort(
    (a, b) => compareStrings(a.name.toLowerCase(), b.name.toLowerCase()) || compareStrings(a.slug, b.slug),
  );
  return { tags, postsByTag, tagsOf: (post) => (slugsOf.get(post) ?? []).map((s) => bySlug.get(s)!) };
}
