/** @fileoverview Tells UTF-16 text (Notepad's "Unicode", PowerShell's default) from UTF-8, with or without a mark. */
import { isUtf8 } from 'node:buffer';

/**
 * True for UTF-16 text: a byte-order mark (`FF FE` or `FE FF`, never valid UTF-8), or, without one, NULs at
 * every other byte, at one parity only, for at least half of the first 512 code units (ASCII letters, which
 * front-matter, Markdown and JSON are mostly made of). Such a file is valid UTF-8 byte for byte.
 */
export function isUtf16(bytes: Uint8Array): boolean {
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) return !isUtf8(bytes);
  const units = Math.min(512, bytes.length >> 1);
  if (units < 2) return false;
  const nuls = [0, 0];
  for (let i = 0; i < units * 2; i++) if (bytes[i] === 0) nuls[i & 1]!++;
  const [even, odd] = nuls as [number, number];
  return (even === 0 && odd * 2 >= units) || (odd === 0 && even * 2 >= units);
}
