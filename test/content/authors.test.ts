import assert from 'node:assert/strict';
import { test } from 'uvu';
import { readAuthors } from '../../src/content/post.ts';

test('one string naming several authors as prose gives each name, never one called "and …"', () => {
  assert.deepEqual(readAuthors('Ulan Degenbaev, Michael Lippautz, and Hannes Payer'), [
    'Ulan Degenbaev',
    'Michael Lippautz',
    'Hannes Payer',
  ]);
  assert.deepEqual(readAuthors('Ana, Bo and Cy'), ['Ana', 'Bo', 'Cy']);
  assert.deepEqual(readAuthors('Ana & Bo'), ['Ana', 'Bo']);
  assert.deepEqual(readAuthors('Ana AND Bo'), ['Ana', 'Bo']);
});

test('a single name, a name containing "and" and a list are kept as written', () => {
  assert.deepEqual(readAuthors('Jane Doe'), ['Jane Doe']);
  assert.deepEqual(readAuthors('Alexander Andersson'), ['Alexander Andersson']);
  assert.deepEqual(readAuthors('Sandra Brand'), ['Sandra Brand']);
  assert.deepEqual(readAuthors(['Ana and Bo', 'Cy']), ['Ana and Bo', 'Cy']);
  assert.deepEqual(readAuthors(undefined), []);
});

test.run();
