/** The header's nav marks the link to the page being read, and only that one; an external link never. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';

/** The labels of the nav links marked `aria-current="page"` on a built page. */
function currentLinks(blog: string, page: string): string[] {
  const html = readFileSync(join(blog, 'dist', page), 'utf8');
  return [...html.matchAll(/<a href="[^"]*" aria-current="page">([^<]*)<\/a>/g)].map((m) => m[1]!);
}

test('each page marks its own nav link as current', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  assert.equal(currentLinks(blog, 'index.html'), ['Blog']);
  assert.equal(currentLinks(blog, 'archive/index.html'), ['Archive']);
  assert.equal(currentLinks(blog, 'tags/index.html'), ['Tags']);
  assert.equal(currentLinks(blog, 'posts/the-power-of-your-pocket-office/index.html'), []);
});

test.run();
