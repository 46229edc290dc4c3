/** `blog import hugo` records the URLs Hugo gave posts in nested sections, by every permalink form and language. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

function emptyBlog(): string {
  const dir = tempDir('blog-import-hugo-');
  mkdirSync(join(dir, 'posts'));
  writeFileSync(join(dir, 'blog.config.json'), JSON.stringify({ title: 'Imported', ...WITHOUT_EXTRAS }));
  return dir;
}

/** Imports the site into a new blog and builds it; the import's report and the blog. */
function importAndBuild(site: string, args: string[] = []): { report: string; blog: string } {
  const blog = emptyBlog();
  const run = runBlog(['import', 'hugo', site, ...args], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  return { report: run.stdout, blog };
}

function assertRedirected(blog: string, from: string, to: string): void {
  assert.match(read(blog, `dist${from}index.html`), `<meta http-equiv="refresh" content="0; url=${to}">`);
  assert.match(read(blog, 'dist/_redirects'), `${from} ${to} 301\n`);
}

test('nested sections: the default path is every folder and the slug; `[permalinks]` keys are top-level sections', () => {
  const { report, blog } = importAndBuild(join(FIXTURES, 'import-hugo-sections'));
  // content/posts/2020/my-post.md was at /posts/2020/my-post/ (resources/page/page_paths.go: ContainerDir + BaseName).
  assert.match(report, 'old URL `/posts/2020/my-post/` kept as `aliases`');
  assertRedirected(blog, '/posts/2020/my-post/', '/posts/my-post/');
  // A bundle's folder is the page itself: its slug takes the folder's place.
  assert.match(report, 'old URL `/posts/2020/hello-world/` kept as `aliases`');
  assertRedirected(blog, '/posts/2020/hello-world/', '/posts/hello-world/');
  // `blog = …` is for content/blog/ only; `:sections` is the nearest section's path (blog/tech has an _index.md).
  assert.match(report, 'old URL `/blog/tech/2021/go-generics/` kept as `aliases`');
  assertRedirected(blog, '/blog/tech/2021/go-generics/', '/posts/go/');
});

test.run();
