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
