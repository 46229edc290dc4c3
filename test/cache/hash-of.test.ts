/** `hashOf`: one digest per sequence of parts, whichever way it is computed (text at once, or bytes). */
import { createHash } from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hashOf } from '../../src/cache/fingerprint.ts';

/** The definition: each part's UTF-8 bytes followed by a NUL, through SHA-1. */
function reference(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha1');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
}

const cases: string[][] = [
  [],
  [''],
  ['a'],
  ['ab', 'c'],
  ['a', 'bc'],
  ['…ü', '日本語', ''],
  ['emoji 🦀', 'lone \ud800 surrogate'],
  ['x'.repeat(100_000)],
];

test('text parts hash as their UTF-8 bytes, each followed by a NUL (cache keys do not move)', () => {
  for (const parts of cases) assert.is(hashOf(...parts), reference(...parts), JSON.stringify(parts));
});

test('the same parts as bytes give the same hash as text', () => {
  for (const parts of cases.filter((c) => c.length > 0)) {
    const bytes = parts.map((p, i) => (i === 0 ? Buffer.from(p) : p));
    assert.is(hashOf(...bytes), hashOf(...parts), JSON.stringify(parts));
  }
});

test('parts are kept apart: moving a character across a boundary changes the hash', () => {
  assert.is.not(hashOf('ab', 'c'), hashOf('a', 'bc'));
  assert.is.not(hashOf('a', ''), hashOf('a'));
});

test.run();
