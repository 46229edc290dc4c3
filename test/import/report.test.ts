/** @fileoverview The import report's list of pages not imported: a count and folders when there are many. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { byFolder, formatImportReport } from '../../src/import/report.ts';
import type { ImportPlan } from '../../src/import/types.ts';

const plan = (notPosts: string[]): ImportPlan => ({
  kind: 'hugo',
  files: [],
  changed: [],
  left: [],
  skipped: [],
  notPosts,
  leftOut: [],
  posts: 0,
});

// As on etcd-io/website: ~600 docs pages in versioned folders, and a few pages at the top.
const ETCD = [
  ...['v3.4', 'v3.5', 'v3.6'].flatMap((v) =>
    Array.from(
      { length: 200 },
      (_, n) => `content/en/docs/${v}/op-guide/page-${String(n).padStart(3, '0')}.md`,
    ),
  ),
  'content/en/_index.md',
  'content/en/community/_index.md',
  'content/en/blog/_index.md',
];

test('many pages: a count, then at most 10 lines, one per folder with its count and three names', () => {
  const report = formatImportReport(plan(ETCD), { source: '../website', dryRun: true });
  assert.match(report, '\nNot imported (603 pages, not posts):\n');
  const lines = byFolder(ETCD);
  assert.equal(lines, [
    '  content/en/ (1): `_index.md`',
    '  content/en/blog/ (1): `_index.md`',
    '  content/en/community/ (1): `_index.md`',
    '  content/en/docs/v3.4/op-guide/ (200): `page-000.md`, `page-001.md`, `page-002.md` and 197 more',
    '  content/en/docs/v3.5/op-guide/ (200): `page-000.md`, `page-001.md`, `page-002.md` and 197 more',
    '  content/en/docs/v3.6/op-guide/ (200): `page-000.md`, `page-001.md`, `page-002.md` and 197 more',
  ]);
  assert.ok(report.length < 1500, `${report.length} characters`);
});

test('folders are shortened until they fit in the lines allowed', () => {
  const files = Array.from({ length: 30 }, (_, n) => `docs/section-${n}/index.md`);
  assert.equal(byFolder(files), [
    '  docs/ (30): `section-0/index.md`, `section-1/index.md`, `section-2/index.md` and 27 more',
  ]);
});

test('one folder for all, but a few folders below it hold most: those are listed, largest first, the rest counted', () => {
  // As on ropensci/roweb3: 953 pages under content/, most of them author profiles, events and use cases.
  const many = (dir: string, n: number) =>
    Array.from({ length: n }, (_, i) => `content/${dir}/page-${String(i).padStart(3, '0')}.md`);
  const files = [
    ...many('author', 488),
    ...many('events', 199),
    ...many('usecases', 131),
    ...Array.from({ length: 20 }, (_, i) => `content/page-${i}/_index.md`),
    'content/404.md',
    'content/privacy.md',
  ];
  assert.equal(byFolder(files, 4), [
    '  content/author/ (488): `page-000.md`, `page-001.md`, `page-002.md` and 485 more',
    '  content/events/ (199): `page-000.md`, `page-001.md`, `page-002.md` and 196 more',
    '  content/usecases/ (131): `page-000.md`, `page-001.md`, `page-002.md` and 128 more',
    '  content/ (22 more, in 20 other folders or at its top)',
  ]);
});

test('a few pages stay on one line, as before', () => {
  const report = formatImportReport(plan(['about.md', 'index.md']), { source: 's', dryRun: false });
  assert.match(report, 'Not imported (pages, not posts): `about.md`, `index.md`\n');
});

test.run();
