/**
 * `siteWritten`, which `blog serve` reloads the browser on: called once the pages are in the output, before a
 * rebuild's search index is done, and only once a first (staged) build has been swapped into place.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from '../../src/build-site.ts';
import { loadConfig } from '../../src/config/load.ts';
import { copyFixture } from '../helpers/cli.ts';

const POST = 'posts/2023-02-10-t-mobile-security-woes.md';
const PAGE = 'posts/t-mobile-security-woes/index.html';

async function build(blog: string, siteWritten: () => void) {
  const { config } = loadConfig(blog);
  return buildSite({
    root: blog,
    config,
    outDir: join(blog, 'dist'),
    now: Date.parse('2026-01-01'),
    siteWritten,
  });
}

test('a rebuild tells that its pages are written while the search index is still being made', async () => {
  const blog = copyFixture('starter', { socialCards: false });
  const seen: { output: boolean }[] = [];
  await build(blog, () => seen.push({ output: existsSync(join(blog, 'dist', PAGE)) }));
  // The first build is staged: told only once it is the output.
  assert.equal(seen, [{ output: true }]);

  const entry = () => readFileSync(join(blog, 'dist/pagefind/pagefind-entry.json'), 'utf8');
  const before = entry();
  const text = readFileSync(join(blog, POST), 'utf8');
  writeFileSync(join(blog, POST), text.replace('Bad news for T-Mobile users', 'Edited while serving'));
  const told: { page: string; index: string }[] = [];
  await build(blog, () =>
    told.push({ page: readFileSync(join(blog, 'dist', PAGE), 'utf8'), index: entry() }),
  );
  assert.is(told.length, 1);
  assert.match(told[0]!.page, /Edited while serving/);
  // Told while the index was still the last build's; it is the new one once the build is done.
  assert.is(told[0]!.index, before);
  assert.is.not(entry(), before);
});

test('a build that fails before its pages are written tells nothing', async () => {
  const blog = copyFixture('starter', { socialCards: false });
  writeFileSync(join(blog, POST), '---\ntitle: [unclosed\n---\n');
  let told = 0;
  await build(blog, () => told++).then(
    () => assert.unreachable('the build succeeded'),
    (error: Error) => assert.match(error.message, /error/),
  );
  assert.is(told, 0);
});

test.run();
