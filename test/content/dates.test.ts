import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dateFromFileName, parseDate } from '../../src/content/dates.ts';
import { nameParts } from '../../src/content/post.ts';

const ok = (value: unknown, tz: string) => {
  const r = parseDate(value, tz);
  if (!r.ok) throw new Error(`expected ${String(value)} to parse: ${r.reason}`);
  return r;
};

test('a date without offset is that day in the site time zone, whatever the machine', () => {
  for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'America/New_York']) {
    const r = ok('2023-02-10', tz);
    assert.is(r.date.ymd, '2023-02-10');
    assert.is(r.date.iso.slice(0, 19), '2023-02-10T00:00:00');
  }
});

test('offsets with and without a colon, Z, and date-times without offset', () => {
  assert.is(ok('2019-08-04 10:43:31 -0500', 'UTC').date.iso, '2019-08-04T15:43:31Z');
  assert.is(ok('2019-08-04T10:43:31-05:00', 'UTC').date.epoch, Date.UTC(2019, 7, 4, 15, 43, 31));
  assert.is(ok('2023-02-10T09:30:00Z', 'Europe/Paris').date.iso, '2023-02-10T10:30:00+01:00');
  assert.is(ok('2023-02-10 09:30', 'Europe/Paris').date.iso, '2023-02-10T09:30:00+01:00');
});

test('an offset no clock uses (`-25:00`, `+14:75`) is refused, not read as a date days away', () => {
  assert.is(ok('2024-03-05T10:00:00+14:00', 'UTC').date.iso, '2024-03-04T20:00:00Z');
  assert.is(ok('2024-03-05T10:00:00-12:00', 'UTC').date.ymd, '2024-03-05');
  assert.is(ok('2024-03-05T10:00:00+05:45', 'UTC').date.iso, '2024-03-05T04:15:00Z');
  for (const [value, offset] of [
    ['2024-03-05T10:00:00-25:00', '-25:00'],
    ['2024-03-05T10:00:00+14:75', '+14:75'],
    ['2024-03-05 10:00 +9999', '+9999'],
    ['2024-03-05T10:00:00+14:01', '+14:01'],
  ]) {
    const r = parseDate(value, 'UTC');
    assert.is(r.ok, false, value);
    if (!r.ok) assert.match(r.reason, `\`${offset}\` is beyond the ±14:00`);
  }
});

test('an offset with a one-digit hour, as YAML 1.1 timestamps allow (18F: `2015-03-17 14:00:00 -4`)', () => {
  assert.is(ok('2015-03-17 14:00:00 -4', 'UTC').date.iso, '2015-03-17T18:00:00Z');
  assert.is(ok('2015-03-17 14:00:00 +5:30', 'UTC').date.iso, '2015-03-17T08:30:00Z');
  assert.is(ok('2015-03-17T14:00:00-0430', 'UTC').date.iso, '2015-03-17T18:30:00Z');
});

test('lenient dates are accepted and flagged; impossible ones are refused with a reason', () => {
  const r = ok('2024-3-5', 'UTC');
  assert.is(r.lenient, true);
  assert.is(r.date.ymd, '2024-03-05');
  // As react.dev writes its posts' dates.
  const slashed = ok('2020/12/21', 'UTC');
  assert.is(slashed.lenient, true);
  assert.is(slashed.date.ymd, '2020-12-21');
  // Old Hexo blogs: a slashed date with its time, kept to the second.
  const hexo = ok('2013/7/13 20:46:25', 'UTC');
  assert.is(hexo.lenient, true);
  assert.is(hexo.canonical, '2013-07-13 20:46:25');
  assert.is(hexo.date.iso, '2013-07-13T20:46:25Z');
  assert.is(ok('2013/07/13T20:46:25+08:00', 'UTC').date.iso, '2013-07-13T12:46:25Z');
  for (const bad of [
    '2024-13-45',
    '2024-02-30',
    'May 1st',
    3,
    null,
    ['2024-01-01'],
    '2024/02/30',
    '2024-03/05',
    '2013/7-13 20:46',
    '2013/02/30 10:00',
  ]) {
    const p = parseDate(bad, 'UTC');
    assert.is(p.ok, false, String(bad));
  }
});

test("a date past 9999 in the site's time zone is refused, with the year it falls in; 9999 itself is fine", () => {
  assert.is(ok('9999-12-31', 'UTC').date.year, '9999');
  assert.is(ok('9999-12-31T23:59:59Z', 'UTC').date.iso, '9999-12-31T23:59:59Z');
  for (const [value, tz] of [
    ['9999-12-31T23:59:59-12:00', 'UTC'],
    ['9999-12-31 23:00', 'Pacific/Pago_Pago'],
    ['9999-12-31T20:00:00Z', 'Asia/Tokyo'],
    [new Date('9999-12-31T23:00:00-12:00'), 'UTC'],
  ] as const) {
    const p = parseDate(value, tz);
    assert.is(p.ok, false, String(value));
    if (!p.ok) assert.match(p.reason, /year 10000 (in the site's time zone|in UTC)/, String(value));
  }
  assert.is(parseDate('9999-12-31 23:00', 'UTC').ok, true, 'the same wall time in UTC is still 9999');
  assert.is(parseDate('9999-12-31 23:00', 'Pacific/Kiritimati').ok, true, 'and east of UTC, 9999 both ways');
});

test('a file name date is read once: its prefix always leaves the slug, only a real day dates the post', () => {
  assert.equal(dateFromFileName('2024-02-29-leap'), { ymd: '2024-02-29', real: true });
  for (const name of ['2015-05-00-x', '2015-02-30-x', '2023-02-29-x', '2015-13-01-x', '2015-04-31-x'])
    assert.equal(dateFromFileName(name), { ymd: name.slice(0, 10), real: false }, name);
  assert.is(dateFromFileName('2015-5-1-x'), undefined);
  assert.is(dateFromFileName('hello'), undefined);
  assert.equal(nameParts('posts/2015-05-00-x.md'), {
    stem: 'x',
    date: { ymd: '2015-05-00', real: false },
    bundle: false,
  });
});

test.run();
