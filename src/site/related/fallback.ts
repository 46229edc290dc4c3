/** @fileoverview Fills a short related list: the newest posts sharing a tag with the post, then the newest posts. */

export interface FallbackPost {
  slug: string;
  /** Tag slugs. */
  tags: readonly string[];
  epoch: number;
  draft?: boolean | undefined;
}

/** Why a post was added by the fallback rather than by its score. */
export type FallbackReason = 'shared-tag' | 'recent';

export interface Filler {
  /**
   * Up to `need` more posts for post `self`, none of them itself, a draft or in `taken`: the newest posts
   * sharing a tag with it first, then the newest posts. With `olderOnly`, only posts older than it.
   */
  fill(
    self: number,
    taken: readonly number[],
    need: number,
    olderOnly: boolean,
  ): { index: number; reason: FallbackReason }[];
  /** True when post `a` comes after post `b` in the site's order (older, or the same time and a later slug). */
  isOlder(a: number, b: number): boolean;
}

/**
 * Posts in the site's order (newest first, then by slug) and, per tag, the positions of its posts in that
 * order, so a fill reads a few entries from the front of each list (or from just after the post itself when
 * only older posts may be picked) and never walks the whole blog.
 */
export function createFiller(posts: readonly FallbackPost[]): Filler {
  const order = posts.map((_, i) => i);
  order.sort(
    (a, b) =>
      posts[b]!.epoch - posts[a]!.epoch ||
      (posts[a]!.slug < posts[b]!.slug ? -1 : posts[a]!.slug > posts[b]!.slug ? 1 : a - b),
  );
  const rank = new Int32Array(posts.length);
  order.forEach((post, r) => {
    rank[post] = r;
  });
  const byTag = new Map<string, number[]>();
  order.forEach((post, r) => {
    for (const tag of new Set(posts[post]!.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(r);
      else byTag.set(tag, [r]);
    }
  });

  /** Index of the first rank in `ranks` (ascending) that is greater than `after`. */
  const firstAfter = (ranks: readonly number[], after: number) => {
    let lo = 0;
    let hi = ranks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranks[mid]! <= after) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const fill: Filler['fill'] = (self, taken, need, olderOnly) => {
    const out: { index: number; reason: FallbackReason }[] = [];
    if (need <= 0) return out;
    const usable = (post: number) =>
      post !== self && !posts[post]!.draft && !taken.includes(post) && !out.some((o) => o.index === post);
    const from = olderOnly ? rank[self]! : -1;
    // Each tag's first `need` usable posts; the newest `need` of their union are the newest sharing a tag.
    const sharing = new Set<number>();
    for (const tag of new Set(posts[self]!.tags)) {
      const ranks = byTag.get(tag)!;
      let found = 0;
      for (let k = firstAfter(ranks, from); k < ranks.length && found < need; k++) {
        const post = order[ranks[k]!]!;
        if (!usable(post)) continue;
        sharing.add(ranks[k]!);
        found++;
      }
    }
    for (const r of [...sharing].sort((a, b) => a - b).slice(0, need))
      out.push({ index: order[r]!, reason: 'shared-tag' });
    for (let r = from + 1; r < order.length && out.length < need; r++)
      if (usable(order[r]!)) out.push({ index: order[r]!, reason: 'recent' });
    return out;
  };

  return { fill, isOlder: (a, b) => rank[a]! > rank[b]! };
}
