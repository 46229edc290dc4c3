/**
 * @fileoverview How the search index is split into parts: Pagefind has no incremental update, so a blog of
 * thousands of posts gets one index per part of about 600 posts, and a post edited re-indexes only
 * its part. The search page merges the parts in the browser (Pagefind's `mergeIndex`), which ranks their
 * results together by score. The first part is the main index, in `pagefind/`; part `n` is in
 * `pagefind/part-n/`.
 */

/** The index's folder in the output, written by the build's search stage. */
export const SEARCH_DIR = 'pagefind';

/**
 * Posts per part: indexing costs Pagefind about 1.5 ms a post, so a one-post edit re-indexes its part in about
 * a second; each part adds a few small requests to a reader's first search. At 10,000 posts, 16 parts rather
 * than 10 took a one-title rebuild's write stage from 2.7 s to 2.3 s, and the clean build's by 2.5 %.
 */
const POSTS_PER_PART = 600;
/** At most this many parts: past it, parts grow instead, so a search never waits on more requests. */
const MAX_PARTS = 16;

/**
 * How many parts an index of `posts` post pages has. `BLOG_SEARCH_PART_POSTS` changes the posts per part
 * (the tests use it to split a small blog).
 */
export function searchPartCount(posts: number): number {
  const per = Number(process.env.BLOG_SEARCH_PART_POSTS) || POSTS_PER_PART;
  return Math.min(MAX_PARTS, Math.max(1, Math.round(posts / per)));
}

/** The output folder of part `part` (from 0). */
export function searchPartDir(part: number): string {
  return part === 0 ? SEARCH_DIR : `${SEARCH_DIR}/part-${part + 1}`;
}

const PART_FILE = new RegExp(`^${SEARCH_DIR}/part-(\\d+)/`);

/** The part of an output file of the index (`pagefind/…`), by its folder. */
export function searchPartOfFile(outputPath: string): number {
  const m = PART_FILE.exec(outputPath);
  return m ? Number(m[1]) - 1 : 0;
}

/**
 * The part a post page belongs to, by its output path: the same page stays in the same part from build to
 * build while the number of parts does not change (FNV-1a hash).
 */
export function searchPartOf(outputPath: string, parts: number): number {
  if (parts <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < outputPath.length; i++) {
    h ^= outputPath.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % parts;
}
