/** @fileoverview A tag one or two edits from a tag more posts use (`bakcup` beside `backup`) is likely a typo. */
import { editDistance } from '../../util/suggest.ts';
import { allowedEdits, couldBeTypo } from '../near-miss.ts';
import type { Rule } from '../rule.ts';
import { tagItems } from '../tag-items.ts';

export const tagTypo: Rule = {
  id: 'blog/tag-typo',
  meta: { description: 'no tag is a near-miss of a tag more posts use', severity: 'warning' },
  checkBlog({ posts, config, report }) {
    const counts = new Map<string, { count: number; names: Map<string, number> }>();
    for (const post of posts) {
      for (const tag of post.tags) {
        const key = tag.toLowerCase();
        let entry = counts.get(key);
        if (!entry) {
          entry = { count: 0, names: new Map() };
          counts.set(key, entry);
        }
        entry.count++;
        entry.names.set(tag, (entry.names.get(tag) ?? 0) + 1);
      }
    }
    // Only a tag used at least twice can be "more used"; comparing against those keeps this far from all-pairs.
    const popular = [...counts].filter(([, e]) => e.count >= 2);
    const typos = new Map<string, { tag: string; count: number }>();
    for (const [key, entry] of counts) {
      const max = allowedEdits(key.length);
      if (max === 0) continue;
      let best: { key: string; count: number; distance: number } | undefined;
      for (const [other, o] of popular) {
        if (o.count <= entry.count || Math.abs(other.length - key.length) > max || !couldBeTypo(key, other))
          continue;
        const distance = editDistance(key, other, max);
        if (distance > max) continue;
        if (!best || distance < best.distance || (distance === best.distance && o.count > best.count))
          best = { key: other, count: o.count, distance };
      }
      if (best) {
        const names = counts.get(best.key)!.names;
        const name = [...names].sort((a, b) => b[1] - a[1])[0]![0];
        typos.set(key, { tag: name, count: best.count });
      }
    }
    if (typos.size === 0) return;
    for (const post of posts) {
      for (const item of tagItems(post, config, (tag) => typos.has(tag.toLowerCase()))) {
        const meant = typos.get(item.tag.toLowerCase())!;
        report(post, {
          message: `Unexpected tag \`${item.tag}\`, close to \`${meant.tag}\` that ${meant.count} posts use`,
          hint: `Did you mean \`${meant.tag}\`?`,
          ...(item.span ? { span: item.span } : {}),
        });
      }
    }
  },
};
