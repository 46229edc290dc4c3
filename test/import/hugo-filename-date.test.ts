/**
 * @fileoverview Hugo's `[frontmatter]` date handlers and what `:filename` takes from a file name, as
 * resources/page/pagemeta/page_frontmatter.go does it (cases from its page_frontmatter_test.go and the docs).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dateAndSlugFromBaseFilename, hugoFileName } from '../../src/import/hugo-filename-date.ts';
import { type HugoDateHandlers, readHugoDateHandlers } from '../../src/import/hugo-front-matter-config.ts';

const handlers = (frontmatter?: unknown, main = 'hugo.toml'): HugoDateHandlers =>
  readHugoDateHandlers({
    data: frontmatter === undefined ? {} : { frontMatter: frontmatter },
    files: { frontmatter: main },
    main,
  });

test('dateAndSlugFromBaseFilename: YYYY-MM-DD and YYYY-MM-DD-HH-MM-SS prefixes, delimiters ` -_` trimmed', () => {
  const cases: [string, { date: { ymd: string; time?: string }; slug: string } | undefined][] = [
    ['2017-02-01-i-love-hugo', { date: { ymd: '2017-02-01' }, slug: 'i-love-hugo' }],
    ['2012-01-05_my-page', { date: { ymd: '2012-01-05' }, slug: 'my-page' }],
    ['2012-01-05 my page', { date: { ymd: '2012-01-05' }, slug: 'my page' }],
    ['2012-01-05', { date: { ymd: '2012-01-05' }, slug: '' }],
    ['2012-01-05-my-page-', { date: { ymd: '2012-01-05' }, slug: 'my-page' }],
    ['2018-02-28-18-30-00-page', { date: { ymd: '2018-02-28', time: '18:30:00' }, slug: 'page' }],
    ['2018-02-28 18-30-00 page', { date: { ymd: '2018-02-28', time: '18:30:00' }, slug: 'page' }],
    // Not a time (hour 25): the day alone, the rest is the slug.
    ['2018-02-28-25-30-00-page', { date: { ymd: '2018-02-28' }, slug: '25-30-00-page' }],
    // paths.FileAndExt cuts what follows the last dot, though the extension is gone already.
    ['2017-02-01-hugo-0.16', { date: { ymd: '2017-02-01' }, slug: 'hugo-0' }],
    ['2015-02-30-no-such-day', undefined],
    ['my-page', undefined],
    ['2017-2-1-x', undefined],
  ];
  for (const [name, expected] of cases) assert.equal(dateAndSlugFromBaseFilename(name), expected, name);
});

test('[frontmatter] lists: keys in any case, lowercased, `:default` expanded, aliases added, defaults kept', () => {
  const h = handlers({ Date: [':Filename', ':default'], lastmod: 'lastmod :fileModTime' });
  assert.equal(h.lists.date, [
    ':filename',
    'date',
    'publishdate',
    'pubdate',
    'published',
    'lastmod',
    'modified',
  ]);
  assert.equal(h.lists.lastmod, ['lastmod', 'modified', ':filemodtime']);
  assert.equal(h.lists.publishdate, ['publishdate', 'pubdate', 'published', 'date']);
  assert.equal(h.lists.expirydate, ['expirydate', 'unpublishdate']);
  assert.is(h.gitInfo, false);
});

test('a `[frontmatter]` value that is not a list of strings is a BlogError naming the config file', () => {
  assert.throws(
    () => handlers({ date: [':filename', 3] }, 'config/_default/frontmatter.toml'),
    (e: Error) =>
      e.name === 'BlogError' &&
      e.message.includes('`config/_default/frontmatter.toml`') &&
      e.message.includes('`frontmatter.date` is [":filename",3], expected a list of handlers'),
  );
  assert.throws(
    () => handlers(':filename'),
    (e: Error) => e.name === 'BlogError' && /`hugo.toml`.*`frontmatter` is ":filename"/.test(e.message),
  );
});

test("dateAndSlugFromBaseFilename agrees with Hugo's own table (TestDateAndSlugFromBaseFilename, pagemeta_test.go)", () => {
  const hugo: [string, string, string][] = [
    ['2025-07-04 page.md', '2025-07-04', 'page'],
    ['2025-07-04-page.md', '2025-07-04', 'page'],
    ['2025-07-04_page.md', '2025-07-04', 'page'],
    ['2025-07-04page.md', '2025-07-04', 'page'],
    ['2025-07-04', '2025-07-04', ''],
    ['2025-07-04-.md', '2025-07-04', ''],
    ['2025-07-04.md', '2025-07-04', ''],
    ['2025-07-04-22-17-13 page.md', '2025-07-04T22:17:13', 'page'],
    ['2025-07-04-22-17-13-page.md', '2025-07-04T22:17:13', 'page'],
    ['2025-07-04-22-17-13_page.md', '2025-07-04T22:17:13', 'page'],
    ['2025-07-04-22-17-13page.md', '2025-07-04T22:17:13', 'page'],
    ['2025-07-04-22-17-13', '2025-07-04T22:17:13', ''],
    ['2025-07-04-22-17-13-.md', '2025-07-04T22:17:13', ''],
    ['2025-07-04-22-17-13.md', '2025-07-04T22:17:13', ''],
    ['2025-07-04T22-17-13.md', '2025-07-04T22:17:13', ''],
    ['2025-07-04 22-17-13.md', '2025-07-04T22:17:13', ''],
  ];
  for (const [name, date, slug] of hugo) {
    const found = dateAndSlugFromBaseFilename(name);
    const when = found && (found.date.time ? `${found.date.ymd}T${found.date.time}` : found.date.ymd);
    assert.equal([when, found?.slug], [date, slug], name);
  }
  for (const name of [
    'something.md',
    'some-thing-.md',
    'somethingsomething.md',
    'something-something.md',
    'something-something-else.md',
    '2025-07-4-page.md',
    '2025-07-4-22-17-13-page.md',
    'asdfasdf.md',
  ])
    assert.is(dateAndSlugFromBaseFilename(name), undefined, name);
});

test(':filename: the first handler that finds a date wins; only then is the slug taken from the name', () => {
  const name = '2017-02-01-i-love-hugo';
  const withDate = { title: 'x', date: '2020-05-05' };
  // Hugo's default lists never read the file name.
  assert.equal(hugoFileName(handlers(), withDate, name), { slug: undefined, dates: {} });
  assert.equal(hugoFileName(handlers({ date: [':filename', ':default'] }), withDate, name), {
    slug: 'i-love-hugo',
    dates: { date: { ymd: '2017-02-01' } },
  });
  // `date:` in the front matter comes first: `:filename` is never reached.
  assert.equal(hugoFileName(handlers({ date: [':default', ':filename'] }), withDate, name), {
    slug: undefined,
    dates: {},
  });
  // …but it is when the front matter has no date (nor publishDate, lastmod).
  assert.equal(hugoFileName(handlers({ date: [':default', ':filename'] }), { title: 'x' }, name), {
    slug: 'i-love-hugo',
    dates: { date: { ymd: '2017-02-01' } },
  });
  // An empty or unparsable date finds nothing; `Date:` is read as `date`.
  for (const date of ['', 'not a date'])
    assert.is(hugoFileName(handlers({ date: ['date', ':filename'] }), { date }, name).slug, 'i-love-hugo');
  assert.is(
    hugoFileName(handlers({ date: ['date', ':filename'] }), { Date: '2020-05-05' }, name).slug,
    undefined,
  );
  // A front-matter `slug` (any value, any case) stays; the date is still the name's.
  assert.equal(hugoFileName(handlers({ date: [':filename'] }), { Slug: 'mine' }, name), {
    slug: undefined,
    dates: { date: { ymd: '2017-02-01' } },
  });
  // Any of the four lists sets the slug; `:filemodtime` always finds a date, `:git` only with enableGitInfo.
  assert.equal(hugoFileName(handlers({ lastmod: [':filename'] }), withDate, name), {
    slug: 'i-love-hugo',
    dates: { lastmod: { ymd: '2017-02-01' } },
  });
  assert.is(hugoFileName(handlers({ date: [':filemodtime', ':filename'] }), {}, name).slug, undefined);
  assert.is(hugoFileName(handlers({ date: [':git', ':filename'] }), {}, name).slug, 'i-love-hugo');
  // No date in the name: nothing from it.
  assert.equal(hugoFileName(handlers({ date: [':filename'] }), {}, 'i-love-hugo'), {
    slug: undefined,
    dates: {},
  });
  // A name that is only a date gives no slug (the URL falls back to the file name).
  assert.equal(hugoFileName(handlers({ date: [':filename'] }), {}, '2017-02-01'), {
    slug: undefined,
    dates: { date: { ymd: '2017-02-01' } },
  });
});

test.run();
