import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfigAt, parseConfig } from '../../src/config/load.ts';
import { BlogError } from '../../src/diagnostics/blog-error.ts';
import { tempDir } from '../helpers/cli.ts';

/** The messages `blog.config.json` with `source` gets, one line each. */
function messages(source: string): string[] {
  try {
    parseConfig(source, 'blog.config.json');
  } catch (error) {
    if (!(error instanceof BlogError)) throw error;
    return error.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
  }
  return [];
}

test('a number past a key’s bound and past the safe integers is one message, with the key’s own bound', () => {
  const base = '{"title":"T","baseUrl":"https://example.com/",';
  assert.equal(messages(`${base}\n"postsPerPage": 1e308}`), [
    '2:1 Invalid `postsPerPage`: Too big: expected number to be <=1000',
  ]);
  assert.equal(messages(`${base}\n"related": {"count": 9007199254740993}}`), [
    '2:13 Invalid `related.count`: Too big: expected number to be <=50',
  ]);
  assert.equal(messages(`${base}\n"postsPerPage": 1001}`), [
    '2:1 Invalid `postsPerPage`: Too big: expected number to be <=1000',
  ]);
});

test('a word a key does not take names the words it does, and the other types it takes', () => {
  const base = '{"title":"T","baseUrl":"https://example.com/",\n';
  assert.equal(messages(`${base}"socialCards": "all"}`), [
    '2:1 Invalid `socialCards`: Invalid option: expected one of "site"|"posts", or true or false',
  ]);
});

test('a value no option of a key takes says what is wrong where, not "Invalid input" at the key', () => {
  const base = '{"title":"T","baseUrl":"https://example.com/",\n';
  assert.equal(messages(`${base}"authors": "Jane"}`), [
    '2:1 Invalid `authors`: Invalid input: expected array or object, received string',
  ]);
  assert.equal(messages(`${base}"authors": [\n  "Jane",\n  5\n]}`), [
    '4:3 Invalid `authors.1`: Invalid input: expected string or object, received number',
  ]);
  assert.equal(messages(`${base}"authors": [\n  {"name": 5}\n]}`), [
    '3:4 Invalid `authors.0.name`: Invalid input: expected string, received number',
  ]);
  assert.equal(messages(`${base}"authors": [{"nom": "Jane"}]}`), [
    '2:13 Invalid `authors.0.name`: Invalid input: expected string, received undefined',
    '2:14 Unexpected key `authors.0.nom`',
  ]);
  assert.equal(messages(`${base}"logo": 5}`), [
    '2:1 Invalid `logo`: Invalid input: expected string or object, received number',
  ]);
  // An item of a list is pointed at, not the list's key.
  assert.equal(messages(`${base}"nav": [\n  {"label": "A", "url": "/"},\n  {"label": "B"}\n]}`), [
    '4:3 Invalid `nav.1.url`: Invalid input: expected string, received undefined',
  ]);
});

test('an outDir starting with `~` is refused: no shell expands it, and it made a folder named `~` in the blog', () => {
  const base = '{"title":"T","baseUrl":"https://example.com/",\n';
  for (const dir of ['~', '~/site', '~\\site'])
    assert.equal(messages(`${base}"outDir": ${JSON.stringify(dir)}}`), [
      '2:1 Invalid `outDir`: Unexpected `~`: no shell reads this file, so it is not your home folder. Expected a path such as `dist` or an absolute one',
    ]);
  assert.equal(messages(`${base}"outDir": "~dist"}`), []);
});

test('an unknown key in an author profile lists the keys a profile has', () => {
  try {
    parseConfig('{"title":"T","authors":{"jane":{"name":"J","twitter":"x"}}}', 'blog.config.json');
    assert.unreachable();
  } catch (error) {
    if (!(error instanceof BlogError)) throw error;
    assert.equal(
      error.diagnostics.map((d) => d.hint),
      ['Expected one of `name`, `email`, `url`, `bio`, `avatar`.'],
    );
  }
});

test('a config saved as UTF-16, with or without a byte-order mark, is named as such, not "Unexpected `��`"', () => {
  const json = '{"title":"T","baseUrl":"https://example.com/"}\n';
  const le = Buffer.from(json, 'utf16le');
  for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), le, Buffer.from(le).swap16()]) {
    const dir = tempDir();
    writeFileSync(join(dir, 'blog.config.json'), bytes);
    assert.throws(
      () => loadConfigAt(dir),
      (error: unknown) =>
        error instanceof BlogError &&
        error.exitCode === 2 &&
        error.message === 'blog.config.json is saved as UTF-16, expected UTF-8: it was not read.',
    );
  }
  const dir = tempDir();
  writeFileSync(join(dir, 'blog.config.json'), `\uFEFF${json}`);
  assert.is(loadConfigAt(dir).config.title, 'T');
});

test.run();

test('`__proto__`, `constructor` and the like in lint.rules are unknown rules like any other; no prototype is touched', () => {
  const base = '{"title":"T","baseUrl":"https://example.com/",\n"lint": {"rules": {\n';
  assert.equal(messages(`${base}  "__proto__": "off",\n  "constructor": "off",\n  "toString": "warn"\n}}}`), [
    '3:3 Invalid `lint.rules.__proto__`: Unknown rule `__proto__`; the rules are listed in the README under `blog lint`',
    '4:3 Invalid `lint.rules.constructor`: Unknown rule `constructor`; the rules are listed in the README under `blog lint`',
    '5:3 Invalid `lint.rules.toString`: Unknown rule `toString`; the rules are listed in the README under `blog lint`',
  ]);
  // In the other maps it would be dropped as silently; in an object zod already names it.
  assert.equal(messages('{"redirects": {"__proto__": "/a/"}, "related": {"__proto__": {"count": 1}}}'), [
    '1:33 Unexpected key `related.__proto__`',
    '1:15 Invalid `redirects.__proto__`: Unexpected key `__proto__`, a name JavaScript keeps for itself: it would be dropped',
  ]);
  const config = parseConfig('{"lint": {"rules": {"body/no-h1": "off"}}}', 'blog.config.json');
  assert.is(Object.getPrototypeOf(config.lint.rules), Object.prototype);
  messages(
    '{"lint": {"rules": {"__proto__": {"polluted": "yes"}}}, "authors": {"__proto__": {"name": "A"}}}',
  );
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(({} as Record<string, unknown>).name, undefined);
});
