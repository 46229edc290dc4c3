/** @fileoverview Hugo's `urlize` and permalink tokens, as Hugo computes them (helpers/path.go, common/paths). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hugoTokens, hugoUrlize } from '../../src/import/hugo-urls.ts';

const HUGO = { lowercase: true, removeAccents: false };

test('urlize keeps `.`, `_`, `+`, `~`, `@`, `#`, `/`, `%xx` and letters of any script; lowercases', () => {
  for (const [input, expected] of [
    // kubernetes.io: /blog/2015/05/kubernetes-release-0.16.0/
    ['Kubernetes Release: 0.16.0', 'kubernetes-release-0.16.0'],
    ['  Two  spaces, then   three  ', 'two-spaces-then-three'],
    ['snake_case + tilde~ @home #1', 'snake_case-+-tilde~-@home-#1'],
    ['What’s new? (part 2)!', 'whats-new-part-2'],
    ['pre- and post-', 'pre-and-post-'],
    ['a--b', 'a--b'],
    ['Größe über Ελληνικά 日本語', 'größe-über-ελληνικά-日本語'],
    ['50%25 off, 50% off', '50%25-off-50-off'],
    ['dir/File.HTML', 'dir/file.html'],
    ['tab\there\u00a0nbsp', 'tab-here-nbsp'],
  ])
    assert.is(hugoUrlize(input!, HUGO), expected, input);
});

test('disablePathToLower keeps the case; removePathAccents takes accents off', () => {
  assert.is(
    hugoUrlize('Kubernetes Release: 0.16.0', { lowercase: false, removeAccents: false }),
    'Kubernetes-Release-0.16.0',
  );
  assert.is(hugoUrlize('Crème brûlée й', { lowercase: true, removeAccents: true }), 'creme-brulee-и');
});

test('tokens: slug else title, file name, section and the date as Hugo spells them', () => {
  const page = {
    title: 'Kubernetes Release: 0.16.0',
    slug: undefined,
    fileName: 'Release_Notes',
    section: 'Blog',
    sections: ['Blog', '2015'],
    date: ['2015', '05', '03'] as [string, string, string],
  };
  assert.equal(hugoTokens(page, HUGO), {
    section: 'blog',
    sections: 'blog/2015',
    title: 'kubernetes-release-0.16.0',
    slug: 'kubernetes-release-0.16.0',
    filename: 'release_notes',
    slugorfilename: 'release_notes',
    contentbasename: 'release_notes',
    slugorcontentbasename: 'release_notes',
    year: '2015',
    month: '05',
    day: '03',
    monthname: 'May',
    weekday: '0',
    weekdayname: 'Sunday',
    yearday: '123',
  });
  const withSlug = hugoTokens({ ...page, slug: 'Release 0.16', date: undefined }, HUGO);
  assert.is(withSlug.slug, 'release-0.16');
  assert.is(withSlug.slugorfilename, 'release-0.16');
  assert.is(withSlug.year, undefined);
});

test.run();
