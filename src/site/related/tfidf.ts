/** @fileoverview TF-IDF vectors of the posts' words, pruned to each post's most distinctive terms, in flat typed arrays. */
import type { CountedPart } from './count-parallel.ts';
import { countTerms, type PostText } from './count-terms.ts';

export type { PostText } from './count-terms.ts';

export interface TermVectors {
  /** Term id → the word as first written, for explanations (`restoring` rather than the stem `restor`). */
  words: string[];
  /** Term id → how rare the term is across the posts. */
  idf: Float64Array;
  /** Post i's terms are `ids[start[i]..start[i+1]]`, heaviest first, with unit-length `weights`. */
  start: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
  /** How many threads counted the words. */
  threads: number;
}

export interface VectorizeOptions {
  /** Terms kept per post; the rest of its vector is dropped (its weight still counts in the length). */
  maxTerms: number;
  /** Body words read per post. */
  maxWords: number;
  /** The texts' counts when already made (`countTermsInParts`, on two threads); else counted here. */
  parts?: readonly CountedPart[] | undefined;
}

/**
 * Builds one sparse vector per post, `(1 + ln tf) × ln((N + 1) / df)`, normalised over all its terms, then
 * keeps the `maxTerms` heaviest that another post also uses: a word no other post has cannot make two posts
 * related, but it does make a post about something else, so it stays in the length. Memory is
 * O(posts × maxTerms + vocabulary).
 */
export function vectorize(texts: readonly (PostText | undefined)[], options: VectorizeOptions): TermVectors {
  return weigh(texts.length, options.parts ?? [countTerms(texts, options.maxWords)], options);
}

/** The vectors of `n` posts from their term counts, in one or more parts whose concatenation covers them all. */
export function weigh(
  n: number,
  parts: readonly CountedPart[],
  options: Pick<VectorizeOptions, 'maxTerms'>,
): TermVectors {
  // Parts number their terms on their own; one dictionary gives global ids in order of first appearance,
  // the same ids one pass over all posts would give.
  const dictionary = new Map<string, number>();
  const words: string[] = [];
  const docIds: Int32Array[] = [];
  const docTf: Float32Array[] = [];
  let dfList: number[] = [];
  for (const part of parts) {
    const global = part.terms.map((term, local) => {
      let id = dictionary.get(term);
      if (id === undefined) {
        id = words.length;
        dictionary.set(term, id);
        words.push(part.surfaces[local]!);
        dfList.push(0);
      }
      return id;
    });
    for (let i = 0; i + 1 < part.start.length; i++) {
      const from = part.start[i]!;
      const to = part.start[i + 1]!;
      const ids = new Int32Array(to - from);
      for (let e = from; e < to; e++) {
        ids[e - from] = global[part.ids[e]!]!;
        dfList[ids[e - from]!]!++;
      }
      docIds.push(ids);
      docTf.push(part.tf.subarray(from, to));
    }
  }
  const df = Int32Array.from(dfList);
  dfList = [];

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
    // Drop each post's raw ids once weighted, so they and the pruned vectors are not all held at once.
    docIds[i] = EMPTY;
    docTf[i] = EMPTY_F;
  }
  const threads = parts.some((p) => p.threaded) ? 2 : 1;
  return { words, idf, start, ids: ids.slice(0, end), weights: weights.slice(0, end), threads };
}

const EMPTY = new Int32Array(0);
const EMPTY_F = new Float32Array(0);
