import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BoundedMemo } from '../../src/util/bounded-memo.ts';

test('a value is made once per key, and the same value is given back', () => {
  const memo = new BoundedMemo<{ n: number }>(100, () => 1);
  let made = 0;
  const first = memo.get('a', () => ({ n: ++made }));
  assert.is(
    memo.get('a', () => ({ n: ++made })),
    first,
  );
  memo.get('b', () => ({ n: ++made }));
  assert.is(made, 2);
});

test('when full it keeps the first values and stores no more (a second pass in the same order still finds them)', () => {
  const memo = new BoundedMemo<string>(10, (key, value) => key.length + value.length);
  const made: string[] = [];
  const make = (key: string) => () => {
    made.push(key);
    return key.repeat(3);
  };
  for (const key of ['a', 'b', 'c', 'd']) memo.get(key, make(key)); // 4 units each: a and b fit
  for (const key of ['a', 'b', 'c', 'd']) assert.is(memo.get(key, make(key)), key.repeat(3));
  assert.equal(made, ['a', 'b', 'c', 'd', 'c', 'd']);
  assert.is(memo.size, 2);
  memo.clear();
  memo.get('a', make('a'));
  assert.is(made.length, 7);
});

test.run();
