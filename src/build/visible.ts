/** @fileoverview Stage 2: the posts the site shows (drafts and future posts left out unless asked), newest first. */
import type { DatedPost } from '../content/post.ts';
import { sortPosts } from '../site/plan.ts';

export interface VisibleOptions {
  drafts?: boolean;
  future?: boolean;
  /** The build's clock in ms: posts dated after it are left out unless `future`. */
  now: number;
}

export interface VisiblePosts<P extends DatedPost> {
  /** Sorted with `sortPosts`: the order of every list on the site. */
  posts: P[];
  skippedDrafts: number;
  skippedFuture: number;
  /** The earliest date of a post left out as future: past it, the same inputs give another site. */
  nextFuture: number | null;
}

/** Pure: the same posts, options and clock give the same list. */
export function selectVisible<P extends DatedPost>(
  all: readonly P[],
  options: VisibleOptions,
): VisiblePosts<P> {
  let skippedDrafts = 0;
  let skippedFuture = 0;
  let nextFuture: number | null = null;
  const shown = all.filter((p) => {
    if (p.draft && !options.drafts) {
      skippedDrafts++;
      return false;
    }
    if (p.date.epoch > options.now && !options.future) {
      skippedFuture++;
      if (nextFuture === null || p.date.epoch < nextFuture) nextFuture = p.date.epoch;
      return false;
    }
    return true;
  });
  return { posts: sortPosts(shown), skippedDrafts, skippedFuture, nextFuture };
}
