/** @fileoverview The build's summary line: every page counted once, in one family, so the parts add up to the total. */
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

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
  // In CI nobody previews: the summary is the last line, as the README shows it.
  const r = runBlog(['build'], { cwd: blog, env: { CI: 'true' } });
  assert.match(
    r.stdout,
    /^Built 19 pages \(4 posts, 1 index page, 7 tag pages, 3 archive pages, 2 author pages, 2 other pages\) in \d+\.\d\ds → dist\/; left out 1 draft\n$/,
  );
  assert.is(htmlPages(join(blog, 'dist')), 19);
});

test('after the summary, the command that previews the site, from where the user is', () => {
  const parent = tempDir();
  const blog = join(parent, 'my blog');
  cpSync(copyFixture('starter', WITHOUT_EXTRAS), blog, { recursive: true });
  const local = { CI: undefined };
  const inside = runBlog(['build'], { cwd: blog, env: local });
  assert.is(inside.status, 0, inside.stderr);
  assert.match(inside.stdout, /^Built \d+ pages .*\nPreview: blog serve\n$/);
  // From outside the blog, with -C: the hint names the folder, quoted for the shell (it has a space).
  const outside = runBlog(['-C', 'my blog', 'build'], { cwd: parent, env: local });
  assert.is(outside.status, 0, outside.stderr);
  assert.match(outside.stdout, /\nPreview: blog serve -C "my blog"\n$/);
  // From a folder inside the blog (the config is found by walking up): the blog's path, as the summary names dist/.
  const below = runBlog(['build'], { cwd: join(blog, 'posts'), env: local });
  assert.ok(below.stdout.endsWith(`\nPreview: blog serve -C "${blog}"\n`), below.stdout);
  // --quiet prints nothing; with a format stdout holds only the report; CI=false is not CI.
  assert.is(runBlog(['build', '--quiet'], { cwd: blog, env: local }).stdout, '');
  const json = runBlog(['build', '--format', 'json'], { cwd: blog, env: local });
  assert.not.match(json.stdout + json.stderr, /Preview/);
  assert.match(runBlog(['build'], { cwd: blog, env: { CI: 'false' } }).stdout, /\nPreview: blog serve\n$/);
  assert.not.match(runBlog(['build'], { cwd: blog, env: { CI: '1' } }).stdout, /Preview/);
});

test.run();
