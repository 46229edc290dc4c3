/** The temp files `writeAtomic` makes are the ones the cache recognises as its own leftovers: one naming scheme. */
import { basename } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isTempName, tempPath } from '../../src/fs/temp-name.ts';

test('every temp name tempPath makes is recognised as a temp file', () => {
  for (const name of ['posts-5.json', 'a', '.hidden', 'café.json', 'with space.bin']) {
    for (let i = 0; i < 40; i++) {
      const temp = basename(tempPath(`/blog/.blog-cache/${name}`));
      assert.ok(isTempName(temp), temp);
    }
  }
});

test('files of the user are not temp files', () => {
  for (const name of [
    'notes.txt',
    'posts-5.json',
    '.tmp',
    'x.tmp',
    '.x.tmp',
    '.x.12.tmp',
    '.x.ab.c.tmp',
    '.x.1.a.tmp.bak',
  ]) {
    assert.not.ok(isTempName(name), name);
  }
});

test.run();
