/** @fileoverview The one reading of a request's `Range` header serve acts on (RFC 9110 §14), for a file of known size. */

/**
 * The `Range` header to hand on for a file of `size` bytes, spelt `bytes=<first>-<last>` with both ends
 * inside the file, or `bytes=<size>-` when nothing of the file is asked for (416); `undefined` when the
 * header is to be ignored and the whole file sent (200), as RFC 9110 lets a server do and says it must for
 * a range that cannot be read (`bytes=5-2`, `items=0-1`, several ranges).
 *
 * sirv's own parser throws on `bytes=5-2` (from inside Node's stream, which ended the server), reads the
 * suffix `bytes=-5` as the first five bytes and `bytes=0-0` as the whole file: what it gets from here it
 * reads right.
 */
export function byteRange(header: string | undefined, size: number): string | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  const unsatisfiable = `bytes=${size}-`;
  let start: number;
  let end: number;
  if (first === '') {
    if (last === '') return undefined;
    const suffix = Number(last);
    if (suffix === 0) return unsatisfiable;
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(first);
    if (last !== '' && Number(last) < start) return undefined;
    if (start >= size) return unsatisfiable;
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  }
  if (size === 0) return unsatisfiable;
  // sirv reads a last byte of 0 as "to the end": the one range that means byte 0 alone is sent whole.
  if (end === 0) return undefined;
  return `bytes=${start}-${end}`;
}
