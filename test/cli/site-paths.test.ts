import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';

const post = (title: string, date: string, extra = '') =>
  `---\ntitle: ${title}\ndate: ${date}\ntags: [Backup]\n${extra}---\nBody of ${title}.\n`;

test('posts/index.md does not swallow the other posts: lint and build name it, nothing is built', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, 'index.md', post('Welcome', '2025-03-01'));
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1);
  assert.match(
    lint.stdout,
    /posts\/index\.md\n\s+1:1\s+error\s+Unexpected `posts\/index\.md`.*content\/posts-index/,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(build.stdout + build.stderr, /content\/posts-index/);
  // Renamed as the hint says, it is an ordinary post and every other post is still there.
  rmSync(join(blog, 'posts', 'index.md'));
  writePost(blog, '2025-03-01-welcome.md', post('Welcome', '2025-03-01'));
  const again = runBlog(['build'], { cwd: blog });
  assert.is(again.status, 0, again.stdout + again.stderr);
  assert.ok(existsSync(join(blog, 'dist/posts/welcome/index.html')));
  assert.ok(existsSync(join(blog, 'dist/posts/t-mobile-security-woes/index.html')));
});

test('Hugo’s posts/_index.md, copied with the posts, is named as its section list page, not only a missing date', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '_index.md', '---\ntitle: "Posts"\nmenu: main\n---\nAll the posts.\n');
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1);
  assert.match(
    lint.stdout,
    /posts\/_index\.md\n\s+1:1\s+error\s+Unexpected `posts\/_index\.md`, Hugo's section list page, expected a post\. Delete it: this blog generates its list pages.*content\/posts-index/,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(build.stdout + build.stderr, "Hugo's section list page");
  assert.not.match(build.stdout + build.stderr, 'Internal error');
});

test('C, C# and C++ get their own tag pages; tags that still share a page are a lint warning naming both', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '2025-03-02-c.md', post('C', '2025-03-02').replace('[Backup]', '[C]'));
  writePost(blog, '2025-03-03-c-sharp.md', post('C sharp', '2025-03-03').replace('[Backup]', '[C#]'));
  writePost(
    blog,
    '2025-03-04-c-plus-plus.md',
    post('C plus plus', '2025-03-04').replace('[Backup]', '[C++]'),
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  assert.match(read(blog, 'dist/tags/c/index.html'), /Body of C\.|>C</);
  assert.match(read(blog, 'dist/tags/c-sharp/index.html'), /C sharp/);
  assert.match(read(blog, 'dist/tags/c-plus-plus/index.html'), /C plus plus/);
  assert.not.match(read(blog, 'dist/tags/c/index.html'), /C sharp|C plus plus/);
  writePost(blog, '2025-03-05-cafe.md', post('Cafe', '2025-03-05').replace('[Backup]', '[Cafe]'));
  writePost(blog, '2025-03-06-cafe-2.md', post('Café', '2025-03-06').replace('[Backup]', '[Café]'));
  const lint = runBlog(['lint'], { cwd: blog });
  assert.match(
    lint.stdout,
    /warning\s+Unexpected tag `Cafe`: it shares the page \/tags\/cafe\/ with `Café`\..*blog\/tag-collision/,
  );
  assert.match(
    lint.stdout,
    /warning\s+Unexpected tag `Café`: it shares the page \/tags\/cafe\/ with `Cafe`\..*blog\/tag-collision/,
  );
});

test('a tag, series or author named for a Windows device (CON, Aux, nul) gets a page folder Windows can make', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-03-02-console.md',
    post('Console', '2025-03-02', 'author: Nul\nseries: com1\n').replace('[Backup]', '[CON, Aux]'),
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  for (const folder of ['tags/con', 'tags/aux', 'authors/nul', 'series/com1'])
    assert.not.ok(existsSync(join(blog, 'dist', folder)), folder);
  for (const page of ['tags/con-page', 'tags/aux-page', 'authors/nul-page', 'series/com1-page'])
    assert.match(read(blog, `dist/${page}/index.html`), /Console/, page);
  assert.match(read(blog, 'dist/posts/console/index.html'), /href="\/tags\/con-page\/"/);
});

