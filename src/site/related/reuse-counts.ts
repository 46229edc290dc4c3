/**
 * @fileoverview Term counts of every post from last build's counts plus fresh counts of the posts whose text
 * changed. Counting (reading every word) is most of the related step; weighing the counts and scoring
 * candidates are cheap, so a one-post edit recounts one post. The result is exactly what counting every post
 * gives: term ids in order of first appearance, each post's terms in its own order of first appearance.
 */
import type { CountedPart } from './count-parallel.ts';
import { countTerms, grow, type PostText, type TermCounts } from './count-terms.ts';

/** Counts of a whole blog, with each post's key (a hash of its text) so a later build can find them. */
export interface KeptCounts {
  keys: string[];
  /** Term id → the stem. */
  terms: string[];
  start: Int32Array;
  ids: Int32Array;
  tf: Float32Array;
}

/** The indexes of the posts whose key is not among `kept`'s (all of them without `kept`): those to count. */
export function freshIndexes(keys: readonly string[], kept: KeptCounts | undefined): number[] {
  const keptKeys = new Set(kept?.keys);
  const fresh: number[] = [];
  for (let i = 0; i < keys.length; i++) if (!keptKeys.has(keys[i]!)) fresh.push(i);
  return fresh;
}

/**
 * Counts the posts whose key is not among `kept`'s (all of them without `kept`) and merges them with the
 * kept counts of the others, in post order. `surfaces` of the result are the stems: only explanations
 * show surfaces, and they count from scratch. `counted` are those posts' counts when already made
 * (`countTermsInParts` of the `freshIndexes` texts, in order).
 */
export function countReusing(
  texts: readonly (PostText | undefined)[],
  keys: readonly string[],
  kept: KeptCounts | undefined,
  maxWords: number,
  counted?: readonly CountedPart[],
): { counts: TermCounts; kept: KeptCounts; recounted: number } {
  const n = texts.length;
  const keptAt = new Map<string, number>();
  kept?.keys.forEach((key, i) => {
    if (!keptAt.has(key)) keptAt.set(key, i);
  });
  const fresh = freshIndexes(keys, kept);
  const parts = fresh.length
    ? (counted ?? [
        countTerms(
          fresh.map((i) => texts[i]),
          maxWords,
        ),
      ])
    : [];

  const dictionary = new Map<string, number>();
  const terms: string[] = [];
  const globalOf = (term: string): number => {
    let id = dictionary.get(term);
    if (id === undefined) {
      id = terms.length;
      dictionary.set(term, id);
      terms.push(term);
    }
    return id;
  };
  // Local ids (of the kept counts, of each fresh part) → global ids, resolved on first use.
  const keptMap = new Int32Array(kept?.terms.length ?? 0).fill(-1);
  const partMaps = parts.map((p) => new Int32Array(p.terms.length).fill(-1));
  // Where each fresh post is: its part and its row in that part.
  const freshAt = new Map<number, [number, number]>();
  let k = 0;
  parts.forEach((part, p) => {
    for (let row = 0; row + 1 < part.start.length; row++) freshAt.set(fresh[k++]!, [p, row]);
  });

  const start = new Int32Array(n + 1);
  let ids = new Int32Array(Math.max(16, kept?.ids.length ?? n * 64));
  let tf = new Float32Array(ids.length);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const at = freshAt.get(i);
    const source = at ? parts[at[0]]! : kept!;
    const row = at ? at[1] : keptAt.get(keys[i]!)!;
    const map = at ? partMaps[at[0]]! : keptMap;
    const from = source.start[row]!;
    const to = source.start[row + 1]!;
    if (end + to - from > ids.length) {
      const size = Math.max(ids.length * 2, end + to - from);
      ids = grow(ids, size);
      tf = grow(tf, size);
    }
    for (let e = from; e < to; e++) {
      const local = source.ids[e]!;
      let id = map[local]!;
      if (id < 0) {
        id = globalOf(source.terms[local]!);
        map[local] = id;
      }
      ids[end] = id;
      tf[end++] = source.tf[e]!;
    }
    start[i + 1] = end;
  }
  ids = ids.slice(0, end);
  tf = tf.slice(0, end);
  return {
    counts: { terms, surfaces: terms, start, ids, tf },
    kept: { keys: [...keys], terms, start, ids, tf },
    recounted: fresh.length,
  };
}
