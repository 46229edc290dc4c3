import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findJsonSyntaxError } from '../../src/util/json-syntax.ts';
import { seededRandom } from '../helpers/random.ts';

const VALUE = 'a value (`"text"`, a number, `true`, `false`, `null`, `{` or `[`)';
const KEY = 'a key in double quotes (`"title"`)';

test('JSON that JSON.parse accepts has no syntax error', () => {
  for (const text of [
    '{}',
    '[]',
    '0',
    '"s"',
    ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}} ',
    '"\u2028 a line separator is allowed in a string"',
    '{"a":"\\\\x"}',
  ])
    assert.is(findJsonSyntaxError(text), undefined, text);
});

test('the first character that cannot be JSON is found, with what was expected there', () => {
  const cases: [string, number, string][] = [
    // A trailing comma is reported (by the library) at the `}` or `]` after it; the mistake is the comma.
    ['{"a":1,}', 6, 'Unexpected `,` before `}`: JSON allows no comma after the last item'],
    ['[1,2,]', 4, 'Unexpected `,` before `]`: JSON allows no comma after the last item'],
    ['{"a":1,\n  }', 6, 'Unexpected `,` before `}`: JSON allows no comma after the last item'],
    ['{"a":1 "b":2}', 7, 'Missing `,` before `"b"`'],
    ['[true false]', 6, 'Missing `,` before `false`'],
    ['{"a":[1}', 7, 'Unexpected `}`, expected `,` or `]`'],
    ['{"a":"b":1}', 8, 'Unexpected `:`, expected `,` or `}`'],
    ['{"a" 1}', 5, 'Unexpected `1`, expected `:` after the key'],
    ["{'a':1}", 1, `Unexpected \`'a'\`, expected ${KEY}`],
    ['{1:2}', 1, `Unexpected \`1\`, expected ${KEY}`],
    ['{"a": tru}', 6, `Unexpected \`tru\`, expected ${VALUE}`],
    ['{"a":}', 5, `Unexpected \`}\`, expected ${VALUE}`],
    ['[1,,2]', 3, `Unexpected \`,\`, expected ${VALUE}`],
    ['{"a":01}', 5, 'Unexpected leading zero in `01`, expected a number without one (or a string: `"01"`)'],
    // Two tokens to the library, one value that is not JSON to a person: not a missing comma.
    ['{"date": 2025-01-08}', 9, `Unexpected \`2025-01-08\`, expected ${VALUE}`],
    ['{"v": 1.5.3}', 6, `Unexpected \`1.5.3\`, expected ${VALUE}`],
    ['{"a":0x1F}', 5, `Unexpected \`0x1F\`, expected ${VALUE}`],
    ['{"a":1.}', 5, 'Unexpected end of the number `1.`, expected a digit after its `.` or `e`'],
    ['{"a":"x\n}', 5, 'Unexpected end of the line in a string, expected a closing `"`'],
    ['"abc', 0, 'Unexpected end of the file in a string, expected a closing `"`'],
    // Errors inside a string are reported at its opening quote; the place is the escape or character.
    ['{"a":"ok\\x"}', 8, 'Unexpected escape `\\x`, expected `\\"`, `\\\\`, `\\n` or another JSON escape'],
    ['{"a":"ab\\u12"}', 8, 'Unexpected `\\u` escape, expected four hex digits (`\\u00e9`)'],
    ['{"a":"x\ty"}', 7, 'Unexpected tab in a string, expected it written as `\\t`'],
    [
      '{"a":"\u0001"}',
      6,
      'Unexpected character U+0001 in a string, expected it written as an escape (`\\n`, `\\u0001`)',
    ],
    // The missing comma comes first, before the bad escape in the string after it.
    ['{"a":"x" "b\\x":1}', 9, 'Missing `,` before `"b\\x"`'],
    ['{\n  // no\n}', 4, 'Unexpected comment: JSON has no comments'],
    ['{"a":1}\n/* no', 8, 'Unexpected comment: JSON has no comments'],
    ['{"a":1}}', 7, 'Unexpected `}`, expected the end of the file after the JSON value'],
    ['{"a":1} x', 8, 'Unexpected `x`, expected the end of the file after the JSON value'],
    ['{"a":1', 6, 'Unexpected end of the file, expected `,` or `}`'],
    ['[', 1, 'Unexpected end of the file, expected `]`'],
    ['{"a":', 5, `Unexpected end of the file, expected ${VALUE}`],
    ['{\u00a0}', 1, 'Unexpected character U+00A0'],
    ['\ufeff{}', 0, 'Unexpected byte order mark (BOM)'],
    ['', 0, `Unexpected empty file, expected ${VALUE}`],
    [' \n\t\n', 0, `Unexpected empty file, expected ${VALUE}`],
  ];
  for (const [text, offset, message] of cases) {
    assert.throws(() => JSON.parse(text));
    assert.equal(findJsonSyntaxError(text), { offset, message }, text);
  }
});

test('a deeply nested file gets an answer, not a stack overflow', () => {
  // Deeper than jsonc-parser's recursive parser goes: JSON.parse's own account, here its end of input.
  for (const depth of [10_000, 200_000])
    assert.equal(findJsonSyntaxError('['.repeat(depth)), {
      offset: depth,
      message: 'Unexpected end of JSON input',
    });
  assert.is(findJsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`), undefined);
  // An error before the deep part is still found by the library, at its place.
  assert.is(findJsonSyntaxError(`[1,,${'['.repeat(10_000)}`)?.offset, 3);
});

test('600 seeded mutations of small JSON texts: an error exactly when JSON.parse refuses, never after its place', () => {
  const random = seededRandom(20_250_611);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const bases = [
    '{"title": "x", "n": [1, -2.5e3, true, null], "o": {"k": "v\\n\\u00e9"}}',
    '{\n  "title": "Hello",\n  "tags": ["a", "b"]\n}\n',
    '[1, 2, {"a": []}]',
  ];
  const pieces = [',', ':', '{', '}', '[', ']', '"', "'", '\\', ' ', '\n', '\t', '0', '1', '-', '.', 'e'];
  pieces.push('true', 'nul', '//', '/*', '\ufeff', '\u00a0', '\u0001', 'x', '\\u', '\\x');
  let invalid = 0;
  for (let i = 0; i < 600; i++) {
    let text = pick(bases);
    for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
      const at = Math.floor(random() * (text.length + 1));
      const r = random();
      const cut = r < 0.4 || r > 0.8 ? 1 : 0;
      text = text.slice(0, at) + (r < 0.4 ? '' : pick(pieces)) + text.slice(at + cut);
    }
    let refused: string | undefined;
    try {
      JSON.parse(text);
    } catch (error) {
      refused = (error as Error).message;
    }
    const found = findJsonSyntaxError(text);
    if (!refused) {
      assert.is(found, undefined, text);
      continue;
    }
    invalid++;
    assert.ok(found, text);
    assert.ok(found.offset >= 0 && found.offset <= text.length, text);
    // Found and worded by the library, not JSON.parse's account kept as a fallback.
    assert.not.match(found.message, /JSON (?:input|at position)|is not valid JSON/, text);
    // At or before the character where JSON.parse gave up (it names one for most errors).
    const position = /at position (\d+)/.exec(refused)?.[1];
    if (position) assert.ok(found.offset <= Number(position), `${text}: ${found.offset} > ${position}`);
  }
  assert.ok(invalid > 300, `${invalid} invalid texts`);
});

test.run();
