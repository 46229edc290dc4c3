/** Series grouping and reading order: explicit `seriesOrder` first, then date, title and slug; named as most write it. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readSeries, readSeriesOrder } from '../../src/content/series.ts';
import { buildSeries } from '../../src/site/series.ts';

const part = (slug: string, series: string | undefined, day: number, seriesOrder?: number, title = slug) => ({
  slug,
  title,
  series,
  seriesOrder,
  date: { epoch: day * 86_400_000, iso: '', ymd: '', year: '', month: '', day: '' },
});

const order = (posts: ReturnType<typeof part>[]) =>
  buildSeries(posts).series.map((s) => s.posts.map((p) => p.slug));

test('by date, oldest first, when no part has a number', () => {
  assert.equal(order([part('c', 'S', 3), part('a', 'S', 1), part('b', 'S', 2)]), [['a', 'b', 'c']]);
});

test('explicit numbers win over dates, and come before the parts without one', () => {
  assert.equal(
    order([part('old', 'S', 1), part('second', 'S', 5, 2), part('first', 'S', 9, 1), part('new', 'S', 7)]),
    [['first', 'second', 'old', 'new']],
  );
  assert.equal(order([part('b', 'S', 1, 1.5), part('a', 'S', 2, -1)]), [['a', 'b']]);
});

test('a tie in number goes to the date, then the title, then the slug', () => {
  assert.equal(order([part('late', 'S', 5, 1), part('early', 'S', 2, 1)]), [['early', 'late']]);
  assert.equal(order([part('x', 'S', 2, 1, 'Beta'), part('y', 'S', 2, 1, 'Alpha')]), [['y', 'x']]);
  assert.equal(order([part('b', 'S', 2, undefined, 'Same'), part('a', 'S', 2, undefined, 'Same')]), [
    ['a', 'b'],
  ]);
});

test('spellings that slug alike are one series, named as most parts write it; series sorted by name', () => {
  const index = buildSeries([
    part('a', 'zero trust', 1),
    part('b', 'Zero Trust', 2),
    part('c', 'Zero Trust', 3),
    part('d', 'Backups', 1),
    part('e', undefined, 1),
  ]);
  assert.equal(
    index.series.map((s) => [s.name, s.slug, s.path, s.posts.length]),
    [
      ['Backups', 'backups', '/series/backups/', 1],
      ['Zero Trust', 'zero-trust', '/series/zero-trust/', 3],
    ],
  );
});

test('reading the front-matter: a string or a one-item list; a number order only', () => {
  assert.is(readSeries('  Zero Trust  '), 'Zero Trust');
  assert.is(readSeries(['Zero Trust']), 'Zero Trust');
  assert.is(readSeries(['A', 'B']), 'A');
  for (const v of ['', '  ', [], [3], 3, { id: 'x' }, null, undefined]) assert.is(readSeries(v), undefined);
  assert.is(readSeriesOrder({ seriesOrder: 2 }), 2);
  assert.is(readSeriesOrder({ series_order: 3 }), 3);
  assert.is(readSeriesOrder({ seriesOrder: 1, series_order: 3 }), 1);
  assert.is(readSeriesOrder({ seriesOrder: '2' }), undefined);
});

test.run();
