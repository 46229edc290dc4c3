/** @fileoverview Hugo's permalink expansion (resources/page/permalinks.go) and the default path (page_paths.go). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatGoDate, isGoLayout } from '../../src/import/go-date-layout.ts';
import { type HugoSource, type HugoUrlConfig, hugoOldPath } from '../../src/import/hugo-old-path.ts';
import { expandHugoPattern, sliceOf } from '../../src/import/hugo-permalinks.ts';
import { decodePermalinks } from '../../src/import/hugo-url-config.ts';

const CONFIG: HugoUrlConfig = {
  patterns: {},
  file: 'hugo.toml',
  langPrefix: '',
  lowercase: true,
  removeAccents: false,
};
const PAGE: HugoSource = {
  title: 'Go Generics',
  slug: undefined,
  baseName: 'go',
  dirs: ['blog', '2021', 'tech'],
  sections: ['blog', '2021'],
  date: ['2021', '03', '04'],
  url: undefined,
};

test('default path: every folder below content/, then the slug or the file name (page_paths.go)', () => {
  assert.equal(hugoOldPath(PAGE, CONFIG), { path: '/blog/2021/tech/go/' });
  assert.equal(hugoOldPath({ ...PAGE, slug: 'Hello World' }, CONFIG), {
    path: '/blog/2021/tech/hello-world/',
  });
  assert.equal(hugoOldPath({ ...PAGE, dirs: ['Posts'] }, CONFIG), { path: '/posts/go/' });
});

test('[permalinks] keys are top-level sections: a page in blog/2021/tech/ takes `blog`’s pattern', () => {
  const config = { ...CONFIG, patterns: { blog: '/:sections/:year/:slug/', posts: '/p/:slug/' } };
  assert.equal(hugoOldPath(PAGE, config), { path: '/blog/2021/2021/go-generics/' });
  assert.equal(hugoOldPath({ ...PAGE, dirs: ['news'] }, config), { path: '/news/go/' });
});

test('`:sections` and its slices, as Hugo’s toSliceFunc cuts them', () => {
  const entries = ['docs', 'guides', 'setup'];
  for (const [cut, expected] of [
    ['', ['docs', 'guides', 'setup']],
    ['[1:]', ['guides', 'setup']],
    ['[:2]', ['docs', 'guides']],
    ['[last]', ['setup']],
    ['[0]', ['docs']],
    ['[:last]', ['docs', 'guides']],
    ['[5]', []],
    ['[1:9]', ['guides', 'setup']],
    ['[x', []],
  ] as const)
    assert.equal(sliceOf(cut, entries), [...expected], cut);
  const page = { tokens: {}, sections: entries, date: undefined };
  assert.equal(expandHugoPattern('/:sections[1:]/x/', page), { path: '/guides/setup/x/' });
  assert.equal(expandHugoPattern('/:sections[last]/', page), { path: '/setup/' });
});

test('Go date layouts: any attribute the reference time formats differently (values from Go’s time.Format)', () => {
  const day: [string, string, string] = ['2021', '03', '04'];
  for (const [layout, expected] of [
    ['2006', '2021'],
    ['06', '21'],
    ['January', 'March'],
    ['Jan', 'Mar'],
    ['01', '03'],
    ['1', '3'],
    ['02', '04'],
    ['2', '4'],
    ['_2', ' 4'],
    ['002', '063'],
    ['__2', ' 63'],
    ['Monday', 'Thursday'],
    ['Mon', 'Thu'],
    ['2006_01', '2021_03'],
    ['_2006', '_2021'],
    ['post2', 'post4'],
    ['Jan2', 'Mar4'],
  ])
    assert.is(formatGoDate(layout!, day), expected, layout);
  for (const word of ['Janet', 'Month', 'title', 'foo']) assert.not.ok(isGoLayout(word), word);
  // A time of day is not in the date as this reads it.
  assert.is(formatGoDate('15', day), undefined);
  const page = { tokens: { slug: 'go' }, sections: [], date: day };
  assert.equal(expandHugoPattern('/:2006/:01/:slug/', page), { path: '/2021/03/go/' });
  // `\w` ends an attribute: `:2006-01-02` is the year, then `-01-02` as written.
  assert.equal(expandHugoPattern('/:2006-01-02/', page), { path: '/2021-01-02/' });
  assert.equal(expandHugoPattern('/at\\:home/:slug/', page), { path: '/at:home/go/' });
});

test('an attribute Hugo does not know, and one it knows that this cannot work out', () => {
  const page = { tokens: {}, sections: [], date: undefined };
  assert.equal(expandHugoPattern('/:foo/', page), { unknown: ':foo' });
  assert.equal(expandHugoPattern('/:sectionslug/', page), { problem: ':sectionslug' });
  assert.equal(hugoOldPath(PAGE, { ...CONFIG, patterns: { blog: '/:foo/:slug/' } }), {
    problem:
      'the `[permalinks]` pattern `/:foo/:slug/` in hugo.toml uses `:foo`, which Hugo does not know (it refuses to build with it)',
  });
});

test('permalinks config: both map forms by top-level section; the page table wins; what Hugo refuses throws', () => {
  assert.equal(
    decodePermalinks(
      { Posts: '/a/:slug/', ' /blog/ ': '/b/:slug/', page: { posts: '/p/:slug/' }, term: { tags: '/t/' } },
      'hugo.toml',
    ),
    { patterns: { posts: '/p/:slug/', blog: '/b/:slug/' } },
  );
  assert.equal(decodePermalinks([{ pattern: '/:slug/' }], 'hugo.toml'), {
    patterns: {},
    unsupported: 'the `[[permalinks]]` list in hugo.toml',
  });
  assert.equal(hugoOldPath(PAGE, { ...CONFIG, unsupported: 'the `[[permalinks]]` list in hugo.toml' }), {
    problem: 'the `[[permalinks]]` list in hugo.toml is not read here',
  });
  assert.throws(
    () => decodePermalinks({ pages: { posts: '/x/' } }, 'hugo.toml'),
    /`hugo\.toml` .*`\[permalinks\.pages\]`/,
  );
  assert.throws(
    () => decodePermalinks({ posts: 3 }, 'config.json'),
    /`config\.json` .*`permalinks\.posts` is 3/,
  );
});

test('language prefix: on the default path and patterns, on a relative `url`, not on a `url` from the root', () => {
  const fr = { ...CONFIG, langPrefix: 'fr' };
  assert.equal(hugoOldPath(PAGE, fr), { path: '/fr/blog/2021/tech/go/' });
  assert.equal(hugoOldPath(PAGE, { ...fr, patterns: { blog: '/:year/:slug/' } }), {
    path: '/fr/2021/go-generics/',
  });
  assert.equal(hugoOldPath({ ...PAGE, url: 'a-propos/' }, fr), { path: '/fr/a-propos/' });
  assert.equal(hugoOldPath({ ...PAGE, url: 'fr/x/' }, fr), { path: '/fr/fr/x/' });
  assert.equal(hugoOldPath({ ...PAGE, url: '/absolu/' }, fr), { path: '/absolu/' });
});

test.run();
