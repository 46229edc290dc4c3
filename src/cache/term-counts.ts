/**
 * @fileoverview Related posts' term counts in the cache, as one binary record: the keys and the terms in its
 * JSON header, the counts as typed arrays. Checked when read (hash, sizes, ids in range): anything off reads
 * as "not cached", and every post is counted again.
 */
import type { KeptCounts } from '../site/related.ts';
import type { CacheStore } from './store.ts';

const NAME = 'related-counts';

interface Header {
  keys: string[];
  terms: string[];
  entries: number;
}

export function readTermCounts(store: CacheStore): KeptCounts | undefined {
  const blob = store.readBlob<Header>(NAME);
  if (!blob) return undefined;
  const { keys, terms, entries } = blob.header;
  if (!Array.isArray(keys) || !Array.isArray(terms) || !Number.isInteger(entries)) return undefined;
  const n = keys.length;
  const body = blob.body;
  if (body.length !== 4 * (n + 1) + 8 * entries) return undefined;
  const copy = (from: number, length: number) =>
    body.buffer.slice(body.byteOffset + from, body.byteOffset + from + length);
  const start = new Int32Array(copy(0, 4 * (n + 1)));
  const ids = new Int32Array(copy(4 * (n + 1), 4 * entries));
  const tf = new Float32Array(copy(4 * (n + 1) + 4 * entries, 4 * entries));
  if (start[0] !== 0 || start[n] !== entries) return undefined;
  for (let i = 0; i < n; i++) if (start[i + 1]! < start[i]!) return undefined;
  for (let e = 0; e < entries; e++) if (!(ids[e]! >= 0 && ids[e]! < terms.length)) return undefined;
  return { keys, terms, start, ids, tf };
}

export function writeTermCounts(store: CacheStore, counts: KeptCounts): void {
  const header: Header = { keys: counts.keys, terms: counts.terms, entries: counts.ids.length };
  const body = Buffer.concat([
    new Uint8Array(counts.start.buffer, counts.start.byteOffset, counts.start.byteLength),
    new Uint8Array(counts.ids.buffer, counts.ids.byteOffset, counts.ids.byteLength),
    new Uint8Array(counts.tf.buffer, counts.tf.byteOffset, counts.tf.byteLength),
  ]);
  store.writeBlob(NAME, header, body);
}
