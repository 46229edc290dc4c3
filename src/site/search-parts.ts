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
/**
 * Bytes of post HTML per part, whichever gives more parts: Pagefind's time grows faster than a part's text.
 * The Node.js blog's 1,042 posts (release notes, 22 KB of HTML each against 7 KB in the benchmark's posts) took
 * it 26 s as 2 parts; as 5, the clean build went from 58 s to 41 s and a one-title rebuild from 12.9 s to 8.2 s.
 * The benchmark's blogs get as many parts as before (600 of its posts are 4.1 MB).
 */
const HTML_BYTES_PER_PART = 4_500_000;
/** At most this many parts: past it, parts grow instead, so a search never waits on more requests. */
const MAX_PARTS = 16;

/**
 * How many parts an index of `posts` post pages, of `htmlBytes` of post HTML in all, has.
 * `BLOG_SEARCH_PART_POSTS` fixes the posts per part instead (the tests use it to split a small blog).
 */
export function searchPartCount(posts: number, htmlBytes: number): number {
  const per = Number(process.env.BLOG_SEARCH_PART_POSTS);
  const parts = per ? posts / per : Math.max(posts / POSTS_PER_PART, htmlBytes / HTML_BYTES_PER_PART);
  return Math.min(MAX_PARTS, Math.max(1, Math.round(parts)));
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
