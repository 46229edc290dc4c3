/** @fileoverview Each tag of a post with where it is written, so tag rules can point at (and fix) one item. */
import { isScalar, isSeq } from 'yaml';
import type { SiteConfig } from '../config/schema.ts';
import { findPair, rangeSpan, type Span, valueSpan } from './frontmatter.ts';
import { type Post, pick } from './post.ts';

export interface TagItem {
  tag: string;
  span: Span | undefined;
  /** True when the span is this one tag's scalar, so a fix may replace it; false for a comma string. */
  own: boolean;
}

/**
 * @param wanted the tags the caller reports on: a post with none of them is answered without finding where
 *   its tags are written, which would build its YAML document (the slow part of reading a post)
 */
export function tagItems(post: Post, config: SiteConfig, wanted: (tag: string) => boolean): TagItem[] {
  if (!post.tags.some(wanted)) return [];
  const found = pick(post.data, 'tags', config.frontMatter.aliases.tags);
  if (!found) return [];
  const node = findPair(post.source, found.key)?.value;
  if (isSeq(node)) {
    return node.items.flatMap((item) => {
      if (!isScalar(item) || item.value === null || typeof item.value === 'object') return [];
      // As `readTags` reads it (trimmed, NFC), so the item is found by the tag the post has.
      const tag = String(item.value).trim().normalize('NFC');
      if (!tag || !wanted(tag)) return [];
      const span = item.range ? rangeSpan(post.source, item.range) : undefined;
      return [{ tag, span, own: String(item.value) === tag }];
    });
  }
  const span = valueSpan(post.source, found.key);
  return post.tags.filter(wanted).map((tag) => ({ tag, span, own: false }));
}
