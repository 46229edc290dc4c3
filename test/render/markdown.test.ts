import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createMarkdownRenderer } from '../../src/render/markdown.ts';

const render = createMarkdownRenderer({ allowHtml: false });

test('headings get anchors, code is highlighted, unsafe links are neutralised', () => {
  const out = render('Intro [x](javascript:alert(1)).\n\n## Part One\n\n```js\nconst a = 1;\n```\n');
  assert.match(out.html, /<h2 id="part-one">/);
  assert.match(out.html, /<span class="hljs-keyword">const<\/span>/);
  assert.match(out.html, /<a href="#">x<\/a>/);
  assert.is(out.excerptText, 'Intro x.');
});

test('input nested past the parser stack renders as text instead of throwing', () => {
  const out = render(`${'>'.repeat(20000)} deep`);
  assert.match(out.html, /^<pre>&gt;&gt;&gt;/);
});

test.run();
