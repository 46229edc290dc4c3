import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../../src/config/load.ts';
import { BlogError } from '../../src/diagnostics/blog-error.ts';

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

test.run();
