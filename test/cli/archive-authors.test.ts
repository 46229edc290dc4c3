/** Archives and author pages, through `blog build` on a small blog with drafts and a future post. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog } from '../helpers/fresh-blog.ts';

const VISIBLE = ['Patch Day', 'Backup Drill', 'DNS Cleanup', 'VPN Notes', 'Router Upgrade'];
const HIDDEN = ['Unfinished Draft', 'Next Year Plans'];

function build(blog: string, ...args: string[]): void {
  const r = runBlog(['build', ...args], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
}

/** The post titles a page lists, in order: the archive's rows or the post cards' titles. */
function listed(html: string): string[] {
  return [
    ...html.matchAll(/<(?:li><time[^>]*>[^<]*<\/time> <a|h2 class="post-card-title"><a)[^>]*>([^<]*)<\/a>/g),
  ].map((m) => m[1]!);
}

let blog: string;
test.before(() => {
  blog = copyFixture('archive-authors');
  build(blog);
});

test('/archive/ lists exactly the visible posts, newest first, by year and month', () => {
  const html = read(blog, 'dist/archive/index.html');
  assert.equal(listed(html), VISIBLE);
  for (const title of HIDDEN) assert.not.match(html, title);
  const headings = [...html.matchAll(/<h[23][^>]*>(?:<a[^>]*>)?([^<]+)</g)].map((m) => m[1]);
  assert.equal(headings, ['2025', 'July 2025', 'June 2025', '2024', 'March 2024', 'January 2024']);
  assert.match(html, /<a class="tag" href="\/notes\/archive\/2024\/">2024 <span class="tag-count">3</);
});

test('/archive/<year>/ lists that year only, with an anchor per month', () => {
  assert.equal(listed(read(blog, 'dist/archive/2024/index.html')), [
    'DNS Cleanup',
    'VPN Notes',
    'Router Upgrade',
  ]);
  const y2025 = read(blog, 'dist/archive/2025/index.html');
  assert.equal(listed(y2025), ['Patch Day', 'Backup Drill']);
  assert.match(y2025, /<section class="archive-month" id="2025-07"/);
  assert.not.ok(existsSync(join(blog, 'dist/archive/2027')), 'a year of only future posts has a page');
});

test("each post's date links to its month in the archive; the nav links the archive", () => {
  const post = read(blog, 'dist/posts/vpn-notes/index.html');
  assert.match(
    post,
    /<a class="post-date" href="\/notes\/archive\/2024\/#2024-01"><time datetime="2024-01-20/,
  );
  assert.match(
    post,
    /<nav class="site-nav"[\s\S]*<a href="\/notes\/archive\/"[^>]*>Archive<\/a>[\s\S]*<\/nav>/,
  );
});

test('an author page lists exactly their visible posts, by key, by name and by default, paginated', () => {
  const page1 = read(blog, 'dist/authors/jane/index.html');
  const page2 = read(blog, 'dist/authors/jane/page/2/index.html');
  // Patch Day names no author: it is the config's first author's, as before authors had pages.
  assert.equal(
    [...listed(page1), ...listed(page2)],
    ['Patch Day', 'DNS Cleanup', 'VPN Notes', 'Router Upgrade'],
  );
  assert.not.ok(existsSync(join(blog, 'dist/authors/jane/page/3')));
  assert.match(page1, /<h1>Jane Doe<\/h1>/);
  assert.match(page1, /Runs the network team\./);
  assert.match(
    page1,
    /<img class="author-avatar" src="\/notes\/images\/jane.svg" alt="" width="72" height="72">/,
  );
  assert.match(page1, /href="https:\/\/jane.example.com\/" rel="author"/);
  assert.match(page2, /Page 2 of 2/);
  for (const html of [page1, page2]) for (const title of HIDDEN) assert.not.match(html, title);
  assert.equal(listed(read(blog, 'dist/authors/ops/index.html')), ['DNS Cleanup']);
  // An author the config does not know still gets a page, under the slug of their name.
  assert.equal(listed(read(blog, 'dist/authors/sam-guest/index.html')), ['Backup Drill']);
  const index = read(blog, 'dist/authors/index.html');
  assert.equal(
    [...index.matchAll(/<a class="tag" href="([^"]+)">([^<]+) <span class="tag-count">(\d+)/g)].map((m) =>
      m.slice(1).join(' '),
    ),
    [
      '/notes/authors/jane/ Jane Doe 4',
      '/notes/authors/ops/ Ops Team 1',
      '/notes/authors/sam-guest/ Sam Guest 1',
    ],
  );
});

test('bylines on posts and cards link to the author pages', () => {
  const post = read(blog, 'dist/posts/dns-cleanup/index.html');
  assert.match(
    post,
    /By <a href="\/notes\/authors\/jane\/" rel="author">Jane Doe<\/a>, <a href="\/notes\/authors\/ops\/" rel="author">Ops Team<\/a>/,
  );
  assert.match(read(blog, 'dist/index.html'), /By <a href="\/notes\/authors\/sam-guest\/">Sam Guest<\/a>/);
  // The feed names authors, not keys.
  assert.match(read(blog, 'dist/atom.xml'), /<author><name>Jane Doe<\/name><\/author>/);
  assert.not.match(read(blog, 'dist/atom.xml'), /<name>jane<\/name>/);
});

test('the sitemap lists the archive and author pages; not the search page', () => {
  const sitemap = read(blog, 'dist/sitemap.xml');
  for (const path of [
    'archive/',
    'archive/2024/',
    'archive/2025/',
    'authors/',
    'authors/jane/',
    'authors/jane/page/2/',
  ])
    assert.match(sitemap, `<loc>https://example.com/notes/${path}</loc>`);
  assert.not.match(sitemap, '/search/');
});

test('an author or tag longer than a file name gets a page: the build does not stop at its folder', () => {
  // opentelemetry.io's blog names several authors in one `author:`, each a Markdown link (80+ characters).
  const author = Array.from(
    { length: 4 },
    (_, i) => `[Author Number${i}](https://github.com/author-number-${i}) (Company ${i})`,
  ).join(' and ');
  const tag = 'a tag that goes on and on '.repeat(12);
  const own = freshBlog(WITHOUT_EXTRAS);
  writeFileSync(
    join(own, 'posts/2025-01-01-long.md'),
    `---\ntitle: Long names\ndate: 2025-01-01\nauthor: ${JSON.stringify(author)}\ntags: [${JSON.stringify(tag)}]\n---\nBody.\n`,
  );
  const r = runBlog(['build'], { cwd: own });
  assert.is(r.status, 0, r.stderr);
  const authorDir = readdirSync(join(own, 'dist/authors')).find((d) => d.startsWith('author-number0'))!;
  assert.ok(authorDir.length <= 100, authorDir);
  assert.match(read(own, `dist/authors/${authorDir}/index.html`), 'Long names');
  const tagDir = readdirSync(join(own, 'dist/tags')).find((d) => d.startsWith('a-tag-that'))!;
  assert.match(read(own, `dist/tags/${tagDir}/index.html`), 'Long names');
  assert.match(read(own, 'dist/posts/long/index.html'), `href="/authors/${authorDir}/"`);
});

test.run();
