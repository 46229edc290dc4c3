/**
 * @fileoverview Which posts' related lists an edit can change, from what the last build's lists were made of.
 *
 * Post p's list is read from p's own vectors, the inverted lists of the features p queries (its tags and its
 * first `queryTerms` terms), and the vectors of the posts on those lists. When the posts in the same order have
 * the same slugs, tags, dates and drafts (the frame), an edit changes the vectors of some posts D, and an
 * inverted list can only change where a post of D is on it, before or after: the others on it have the same
 * weights as before, so the same ones are kept under the cap. So only the lists of D and of the posts that query
 * a feature under which a post of D is listed (last build or this one) can change. Every other post keeps last
 * build's list, which is what scoring it again would give. A title edited changes its post's vector alone,
 * unless a word enters or leaves the vocabulary of the other posts, which moves every vector with it.
 */
import { createHash } from 'node:crypto';
import type { Postings, SparseRows } from './postings.ts';

/** What the last build's related posts were made of, kept in the cache beside them. */
export interface RelatedTrace {
  /** Hash of the options and of every post's slug, tags, date and draft flag, in order. */
  frame: string;
  /** Post i's pins and vectors (feature names and weights) hashed to `rows[2i]`, `rows[2i + 1]`. */
  rows: Uint32Array;
  /** The features of `listedIds`: `t` + tag, `w` + term. */
  features: string[];
  /** Post i is on the inverted lists of `features[listedIds[listedStart[i]..listedStart[i + 1]]]`. */
  listedStart: Int32Array;
  listedIds: Int32Array;
  /** Per post: its related posts, as indexes. */
  related: number[][];
}

export type TraceShape = Omit<RelatedTrace, 'related'>;

interface FramePost {
  slug: string;
  tags: readonly string[];
  epoch: number;
  pins: readonly string[];
  draft?: boolean | undefined;
}

/** One kind of feature: each post's vector, the inverted lists, the feature names by id. */
export interface FeatureSpace {
  rows: SparseRows;
  lists: Postings;
  names: readonly string[];
}

/** This build's frame, vectors' hashes and listings, from the vectors and their inverted lists. */
export function traceShape(
  posts: readonly FramePost[],
  options: unknown,
  tags: FeatureSpace,
  terms: FeatureSpace,
): TraceShape {
  const frame = createHash('sha1')
    .update(JSON.stringify([options, posts.map((p) => [p.slug, p.tags, p.epoch, !!p.draft])]))
    .digest('hex');
  const n = posts.length;

  const features: string[] = [];
  const count = new Int32Array(n + 1);
  const spaces = [
    { space: tags, prefix: 't' },
    { space: terms, prefix: 'w' },
  ];
  for (const { space } of spaces)
    for (let k = 0; k < space.lists.docs.length; k++) count[space.lists.docs[k]! + 1]!++;
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const listedStart = count.slice();
  const listedIds = new Int32Array(count[n]!);
  const fill = count.slice(0, n);
  for (const { space, prefix } of spaces) {
    const { lists, names } = space;
    for (let f = 0; f < names.length; f++) {
      if (lists.start[f] === lists.start[f + 1]) continue;
      const id = features.length;
      features.push(prefix + names[f]!);
      for (let k = lists.start[f]!; k < lists.start[f + 1]!; k++) listedIds[fill[lists.docs[k]!]!++] = id;
    }
  }

  const rows = new Uint32Array(2 * n);
  const tagNames = nameHashes(tags.names);
  const termNames = nameHashes(terms.names);
  for (let i = 0; i < n; i++) {
    const h = seeded();
    mixText(h, JSON.stringify(posts[i]!.pins));
    mixRow(h, tags.rows, i, tagNames);
    mix(h, 0x7e57);
    mixRow(h, terms.rows, i, termNames);
    rows[2 * i] = finish(h[0]!, h[2]!);
    rows[2 * i + 1] = finish(h[1]!, h[2]!);
  }
  return { frame, rows, features, listedStart, listedIds };
}

