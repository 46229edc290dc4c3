/** Post hashes from stamps: an unchanged file is not read again, any write to a file is seen. */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hashOf } from '../../src/cache/fingerprint.ts';
import { hashSourceFiles, readHashedSources } from '../../src/cache/source-stamps.ts';
import { openCacheStore } from '../../src/cache/store.ts';
import { SETTLED_MS } from '../../src/fs/file-stamp.ts';
import { tempDir } from '../helpers/cli.ts';

function blogWith(files: Record<string, string>): { root: string; paths: string[] } {
  const root = tempDir('blog-stamps-');
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(root, name);
    writeFileSync(path, text);
    return path;
  });
  return { root, paths };
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

test.run();
