import { existsSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { keySpan, parseSourceFile, valueSpan } from '../../src/content/frontmatter.ts';
import { LineIndex } from '../../src/diagnostics/position.ts';

const parse = (text: string) => parseSourceFile({ path: '/x.md', file: 'posts/x.md', text });

test('YAML is data: dates stay strings, yes/no stay strings, numbers are numbers', () => {
  const p = parse('---\ntitle: Hi\ndate: 2023-02-10\ndraft: no\nversion: 3.0\n---\nBody\n');
  assert.equal(p.data, { title: 'Hi', date: '2023-02-10', draft: 'no', version: 3 });
  assert.is(p.body, 'Body\n');
  assert.equal(p.problems, []);
});

test("front-matter closed by YAML's document end `...`, as Jekyll and Pandoc accept, is read; a `...` in the body is text", () => {
  const p = parse('---\ntitle: Hi\ndate: 2023-02-10\n...\r\nBody\n\n...\n');
  assert.equal(p.data, { title: 'Hi', date: '2023-02-10' });
  assert.is(p.body, 'Body\n\n...\n');
  assert.equal(p.problems, []);
  assert.is(parse('---\ntitle: Hi\n---\nWait...\n...\n').body, 'Wait...\n...\n');
});

test('key and value spans point at the exact place in the whole file', () => {
  const text = '---\ntitle: Hi\ndate: 2023-02-10\n---\nBody\n';
  const p = parse(text);
  const lines = new LineIndex(text);
  assert.equal(lines.positionAt(keySpan(p, 'date')!.offset), { line: 3, column: 1 });
  assert.equal(lines.positionAt(valueSpan(p, 'date')!.offset), { line: 3, column: 7 });
  assert.is(text.slice(valueSpan(p, 'title')!.offset, valueSpan(p, 'title')!.end), 'Hi');
});

test('every key of a big front-matter is placed without a scan per key (lint took 85 s on 50,000 keys)', () => {
  const n = 2000;
  const text = `---\n${Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n')}\n---\nBody\n`;
  const p = parse(text);
  const items = (p.doc!.contents as unknown as { items: { key: unknown }[] }).items;
  // Count how often the pairs' keys are looked at: once per key to index them, not once per key per lookup.
  let reads = 0;
  for (const pair of items) {
    const key = pair.key;
    Object.defineProperty(pair, 'key', {
      get: () => {
        reads++;
        return key;
      },
    });
  }
  const spans = Array.from({ length: n }, (_, i) => keySpan(p, `k${i}`)!.offset);
  assert.is(text.slice(spans[1234]!, spans[1234]! + 5), 'k1234');
  assert.ok(reads < 10 * n, `${reads} reads of a key for ${n} keys`);
});

test('js, javascript and toml front-matter are refused and never run', () => {
  const marker = `/tmp/blog-frontmatter-${process.pid}`;
  for (const lang of ['js', 'javascript']) {
    const p = parse(
      `---${lang}\n{ title: (function(){ require('fs').writeFileSync('${marker}', 'x'); return 'x' })() }\n---\nbody`,
    );
    assert.is(p.problems.length, 1);
    assert.match(p.problems[0]!.message, new RegExp(`Unexpected \`${lang}\` front-matter`));
  }
  assert.not.ok(existsSync(marker));
  assert.match(parse('+++\ntitle = "x"\n+++\n').problems[0]!.message, /TOML/);
});

test('a key written twice is found in any map, at its line and column, among 50,000 keys (12 s before)', () => {
  const p = parse(
    '---\ntitle: a\nnested: {a: 1, b: 2, a: 3}\nlist:\n  - x: 1\n    x: 2\n1: a\n"1": b\n---\n',
  );
  assert.equal(
    p.problems.map((d) => `${d.line}:${d.column} ${d.message}`),
    ['3:22 Invalid YAML: Map keys must be unique', '6:5 Invalid YAML: Map keys must be unique'],
  );
  const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: v`).join('\n');
  const many = parse(`---\ntitle: a\n${keys}\nk49999: again\n---\n`);
  assert.equal(
    many.problems.map((d) => `${d.line}:${d.column} ${d.message}`),
    ['50003:1 Invalid YAML: Map keys must be unique'],
  );
});

test('YAML syntax errors carry the line in the whole file', () => {
  const p = parse('---\ntitle: a\ntitle: b\n---\n');
  assert.is(p.problems[0]!.line, 3);
  assert.match(p.problems[0]!.message, /Invalid YAML: Map keys must be unique/);
});

test('an unclosed quote is reported at the quote that opened it, not at the end of the front-matter', () => {
  const at = (text: string) => {
    const [problem] = parse(text).problems;
    return `${problem!.line}:${problem!.column} ${problem!.message}`;
  };
  assert.is(
    at('---\ntitle: "Broken YAML\ndate: 2024-01-02\ntags: [a, b]\n---\nBody.\n'),
    '2:8 Invalid YAML: Missing closing "quote',
  );
  assert.is(
    at("---\ntitle: ok\ndescription: 'It''s \"fine\" \\\ndate: 2024-01-02\n---\n"),
    "3:14 Invalid YAML: Missing closing 'quote",
  );
  assert.is(at('---\ntitle: "a \\" b\ndate: 2024-01-02\n---\n'), '2:8 Invalid YAML: Missing closing "quote');
});

// `title: Colon: in title` was "Nested mappings are not allowed in compact mappings", with nothing to do about it.
test('a value with `: ` in it: the hint shows the line with the value quoted', () => {
  const [title] = parse('---\ntitle: Colon: in title\ndate: 2024-01-02\n---\n').problems;
  assert.is(`${title!.line}:${title!.column}`, '2:8');
  assert.is(title!.hint, 'A value with `: ` in it needs quotes around it: `title: "Colon: in title"`.');
  const [quoted] = parse('---\ntitle: ok\ndescription: Step 1: say "hi"\n---\n').problems;
  assert.is(
    quoted!.hint,
    'A value with `: ` in it needs quotes around it: `description: "Step 1: say \\"hi\\""`.',
  );
});

test('a self-referencing alias and an alias bomb are errors, not crashes or hangs', () => {
  const cyclic = parse('---\ntitle: x\ntags: &a [x, *a]\n---\n');
  assert.match(cyclic.problems[0]!.message, /an alias refers to the value that contains it/);
  const rows = ['a: &a [x,x,x,x,x,x,x,x,x]'];
  for (const [prev, name] of [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e'],
    ['e', 'f'],
    ['f', 'g'],
  ]) {
    rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  // The parser stops at its alias limit (the message says so) instead of expanding 9^7 values.
  const bomb = parse(`---\n${rows.join('\n')}\n---\n`);
  assert.match(bomb.problems[0]!.message, /Invalid YAML: Excessive alias count/);
});

test.run();
