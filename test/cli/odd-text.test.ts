import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';
import { xmlProblem } from '../helpers/xml.ts';

function setConfig(blog: string, change: (config: Record<string, unknown>) => void): void {
  const path = join(blog, 'blog.config.json');
  const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(config);
  writeFileSync(path, JSON.stringify(config, null, 2));
}

test('control characters in a title and body never make the feed or sitemap ill-formed (Atom and RSS)', () => {
  for (const format of ['atom', 'rss'] as const) {
    const blog = freshBlog();
    setConfig(blog, (c) => {
      c.feed = { ...(c.feed as object), format };
    });
    writePost(
      blog,
      '2025-02-01-pasted.md',
      '---\ntitle: "Pasted\\vfrom\\x01Word\\0"\ndate: 2025-02-01\ntags: [Backup]\n---\nA vertical\vtab, a \x01 start-of-heading and a \x7f delete. Half an emoji: \\ud83d.\n',
    );
    const r = runBlog(['build'], { cwd: blog });
    assert.is(r.status, 0, r.stdout + r.stderr);
    const feed = read(blog, `dist/${format === 'rss' ? 'rss' : 'atom'}.xml`);
    assert.is(xmlProblem(feed), null, `${format}: ${xmlProblem(feed)}`);
    assert.match(feed, /PastedfromWord/);
    assert.is(xmlProblem(read(blog, 'dist/sitemap.xml')), null);
  }
});

test('a baseUrl with a non-ASCII path is percent-encoded once in the sitemap, feed and robots.txt', () => {
  const blog = freshBlog();
  setConfig(blog, (c) => {
    c.baseUrl = 'https://example.com/blög/';
  });
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  for (const file of ['dist/sitemap.xml', 'dist/atom.xml', 'dist/robots.txt']) {
    const text = read(blog, file);
    assert.match(text, /https:\/\/example\.com\/bl%C3%B6g\//, file);
    assert.not.match(text, /%25C3/, `${file} is encoded twice`);
  }
});

test('a site title starting with an emoji shows the whole emoji in the header mark, never U+FFFD', () => {
  const blog = freshBlog();
  setConfig(blog, (c) => {
    c.title = '👩‍💻 Dev Notes';
  });
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const html = read(blog, 'dist/index.html');
  assert.match(html, /<span class="site-mark" aria-hidden="true">👩‍💻<\/span>/);
  assert.not.ok(html.includes('\uFFFD'));
});

test('a link to a file with `%` in its name builds (no "URI malformed") and resolves', () => {
  const blog = freshBlog();
  writePost(
    blog,
    '2025-02-02-100%-guide.md',
    '---\ntitle: The 100% guide\ndate: 2025-02-02\ntags: [Backup]\n---\nAll of it.\n',
  );
  writePost(
    blog,
    '2025-02-03-links.md',
    '---\ntitle: Links\ndate: 2025-02-03\ntags: [Backup]\n---\nSee [the guide](./2025-02-02-100%-guide.md) and [a bad escape](./x%E0%A4.md).\n',
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.not.match(r.stdout + r.stderr, /Internal error|URI malformed/);
  const lint = runBlog(['lint'], { cwd: blog });
  assert.not.match(lint.stdout + lint.stderr, /Internal error|URI malformed/);
  assert.match(lint.stdout, /x%E0%A4\.md/);
  // The good link resolves to the post's page once the bad one is gone.
  writePost(
    blog,
    '2025-02-03-links.md',
    '---\ntitle: Links\ndate: 2025-02-03\ntags: [Backup]\n---\nSee [the guide](./2025-02-02-100%-guide.md).\n',
  );
  const built = runBlog(['build'], { cwd: blog });
  assert.is(built.status, 0, built.stdout + built.stderr);
  const slug = read(blog, 'dist/posts/links/index.html').match(/href="([^"]*)">the guide/)?.[1];
  assert.ok(slug?.startsWith('/posts/'), slug);
});

test.run();
