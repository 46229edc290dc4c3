import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { slugify } from '../../src/util/slug.ts';
import { editDistance, suggest } from '../../src/util/suggest.ts';

test('a swap of neighbours is one edit', () => {
  assert.is(editDistance('bakcup', 'backup'), 1);
  assert.is(editDistance('tag', 'tags'), 1);
  assert.is(editDistance('kitten', 'sitting'), 3);
});

test('suggest picks the closest candidate, or none when nothing is close', () => {
  assert.is(suggest('tag', ['tags', 'title', 'date']), 'tags');
  assert.is(suggest('postsPerPag', ['postsPerPage', 'permalink']), 'postsPerPage');
  assert.is(suggest('zzzzzz', ['tags', 'title']), undefined);
});

test('slugs are transliterated, lowercase and URL-safe; other scripts keep their letters', () => {
  assert.is(slugify('Rust 1.17 Released!'), 'rust-1-17-released');
  assert.is(slugify('Crème Brûlée & Co'), 'creme-brulee-and-co');
  assert.is(slugify('日本語 テスト'), '日本語-テスト');
  assert.is(slugify('!!!'), 'untitled');
});

test.run();
