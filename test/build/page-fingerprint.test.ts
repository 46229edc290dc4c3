/** A page's two fingerprints: the whole page's, and what the search index reads of a post page. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fingerprintPage, indexedOf } from '../../src/build/page-fingerprint.ts';
import type { Page } from '../../src/site/plan.ts';

const card = (title: string) => ({ title, url: `/${title}/` });

/** A post page as the planner makes it, its HTML behind a getter that counts its reads (it may not be loaded). */
function postPage(title: string, relatedTitle: string, reads: { html: number }): Page {
  const post = { title, tags: ['a'], related: [card(relatedTitle)], prev: card('p'), next: undefined };
  Object.defineProperty(post, 'html', {
    enumerable: true,
    get() {
      reads.html++;
      return '<p>body</p>';
    },
  });
  return {
    path: '/x/',
    outputPath: 'x/index.html',
    template: 'post',
    data: { site: { title: 'S' }, page: { title }, post } as unknown as Page['data'],
  };
}

test("a related post's new title changes the page, not what the index reads of it", () => {
  const reads = { html: 0 };
  const before = fingerprintPage('theme', postPage('T', 'R', reads), 'h1');
  const after = fingerprintPage('theme', postPage('T', 'R (edited)', reads), 'h1');
  assert.is.not(after.page, before.page);
  assert.is(after.indexed, before.indexed);
  assert.is(indexedOf(after.page), after.indexed, 'a manifest of page fingerprints tells the indexed ones');
  assert.is(indexedOf(before.page), before.indexed);
  assert.is(reads.html, 0, 'the HTML getter is never read: its hash stands for it');
});

test("the post's own title, or its HTML, changes both", () => {
  const reads = { html: 0 };
  const base = fingerprintPage('theme', postPage('T', 'R', reads), 'h1');
  for (const other of [
    fingerprintPage('theme', postPage('T2', 'R', reads), 'h1'),
    fingerprintPage('theme', postPage('T', 'R', reads), 'h2'),
    fingerprintPage('theme2', postPage('T', 'R', reads), 'h1'),
  ]) {
    assert.is.not(other.page, base.page);
    assert.is.not(other.indexed, base.indexed);
  }
});

test("another part's new title in the series box changes the page, not what the index reads of it", () => {
  const reads = { html: 0 };
  const withSeries = (title: string) => {
    const page = postPage('T', 'R', reads);
    const parts = [
      { title: 'T', url: '/x/', current: true },
      { title, url: '/y/', current: false },
    ];
    Object.assign(page.data.post!, {
      series: { name: 'S', url: '/series/s/', part: 1, total: 2, parts, prev: undefined, next: parts[1] },
    });
    return fingerprintPage('theme', page, 'h1');
  };
  const before = withSeries('Part two');
  const after = withSeries('Part two (edited)');
  assert.is.not(after.page, before.page);
  assert.is(after.indexed, before.indexed);
});

test('a page that is not a post has one fingerprint for both', () => {
  const page: Page = {
    path: '/',
    outputPath: 'index.html',
    template: 'list',
    data: { site: { title: 'S' }, page: { title: 'Home' } } as unknown as Page['data'],
  };
  const both = fingerprintPage('theme', page, '');
  assert.is(both.indexed, both.page);
  assert.is(indexedOf(both.page), both.indexed);
  assert.match(both.page, /^page:/);
});

test.run();
