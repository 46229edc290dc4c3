/** @fileoverview A tag written in another case than the blog's usual spelling (`security` where most write `Security`). */

import { replaceScalar } from '../fix.ts';
import type { Rule } from '../rule.ts';
import { tagItems } from '../tag-items.ts';

export const tagCase: Rule = {
  id: 'blog/tag-case',
  meta: { description: 'each tag is spelt in the case most posts use', severity: 'warning', fixable: true },
  checkBlog({ posts, config, report }) {
    const spellings = new Map<string, Map<string, number>>();
    for (const post of posts) {
      for (const tag of post.tags) {
        const key = tag.toLowerCase();
        let counts = spellings.get(key);
        if (!counts) {
          counts = new Map();
          spellings.set(key, counts);
        }
        counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
    }
    // Only a spelling more posts use than any other is "usual"; a tie has no right answer to fix to.
    const usual = new Map<string, { tag: string; count: number }>();
    for (const [key, counts] of spellings) {
      if (counts.size < 2) continue;
      const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
      if (first![1] > second![1]) usual.set(key, { tag: first![0], count: first![1] });
    }
    if (usual.size === 0) return;
    const misspelt = (tag: string) => {
      const best = usual.get(tag.toLowerCase());
      return best !== undefined && best.tag !== tag;
    };
    for (const post of posts) {
      for (const item of tagItems(post, config, misspelt)) {
        const best = usual.get(item.tag.toLowerCase())!;
        report(post, {
          message: `Unexpected tag \`${item.tag}\`, expected \`${best.tag}\` as ${best.count} posts write it`,
          ...(item.span ? { span: item.span } : {}),
          ...(item.span && item.own ? { fix: replaceScalar(post.source.text, item.span, best.tag) } : {}),
        });
      }
    }
  },
};
