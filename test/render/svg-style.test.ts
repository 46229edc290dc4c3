/** @fileoverview A `<style>` inside an inline `<svg>`: kept for that drawing alone, with nothing that loads or runs. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sanitize } from '../../src/render/sanitize.ts';
import { scopedSvgCss } from '../../src/render/svg-style.ts';

const S = 'svg[data-svg-style="k-0"]';

/** The drawing's mark and its `<style>` text, from sanitized HTML. */
function styleOf(html: string): { mark: string | undefined; css: string | undefined } {
  return {
    mark: /<svg\b[^>]* data-svg-style="([^"]+)"/.exec(html)?.[1],
    css: /<style>([^<]*)<\/style>/.exec(html)?.[1],
  };
}

// src/_img/v8-release-80/pointer-compression-chart.svg: its labels are styled by class, from a <style> inside it.
test("v8.dev's chart: its classes' rules are kept, under a selector for that drawing", () => {
  const html = sanitize(
    '<svg xmlns="http://www.w3.org/2000/svg" width="638" height="371"><style>.l,.y{font:12px Arial,sans-serif;fill:#1a1a1a;text-anchor:start}.y{fill:#000;text-anchor:end}</style><text x="238" y="29" class="l">64-bit</text></svg>',
  );
  const { mark, css } = styleOf(html);
  assert.ok(mark && /^[0-9a-f]{8}-0$/.test(mark), html);
  const at = `svg[data-svg-style="${mark}"]`;
  assert.is(
    css,
    `${at} .l,${at} .y{font:12px Arial,sans-serif;fill:#1a1a1a;text-anchor:start}${at} .y{fill:#000;text-anchor:end}`,
  );
  assert.match(html, '<text x="238" y="29" class="l">64-bit</text>');
  // Another post's drawing, also the first of its post, is marked apart: their rules never mix on one page.
  const other = styleOf(sanitize('<svg><style>.l{fill:red}</style><text class="l">x</text></svg>'));
  assert.ok(other.mark && other.mark !== mark);
});

test('hostile CSS: what loads, runs, escapes or reaches outside the drawing is left out, the plain rules stay', () => {
  const css = [
    '@import url(https://evil.example/x.css);',
    '@import "https://evil.example/y.css";',
    '@font-face{font-family:x;src:url(https://evil.example/f.woff)}',
    '@keyframes spin{to{transform:rotate(1turn)}}',
    '@namespace svg url(http://www.w3.org/2000/svg);',
    '.a{background:url(https://evil.example/a.png);fill:url(#grad);stroke:url("#g2")}',
    '.b{behavior:url(x.htc);-moz-binding:url(x.xml#b);width:expression(alert(1));color:red}',
    '.c{fill:u\\72l(https://evil.example/)}',
    '.d{background-image:image-set("https://evil.example/i.png" 1x)}',
    '.e{cursor:url(https://evil.example/c.cur),auto}',
    '.f{content:"<img src=x onerror=alert(1)>"}',
    '.g{font-family:"a&amp;b"}',
    '~ p{color:red}',
    '+ div{display:none}',
    'svg{position:fixed;inset:0}',
    'svg, .h{opacity:0}',
    'svg .i, svg > .j{stroke:blue}',
    '.k { & ~ p {color:red} fill:green }',
    '.l\\,body{color:red}',
    '/* a comment */ .m{fill:#333 /* inline */}',
    '@media (prefers-color-scheme: dark){.n{fill:#fff}@import url(x.css);}',
    '@media screen and (url(x)){.o{fill:red}}',
  ].join('\n');
  assert.is(
    scopedSvgCss(css, S),
    [
      `${S} .a{fill:url(#grad);stroke:url("#g2")}`,
      `${S} .b{color:red}`,
      `${S} .i,${S} > .j{stroke:blue}`,
      `${S} .k{fill:green}`,
      `${S} .m{fill:#333}`,
      `@media (prefers-color-scheme: dark){${S} .n{fill:#fff}}`,
    ].join(''),
  );
  // What the parser cannot read (a block left open, stray braces) keeps nothing.
  assert.is(scopedSvgCss('.a{fill:red', S), '');
  assert.is(scopedSvgCss('}}{{', S), '');
});

test('the sanitizer: a <style> outside any <svg>, or one a post names as ours, is still dropped with its rules', () => {
  const html = sanitize(
    '<style>body{display:none}</style><p data-svg-style="0">Text.</p><svg-style-slot>body{display:none}</svg-style-slot><svg data-svg-style="x"><circle r="1"></circle></svg>',
  );
  assert.is(html, '<p>Text.</p><svg><circle r="1"></circle></svg>');
  // A <style> whose rules are all left out leaves no empty element, and its drawing no mark.
  assert.is(
    sanitize('<svg><style>@import url(https://evil.example/x.css);</style><circle r="1"></circle></svg>'),
    '<svg><circle r="1"></circle></svg>',
  );
  // `</style>` ends the element where a browser ends it too; the markup after it is sanitized as any other.
  const broken = sanitize(
    '<svg><style>.a{content:"</style><img src=x onerror=alert(1)>"}</style><circle r="1"></circle></svg>',
  );
  assert.not.match(broken, /onerror|<style/);
  // The text a post shows is never taken for the sanitizer's own marks.
  const text = sanitize('<p>a data-svg-style="0" b &lt;svg-style-slot&gt;&lt;/svg-style-slot&gt;</p>');
  assert.is(text, '<p>a data-svg-style="0" b &lt;svg-style-slot&gt;&lt;/svg-style-slot&gt;</p>');
});

test('two drawings, each with its style: each rule under its own drawing', () => {
  const html = sanitize(
    '<svg><style>.a{fill:red}</style><circle class="a"></circle></svg><svg><circle></circle></svg><svg><style>.a{fill:blue}</style><circle class="a"></circle></svg>',
  );
  const marks = [...html.matchAll(/<svg( data-svg-style="([^"]+)")?>/g)].map((m) => m[2]);
  assert.is(marks.length, 3);
  assert.ok(marks[0] && marks[2] && marks[1] === undefined, html);
  assert.match(html, `<style>svg[data-svg-style="${marks[0]}"] .a{fill:red}</style>`);
  assert.match(html, `<style>svg[data-svg-style="${marks[2]}"] .a{fill:blue}</style>`);
});

// A drawing element outside any <svg> is unwrapped; it closed the element after it with its own name
// (`<em>d</svg-element-outside-svg>`), leaving the rest of the paragraph in italics.
test('a stray drawing element is unwrapped, and the elements beside it close as they opened', () => {
  assert.is(
    sanitize('<p>a <path>b</path> c <em>d</em></p><div><circle>x</circle><p>y</p></div>'),
    '<p>a b c <em>d</em></p><div>x<p>y</p></div>',
  );
});

test.run();