/**
 * The posts whose lists must be scored again; `all` when the last trace does not frame the same posts. The
 * others keep `last.related`.
 * @param queryTerms how many of a post's heaviest terms it queries (all its tags are queried)
 */
export function toRescore(
  now: TraceShape,
  last: RelatedTrace | undefined,
  tags: FeatureSpace,
  terms: FeatureSpace,
  queryTerms: number,
): Set<number> | 'all' {
  const n = now.rows.length / 2;
  if (!last || last.frame !== now.frame || last.rows.length !== now.rows.length) return 'all';
  if (last.related.length !== n || last.listedStart.length !== n + 1) return 'all';
  const changed: number[] = [];
  for (let i = 0; i < n; i++)
    if (now.rows[2 * i] !== last.rows[2 * i] || now.rows[2 * i + 1] !== last.rows[2 * i + 1]) changed.push(i);
  const moved = new Set<string>();
  for (const d of changed) {
    for (let k = now.listedStart[d]!; k < now.listedStart[d + 1]!; k++)
      moved.add(now.features[now.listedIds[k]!]!);
    for (let k = last.listedStart[d]!; k < last.listedStart[d + 1]!; k++)
      moved.add(last.features[last.listedIds[k]!]!);
  }
  const redo = new Set(changed);
  if (moved.size === 0) return redo;
  const marks = (space: FeatureSpace, prefix: string) => {
    const marked = new Uint8Array(space.names.length);
    space.names.forEach((name, id) => {
      if (moved.has(prefix + name)) marked[id] = 1;
    });
    return marked;
  };
  const movedTags = marks(tags, 't');
  const movedTerms = marks(terms, 'w');
  const queries = (rows: SparseRows, marked: Uint8Array, p: number, limit: number) => {
    const end = Math.min(rows.start[p + 1]!, rows.start[p]! + limit);
    for (let e = rows.start[p]!; e < end; e++) if (marked[rows.ids[e]!]) return true;
    return false;
  };
  for (let p = 0; p < n; p++)
    if (
      !redo.has(p) &&
      (queries(tags.rows, movedTags, p, Number.POSITIVE_INFINITY) ||
        queries(terms.rows, movedTerms, p, queryTerms))
    )
      redo.add(p);
  return redo;
}

// Two lanes of 32-bit MurmurHash3 mixing (seeds apart) and a length: 64 bits per post, computed from typed
// arrays without building strings, so hashing 10,000 posts' vectors takes milliseconds.
type Lanes = Int32Array;

function seeded(): Lanes {
  return Int32Array.of(0x9747b28c, 0x5bd1e995, 0);
}

function mix(h: Lanes, word: number): void {
  h[0] = step(h[0]!, word);
  h[1] = step(h[1]!, word ^ 0x2545f491);
  h[2]!++;
}

function step(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let x = h ^ k;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

function finish(h: number, length: number): number {
  let x = h ^ length;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function mixText(h: Lanes, text: string): void {
  for (let i = 0; i < text.length; i++) mix(h, text.charCodeAt(i));
  mix(h, text.length);
}

/** Each name's two hash lanes, made when first asked for. */
function nameHashes(names: readonly string[]): (id: number) => [number, number] {
  const made = new Map<number, [number, number]>();
  return (id) => {
    let lanes = made.get(id);
    if (!lanes) {
      const h = seeded();
      mixText(h, names[id]!);
      lanes = [finish(h[0]!, h[2]!), finish(h[1]!, h[2]!)];
      made.set(id, lanes);
    }
    return lanes;
  };
}

const bits = new Uint32Array(1);
const asFloat = new Float32Array(bits.buffer);

function mixRow(h: Lanes, rows: SparseRows, i: number, name: (id: number) => [number, number]): void {
  for (let e = rows.start[i]!; e < rows.start[i + 1]!; e++) {
    const [a, b] = name(rows.ids[e]!);
    mix(h, a);
    mix(h, b);
    asFloat[0] = rows.weights[e]!;
    mix(h, bits[0]!);
  }
  mix(h, rows.start[i + 1]! - rows.start[i]!);
}
