/** @fileoverview Tag vectors: each tag weighted by its rarity across the blog, each post's vector of unit length. */
import type { SparseRows } from './postings.ts';

export interface TagVectors extends SparseRows {
  /** Tag id → tag slug. */
  names: string[];
  /** Tag id → `ln((N + 1) / posts with the tag)`: a tag on every post is worth nothing, one on three a lot. */
  idf: Float64Array;
}

export function vectorizeTags(tagsOf: readonly (readonly string[])[]): TagVectors {
  const n = tagsOf.length;
  const dictionary = new Map<string, number>();
  const names: string[] = [];
  const df: number[] = [];
  const rows: number[][] = tagsOf.map((tags) => {
    const ids: number[] = [];
    for (const tag of tags) {
      let id = dictionary.get(tag);
      if (id === undefined) {
        id = names.length;
        dictionary.set(tag, id);
        names.push(tag);
        df.push(0);
      }
      if (ids.includes(id)) continue;
      ids.push(id);
      df[id]!++;
    }
    return ids;
  });
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / d));
  const start = new Int32Array(n + 1);
  const total = rows.reduce((sum, r) => sum + r.length, 0);
  const ids = new Int32Array(total);
  const weights = new Float32Array(total);
  let end = 0;
  rows.forEach((row, i) => {
    row.sort((a, b) => idf[b]! - idf[a]! || a - b);
    const norm = Math.sqrt(row.reduce((sum, t) => sum + idf[t]! * idf[t]!, 0)) || 1;
    for (const t of row) {
      ids[end] = t;
      weights[end++] = idf[t]! / norm;
    }
    start[i + 1] = end;
  });
  return { names, idf, start, ids, weights };
}
