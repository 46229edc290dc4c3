/** Which pages Pagefind is asked to read: the folders the post pages are in, or every page when that is simpler. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pageGlob } from '../../src/build/search-index.ts';

test('posts under one folder: only that folder is read', () => {
  assert.is(pageGlob(['posts/a/index.html', 'posts/b/index.html']), 'posts/**/*.html');
});

test('posts under several folders (:year/:slug/): each of them, sorted', () => {
  assert.is(
    pageGlob(['2020/b/index.html', '2019/a/index.html', '2020/c/index.html']),
    '{2019,2020}/**/*.html',
  );
});

test('a post at the top level, a folder with a glob character, or too many folders: every page', () => {
  assert.is(pageGlob(['about.html', 'posts/a/index.html']), '**/*.html');
  assert.is(pageGlob(['a{b/index.html']), '**/*.html');
  assert.is(pageGlob(['a,b/index.html', 'c/index.html']), '**/*.html');
  assert.is(pageGlob(Array.from({ length: 100 }, (_, i) => `p${i}/index.html`)), '**/*.html');
});

test.run();
