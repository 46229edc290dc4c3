/**
 * @fileoverview How far V8 lets the heap grow between full collections, for a build that makes most of its data
 * anew (a first build, `--no-cache`): peak memory then follows the live data instead of twice or more of it.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Post files read anew (not known to the cache) for which a build holds the heap's growth back. Below, a rebuild
 * keeps V8's default: a one-post rebuild at 10,000 posts ran 4.7 % slower held back (its load and plan stages
 * build long-lived data from the cache that more full collections mark again). Above, V8's default too: a clean
 * build of 50,000 posts held back took 111 s against 83 s (1.29 GB peak against 1.74 GB), each collection marking
 * a gigabyte. 15,000 lies between the sizes measured (10,000: as fast; 50,000: 1.34 times as slow).
 */
export const HELD_POSTS = { min: 500, max: 15_000 };

/** Each full collection lets the heap grow by this share of what survived it. */
const HELD_GROWTH_PERCENT = 15;

/**
 * After each full collection V8 lets the heap grow to twice or more what survived before it collects again (on
 * a machine with memory to spare). A clean build of 10,000 posts had 140–210 MB live and peaked at 476 MB
 * (`search: false, socialCards: false`) or 543 MB (the default config, Pagefind's process included); held to
 * 15 %, 358 MB and 397 MB, in 0.96 and 1.04 of the time (5 pairs each, base and new code alternating; the
 * default config's first 4 pairs measured 1.10). 1,000 posts: 157 MB against 164, 0.94 of the time (8 pairs). The 14 to 17 full
 * collections this makes mark on a helper thread, concurrently. 25 % peaked at 377–415 MB: it depends on where
 * a collection falls before the plan lets the posts go.
 *
 * Process-wide, applied from the next full collection on: a build calls this with its post count before reading
 * anything, then with the number of posts the cache did not know (0 when nothing changed).
 * @returns whether growth is now held back
 */
export function holdHeapGrowthFor(postsAnew: number): boolean {
  const hold = postsAnew >= HELD_POSTS.min && postsAnew <= HELD_POSTS.max;
  // 0 is V8's own, dynamic growth.
  setFlagsFromString(`--heap-growing-percent=${hold ? HELD_GROWTH_PERCENT : 0}`);
  return hold;
}
