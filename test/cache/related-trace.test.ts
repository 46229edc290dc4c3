/** The related posts' trace in the cache: read back as written; anything out of shape reads as no trace. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readRelatedTrace, writeRelatedTrace } from '../../src/cache/related-trace.ts';
import { openCacheStore } from '../../src/cache/store.ts';
import type { RelatedTrace } from '../../src/site/related.ts';
import { tempDir } from '../helpers/cli.ts';

const trace = (): RelatedTrace => ({
  frame: 'f00d',
  rows: Uint32Array.of(1, 2, 3, 4, 5, 6),
  features: ['tnews', 'wkiwi'],
  listedStart: Int32Array.of(0, 2, 2, 3),
  listedIds: Int32Array.of(0, 1, 1),
  related: [[1, 2], [], [0]],
});

test('a trace reads back as written, for the same number of posts only', () => {
  const store = openCacheStore(tempDir());
  writeRelatedTrace(store, trace(), 'inputs-1');
  assert.equal(readRelatedTrace(store, 3), { inputs: 'inputs-1', trace: trace() });
  assert.is(readRelatedTrace(store, 4), undefined);
  assert.is(readRelatedTrace(openCacheStore(tempDir()), 3), undefined, 'no record');
});

test('a trace naming a post or a feature that is not there, or with offsets out of order, is no trace', () => {
  const broken: ((t: RelatedTrace) => void)[] = [
    (t) => {
      t.related[0] = [3];
    },
    (t) => {
      t.listedIds[2] = 2;
    },
    (t) => {
      t.listedStart = Int32Array.of(0, 3, 2, 3);
    },
  ];
  for (const breakIt of broken) {
    const store = openCacheStore(tempDir());
    const t = trace();
    breakIt(t);
    writeRelatedTrace(store, t, 'inputs-1');
    assert.is(readRelatedTrace(store, 3), undefined);
  }
});

test.run();
