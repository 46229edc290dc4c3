/**
 * @fileoverview What a font file is and which characters it draws, read from its bytes: TrueType, OpenType
 * and WOFF (the formats satori reads), by their table directory and `cmap`. WOFF2 and collections are named
 * so that the caller can refuse them. fontkit reads the same cmap, but loading it took 190–220 ms (measured,
 * Node 20) and every build with cards checks Inter’s coverage: this reader reads its seven subsets in 3–12 ms.
 */
import { inflateSync } from 'node:zlib';

export type FontFormat = 'ttf' | 'otf' | 'woff' | 'woff2' | 'collection';

/** The format from the file's first four bytes, or undefined when they are no font's. */
export function fontFormat(data: Uint8Array): FontFormat | undefined {
  if (data.length < 12) return undefined;
  const tag = String.fromCharCode(...data.subarray(0, 4));
  if (tag === '\0\x01\0\0' || tag === 'true') return 'ttf';
  if (tag === 'OTTO') return 'otf';
  if (tag === 'wOFF') return 'woff';
  if (tag === 'wOF2') return 'woff2';
  if (tag === 'ttcf') return 'collection';
  return undefined;
}

/**
 * The code points the font maps to a glyph (its best Unicode `cmap` subtable, format 4 or 12), or undefined
 * when the bytes are not a TrueType, OpenType or WOFF font with one.
 */
export function fontCharacters(data: Uint8Array): Set<number> | undefined {
  try {
    const cmap = tableOf(data, 'cmap');
    return cmap && readCmap(cmap);
  } catch {
    // A truncated or damaged file reads past its end: it is not a font we can use.
    return undefined;
  }
}

/** Bigger than any font a card needs: a WOFF that claims more is refused rather than inflated. */
const MAX_SFNT_BYTES = 64 * 1024 * 1024;

/**
 * A WOFF 1.0 font as the TrueType or OpenType file it wraps (https://www.w3.org/TR/WOFF/), its tables inflated
 * by Node's zlib; undefined when `data` is not a WOFF or is damaged (the caller keeps the WOFF). satori reads
 * WOFF itself, but inflates it in JavaScript: Inter's two Latin weights took it 100–170 ms more than the same
 * fonts as TrueType, on every build that draws a card.
 */
export function woffToSfnt(data: Uint8Array): Buffer | undefined {
  if (fontFormat(data) !== 'woff') return undefined;
  try {
    const v = view(data);
    const count = v.getUint16(12);
    if (count === 0 || 44 + count * 20 > data.length) return undefined;
    const tables = Array.from({ length: count }, (_, i) => {
      const at = 44 + i * 20;
      return {
        at,
        offset: v.getUint32(at + 4),
        stored: v.getUint32(at + 8),
        length: v.getUint32(at + 12),
      };
    });
    const directory = 12 + count * 16;
    let size = directory;
    for (const t of tables) {
      if (t.offset + t.stored > data.length || t.stored > t.length) return undefined;
      size += (t.length + 3) & ~3;
    }
    if (size > MAX_SFNT_BYTES) return undefined;
    const out = Buffer.alloc(size);
    // The sfnt header: its flavour (TrueType or CFF), the table count and the binary-search fields derived from it.
    out.writeUInt32BE(v.getUint32(4), 0);
    out.writeUInt16BE(count, 4);
    const power = 2 ** Math.floor(Math.log2(count));
    out.writeUInt16BE(power * 16, 6);
    out.writeUInt16BE(Math.log2(power), 8);
    out.writeUInt16BE(count * 16 - power * 16, 10);
    let place = directory;
    for (const [i, t] of tables.entries()) {
      const stored = data.subarray(t.offset, t.offset + t.stored);
      // WOFF compresses a table with zlib only when that makes it smaller.
      const table = t.stored < t.length ? inflateSync(stored, { maxOutputLength: t.length }) : stored;
      if (table.length !== t.length) return undefined;
      const entry = 12 + i * 16;
      out.set(data.subarray(t.at, t.at + 4), entry);
      out.writeUInt32BE(v.getUint32(t.at + 16), entry + 4);
      out.writeUInt32BE(place, entry + 8);
      out.writeUInt32BE(t.length, entry + 12);
      out.set(table, place);
      place += (t.length + 3) & ~3;
    }
    return out;
  } catch {
    // A table that does not inflate, or a directory that reads past the end.
    return undefined;
  }
}

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

function tableOf(data: Uint8Array, name: string): Uint8Array | undefined {
  const format = fontFormat(data);
  const v = view(data);
  if (format === 'ttf' || format === 'otf') {
    const count = v.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      if (String.fromCharCode(...data.subarray(at, at + 4)) !== name) continue;
      const offset = v.getUint32(at + 8);
      const length = v.getUint32(at + 12);
      if (offset + length > data.length) return undefined;
      return data.subarray(offset, offset + length);
    }
  } else if (format === 'woff') {
    const count = v.getUint16(12);
    for (let i = 0; i < count; i++) {
      const at = 44 + i * 20;
      if (String.fromCharCode(...data.subarray(at, at + 4)) !== name) continue;
      const offset = v.getUint32(at + 4);
      const stored = v.getUint32(at + 8);
      const length = v.getUint32(at + 12);
      if (offset + stored > data.length) return undefined;
      const bytes = data.subarray(offset, offset + stored);
      // WOFF compresses a table with zlib only when that makes it smaller.
      return stored < length ? new Uint8Array(inflateSync(bytes)) : bytes;
    }
  }
  return undefined;
}

/** Unicode subtables, best first: full repertoire (format 12) before the Basic Multilingual Plane (format 4). */
const PREFERRED = ['3:10', '0:6', '0:4', '3:1', '0:3', '0:2', '0:1', '0:0'];

function readCmap(cmap: Uint8Array): Set<number> | undefined {
  const v = view(cmap);
  const subtables = new Map<string, number>();
  for (let i = 0; i < v.getUint16(2); i++) {
    const at = 4 + i * 8;
    const key = `${v.getUint16(at)}:${v.getUint16(at + 2)}`;
    if (!subtables.has(key)) subtables.set(key, v.getUint32(at + 4));
  }
  for (const key of PREFERRED) {
    const offset = subtables.get(key);
    if (offset === undefined) continue;
    const format = v.getUint16(offset);
    if (format === 12) return readFormat12(v, offset);
    if (format === 4) return readFormat4(v, offset);
  }
  return undefined;
}

function readFormat12(v: DataView, offset: number): Set<number> {
  const chars = new Set<number>();
  const groups = v.getUint32(offset + 12);
  for (let i = 0; i < groups; i++) {
    const at = offset + 16 + i * 12;
    const end = Math.min(v.getUint32(at + 4), 0x10ffff);
    for (let cp = v.getUint32(at); cp <= end; cp++) chars.add(cp);
  }
  return chars;
}

function readFormat4(v: DataView, offset: number): Set<number> {
  const chars = new Set<number>();
  const segments = v.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let i = 0; i < segments; i++) {
    const end = v.getUint16(ends + i * 2);
    const start = v.getUint16(starts + i * 2);
    const delta = v.getUint16(deltas + i * 2);
    const rangeOffset = v.getUint16(rangeOffsets + i * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const index = v.getUint16(rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2);
        glyph = index === 0 ? 0 : (index + delta) & 0xffff;
      }
      if (glyph !== 0) chars.add(cp);
    }
  }
  return chars;
}
