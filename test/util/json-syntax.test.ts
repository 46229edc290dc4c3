import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findJsonSyntaxError } from '../../src/util/json-syntax.ts';

test('JSON that JSON.parse accepts has no syntax error', () => {
  for (const text of [
    '{}',
    '[]',
    '0',
    '"s"',
    ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}} ',
  ])
    assert.is(findJsonSyntaxError(text), undefined, text);
});

test('the first character that cannot be JSON is found, with what was expected there', () => {
  const cases: [string, number, string][] = [
    ['{"a":1,}', 6, 'Unexpected `,` before `}`: JSON allows no comma after the last item'],
    ['[1,2,]', 4, 'Unexpected `,` before `]`: JSON allows no comma after the last item'],
    ['{"a":1 "b":2}', 7, 'Unexpected `"b"`, expected `,` or `}`'],
    ["{'a':1}", 1, 'Unexpected `\'a\'`, expected a key in double quotes (`"title"`)'],
    [
      '{"a": tru}',
      6,
      'Unexpected `tru`, expected a value (`"text"`, a number, `true`, `false`, `null`, `{` or `[`)',
    ],
    ['{"a":"x\n}', 5, 'Unexpected end of the line in a string, expected a closing `"`'],
    [
      '{\n  // no\n}',
      4,
      'Unexpected comment, expected a key in double quotes (`"title"`): JSON has no comments',
    ],
    ['{"a":1}}', 7, 'Unexpected `}`, expected the end of the file after the JSON value'],
    ['{"a":1', 6, 'Unexpected end of the file, expected `,` or `}`'],
    [
      '\ufeff{}',
      0,
      'Unexpected byte order mark (BOM), expected a value (`"text"`, a number, `true`, `false`, `null`, `{` or `[`)',
    ],
  ];
  for (const [text, offset, message] of cases) {
    assert.throws(() => JSON.parse(text));
    assert.equal(findJsonSyntaxError(text), { offset, message }, text);
  }
});

test('a deeply nested file gets an answer, not a stack overflow', () => {
  assert.is(findJsonSyntaxError('['.repeat(200_000))?.offset, 200_000);
});

test.run();
