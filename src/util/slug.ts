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

/**
 * The one place that decides a tag's page name (`/tags/<slug>/`). `#` and `+` after a letter or digit are read
 * out, so `C`, `C#` and `C++` get `c`, `c-sharp` and `c-plus-plus` instead of sharing `/tags/c/`. Tags that still
 * share a slug (`Café` and `Cafe`) are reported by the blog/tag-collision rule.
 */
export function tagSlug(tag: string): string {
  return slugify(tag.replace(/(?<=[\p{L}\p{N}+#])([#+])/gu, (sign) => (sign === '#' ? ' sharp ' : ' plus ')));
}
