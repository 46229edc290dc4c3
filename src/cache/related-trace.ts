/**
 * @fileoverview The related posts' trace (`site/related/trace.ts`) in the cache, as one binary record: names in
 * its JSON header, the hashes, listings and lists as typed arrays. Checked when read (sizes, order, indexes in
 * range): anything off reads as "no trace", and every post is scored again.
 */
import type { RelatedTrace } from '../site/related.ts';
import type { CacheStore } from './store.ts';

const NAME = 'related-trace';

interface Header {
  /** The stage's inputs key (`build/relate.ts`): while it is the same, the lists stand as they are. */
  inputs: string;
  frame: string;
  features: string[];
  posts: number;
  listed: number;
  related: number;
}

/** The last build's trace of `posts` posts, with the inputs key it was made for; or undefined. */
export function readRelatedTrace(
  store: CacheStore,
  posts: number,
): { inputs: string; trace: RelatedTrace } | undefined {
  const blob = store.readBlob<Header>(NAME);
  if (!blob) return undefined;
  const { inputs, frame, features, posts: n, listed, related } = blob.header;
  if (typeof inputs !== 'string' || typeof frame !== 'string') return undefined;
  if (!Array.isArray(features) || n !== posts) return undefined;
  if (!Number.isInteger(listed) || !Number.isInteger(related) || listed < 0 || related < 0) return undefined;
  if (!features.every((f) => typeof f === 'string')) return undefined;
  const sizes = [8 * n, 4 * (n + 1), 4 * listed, 4 * (n + 1), 4 * related];
  const body = blob.body;
  if (body.length !== sizes.reduce((a, b) => a + b, 0)) return undefined;
  let at = 0;
  const next = (bytes: number) => {
    const copy = body.buffer.slice(body.byteOffset + at, body.byteOffset + at + bytes);
    at += bytes;
    return copy;
  };
  const rows = new Uint32Array(next(sizes[0]!));
  const listedStart = new Int32Array(next(sizes[1]!));
  const listedIds = new Int32Array(next(sizes[2]!));
  const relatedStart = new Int32Array(next(sizes[3]!));
  const relatedIds = new Int32Array(next(sizes[4]!));
  if (!isOffsets(listedStart, listed) || !isOffsets(relatedStart, related)) return undefined;
  if (!listedIds.every((id) => id >= 0 && id < features.length)) return undefined;
  if (!relatedIds.every((id) => id >= 0 && id < n)) return undefined;
  const lists = Array.from({ length: n }, (_, i) =>
    Array.from(relatedIds.subarray(relatedStart[i], relatedStart[i + 1])),
  );
  return { inputs, trace: { frame, rows, features, listedStart, listedIds, related: lists } };
}

/** Keeps `trace` as made for the inputs key `inputs`. */
export function writeRelatedTrace(store: CacheStore, trace: RelatedTrace, inputs: string): void {
  const n = trace.related.length;
  const relatedStart = new Int32Array(n + 1);
  trace.related.forEach((list, i) => {
    relatedStart[i + 1] = relatedStart[i]! + list.length;
  });
  const relatedIds = Int32Array.from(trace.related.flat());
  const header: Header = {
    inputs,
    frame: trace.frame,
    features: trace.features,
    posts: n,
    listed: trace.listedIds.length,
    related: relatedIds.length,
  };
  const bytes = (a: Int32Array | Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const body = Buffer.concat([
    bytes(trace.rows),
    bytes(trace.listedStart),
    bytes(trace.listedIds),
    bytes(relatedStart),
    bytes(relatedIds),
  ]);
  store.writeBlob(NAME, header, body);
}

/** Offsets into `total` entries: from 0, never decreasing, ending at `total`. */
function isOffsets(start: Int32Array, total: number): boolean {
  if (start[0] !== 0 || start[start.length - 1] !== total) return false;
  for (let i = 1; i < start.length; i++) if (start[i]! < start[i - 1]!) return false;
  return true;
}
