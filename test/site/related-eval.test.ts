/**
 * The evaluation blog (test/fixtures/related-eval): 5 topics × 8 posts, with tags shared across topics
 * (`Tips`, `How-To`, `Small Business`, `Security`…), one untagged post per topic and near-miss titles.
 * Built through the CLI; precision@3 is the share of the related posts on each page that are from the
 * page's own topic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, FIXTURES, read, runBlog } from '../helpers/cli.ts';

const topics = JSON.parse(readFileSync(join(FIXTURES, 'related-eval', 'topics.json'), 'utf8')) as Record<
  string,
  string
>;

/** The slugs in a post page's `.related-posts` element, in order. */
function relatedOnPage(html: string): string[] {
  const section = html.match(/class="related-posts[\s\S]*?<\/section>/)?.[0] ?? '';
  return [...section.matchAll(/href="\/posts\/([^/"]+)\/"/g)].map((m) => m[1]!);
}

test('precision@3 on the evaluation blog is at least 0.9', () => {
  const blog = copyFixture('related-eval');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  let picks = 0;
  let hits = 0;
  const untagged = [
    'cloud-sync-is-not-a-backup',
    'budgeting-time-for-a-cloud-move',
    'pricing-out-a-network-upgrade',
  ];
  for (const [slug, topic] of Object.entries(topics)) {
    const related = relatedOnPage(read(blog, `dist/posts/${slug}/index.html`));
    assert.is(related.length, 3, `${slug} has ${related.length} related posts`);
    assert.not.ok(related.includes(slug));
    picks += related.length;
    hits += related.filter((r) => topics[r] === topic).length;
    // Posts without tags get picks from their own topic through their text alone.
    if (untagged.includes(slug))
      assert.ok(related.filter((r) => topics[r] === topic).length >= 2, `${slug}: ${related.join(', ')}`);
  }
  const precision = hits / picks;
  if (process.env.RELATED_FIGURES) console.log(`precision@3: ${precision.toFixed(4)} (${hits}/${picks})`);
  assert.ok(precision >= 0.9, `precision@3 is ${precision.toFixed(3)}, expected ≥ 0.9`);
});

test.run();
