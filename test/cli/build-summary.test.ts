/** @fileoverview The build's summary line: every page counted once, in one family, so the parts add up to the total. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog } from '../helpers/cli.ts';

/** `Built 19 pages (4 posts, 1 index page, …)` → the total and each part by name. */
function parseSummary(stdout: string): { total: number; parts: Map<string, number> } {
  const m = /^Built (\d+) pages? \(([^)]*)\) in /m.exec(stdout);
  assert.ok(m, stdout);
  const parts = new Map<string, number>();
  for (const part of m[2]!.split(', ')) {
    const [, n, name] = /^(\d+) (.+?)s?$/.exec(part)!;
    parts.set(name!, Number(n));
  }
  return { total: Number(m[1]), parts };
}

const htmlPages = (dist: string) =>
  (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  ).length;

test('with archive and author pages (paginated), the parts add up to the total, and the total to the pages written', () => {
  const blog = copyFixture('archive-authors');
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const { total, parts } = parseSummary(r.stdout);
  assert.ok((parts.get('archive page') ?? 0) > 0, r.stdout);
  assert.ok((parts.get('author page') ?? 0) > 0, r.stdout);
  assert.is(
    [...parts.values()].reduce((a, b) => a + b, 0),
    total,
    r.stdout,
  );
  assert.is(htmlPages(join(blog, 'dist')), total);
});

test('the starter blog: the line the README shows', () => {
  const blog = copyFixture('starter');
  const r = runBlog(['build'], { cwd: blog });
  assert.match(
    r.stdout,
    /^Built 19 pages \(4 posts, 1 index page, 7 tag pages, 3 archive pages, 2 author pages, 2 other pages\) in \d+\.\d\ds → dist\/; left out 1 draft\n$/,
  );
  assert.is(htmlPages(join(blog, 'dist')), 19);
});

test.run();
