/**
 * @fileoverview The related posts' trace (`site/related/trace.ts`) in the cache, as one binary record: names in
 * its JSON header, the hashes, listings and lists as typed arrays. Checked when read (sizes, order, indexes in
 * range): anything off reads as "no trace", and every post is scored again.
 */
import type { RelatedTrace } from '../site/related.ts';
import type { CacheStore } from './store.ts';

const NAME = 'related-trace';

interface Header {
  frame: string;
  features: string[];
  posts: number;
  listed: number;
  related: number;
}

/** The trace of the last build of `posts` posts, or undefined. */
export function readRelatedTrace(store: CacheStore, posts: number): RelatedTrace | undefined {
  const blob = store.readBlob<Header>(NAME);
  if (!blob) return undefined;
  const { frame, features, posts: n, listed, related } = blob.header;
  if (typeof frame !== 'string' || !Array.isArray(features) || n !== posts) return undefined;
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
  return { frame, rows, features, listedStart, listedIds, related: lists };
}

export function writeRelatedTrace(store: CacheStore, trace: RelatedTrace): void {
  const n = trace.related.length;
  const relatedStart = new Int32Array(n + 1);
  trace.related.forEach((list, i) => {
    relatedStart[i + 1] = relatedStart[i]! + list.length;
  });
  const relatedIds = Int32Array.from(trace.related.flat());
  const header: Header = {
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
