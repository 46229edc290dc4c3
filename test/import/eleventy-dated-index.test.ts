/**
 * @fileoverview mxb.dev keeps each post in a folder of its own, named `src/posts/<slug>/2017-03-08-index.md`
 * beside its images. Eleventy's fileSlug drops the date and reads `index` as the folder, so the post was
 * `/blog/<slug>/`; the import named 50 posts `index-2017-03-08`, gave all of them the one old URL
 * `/blog/index/index.html`, and put every post's images together in `posts/`, where two `cover.jpg` collide.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

const post = (title: string) => `---\ntitle: ${title}\ntags: code\n---\n![A cover](cover.jpg)\n`;

test('eleventy: `posts/<slug>/<date>-index.md` is the folder’s post, its images beside it', () => {
  const source = sourceSite({
    'eleventy.config.js': 'module.exports = () => ({ dir: { input: "src" } });\n',
    'src/posts/posts.json': '{ "permalink": "blog/{{ page.fileSlug }}/index.html" }\n',
    'src/posts/bottle-slider/2017-03-08-index.md': post('Bottle slider'),
    'src/posts/bottle-slider/cover.jpg': 'one',
    'src/posts/buildless/2024-09-08-index.md': post('Buildless'),
    'src/posts/buildless/cover.jpg': 'two',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'eleventy', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.not.match(r.stdout, 'index-2017-03-08');
  assert.match(r.stdout, 'old URL `/blog/bottle-slider/index.html` kept as `aliases`');
  assert.match(r.stdout, 'old URL `/blog/buildless/index.html` kept as `aliases`');
  assert.match(read(blog, 'posts/2017-03-08-bottle-slider/index.md'), 'title: Bottle slider');
  assert.is(read(blog, 'posts/2017-03-08-bottle-slider/cover.jpg'), 'one');
  assert.is(read(blog, 'posts/2024-09-08-buildless/cover.jpg'), 'two');
  assert.not.ok(existsSync(join(blog, 'posts/cover.jpg')));
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  assert.ok(existsSync(join(blog, 'dist/posts/bottle-slider/index.html')));
  assert.ok(existsSync(join(blog, 'dist/blog/buildless/index.html')));
});

test.run();
