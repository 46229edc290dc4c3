/** @fileoverview TF-IDF vectors of the posts' words, pruned to each post's most distinctive terms, in flat typed arrays. */
import { termOf } from './tokenize.ts';
import { scanWords, WordTable } from './word-table.ts';

export interface PostText {
  title: string;
  description?: string | undefined;
  /** Plain text (see `plainText`), not Markdown. */
  body: string;
}

export interface TermVectors {
  /** Term id → the word as first written, for explanations (`restoring` rather than the stem `restor`). */
  words: string[];
  /** Term id → how rare the term is across the posts. */
  idf: Float64Array;
  /** Post i's terms are `ids[start[i]..start[i+1]]`, heaviest first, with unit-length `weights`. */
  start: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
}

export interface VectorizeOptions {
  /** Terms kept per post; the rest of its vector is dropped (its weight still counts in the length). */
  maxTerms: number;
  /** Body words read per post. */
  maxWords: number;
}

// Words in a title or description say more about the post than one more use in the body.
const TITLE_WEIGHT = 3;
const DESCRIPTION_WEIGHT = 2;

/**
 * Builds one sparse vector per post, `(1 + ln tf) × ln((N + 1) / df)`, normalised over all its terms, then
 * keeps the `maxTerms` heaviest that another post also uses: a word no other post has cannot make two posts
 * related, but it does make a post about something else, so it stays in the length. Memory is
 * O(posts × maxTerms + vocabulary).
 */
export function vectorize(texts: readonly (PostText | undefined)[], options: VectorizeOptions): TermVectors {
  const n = texts.length;
  const dictionary = new Map<string, number>();
  const words: string[] = [];
  let df = new Int32Array(1024);
  // This post's counts by term id, dense and reused: a typed-array add per word instead of a Map update.
  let tf = new Float64Array(1024);
  const seen: number[] = [];
  const docIds: Int32Array[] = [];
  const docTf: Float32Array[] = [];
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
        id = words.length;
        dictionary.set(term, id);
        words.push(word);
        if (id >= tf.length) {
          const grownTf = new Float64Array(tf.length * 2);
          grownTf.set(tf);
          tf = grownTf;
          const grownDf = new Int32Array(df.length * 2);
          grownDf.set(df);
          df = grownDf;
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

  for (let i = 0; i < n; i++) {
    seen.length = 0;
    const text = texts[i];
    if (text) {
      weight = TITLE_WEIGHT;
      scanWords(text.title, table, add);
      weight = DESCRIPTION_WEIGHT;
      if (text.description) scanWords(text.description, table, add);
      weight = 1;
      scanWords(text.body, table, add, options.maxWords);
    }
    const ids = Int32Array.from(seen);
    const counts = new Float32Array(seen.length);
    for (let k = 0; k < seen.length; k++) {
      const id = seen[k]!;
      counts[k] = tf[id]!;
      tf[id] = 0;
      df[id]!++;
    }
    docIds.push(ids);
    docTf.push(counts);
  }

  const idf = new Float64Array(words.length);
  for (let t = 0; t < words.length; t++) idf[t] = Math.log((n + 1) / df[t]!);

  const start = new Int32Array(n + 1);
  const ids = new Int32Array(n * options.maxTerms);
  const weights = new Float32Array(n * options.maxTerms);
  let end = 0;
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const termIds = docIds[i]!;
    const tf = docTf[i]!;
    const w = new Float64Array(termIds.length);
    let norm = 0;
    order.length = 0;
    for (let k = 0; k < termIds.length; k++) {
      w[k] = (1 + Math.log(tf[k]!)) * idf[termIds[k]!]!;
      norm += w[k]! * w[k]!;
      if (df[termIds[k]!]! > 1) order.push(k);
    }
    norm = Math.sqrt(norm) || 1;
    // Heaviest first; equal weights by term id, which is fixed by the posts' order, so the same everywhere.
    order.sort((a, b) => w[b]! - w[a]! || termIds[a]! - termIds[b]!);
    const keep = Math.min(order.length, options.maxTerms);
    for (let k = 0; k < keep; k++) {
      ids[end] = termIds[order[k]!]!;
      weights[end++] = w[order[k]!]! / norm;
    }
    start[i + 1] = end;
    // Free the raw counts as we go: peak memory is the raw counts of the posts, not twice that.
    docIds[i] = EMPTY;
    docTf[i] = EMPTY_F;
  }
  return { words, idf, start, ids: ids.slice(0, end), weights: weights.slice(0, end) };
}

const EMPTY = new Int32Array(0);
const EMPTY_F = new Float32Array(0);
