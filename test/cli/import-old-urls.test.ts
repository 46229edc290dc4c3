/** `blog import` keeps each post's old URL as `aliases` when the new one differs, so no inbound link is lost. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

function emptyBlog(config: Record<string, unknown> = {}): string {
  const dir = tempDir('blog-import-');
  mkdirSync(join(dir, 'posts'));
  writeFileSync(
    join(dir, 'blog.config.json'),
    JSON.stringify({ title: 'Imported', ...WITHOUT_EXTRAS, ...config }),
  );
  return dir;
}

const importInto = (blog: string, kind: string) => {
  const run = runBlog(['import', kind, join(FIXTURES, `import-${kind}`)], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  return run.stdout;
};

test('jekyll: the _config.yml permalink gives the old URL; it is kept as aliases and said in the report', () => {
  const blog = emptyBlog();
  const report = importInto(blog, 'jekyll');
  assert.match(
    report,
    '1: old URL `/2019/08/04/welcome-to-jekyll/` kept as `aliases` (a redirect page to the new `/posts/welcome-to-jekyll/`)',
  );
  assert.match(
    read(blog, 'posts/2019-08-04-welcome-to-jekyll.md'),
    /\naliases:\n {2}- \/2019\/08\/04\/welcome-to-jekyll\/\n/,
  );
  // Drafts had no page on the old site.
  const draft = readdirSync(join(blog, 'posts')).find((f) => f.endsWith('a-draft-idea.md'))!;
  assert.not.match(read(blog, `posts/${draft}`), /aliases/);
});

test('jekyll: an unchanged URL adds nothing; a changed slug still does', () => {
  const blog = emptyBlog({ permalink: '/:year/:month/:day/:slug/' });
  const report = importInto(blog, 'jekyll');
  assert.not.match(read(blog, 'posts/2019-08-04-welcome-to-jekyll.md'), /aliases/);
  assert.match(report, 'old URL `/2017/04/27/Rust-1.17/` kept as `aliases`');
});

test('hugo [permalinks] and hexo permalink: old URLs from the title and the date; the build redirects them', () => {
  const hugo = emptyBlog();
  assert.match(importInto(hugo, 'hugo'), 'old URL `/2019/03/first-post-with-toml/` kept as `aliases`');
  const hexo = emptyBlog();
  assert.match(importInto(hexo, 'hexo'), 'old URL `/2018/05/01/hello-world/` kept as `aliases`');
  const build = runBlog(['build'], { cwd: hexo });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(hexo, 'dist/2018/05/01/hello-world/index.html'),
    /<meta http-equiv="refresh" content="0; url=\/posts\/hello-world\/">/,
  );
  assert.match(read(hexo, 'dist/_redirects'), /^\/2018\/05\/01\/hello-world\/ \/posts\/hello-world\/ 301$/m);
});

test('eleventy: the default output path and a post front-matter permalink', () => {
  const blog = emptyBlog();
  const report = importInto(blog, 'eleventy');
  assert.match(report, 'old URL `/posts/2020-05-01-first-eleventy-post/` kept as `aliases`');
  assert.match(report, 'old URL `/blog/second/` kept as `aliases`');
});

test.run();
