/** @fileoverview URL slugs for posts and tags: transliterated, lowercase, URL-safe. */
import slugifyLib from '@sindresorhus/slugify';

const cache = new Map<string, string>();

export function slugify(text: string): string {
  let slug = cache.get(text);
  if (slug === undefined) {
    slug =
      slugifyLib(text, { decamelize: false }) ||
      // Scripts with no Latin transliteration (日本語, Ελληνικά…) keep their letters: hosts serve UTF-8 paths.
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') ||
      'untitled';
    cache.set(text, slug);
  }
  return slug;
}

export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}]+(?:[-_][\p{Ll}\p{Lo}\p{N}]+)*$/u;
