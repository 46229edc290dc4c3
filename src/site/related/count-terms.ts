/** @fileoverview Term counts of a run of posts: the part of related posts that reads every word, run on any thread. */
import { plainText, termOf } from './tokenize.ts';
import { scanWords, WordTable } from './word-table.ts';

export interface PostText {
  title: string;
  description?: string | undefined;
  /** The Markdown body; code, URLs and HTML are skipped (see `plainText`). */
  body: string;
}

/** Counts in flat arrays: post i's terms are `ids[start[i]..start[i+1]]` with their weighted counts `tf`. */
export interface TermCounts {
  /** Local term id → the stem, and → the word as first written (for explanations). */
  terms: string[];
  surfaces: string[];
  start: Int32Array;
  ids: Int32Array;
  tf: Float32Array;
}

// Words in a title or description say more about the post than one more use in the body.
const TITLE_WEIGHT = 3;
const DESCRIPTION_WEIGHT = 2;

/** Counts the terms of each text; term ids are given in order of first appearance. */
export function countTerms(texts: readonly (PostText | undefined)[], maxWords: number): TermCounts {
  const n = texts.length;
  const dictionary = new Map<string, number>();
  const terms: string[] = [];
  const surfaces: string[] = [];
  // This post's counts by term id, dense and reused: a typed-array add per word instead of a Map update.
  let tf = new Float64Array(1024);
  const seen: number[] = [];
  // Word id → term id (-1 for stop words): stemming and dictionary lookups once per distinct word, not per use.
  const table = new WordTable();
  const termIds: number[] = [];
  const idOf = (wordId: number): number => {
    if (wordId < termIds.length) return termIds[wordId]!;
    const word = table.words[wordId]!;
    const term = termOf(word);
    let id = -1;
    if (term !== undefined) {
      id = dictionary.get(term) ?? -1;
      if (id < 0) {
        id = terms.length;
        dictionary.set(term, id);
        terms.push(term);
        surfaces.push(word);
        if (id >= tf.length) {
          const grown = new Float64Array(tf.length * 2);
          grown.set(tf);
          tf = grown;
        }
      }
    }
    termIds.push(id);
    return id;
  };
  let weight = 1;
  const add = (wordId: number) => {
    const id = idOf(wordId);
    if (id < 0) return;
    if (tf[id] === 0) seen.push(id);
    tf[id]! += weight;
  };

  const start = new Int32Array(n + 1);
  let ids = new Int32Array(n * 64);
  let counts = new Float32Array(n * 64);
  let end = 0;
  for (let i = 0; i < n; i++) {
    seen.length = 0;
    const text = texts[i];
    if (text) {
      weight = TITLE_WEIGHT;
      scanWords(text.title, table, add);
      weight = DESCRIPTION_WEIGHT;
      if (text.description) scanWords(text.description, table, add);
      weight = 1;
      // Plain text one post at a time, so the posts' plain copies are never all in memory together.
      scanWords(plainText(text.body), table, add, maxWords);
    }
    if (end + seen.length > ids.length) {
      const size = Math.max(ids.length * 2, end + seen.length);
      ids = grow(ids, size);
      counts = grow(counts, size);
    }
    for (const id of seen) {
      ids[end] = id;
      counts[end++] = tf[id]!;
      tf[id] = 0;
    }
    start[i + 1] = end;
  }
  return { terms, surfaces, start, ids: ids.slice(0, end), tf: counts.slice(0, end) };
}

/** A copy of a typed array with room for `size` entries (the flat term lists grow by doubling). */
export function grow<T extends Int32Array | Float32Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (n: number) => T)(size);
  grown.set(array);
  return grown;
}
