/** @fileoverview Tags for a new post: read from `--tags a,b`, and checked against the tags the blog already uses. */
import { readTags } from '../content/post.ts';
import { tagSlug } from '../util/slug.ts';
import { suggest } from '../util/suggest.ts';

/** `a, b,,a` → `['a', 'b']`. */
export function parseTagList(text: string): string[] {
  return readTags(text);
}

/**
 * The existing tag a new one is probably a slip for: same letters in another case or spelling (`cloud backup` vs
 * `Cloud-Backup`), or a small edit away (`bakcup` vs `backup`). Undefined when the tag is new and distinct.
 */
export function nearDuplicate(tag: string, existing: readonly string[]): string | undefined {
  if (existing.includes(tag)) return undefined;
  const slug = tagSlug(tag);
  const sameSlug = existing.find((t) => tagSlug(t) === slug);
  if (sameSlug) return sameSlug;
  return suggest(tag, existing);
}

/** One warning line per new tag that looks like a slip for an existing one. */
export function nearDuplicateWarnings(tags: readonly string[], existing: readonly string[]): string[] {
  return tags.flatMap((tag) => {
    const near = nearDuplicate(tag, existing);
    return near
      ? [`Tag \`${tag}\` is new, but the blog already uses \`${near}\`: did you mean \`${near}\`?`]
      : [];
  });
}
