/** @fileoverview A post's cover image as written: `image: x.jpg` with `imageAlt:`, or `image: { src, alt }`. */
import { isMap, isScalar, type Node } from 'yaml';
import { findPair, type ParsedFile, rangeSpan, type Span, valueSpan } from './frontmatter.ts';

export interface CoverImage {
  /** As written: relative to the post, a site path under `static/`, or a remote URL. */
  src: string;
  /** Absent when the writer gave none (`frontmatter/image-alt` reports it). */
  alt?: string;
}

/** Reads the cover from the front-matter; undefined when there is none or it is not a usable string. */
export function readCoverImage(data: Record<string, unknown>): CoverImage | undefined {
  const value = data.image;
  let src: unknown = value;
  let alt: unknown = data.imageAlt;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    src = object.src;
    alt = object.alt ?? alt;
  }
  if (typeof src !== 'string' || !src.trim()) return undefined;
  const cover: CoverImage = { src: src.trim() };
  if (typeof alt === 'string' && alt.trim()) cover.alt = alt.trim();
  return cover;
}

/** Where the cover's source is written: the `image` value, or its `src` inside an `image: { src }` map. */
export function coverSpan(parsed: ParsedFile): Span | undefined {
  const value = findPair(parsed, 'image')?.value;
  if (isMap(value)) {
    const src = value.items.find((p) => isScalar(p.key) && p.key.value === 'src')?.value as Node | null;
    if (src?.range) return rangeSpan(parsed, src.range);
  }
  return valueSpan(parsed, 'image');
}
