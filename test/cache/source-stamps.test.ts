/** Post hashes from stamps: an unchanged file is not read again, any write to a file is seen. */
import fs, { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from '../../src/build-site.ts';
import { openBuildCache } from '../../src/cache/build-cache.ts';
import { hashOf } from '../../src/cache/fingerprint.ts';
import { hashSourceFiles, readHashedSources, releaseTexts } from '../../src/cache/source-stamps.ts';
import { openCacheStore } from '../../src/cache/store.ts';
import { loadConfig } from '../../src/config/load.ts';
import { listPostFiles } from '../../src/content/load.ts';
import { BlogError } from '../../src/diagnostics/blog-error.ts';
import { SETTLED_MS } from '../../src/fs/file-stamp.ts';
import { copyFixture, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

function blogWith(files: Record<string, string>): { root: string; paths: string[] } {
  const root = tempDir('blog-stamps-');
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(root, name);
    writeFileSync(path, text);
    return path;
  });
  return { root, paths };
}

/** Records the Markdown files under `root` that `fs.readFileSync` reads (relative to `root`) until `stop`. */
function watchPostReads(root: string): { reads: string[]; stop: () => void } {
  const reads: string[] = [];
  const read = fs.readFileSync;
  fs.readFileSync = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof path === 'string' && path.startsWith(root) && path.endsWith('.md'))
      reads.push(relative(root, path));
    return (read as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  syncBuiltinESMExports();
  return {
    reads,
    stop() {
      fs.readFileSync = read;
      syncBuiltinESMExports();
    },
  };
}

function countPostReads(root: string, run: () => void): string[] {
  const watch = watchPostReads(root);
  try {
    run();
  } finally {
    watch.stop();
  }
  return watch.reads;
}

async function countPostReadsAsync(root: string, run: () => Promise<unknown>): Promise<string[]> {
  const watch = watchPostReads(root);
  try {
    await run();
  } finally {
    watch.stop();
  }
  return watch.reads;
}

/** A clock far enough ahead that every file here counts as settled. */
const later = () => Date.now() + SETTLED_MS + 60_000;
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

test('a file unchanged since its stamp is not read; its hash is the one recorded', () => {
  const { root, paths } = blogWith({ 'a.md': 'alpha', 'b.md': 'beta' });
  const store = openCacheStore(join(root, '.blog-cache'));
  const first = hashSourceFiles(store, root, paths, later());
  assert.equal(
    first.map((s) => [s.file, s.text, s.hash]),
    [
      ['a.md', 'alpha', hashOf('alpha')],
      ['b.md', 'beta', hashOf('beta')],
    ],
  );
  const second = hashSourceFiles(openCacheStore(join(root, '.blog-cache')), root, paths, later());
  assert.equal(
    second.map((s) => [s.file, s.text, s.hash]),
    [
      ['a.md', undefined, hashOf('alpha')],
      ['b.md', undefined, hashOf('beta')],
    ],
  );
  assert.equal(
    readHashedSources(second).map((s) => s.text),
    ['alpha', 'beta'],
  );
});

test('a file rewritten with the same size and its modification time put back is read again', () => {
  const { root, paths } = blogWith({ 'a.md': 'alpha' });
  const path = paths[0]!;
  const store = openCacheStore(join(root, '.blog-cache'));
  utimesSync(path, 1_700_000_000, 1_700_000_000); // whole seconds, so they can be put back exactly
  hashSourceFiles(store, root, paths, later());
  const before = statSync(path);
  sleep(50); // past the file system's clock tick, as any real edit is
  writeFileSync(path, 'ALPHA');
  utimesSync(path, 1_700_000_000, 1_700_000_000);
  const after = statSync(path);
  assert.equal([after.size, after.mtimeMs, after.ino], [before.size, before.mtimeMs, before.ino]);
  const [again] = hashSourceFiles(store, root, paths, later());
  assert.is(again!.text, 'ALPHA');
  assert.is(again!.hash, hashOf('ALPHA'));
});

test('a file changed just before it was read gets no stamp, so the next build reads it again', () => {
  const { root, paths } = blogWith({ 'a.md': 'alpha' });
  const store = openCacheStore(join(root, '.blog-cache'));
  hashSourceFiles(store, root, paths); // the real clock: the file was written a moment ago
  const [again] = hashSourceFiles(store, root, paths, later());
  assert.is(again!.text, 'alpha', 'read, not taken from a stamp');
  const [third] = hashSourceFiles(store, root, paths, later());
  assert.is(third!.text, undefined, 'stamped once it had settled');
});

