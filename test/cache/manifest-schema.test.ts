/** The output manifest's check: a record of `[fingerprint, size, mtimeMs]`, anything else a miss. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { outputManifestSchema } from '../../src/cache/schemas.ts';

const ok = (value: unknown) => outputManifestSchema.safeParse(value).success;

test('a manifest of [fingerprint, size, mtime] entries passes, as the very object (not a copy)', () => {
  const manifest = { 'index.html': ['page:ab', 10, 1.5], 'posts/a/index.html': ['copy:x', 0, 2] };
  assert.ok(ok(manifest));
  assert.ok(ok({}));
  assert.is(outputManifestSchema.parse(manifest), manifest);
});

test('any other shape is refused', () => {
  assert.not.ok(ok(null));
  assert.not.ok(ok([['page:ab', 10, 1.5]]));
  assert.not.ok(ok('index.html'));
  assert.not.ok(ok({ 'index.html': ['page:ab', 10] }));
  assert.not.ok(ok({ 'index.html': ['page:ab', 10, 1.5, 4] }));
  assert.not.ok(ok({ 'index.html': ['page:ab', '10', 1.5] }));
  assert.not.ok(ok({ 'index.html': [1, 10, 1.5] }));
  assert.not.ok(ok({ 'index.html': ['page:ab', 10, null] }));
  assert.not.ok(ok({ 'index.html': { 0: 'page:ab', 1: 10, 2: 1.5, length: 3 } }));
});

test.run();
