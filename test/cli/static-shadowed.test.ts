/**
 * A file of `static/` at a path the site writes itself (`index.html`, `sitemap.xml`) is not published: the build
 * names it instead of dropping it unseen (found by a hostile trial), and the generated file is the one served.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog } from '../helpers/fresh-blog.ts';

test('static/index.html and static/sitemap.xml are named as not published; the generated ones are written', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'static/index.html'), 'MINE\n');
  writeFileSync(join(blog, 'static/sitemap.xml'), 'X\n');
  writeFileSync(join(blog, 'static/own.txt'), 'kept\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    build.stderr,
    /static\/index\.html\n\s+1:1\s+warning\s+Unexpected file at `index\.html`, where the site writes its own `index\.html`: this file is not published/,
  );
  assert.match(build.stderr, 'static/sitemap.xml');
  assert.match(build.stdout, '2 warnings, listed above');
  assert.match(read(blog, 'dist/index.html'), '<!doctype html>');
  assert.match(read(blog, 'dist/sitemap.xml'), '<urlset');
  assert.is(read(blog, 'dist/own.txt'), 'kept\n');
});

test('a file of static/pagefind/ is named as not published when the search index is built there', () => {
  const blog = freshBlog({ ...WITHOUT_EXTRAS, search: true });
  mkdirSync(join(blog, 'static/pagefind'));
  writeFileSync(join(blog, 'static/pagefind/pagefind.js'), 'MINE\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  // Before, Pagefind wrote over it and nothing said so.
  assert.match(
    build.stderr,
    /static\/pagefind\/pagefind\.js\n\s+1:1\s+warning\s+Unexpected file at `pagefind\/pagefind\.js`, where the site writes its own `pagefind\/`: this file is not published/,
  );
  assert.is.not(read(blog, 'dist/pagefind/pagefind.js'), 'MINE\n');
});

test('a file of static/ where the site needs a folder (`static/posts`), or inside a generated file, is named; the build finishes', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'static/posts'), 'MINE\n');
  mkdirSync(join(blog, 'static/atom.xml'));
  writeFileSync(join(blog, 'static/atom.xml/inner.txt'), 'MINE\n');
  // Before, the build stopped: "`static/posts` is a folder where a file was expected", nothing written.
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    build.stderr,
    /static\/posts\n\s+1:1\s+warning\s+Unexpected file at `posts`, where the site needs the folder `posts\/` \(for `posts\/[^`]+`\): this file is not published/,
  );
  assert.match(
    build.stderr,
    'Unexpected file at `atom.xml/inner.txt`, inside `atom.xml`, which the site writes as a file',
  );
  assert.match(read(blog, 'dist/posts/t-mobile-security-woes/index.html'), '<!doctype html>');
  assert.match(read(blog, 'dist/atom.xml'), '<feed');
});

test.run();
