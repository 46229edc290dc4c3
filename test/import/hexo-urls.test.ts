/** @fileoverview Hexo's `:title` and `:post_title`, as Hexo computes them from the file name and `new_post_name`. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  hexoCategory,
  hexoHash,
  hexoSlug,
  hexoSlugize,
  readHexoCategoryConfig,
} from '../../src/import/hexo-urls.ts';

test('`:title` is the file name read with new_post_name: its tokens are taken off', () => {
  const dated = ':year-:month-:day-:title.md';
  assert.is(hexoSlug('2020-01-01-x.md', dated), 'x');
  // hexo.io: the date twice in the name, once read by the pattern.
  assert.is(hexoSlug('2018-12-01-2018-12-01-hexofs-released-md.md', dated), '2018-12-01-hexofs-released-md');
  assert.is(hexoSlug('2020/01/Hello_World.md', ':year/:month/:title.md'), 'Hello_World');
  assert.is(hexoSlug('2020-1-5-x.md', ':year-:i_month-:i_day-:title.md'), 'x');
});

test('with the default `:title.md` it is the whole path; a name the pattern does not fit is slugized whole', () => {
  assert.is(hexoSlug('2020-01-01-x.md', ':title.md'), '2020-01-01-x');
  assert.is(hexoSlug('notes/Hello World.md', ':title.md'), 'notes/Hello World');
  assert.is(hexoSlug('notes/Hello World.md', ':year-:month-:day-:title.md'), 'notes-Hello-World');
  assert.is(hexoSlug('2020-01-01.md', ':year-:month-:day.md'), '2020-01-01');
});

test('slugize: signs and spaces to one `-`, accents off, case kept', () => {
  assert.is(hexoSlugize('  C++ & Go: Crème brûlée!  '), 'C-Go-Creme-brulee');
  assert.is(hexoSlugize('snake_case.v2'), 'snake-case-v2');
});

test('`:category` is the last category with its parents, as Hexo slugs it; default_category when none', () => {
  const defaults = readHexoCategoryConfig({});
  // hexo-theme-unit-test's categories.md: a flat list is one branch.
  assert.is(hexoCategory(['Foo', 'Bar', 'Baz'], defaults), 'Foo/Bar/Baz');
  assert.is(hexoCategory([['Tech', 'JS'], 'Life'], defaults), 'Life');
  assert.is(hexoCategory(['Life', ['Tech', 'Node JS']], defaults), 'Tech/Node-JS');
  assert.is(hexoCategory('Diary', defaults), 'Diary');
  assert.is(hexoCategory(undefined, defaults), 'uncategorized');
  assert.is(hexoCategory([], defaults), 'uncategorized');
  const set = readHexoCategoryConfig({
    default_category: 'misc',
    category_map: { 计算机: 'computer' },
    filename_case: 1,
  });
  assert.is(hexoCategory(['计算机', 'Web'], set), 'computer/web');
  assert.is(hexoCategory(null, set), 'misc');
});

test('`:hash` is SHA-1 of the slug and the Unix seconds of the date read in the zone, as moeyua.github.io published', () => {
  // Its gh-pages branch has /2023/04/26/9c6f6a605241/ and /2021/12/31/72ee308fd988/.
  assert.is(hexoHash('读书的意义', '2023-04-26 22:07:50', 'Asia/Shanghai'), '9c6f6a605241');
  assert.is(hexoHash('Hello 2022', '2021-12-31 14:28:09 ', 'Asia/Shanghai'), '72ee308fd988');
  assert.is.not(hexoHash('读书的意义', '2023-04-26 22:07:50', 'UTC'), '9c6f6a605241');
  // No date: Hexo used the file's creation time, which an import cannot know.
  assert.is(hexoHash('x', undefined, 'UTC'), undefined);
  assert.is(hexoHash('x', 'someday', 'UTC'), undefined);
});

test.run();
