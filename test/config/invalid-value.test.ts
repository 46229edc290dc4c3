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
    '2:1 `postsPerPage` must be at most 1000, got 1e+308',
  ]);
  assert.equal(messages(`${base}\n"related": {"count": 9007199254740993}}`), [
    '2:13 `related.count` must be at most 50, got 9007199254740992',
  ]);
  assert.equal(messages(`${base}\n"postsPerPage": 1001}`), [
    '2:1 `postsPerPage` must be at most 1000, got 1001',
  ]);
});

test('a word a key does not take names the words it does, and the other types it takes', () => {
  const base = '{"title":"T","baseUrl":"https://example.com/",\n';
  assert.equal(messages(`${base}"socialCards": "all"}`), [
    '2:1 `socialCards` must be one of "site" or "posts", or true or false, got the string "all"',
  ]);
});

test('a value no option of a key takes says what is wrong where, not "Invalid input" at the key', () => {
  const base = '{"title":"T","baseUrl":"https://example.com/",\n';
  assert.equal(messages(`${base}"authors": "Jane"}`), [
    '2:1 `authors` must be a list or an object, got the string "Jane"',
  ]);
  assert.equal(messages(`${base}"authors": [\n  "Jane",\n  5\n]}`), [
    '4:3 `authors.1` must be a string or an object, got 5',
  ]);
  assert.equal(messages(`${base}"authors": [\n  {"name": 5}\n]}`), [
    '3:4 `authors.0.name` must be a string, got 5',
  ]);
  assert.equal(messages(`${base}"authors": [{"nom": "Jane"}]}`), [
    '2:13 `authors.0.name` is missing, expected a string',
    '2:14 Unexpected key `authors.0.nom`',
  ]);
  assert.equal(messages(`${base}"logo": 5}`), ['2:1 `logo` must be a string or an object, got 5']);
  // An item of a list is pointed at, not the list's key.
  assert.equal(messages(`${base}"nav": [\n  {"label": "A", "url": "/"},\n  {"label": "B"}\n]}`), [
    '4:3 `nav.1.url` is missing, expected a string',
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

test('`__proto__`, `constructor` and the like in lint.rules are unknown rules like any other; no prototype is touched', () => {
  const base = '{"title":"T","baseUrl":"https://example.com/",\n"lint": {"rules": {\n';
  assert.equal(messages(`${base}  "__proto__": "off",\n  "constructor": "off",\n  "toString": "warn"\n}}}`), [
    '4:3 Invalid `lint.rules.constructor`: Unknown rule `constructor`; the rules are listed in the README under `blog lint`',
    '5:3 Invalid `lint.rules.toString`: Unknown rule `toString`; the rules are listed in the README under `blog lint`',
    '3:3 Invalid `lint.rules.__proto__`: Unknown rule `__proto__`; the rules are listed in the README under `blog lint`',
  ]);
  // In the other maps it would be dropped as silently; in an object zod already names it.
  assert.equal(messages('{"redirects": {"__proto__": "/a/"}, "related": {"__proto__": {"count": 1}}}'), [
    '1:49 Unexpected key `related.__proto__`',
    '1:16 Invalid `redirects.__proto__`: Unexpected key `__proto__`, a name JavaScript keeps for itself: it would be dropped',
  ]);
  const config = parseConfig('{"lint": {"rules": {"body/no-h1": "off"}}}', 'blog.config.json');
  assert.is(Object.getPrototypeOf(config.lint.rules), Object.prototype);
  messages(
    '{"lint": {"rules": {"__proto__": {"polluted": "yes"}}}, "authors": {"__proto__": {"name": "A"}}}',
  );
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(({} as Record<string, unknown>).name, undefined);
});

test('a value of the wrong type or out of bounds is said in our words, with the value it got', () => {
  const base = '{"title":"T","baseUrl":"https://example.com/",\n';
  assert.equal(messages(`${base}"postsPerPage": "ten"}`), [
    '2:1 `postsPerPage` must be a whole number, got the string "ten"',
  ]);
  assert.equal(messages(`${base}"related": {"count": 1.5, "weights": {"tags": "x"}}}`), [
    '2:13 `related.count` must be a whole number, got 1.5',
    '2:39 `related.weights.tags` must be a number, got the string "x"',
  ]);
  assert.equal(messages(`${base}"feed": {"format": "json", "limit": 0}}`), [
    '2:10 `feed.format` must be one of "atom" or "rss", got the string "json"',
    '2:28 `feed.limit` must be at least 1, got 0',
  ]);
  assert.equal(messages('{"baseUrl":"https://example.com/",\n"search": "yes", "nav": {}, "title": ""}'), [
    '2:29 `title` must not be empty',
    '2:18 `nav` must be a list, got an object',
    '2:1 `search` must be true or false, got the string "yes"',
  ]);
  assert.equal(messages(`${base}"images": {"widths": [], "quality": 101}}`), [
    '2:12 `images.widths` must have at least 1 item, got 0',
    '2:26 `images.quality` must be at most 100, got 101',
  ]);
  assert.equal(messages(`${base}"lint": {"rules": {"body/no-h1": "of"}}}`), [
    '2:20 `lint.rules.body/no-h1` must be one of "off", "warn" or "error", got the string "of"',
  ]);
  assert.equal(messages('[]'), ['1:1 The config must be an object, got an empty list']);
  // A schema's own words stay as they are.
  assert.equal(messages(`${base}"timeZone": "Mars/Olympus"}`), [
    '2:1 Invalid `timeZone`: Expected an IANA time zone such as `Europe/Paris` or `UTC`',
  ]);
});

test.run();
