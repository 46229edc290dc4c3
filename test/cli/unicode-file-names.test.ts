/** @fileoverview A post named with `é` as e + combining accent (NFD, as a Mac may save it), linked with `é` (NFC). */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { BUNDLE, freshBlog, writePost } from '../helpers/fresh-blog.ts';

const PNG = join(import.meta.dirname, '../fixtures/images/static/images/hero.png');

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

test('an image and a file named NFD on disk (a Mac) and linked NFC, or the reverse, are found and published under the link’s name', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  mkdirSync(join(blog, 'static/images'), { recursive: true });
  copyFileSync(PNG, join(blog, 'static/images/cafe\u0301.png'));
  copyFileSync(PNG, join(blog, BUNDLE, 'the\u0301.png'));
  writeFileSync(join(blog, BUNDLE, 'menu\u0301.pdf'), '%PDF-1.4\n');
  writeFileSync(join(blog, 'static/cre\u0300me.pdf'.normalize('NFC')), '%PDF-1.4\n');
  writePost(
    blog,
    '2025-06-01-cafe.md',
    post('Cafe', '![A cafe](/images/caf\u00e9.png) and [the cream](/cre\u0300me.pdf).'),
  );
  const index = join(blog, BUNDLE, 'index.md');
  writeFileSync(
    index,
    `${readFileSync(index, 'utf8')}\n![Tea](th\u00e9.png) and [the menu](men\u00fa.pdf).\n`,
  );
  const lint = runBlog(['lint'], { cwd: blog });
  // Before: "Unexpected image `/images/café.png`, no such file under `static/`. Did you mean `/images/café.png`?"
  assert.is(lint.status, 0, lint.stdout + lint.stderr);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  assert.not.match(build.stdout + build.stderr, /broken/);
  const cafe = readFileSync(join(blog, 'dist/posts/cafe/index.html'), 'utf8');
  assert.match(cafe, /<img[^>]+src="\/_img\/[0-9a-f]{16}-\d+\.png"/);
  const bundle = readFileSync(
    join(blog, 'dist/posts/technology-pinpoints-inefficiencies/index.html'),
    'utf8',
  );
  assert.match(bundle, /<img[^>]+src="\/_img\/[0-9a-f]{16}-\d+\.png"/);
  // Each file is there under the name the link uses (and still under its own).
  const out = join(blog, 'dist/posts/technology-pinpoints-inefficiencies');
  assert.ok(existsSync(join(out, 'men\u00fa.pdf')));
  assert.ok(existsSync(join(out, 'menu\u0301.pdf')));
  assert.ok(existsSync(join(blog, 'dist/cre\u0300me.pdf')));
});

test.run();