test('a tag typed with a combined accent (NFD) and with a precomposed one (NFC) is one tag, with no warning', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '2025-03-05-one.md', post('One', '2025-03-05').replace('[Backup]', '[Caf\u00e9]'));
  writePost(blog, '2025-03-06-two.md', post('Two', '2025-03-06').replace('[Backup]', '[Cafe\u0301]'));
  const lint = runBlog(['lint'], { cwd: blog });
  assert.not.match(lint.stdout, /blog\/tag-collision|blog\/tag-case/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  const page = read(blog, 'dist/tags/cafe/index.html');
  assert.match(page, /Tagged “Caf\u00e9”/);
  assert.match(page, /One/);
  assert.match(page, /Two/);
  assert.not.match(read(blog, 'dist/tags/index.html'), /\u0301/);
});

test('a permalink with `?` or `#` is refused by the config check', () => {
  for (const permalink of ['/posts/:slug/?x=1/', '/posts/#/:slug/']) {
    const blog = freshBlog(WITHOUT_EXTRAS);
    const path = join(blog, 'blog.config.json');
    const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...config, permalink }, null, 2));
    const r = runBlog(['build'], { cwd: blog });
    assert.is(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /permalink.*without `\?`, `#`/);
  }
});

test('slug: "../tags" with the slug rule off never overwrites a generated page', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-03-07-sneaky.md',
    '---\ntitle: Sneaky\ndate: 2025-03-07\ntags: [Backup]\nslug: "../tags"\n---\n<!-- blog-lint-disable frontmatter/slug -->\nMine now.\n',
  );
  const lint = runBlog(['lint', '--rule', 'frontmatter/slug=off'], { cwd: blog });
  assert.is(lint.status, 1, lint.stdout + lint.stderr);
  assert.match(
    lint.stdout,
    /5:7\s+error\s+Unexpected slug `\.\.\/tags`: it would leave its folder.*frontmatter\/slug-path/,
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout + r.stderr, /frontmatter\/slug-path/);
  assert.not.ok(existsSync(join(blog, 'dist')));
  const off = runBlog(['lint', '--rule', 'frontmatter/slug-path=off'], { cwd: blog });
  assert.is(off.status, 2);
});

test('a slug longer than a file name may be is an error at its line in lint and build, not an unnamed write failure', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '2025-03-08-long.md', post('Long', '2025-03-08', `slug: ${'y'.repeat(300)}\n`));
  for (const command of ['lint', 'build']) {
    const r = runBlog([command], { cwd: blog });
    assert.is(r.status, 1, `${command}: ${r.stdout}${r.stderr}`);
    assert.match(
      r.stdout + r.stderr,
      /posts\/2025-03-08-long\.md\n(?:.*\n)*?\s+5:7\s+error\s+Unexpected slug `y+…`: a part of 300 bytes is longer than a file name may be \(at most 200\)/,
    );
  }
  assert.not.ok(existsSync(join(blog, 'dist')));
});

test('robots.txt under a baseUrl path says it has no effect there and holds the lines for the host root, scoped to the path', () => {
  const blog = freshBlog({ ...WITHOUT_EXTRAS, baseUrl: 'https://example.com/blog/' });
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  // Before: `Allow: /` for the whole host, in a file crawlers never read (https://example.com/blog/robots.txt).
  assert.is(
    read(blog, 'dist/robots.txt'),
    '# Crawlers read robots.txt only at https://example.com/robots.txt, not here under /blog/.\n' +
      '# This file has no effect: copy the lines below into the robots.txt at the root of the host.\n\n' +
      'User-agent: *\nAllow: /blog/\n\nSitemap: https://example.com/blog/sitemap.xml\n',
  );
  const root = freshBlog({ ...WITHOUT_EXTRAS, baseUrl: 'https://example.com/' });
  assert.is(runBlog(['build'], { cwd: root }).status, 0);
  assert.is(
    read(root, 'dist/robots.txt'),
    'User-agent: *\nAllow: /\n\nSitemap: https://example.com/sitemap.xml\n',
  );
});

test.run();
