/** @fileoverview Eleventy's `---js` front-matter read as data: literal values only, never run. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readSourceMatter } from '../../src/import/front-matter.ts';
import { readJsData } from '../../src/import/js-front-matter.ts';

test('top-level declarations of literals, as in eleventy-base-blog’s fifthpost.md', () => {
  const text =
    '---js\nconst title = "This is a fifth post";\nconst date = "2023-01-23";\nconst draft = true;\n---\nThis is a draft post\n';
  const matter = readSourceMatter(text);
  assert.equal(matter.doc.toJS(), { title: 'This is a fifth post', date: '2023-01-23', draft: true });
  assert.is(matter.format, 'js');
  assert.is(matter.body, 'This is a draft post\n');
  assert.is(matter.bodyLine, 6);
});

test('strings, numbers, lists and objects, comments, one object literal, `let`/`var`, several per line', () => {
  assert.equal(
    readJsData(
      "// a comment\nlet tags = ['a', \"b\",];/* more */ var n = -1.5, ok = false\nconst x = { 'k': `v`, y: [null] }",
    ),
    { tags: ['a', 'b'], n: -1.5, ok: false, x: { k: 'v', y: [null] } },
  );
  assert.equal(readJsData('{\n  title: "It\\u2019s \\"quoted\\"",\n  layout: \'post\'\n}\n'), {
    title: 'It’s "quoted"',
    layout: 'post',
  });
  assert.equal(Object.getPrototypeOf(readJsData('{ "__proto__": { "x": 1 } }')), Object.prototype);
});

test('code is refused with the place it starts, never run', () => {
  for (const [source, found] of [
    ['const title = "x";\nfunction f() { return 1; }', '`function f() { return 1; }`'],
    ['const date = new Date();', '`new Date();`'],
    ['const t = `a ${b}`;', 'in a string'],
    ['const a = 1;\nconst b = a;', '`a;`'],
    [
      'module.exports = { title: "x" };',
      '`module.exports = { title: "x" ` where a `const` declaration was expected',
    ],
  ] as const) {
    try {
      readJsData(source);
      assert.unreachable(source);
    } catch (error) {
      assert.match((error as Error).message, 'only literal values are read, code is never run', source);
      assert.ok((error as Error).message.includes(found), `${source}: ${(error as Error).message}`);
    }
  }
  assert.throws(() => readSourceMatter('---js\nconst a = f();\n---\nBody\n'), /`js` front-matter with code/);
});

test.run();
