/**
 * The candidate lists against exhaustive scoring, on a generated blog far bigger than one capped list
 * (`LIST_CAP` is 64 posts): 3,000 posts in 8 topics of 375, so each topic's tags and words are on more
 * posts than a list keeps (up to ~1,000 posts for a tag). Recall is the share of each post's exact top 3
 * (every other post scored) that the capped candidates also pick.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRelatedIndex } from '../../src/site/related.ts';
import { generateRelatedPosts } from '../helpers/related-blog.ts';

const POSTS = 3000;
const TOPICS = 8;

test('the capped candidates find at least 95% of the exact top 3 (3,000 posts)', () => {
  const posts = generateRelatedPosts(POSTS, TOPICS);
  const index = createRelatedIndex(posts, { count: 3 });
  let wanted = 0;
  let found = 0;
  for (let i = 0; i < posts.length; i++) {
    const exact = index.exact(i);
    const picked = new Set(
      index
        .explain(i)
        .filter((p) => !p.fallback)
        .map((p) => p.index),
    );
    wanted += exact.length;
    found += exact.filter((j) => picked.has(j)).length;
  }
  const recall = found / wanted;
  assert.is(wanted, posts.length * 3);
  assert.ok(recall >= 0.95, `recall of the exact top 3 is ${recall.toFixed(4)}, expected ≥ 0.95`);
  if (process.env.RELATED_FIGURES) console.log(`recall@3 at ${posts.length} posts: ${recall.toFixed(4)}`);
});

test.run();
