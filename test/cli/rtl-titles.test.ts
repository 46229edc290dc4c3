/** @fileoverview An Arabic or Hebrew post title in a left-to-right blog is set right to left wherever the theme writes it. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';

const blog = copyFixture('rtl-titles', WITHOUT_EXTRAS);
const built = runBlog(['build'], { cwd: blog });
const ARABIC = 'كيف نختبر الخوادم قبل النشر؟';
const HEBREW = 'איך אנחנו בודקים שרתים';

test('the build succeeds', () => {
  assert.is(built.status, 0, built.stderr);
});

test("the post page's <h1> of an Arabic title gets dir=auto; an English one keeps the page's direction", () => {
  assert.match(
    read(blog, 'dist/posts/arabic-title/index.html'),
    `<h1 class="post-title" dir="auto" data-pagefind-meta="title">${ARABIC}</h1>`,
  );
  assert.match(
    read(blog, 'dist/posts/english-title/index.html'),
    '<h1 class="post-title" data-pagefind-meta="title">How we test servers</h1>',
  );
});

test('list cards: the title and the excerpt of a right-to-left post get dir=auto', () => {
  const index = read(blog, 'dist/index.html');
  assert.match(
    index,
    `<h2 class="post-card-title" dir="auto"><a href="/posts/arabic-title/">${ARABIC}</a></h2>`,
  );
  assert.match(index, '<p class="post-card-excerpt" dir="auto">نختبر كل خادم قبل النشر، خطوة بخطوة.</p>');
  assert.match(
    index,
    `<h2 class="post-card-title" dir="auto"><a href="/posts/hebrew-title/">${HEBREW}</a></h2>`,
  );
  assert.match(
    index,
    '<h2 class="post-card-title"><a href="/posts/english-title/">How we test servers</a></h2>',
  );
  assert.match(index, '<p class="post-card-excerpt">Every server is tested before it ships.</p>');
  assert.match(
    read(blog, 'dist/tags/servers/index.html'),
    `<h2 class="post-card-title" dir="auto"><a href="/posts/arabic-title/">`,
  );
});

test('the related posts, the previous/next links and the archive do the same', () => {
  const english = read(blog, 'dist/posts/english-title/index.html');
  const related = english.slice(english.indexOf('class="related-posts'));
  assert.match(
    related,
    `<h3 class="post-card-title" dir="auto"><a href="/posts/arabic-title/">${ARABIC}</a></h3>`,
  );
  assert.match(
    related,
    `<h3 class="post-card-title" dir="auto"><a href="/posts/hebrew-title/">${HEBREW}</a></h3>`,
  );
  assert.match(english, `<span class="post-nav-title" dir="auto">${HEBREW}</span>`);
  assert.match(
    read(blog, 'dist/posts/hebrew-title/index.html'),
    '<span class="post-nav-title">How we test servers</span>',
  );
  const archive = read(blog, 'dist/archive/index.html');
  assert.match(archive, `<a href="/posts/arabic-title/" dir="auto">${ARABIC}</a>`);
  assert.match(archive, '<a href="/posts/english-title/">How we test servers</a>');
});

test.run();
