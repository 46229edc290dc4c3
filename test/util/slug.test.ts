/** @fileoverview Slugs: text that is already a slug is returned as is, exactly as the slugify library would. */
import slugifyLib from '@sindresorhus/slugify';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { slugify, tagSlug } from '../../src/util/slug.ts';

test('a plain slug comes back unchanged, as the library returns it', () => {
  for (const text of ['a', 'hello-world', '2024-01-01-post', 'x1-2y-z3', '0', 'a-b-c-d-e-f'])
    assert.is(slugify(text), slugifyLib(text, { decamelize: false }), text);
});

test('anything else goes through the library (or keeps non-Latin letters)', () => {
  assert.is(slugify('Hello World'), 'hello-world');
  assert.is(slugify('a--b'), 'a-b');
  assert.is(slugify('-a'), 'a');
  assert.is(slugify('Café & Crème'), 'cafe-and-creme');
  assert.is(slugify('日本語'), '日本語');
  assert.is(tagSlug('C++'), 'c-plus-plus');
});

test.run();
