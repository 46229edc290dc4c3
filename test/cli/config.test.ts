import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';

test('unknown config keys get a did-you-mean at their line; wrong types name the key', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'blog.config.json'),
    '{\n  "title": "x",\n  "postsPerPag": 5,\n  "timeZone": "Mars/Olympus",\n  "related": { "count": "three" }\n}\n',
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(r.stderr, /blog\.config\.json\n/);
  assert.match(
    r.stderr,
    /3:3\s+error\s+Unexpected key `postsPerPag`\. Did you mean `postsPerPage`\?\s+config\/unknown-key/,
  );
  assert.match(r.stderr, /4:3\s+error\s+Invalid `timeZone`: Expected an IANA time zone/);
  assert.match(r.stderr, /5:16\s+error\s+`related\.count` must be a whole number, got the string "three"/);
});

test('a script URL in nav, the call to action or an author is refused at its line; mailto:, paths and https stay fine', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'blog.config.json'),
    `{
  "title": "x",
  "authors": [{ "name": "Jane", "url": "mailto:jane@example.com" }],
  "nav": [{ "label": "Home", "url": "/" }, { "label": "Evil", "url": "java\\tscript:alert(1)" }],
  "cta": { "title": "t", "label": "l", "url": " JavaScript:alert(2)" }
}\n`,
  );
  // Before, every page carried these as links.
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2, r.stderr);
  assert.match(r.stderr, /4:\d+\s+error\s+Invalid `nav\.1\.url`: Unexpected script URL/);
  assert.match(r.stderr, /5:\d+\s+error\s+Invalid `cta\.url`: Unexpected script URL/);
  assert.not.match(r.stderr, /authors/);
  assert.not.ok(existsSync(join(blog, 'dist')));
});

test('a key written twice (a merge leftover) is an error at the second, naming the first; JSON.parse kept the last', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'blog.config.json'),
    '{\n  "title": "Ours",\n  "nav": [{ "label": "Home", "url": "/", "url": "/home/" }],\n  "title": "Theirs"\n}\n',
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2, r.stderr);
  assert.match(
    r.stderr,
    /3:42\s+error\s+Unexpected duplicate key `nav\.0\.url`, first set at line 3; JSON reads only the last one.*config\/duplicate-key/,
  );
  assert.match(r.stderr, /4:3\s+error\s+Unexpected duplicate key `title`, first set at line 2/);
  assert.not.ok(existsSync(join(blog, 'dist')));
});

test('invalid JSON is reported at its line and column', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'blog.config.json'), '{\n  "title": "x",\n}\n');
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2);
  // At the comma after the last key, the mistake (JSON.parse names the `}` after it, at 3:1).
  assert.match(r.stderr, /blog\.config\.json\n\s+2:15\s+error\s+Invalid JSON/);
});

test('a JSON syntax error names the file, line and column, and the hint says to fix the syntax there', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const cases: [string, string, string][] = [
    // A comma after the last key: the error is at that comma, not at the `}` after it.
    [
      '{\n  "title": "x",\n  "timeZone": "UTC",\n}\n',
      '3:20',
      'Invalid JSON: Unexpected `,` before `}`: JSON allows no comma after the last item',
    ],
    // A value without its quotes: Node 20 gives no position for this one at all.
    [
      '{\n  "title": "x",\n  "timeZone": UTC\n}\n',
      '3:15',
      'Invalid JSON: Unexpected `UTC`, expected a value (`"text"`, a number, `true`, `false`, `null`, `{` or `[`)',
    ],
    [
      '{\n  "title": "x\n}\n',
      '2:12',
      'Invalid JSON: Unexpected end of the line in a string, expected a closing `"`',
    ],
  ];
  for (const [text, at, message] of cases) {
    writeFileSync(join(blog, 'blog.config.json'), text);
    for (const command of ['build', 'lint']) {
      const r = runBlog([command], { cwd: blog });
      assert.is(r.status, 2, r.stderr);
      assert.is(r.stdout, '');
      const [line, column] = at.split(':');
      assert.equal(r.stderr.split('\n'), [
        'blog.config.json',
        `  ${at}  error    ${message}`,
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        `✖ blog.config.json is not valid JSON (line ${line}, column ${column}).`,
        `  Fix the JSON syntax at line ${line}, column ${column}: a comma after the last item, a missing comma or quote, or a comment are the usual causes.`,
        '',
      ]);
    }
  }
});

test('-C points at a blog from anywhere; the root is found by walking up', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  assert.is(runBlog(['build', '-q'], { cwd: join(blog, 'posts') }).status, 0);
  const r = runBlog(['-C', blog, 'build'], { cwd: '/' });
  assert.is(r.status, 0, r.stderr);
});

test('a config saved with a byte order mark (BOM) is read as without one, positions and all', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const path = join(blog, 'blog.config.json');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, `\uFEFF${text}`);
  const built = runBlog(['build', '-q'], { cwd: blog });
  assert.is(built.status, 0, built.stderr);
  // Positions count from after the mark, as an editor shows them.
  writeFileSync(path, '\uFEFF{\n  "title": "x",\n  "postsPerPag": 5\n}\n');
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(r.stderr, /3:3\s+error\s+Unexpected key `postsPerPag`/);
  writeFileSync(path, '\uFEFF{\n  "title": "x",\n}\n');
  assert.match(
    runBlog(['lint'], { cwd: blog }).stderr,
    /\n\s+2:15\s+error\s+Invalid JSON: Unexpected `,` before `}`/,
  );
});

test('`__proto__` in lint.rules is an unknown rule at its line, exit 2, as `constructor` is', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'blog.config.json'),
    '{\n  "title": "x",\n  "lint": { "rules": {\n    "__proto__": "off",\n    "constructor": "off"\n  } }\n}\n',
  );
  const r = runBlog(['lint'], { cwd: blog });
  assert.is(r.status, 2, r.stderr);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /4:5\s+error\s+Invalid `lint\.rules\.__proto__`: Unknown rule `__proto__`/);
  assert.match(r.stderr, /5:5\s+error\s+Invalid `lint\.rules\.constructor`: Unknown rule `constructor`/);
});

test.run();
