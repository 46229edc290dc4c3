/** @fileoverview Slugs: text that is already a slug is returned as is, exactly as the slugify library would. */
import slugifyLib from '@sindresorhus/slugify';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  MAX_SLUG_BYTES,
  pageSlug,
  slugify,
  tagSlug,
  unreservedSlug,
  windowsReservedName,
} from '../../src/util/slug.ts';

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

test('a tag’s or author’s page slug fits the file system; two long names that start alike keep two pages', () => {
  // opentelemetry.io: `author: >- [Laurent Quérel](https://github.com/lquerel) (F5), [Joshua MacDonald](…)`.
  const a = slugify(`${'Alexey Alexandrov '.repeat(8)}(Google)`);
  const b = slugify(`${'Alexey Alexandrov '.repeat(8)}(Elastic)`);
  assert.ok(Buffer.byteLength(a) > MAX_SLUG_BYTES);
  for (const slug of [pageSlug(a), pageSlug(b), tagSlug('word '.repeat(60)), pageSlug('日本語'.repeat(40))]) {
    assert.ok(Buffer.byteLength(slug) <= MAX_SLUG_BYTES, slug);
    assert.match(slug, /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*-[0-9a-f]{8}$/u);
  }
  assert.is.not(pageSlug(a), pageSlug(b));
  assert.is(pageSlug('backup'), 'backup');
  // A folder Windows could not make (`dist/tags/con/`): the site would not build or check out there.
  assert.is(pageSlug('con'), 'con-page');
  assert.is(tagSlug('CON'), 'con-page');
  assert.is(tagSlug('lpt1'), 'lpt1-page');
  assert.is(pageSlug('console'), 'console');
});

test('a slug Windows keeps for a device is named, in any case and with any extension; another is offered', () => {
  const reserved = [
    'con',
    'PRN',
    'Aux',
    'nul',
    'com1',
    'COM9',
    'lpt1',
    'lpt9',
    'com0',
    'lpt²',
    'con.txt',
    'nul.tar.gz',
  ];
  for (const slug of reserved) assert.ok(windowsReservedName(slug), slug);
  assert.is(windowsReservedName('CON.txt'), 'CON');
  assert.is(windowsReservedName('guides/aux'), 'aux');
  for (const slug of ['console', 'com10', 'lpt', 'nul-results', 'my-con', 'a.con', 'conference-2024'])
    assert.is(windowsReservedName(slug), undefined, slug);
  assert.is(unreservedSlug('con', 'Con: what we learnt'), 'con-what-we-learnt');
  assert.is(unreservedSlug('con', 'Con'), 'con-post');
  assert.is(unreservedSlug('nul', 'NUL'), 'nul-post');
});

test('fullwidth letters and digits (typed with a Japanese or Chinese input method) slug as the ASCII ones', () => {
  assert.is(slugify('ｆｕｌｌｗｉｄｔｈ'), 'fullwidth');
  assert.is(tagSlug('ＡＷＳ'), tagSlug('AWS'));
  assert.is(slugify('日本語　ＡＷＳ入門２０２４'), '日本語-aws-入門-2024');
  assert.is(tagSlug('Ｃ＃'), 'c-sharp');
});

test('ligatures pasted from a PDF, halfwidth katakana, super- and subscripts slug as the letters they stand for', () => {
  assert.is(slugify('Conﬁguration ﬂow'), 'configuration-flow');
  assert.is(slugify('H₂O and x²'), 'h2o-and-x2');
  assert.is(slugify('ǅungla'), 'dzungla');
  assert.is(tagSlug('ﾌﾞﾛｸﾞ'), tagSlug('ブログ'));
  assert.is(tagSlug('ﬁle'), tagSlug('file'));
});

test('a title mixing Latin with a script that has no transliteration keeps both: `掌握Java` is not the tag `Java`', () => {
  // A Chinese Hexo blog: `掌握Java` and `java` shared /tags/java/, `压力测试工具ab学习笔记` became `/posts/ab/`.
  assert.is(slugify('掌握Java'), '掌握-java');
  assert.is.not(tagSlug('掌握Java'), tagSlug('Java'));
  assert.is(slugify('压力测试工具ab学习笔记'), '压力测试工具-ab-学习笔记');
  assert.is(slugify('Protocol-Buffers学习笔记'), 'protocol-buffers-学习笔记');
  assert.is(slugify('日本語のGo入門'), '日本語の-go-入門');
  assert.is(tagSlug('JDK源码阅读'), 'jdk-源码阅读');
  assert.is(slugify('Привет, мир'), 'privet-mir');
  assert.is(slugify('日本 語'), '日本-語');
});

test.run();
