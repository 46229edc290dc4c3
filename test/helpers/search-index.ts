/** @fileoverview The pages of a built blog's search index, read from Pagefind's fragment files. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as assert from 'uvu/assert';

export interface SearchFragment {
  url: string;
  /** The indexed text, which Pagefind's excerpts are cut from. */
  content: string;
  meta: { title?: string; image?: string };
  /** The headings with an id: each one's text is a sub-result's title. */
  anchors: { element: string; id: string; text: string }[];
}

/** The pages in the index (of each part: `''` is the main one), from Pagefind's fragments (gzip, `pagefind_dcd` then JSON). */
export function searchFragments(blog: string, parts: readonly string[] = ['']): SearchFragment[] {
  return parts.flatMap((part) => {
    const dir = join(blog, 'dist/pagefind', part, 'fragment');
    if (!existsSync(dir)) return [];
    return readdirSync(dir).map((f) => {
      const data = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      assert.ok(data.startsWith('pagefind_dcd'), f);
      return JSON.parse(data.slice('pagefind_dcd'.length)) as SearchFragment;
    });
  });
}
