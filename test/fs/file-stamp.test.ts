/** A file's stamp: its stat once settled (change time included), its bytes' hash before. */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileStamp, SETTLED_MS } from '../../src/fs/file-stamp.ts';
import { tempDir } from '../helpers/cli.ts';

test('a settled file is stamped by its size, times (change time included), inode and device', () => {
  const path = join(tempDir('blog-stamp-'), 'a.png');
  writeFileSync(path, 'bytes');
  const st = statSync(path);
  const later = Math.max(st.mtimeMs, st.ctimeMs) + SETTLED_MS + 1;
  assert.is(fileStamp(path, st, later), `5:${st.mtimeMs}:${st.ctimeMs}:${st.ino}:${st.dev}`);
});

test('a file that has not settled is stamped by its bytes: the same bytes, the same stamp', () => {
  const dir = tempDir('blog-stamp-');
  const [a, b, c] = ['a', 'b', 'c'].map((name) => join(dir, name)) as [string, string, string];
  writeFileSync(a, 'same');
  writeFileSync(b, 'same');
  writeFileSync(c, 'SAME');
  const stamp = (path: string) => fileStamp(path, statSync(path));
  assert.match(stamp(a), /^sha1:[0-9a-f]{40}$/);
  assert.is(stamp(a), stamp(b));
  assert.is.not(stamp(a), stamp(c));
});

test.run();