test('a stamps record that is not what this code wrote is a miss: every file is read', () => {
  const { root, paths } = blogWith({ 'a.md': 'alpha' });
  const dir = join(root, '.blog-cache');
  hashSourceFiles(openCacheStore(dir), root, paths, later());
  const record = join(dir, 'source-stamps.json');
  writeFileSync(record, readFileSync(record, 'utf8').replace(hashOf('alpha'), hashOf('other')));
  const [again] = hashSourceFiles(openCacheStore(dir), root, paths, later());
  assert.is(again!.text, 'alpha');
  assert.is(again!.hash, hashOf('alpha'));
});

test('a file left unread is read when its text is first used, and must still be the file that was hashed', () => {
  const { root, paths } = blogWith({ 'a.md': 'alpha' });
  const dir = join(root, '.blog-cache');
  hashSourceFiles(openCacheStore(dir), root, paths, later());
  const [source] = readHashedSources(hashSourceFiles(openCacheStore(dir), root, paths, later()));
  writeFileSync(paths[0]!, 'ALPHA'); // after the stat, before anything asked for the text
  assert.throws(
    () => source!.text,
    (error: unknown) =>
      error instanceof BlogError && /a\.md changed while the site was being built/.test(error.message),
  );
});

test('released texts are read again when asked for, and must still be the files that were hashed', () => {
  const { root, paths } = blogWith({ 'a.md': 'alpha', 'b.md': 'beta' });
  const hashed = hashSourceFiles(openCacheStore(join(root, '.blog-cache')), root, paths, later());
  const [a, b] = readHashedSources(hashed);
  assert.equal(
    hashed.map((h) => h.text),
    [undefined, undefined],
    'handed over: only the sources hold the texts',
  );
  assert.is(a!.text, 'alpha');
  const reads = countPostReads(root, () => {
    releaseTexts([a!, b!]);
    assert.is(a!.text, 'alpha');
    assert.is(a!.text, 'alpha');
  });
  assert.equal(reads, ['a.md'], 'read again once, then held again');
  writeFileSync(paths[1]!, 'BETA');
  releaseTexts([b!]);
  assert.throws(
    () => b!.text,
    (error: unknown) =>
      error instanceof BlogError && /b\.md changed while the site was being built/.test(error.message),
  );
});

test('a first build reads each post once: what comes after related posts asks for no text again', async () => {
  // The redirects fixture's posts have old paths, which are checked with the front-matter's positions.
  for (const fixture of ['starter', 'redirects']) {
    const blog = copyFixture(fixture, WITHOUT_EXTRAS);
    const { config } = loadConfig(blog);
    const options = { root: blog, config, outDir: join(blog, 'dist'), now: Date.parse('2026-01-01') };
    const reads = await countPostReadsAsync(blog, () => buildSite(options));
    const posts = listPostFiles(blog).map((path) => relative(blog, path));
    assert.equal(reads.sort(), posts.sort(), fixture);
  }
});

test('a rebuild after one post is edited reads that post alone: the others come whole from the cache', async () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const { config } = loadConfig(blog);
  const options = { root: blog, config, outDir: join(blog, 'dist'), now: Date.parse('2026-01-01') };
  sleep(SETTLED_MS + 200); // stamps are kept only for files that have settled
  await buildSite(options);
  const post = join(blog, 'posts/2025-09-18-the-power-of-your-pocket-office.md');
  writeFileSync(post, readFileSync(post, 'utf8').replace(/^title: .*$/m, 'title: "Pocket, edited"'));
  const postsRead = await countPostReadsAsync(blog, async () => {
    const result = await buildSite(options);
    assert.is(result.work?.postsRendered, 1);
  });
  assert.equal(postsRead, ['posts/2025-09-18-the-power-of-your-pocket-office.md']);
  const page = readFileSync(join(blog, 'dist/posts/the-power-of-your-pocket-office/index.html'), 'utf8');
  assert.match(page, /Pocket, edited/);
});

test("the build cache hands the posts' texts over once and keeps none of them for the rest of the build", () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const { config } = loadConfig(blog);
  const paths = listPostFiles(blog);
  const cache = openBuildCache(blog, join(blog, '.blog-cache'), config, {}, paths);
  const taken = cache.takeSources();
  assert.is(taken.length, paths.length);
  assert.ok(
    taken.every((s) => typeof s.text === 'string'),
    'a first build reads every post to hash it',
  );
  assert.equal(cache.takeSources(), [], 'nothing is left behind to hold the texts');
});

test.run();
