import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { imgSources, parseAttributes, rewriteImgTags } from '../../src/render/picture.ts';

test('attributes are read with double, single or no quotes, entity-decoded, names in lower case', () => {
  const attrs = parseAttributes(` SRC="a&amp;b.png" alt='It&#39;s "here"' width=40 hidden data-x = "1"`);
  assert.equal(
    [...attrs],
    [
      ['src', 'a&b.png'],
      ['alt', `It's "here"`],
      ['width', '40'],
      ['hidden', ''],
      ['data-x', '1'],
    ],
  );
});

test('each <img> is offered to the callback in order; undefined keeps it as written', () => {
  const html = '<p><img src="a.png" alt="A"> text <img src=\'b.png\' alt="B > C" /></p>';
  const seen: [string, number][] = [];
  const out = rewriteImgTags(html, ({ attributes, index }) => {
    seen.push([attributes.get('alt')!, index]);
    return index === 1 ? '<picture>B</picture>' : undefined;
  });
  assert.equal(seen, [
    ['A', 0],
    ['B > C', 1],
  ]);
  assert.is(out, '<p><img src="a.png" alt="A"> text <picture>B</picture></p>');
  assert.equal(imgSources(html), ['a.png', 'b.png']);
});

test('an <img> inside a <picture> the writer made is left alone', () => {
  const html = '<picture><source srcset="x.avif"><img src="x.png" alt=""></picture><img src="y.png" alt="">';
  assert.is(
    rewriteImgTags(html, () => '<img data-done>'),
    '<picture><source srcset="x.avif"><img src="x.png" alt=""></picture><img data-done>',
  );
});

test.run();
