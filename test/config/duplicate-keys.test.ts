import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findDuplicateKeys } from '../../src/config/duplicate-keys.ts';

test('keys repeated in one object are found by path, in nested objects and arrays; the same key in two objects is fine', () => {
  const source =
    '{"title":"a","nav":[{"l":1},{"l":2,"u":3,"l":4}],"x":{"y":1,"y":2},"z":{"y":1},"title":"b"}';
  assert.equal(
    findDuplicateKeys(source).map((d) => `${d.path.join('.')} @${d.offset} first @${d.firstOffset}`),
    ['nav.1.l @41 first @29', 'x.y @60 first @54', 'title @79 first @1'],
  );
  assert.equal(findDuplicateKeys('{"a":[1,{"b":1}],"b":{"a":1}}'), []);
});

test.run();
