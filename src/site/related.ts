/** @fileoverview Related posts from an inverted index over tags, weighted by tag rarity (no all-pairs comparison). */

export interface RelatedInput {
  slug: string;
  /** Tag slugs. */
  tags: readonly string[];
  epoch: number;
  /** Slugs pinned by the writer; they come first. */
  pins: readonly string[];
}

export interface RelatedOptions {
  count: number;
}

/** For each post, the indexes of its related posts, best first. Deterministic: ties by date, then slug. */
export function relatePosts(posts: readonly RelatedInput[], options: RelatedOptions): number[][] {
  const byTag = new Map<string, number[]>();
  posts.forEach((p, i) => {
    for (const t of p.tags) {
      let list = byTag.get(t);
      if (!list) {
        list = [];
        byTag.set(t, list);
      }
      list.push(i);
    }
  });
  const bySlug = new Map(posts.map((p, i) => [p.slug, i]));
  const n = posts.length;
  // A tag on half the posts says little; one on three posts says a lot.
  const idf = new Map([...byTag].map(([t, list]) => [t, Math.log(1 + n / list.length)]));
  return posts.map((post, self) => {
    const picked: number[] = [];
    for (const slug of post.pins) {
      const i = bySlug.get(slug);
      if (i !== undefined && i !== self && !picked.includes(i)) picked.push(i);
    }
    const scores = new Map<number, number>();
    for (const t of post.tags) {
      const w = idf.get(t)!;
      for (const other of byTag.get(t)!) if (other !== self) scores.set(other, (scores.get(other) ?? 0) + w);
    }
    const ranked = [...scores].sort(
      (a, b) =>
        b[1] - a[1] ||
        posts[b[0]]!.epoch - posts[a[0]]!.epoch ||
        (posts[a[0]]!.slug < posts[b[0]]!.slug ? -1 : 1),
    );
    for (const [i] of ranked) {
      if (picked.length >= options.count) break;
      if (!picked.includes(i)) picked.push(i);
    }
    return picked.slice(0, Math.max(options.count, post.pins.length));
  });
}
