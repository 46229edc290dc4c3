/** @fileoverview A post named with `é` as e + combining accent (NFD, as a Mac may save it), linked with `é` (NFC). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';

const post = (title: string, body: string) =>
  `---\ntitle: ${title}\ndate: 2025-06-01\ntags: [Food]\ndescription: A post about coffee and where to drink it in town, long enough.\n---\n${body}\n`;

test('a link typed in NFC to a post whose file name is NFD is that post, in lint and in the page', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '2025-06-01-cafe\u0301.md', post('Café', 'Coffee.'));
  writePost(blog, '2025-06-02-other.md', post('Other', 'See [the café post](./2025-06-01-caf\u00e9.md).'));
  const lint = runBlog(['lint'], { cwd: blog });
  // Before: "no post has that file. Did you mean `./2025-06-01-café.md`?", the same name to the eye.
  assert.not.match(lint.stdout + lint.stderr, /body\/broken-link/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  assert.match(
    readFileSync(join(blog, 'dist/posts/other/index.html'), 'utf8'),
    '<a href="/posts/cafe/">the café post</a>',
  );
});

test('a file name saved from a URL (`per%20cent.md`) is published at the decoded slug, /posts/per-cent/', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '2025-06-01-per%20cent.md', post('Per cent', 'Coffee.'));
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  // It was /posts/per-20cent/.
  assert.match(readFileSync(join(blog, 'dist/posts/per-cent/index.html'), 'utf8'), '<h1');
  assert.match(readFileSync(join(blog, 'dist/sitemap.xml'), 'utf8'), '/posts/per-cent/');
});

test.run();
