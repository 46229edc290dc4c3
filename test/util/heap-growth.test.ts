/** @fileoverview Held heap growth: from how many new posts a build holds it back, and that this Node knows the flag. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { HELD_POSTS, holdHeapGrowthFor } from '../../src/util/heap-growth.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('held back for a bulk of posts read anew; V8 default for a rebuild, nothing changed, or a huge blog', () => {
  assert.is(holdHeapGrowthFor(HELD_POSTS.min), true);
  assert.is(holdHeapGrowthFor(10_000), true);
  assert.is(holdHeapGrowthFor(HELD_POSTS.max), true);
  assert.is(holdHeapGrowthFor(HELD_POSTS.min - 1), false);
  assert.is(holdHeapGrowthFor(0), false);
  assert.is(holdHeapGrowthFor(HELD_POSTS.max + 1), false);
  assert.is(holdHeapGrowthFor(50_000), false);
});

test('V8 takes the flag: no "unrecognized flag" on stderr, either way', () => {
  const script = `import('./src/util/heap-growth.ts').then((m) => { m.holdHeapGrowthFor(1e4); m.holdHeapGrowthFor(0); console.log('set'); })`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: REPO, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.is(r.stdout.trim(), 'set');
  assert.is(r.stderr, '');
});

test.run();
