import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { xmlProblem } from '../helpers/xml.ts';

const setConfig = (blog: string, patch: Record<string, unknown>) => {
  const path = join(blog, 'blog.config.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), ...patch }, null, 2));
};

test("a file in the blog's templates/ overrides the theme file of the same name", () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  mkdirSync(join(blog, 'templates/partials'), { recursive: true });
  writeFileSync(
    join(blog, 'templates/partials/footer.eta'),
    '<footer class="mine">Made by <%= it.site.title %> &amp; friends</footer>\n',
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const index = read(blog, 'dist/index.html');
  assert.match(index, /<footer class="mine">Made by First Column IT Tech Blog &amp; friends<\/footer>/);
  assert.not.match(index, /class="site-footer"/);
});

test('a broken template override names the template file and exits 2, writing nothing', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  mkdirSync(join(blog, 'templates'), { recursive: true });
  writeFileSync(join(blog, 'templates/post.eta'), '<% layout("@base") %><%= it.post.nope.deeper %>\n');
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(r.stderr, /Template templates\/post\.eta failed/);
  assert.not.ok(existsSync(join(blog, 'dist')));
});

test('raw HTML is sanitized by default and kept as written with markdown.allowHtml', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const body =
    '<iframe src="https://www.youtube.com/embed/x" title="Video"></iframe>\n\n<details><summary>More</summary>Hidden</details>\n';
  writeFileSync(join(blog, 'posts/2024-01-01-embed.md'), `---\ntitle: Embed\ndate: 2024-01-01\n---\n${body}`);
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  let page = read(blog, 'dist/posts/embed/index.html');
  assert.not.match(page, /<iframe/);
  assert.match(page, /<details><summary>More<\/summary>Hidden<\/details>/);
  setConfig(blog, { markdown: { allowHtml: true } });
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  page = read(blog, 'dist/posts/embed/index.html');
  assert.match(page, /<iframe src="https:\/\/www\.youtube\.com\/embed\/x" title="Video"><\/iframe>/);
});

test('a date permalink gives same-slug posts their own pages; RSS feed on request', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'posts/2019-10-11-team-meeting.md'), '---\ntitle: Team meeting\n---\nOne.\n');
  writeFileSync(join(blog, 'posts/2019-11-22-team-meeting.md'), '---\ntitle: Team meeting\n---\nTwo.\n');
  setConfig(blog, { permalink: '/:year/:month/:day/:slug/', feed: { format: 'rss', limit: 2 } });
  // Each post has its own page: the date in the permalink tells them apart (issue 8).
  const ok = runBlog(['build'], { cwd: blog });
  assert.is(ok.status, 0, ok.stderr);
  assert.ok(existsSync(join(blog, 'dist/2019/10/11/team-meeting/index.html')));
  assert.ok(existsSync(join(blog, 'dist/2019/11/22/team-meeting/index.html')));
  const rss = read(blog, 'dist/rss.xml');
  assert.is(rss.match(/<item>/g)?.length, 2);
  // Each item names its author, as the Atom feed's entries do (RSS items had none).
  assert.match(rss, /xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
  assert.is(rss.match(/<dc:creator>First Column IT<\/dc:creator>/g)?.length, 2);
  assert.is(xmlProblem(rss), null);
  assert.match(read(blog, 'dist/index.html'), /type="application\/rss\+xml" href="\/rss\.xml"/);
});

test('tags differing only in case share one page, named in the most used spelling', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  for (const [i, tag] of ['Release', 'Release', 'release'].entries()) {
    writeFileSync(
      join(blog, `posts/2024-01-0${i + 1}-r${i}.md`),
      `---\ntitle: R${i}\ndate: 2024-01-0${i + 1}\ntags: [${tag}]\n---\nx\n`,
    );
  }
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  const page = read(blog, 'dist/tags/release/index.html');
  assert.match(page, /<h1>Tagged “Release”<\/h1>/);
  assert.is(page.match(/class="post-card"/g)?.length, 3);
  assert.match(read(blog, 'dist/tags/index.html'), />Release <span class="tag-count">3</);
});

test.run();
