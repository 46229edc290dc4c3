/**
 * @fileoverview Post series through the CLI: the box on each part's page, the /series/ pages, the sitemap,
 * JSON-LD and the summary line, and a cached rebuild after one part's title changes equal to a clean build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { assertDistIsClean, build } from '../helpers/output.ts';

/** The series box of a built post page, or '' when it has none. */
const box = (blog: string, slug: string) =>
  read(blog, `dist/posts/${slug}/index.html`).match(/<nav class="series-box"[\s\S]*?<\/nav>/)?.[0] ?? '';

/** Where each text first appears in `html` (all must appear). */
function inOrder(html: string, texts: string[], why: string): void {
  const at = texts.map((t) => html.indexOf(t));
  assert.ok(
    at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!)),
    `${why}: ${texts.join(' < ')} at ${at.join(', ')}`,
  );
}

test('a part shows its place, every published part in order (itself marked, not a link) and its neighbours', () => {
  const blog = copyFixture('series', WITHOUT_EXTRAS);
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, '3 series pages');
  const identity = box(blog, 'zt-identity');
  assert.match(identity, 'aria-labelledby="series-title"');
  assert.match(
    identity,
    'Part 2 of 3 in the series <a href="/blog/series/zero-trust-networks/">Zero Trust Networks</a>',
  );
  // `seriesOrder` wins over the dates (devices, dated before identity, is part 3).
  inOrder(
    identity,
    [
      '<ol class="series-parts">',
      '<a href="/blog/posts/zt-basics/">What Zero Trust Means</a>',
      '<span class="series-current" aria-current="page">Identity Is the New Perimeter</span>',
      '<a href="/blog/posts/zt-devices/">Devices You Can Vouch For</a>',
      '</ol>',
    ],
    'parts',
  );
  assert.not.match(identity, 'href="/blog/posts/zt-identity/"', 'the current part is not a link');
  assert.match(identity, '<a class="series-prev" href="/blog/posts/zt-basics/">');
  assert.match(identity, '<a class="series-next" href="/blog/posts/zt-devices/">');
  assert.match(box(blog, 'zt-basics'), 'Part 1 of 3');
  assert.not.match(box(blog, 'zt-basics'), 'series-prev');
  assert.not.match(box(blog, 'zt-devices'), 'series-next');
  // Drafts and future posts are not published: not parts.
  for (const slug of ['zt-basics', 'zt-identity', 'zt-devices']) {
    assert.not.match(box(blog, slug), 'A Draft Part');
    assert.not.match(box(blog, slug), 'A Future Part');
  }
  assert.is(box(blog, 'backups-one'), '', 'a series of one published post shows no box');
  assert.is(box(blog, 'plain'), '');
});

test('/series/ lists every series with its count, /series/<slug>/ its parts first part first; both in the sitemap', () => {
  const blog = copyFixture('series', WITHOUT_EXTRAS);
  build(blog);
  const all = read(blog, 'dist/series/index.html');
  inOrder(
    all,
    [
      '<a href="/blog/series/backup-basics/">Backup Basics</a> <span class="series-count">1 part</span>',
      '<a href="/blog/series/zero-trust-networks/">Zero Trust Networks</a> <span class="series-count">3 parts</span>',
    ],
    '/series/',
  );
  const one = read(blog, 'dist/series/zero-trust-networks/index.html');
  assert.match(one, '<h1>Zero Trust Networks</h1>');
  assert.match(one, '<ul class="post-list">');
  inOrder(
    one,
    ['>What Zero Trust Means</a>', '>Identity Is the New Perimeter</a>', '>Devices You Can Vouch For</a>'],
    'reading order',
  );
  assert.not.match(one, 'A Draft Part');
  assert.not.match(one, 'A Future Part');
  const sitemap = read(blog, 'dist/sitemap.xml');
  assert.match(sitemap, '<loc>https://example.com/blog/series/</loc>');
  assert.match(sitemap, '<loc>https://example.com/blog/series/zero-trust-networks/</loc>');
  assert.match(
    read(blog, 'dist/index.html'),
    '<a href="/blog/series/">Series</a>',
    'the footer links the series',
  );
});

test('JSON-LD: a part isPartOf a CreativeWorkSeries with the series name and URL', () => {
  const blog = copyFixture('series', WITHOUT_EXTRAS);
  build(blog);
  const html = read(blog, 'dist/posts/zt-identity/index.html');
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!) as {
    '@graph': Record<string, unknown>[];
  };
  const posting = ld['@graph'].find((n) => n['@type'] === 'BlogPosting')!;
  assert.equal(posting.isPartOf, [
    {
      '@type': 'Blog',
      '@id': 'https://example.com/blog/#blog',
      name: 'Series Blog',
      url: 'https://example.com/blog/',
    },
    {
      '@type': 'CreativeWorkSeries',
      '@id': 'https://example.com/blog/series/zero-trust-networks/#series',
      name: 'Zero Trust Networks',
      url: 'https://example.com/blog/series/zero-trust-networks/',
    },
  ]);
  assert.is(posting.position, 2);
  const plain = read(blog, 'dist/posts/plain/index.html');
  assert.not.match(plain, 'CreativeWorkSeries');
});

test("a part's new title reaches the other parts' boxes in a cached rebuild, equal to a --no-cache build", () => {
  // No related posts, and the part retitled is no date neighbour of identity's (its prev/next are devices and
  // backups): only the series box links identity's page to it.
  const blog = copyFixture('series', { socialCards: false, related: { count: 0 } });
  build(blog);
  const file = join(blog, 'posts/2024-01-10-zt-basics.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('What Zero Trust Means', 'Zero Trust, Explained'));
  build(blog);
  assert.match(box(blog, 'zt-identity'), '>Zero Trust, Explained</a>');
  assert.match(box(blog, 'zt-devices'), '>Zero Trust, Explained</a>');
  assertDistIsClean(blog, 'after a part was retitled');
});

test('lint: a second spelling of a series and a shared seriesOrder are reported at their keys', () => {
  const blog = copyFixture('series', WITHOUT_EXTRAS);
  const file = join(blog, 'posts/2024-04-01-backups-one.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      'series: Backup Basics',
      'series: zero trust networks\nseriesOrder: 2',
    ),
  );
  const r = runBlog(['lint'], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    '5:9  warning  Unexpected series `zero trust networks`, close to `Zero Trust Networks` that 5 posts use',
    'the draft and the future part count: they will be published',
  );
  assert.match(
    r.stdout,
    '6:1  warning  Unexpected duplicate `seriesOrder: 2` in the series `zero trust networks`, also given by posts/2024-02-10-zt-identity.md',
  );
});

test.run();
