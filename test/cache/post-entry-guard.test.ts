/**
 * The post shards' hand-written guard (`postShardSchema`, which copies nothing) accepts exactly what the zod
 * schema of an entry (`postEntrySchema`) accepts: real entries, and every one-field mutation of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { postEntrySchema, postShardSchema } from '../../src/cache/schemas.ts';
import { copyFixture, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';

/** Every entry of a built blog's post shards: posts with and without problems, findings, HTML and series. */
function realEntries(): unknown[] {
  const entries: unknown[] = [];
  // `series` for the Post's series fields (a name, a number).
  for (const fixture of ['starter', 'broken-refs', 'archive-authors', 'series']) {
    const blog = copyFixture(fixture, WITHOUT_EXTRAS);
    runBlog(['build'], { cwd: blog });
    const cache = join(blog, '.blog-cache');
    for (const name of readdirSync(cache).filter((n) => /^posts-\d+\.json$/.test(n))) {
      const text = readFileSync(join(cache, name), 'utf8');
      entries.push(...Object.values(JSON.parse(text.slice(text.indexOf('\n') + 1)) as object));
    }
  }
  return entries;
}

const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  '',
  'x',
  0,
  7,
  -1,
  1.5,
  Number.MAX_VALUE,
  true,
  [],
  {},
  [1, 2],
  ['a', 'b'],
];

/** Copies of `value` with one node (at any depth) replaced, removed, or one item added. */
function* mutations(value: unknown): Generator<unknown> {
  for (const r of REPLACEMENTS) yield r;
  if (Array.isArray(value)) {
    yield [...value, value[0] ?? 'x'];
    if (value.length) yield value.slice(1);
    for (let i = 0; i < value.length; i++)
      for (const m of mutations(value[i])) yield value.map((v, j) => (j === i ? m : v));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const { [key]: _, ...without } = value as Record<string, unknown>;
      yield without;
      for (const m of mutations((value as Record<string, unknown>)[key])) yield { ...value, [key]: m };
    }
  }
}

test('the guard and the zod schema agree on real entries and every mutation of them', () => {
  const entries = realEntries();
  assert.ok(entries.length >= 10, `${entries.length} entries`);
  let checked = 0;
  let rejected = 0;
  for (const entry of entries) {
    assert.ok(postEntrySchema.safeParse(entry).success, 'a real entry is valid');
    for (const mutated of mutations(entry)) {
      const zod = postEntrySchema.safeParse(mutated).success;
      const guard = postShardSchema.safeParse({ 'posts/a.md': mutated }).success;
      if (zod !== guard)
        assert.unreachable(`zod says ${zod}, the guard ${guard}: ${JSON.stringify(mutated)}`);
      checked++;
      if (!zod) rejected++;
    }
  }
  assert.ok(rejected > checked / 4, `${rejected} of ${checked} mutations rejected`);
});

test('a shard that is not a record of entries is refused', () => {
  for (const shard of [null, [], 'x', { 'posts/a.md': null }, { 'posts/a.md': [] }])
    assert.not.ok(postShardSchema.safeParse(shard).success, JSON.stringify(shard));
  assert.ok(postShardSchema.safeParse({}).success);
});

test.run();
