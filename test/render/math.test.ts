import { createRequire } from 'node:module';
import { decodeHTML } from 'entities';
import type Katex from 'katex';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { scanBody } from '../../src/content/body/scan-body.ts';
import { bodyMath } from '../../src/content/rules/body-math.ts';
import { createMarkdownRenderer } from '../../src/render/markdown.ts';
import { forgetRenderedTex, renderTex } from '../../src/render/math.ts';
import { lintCase, post } from '../helpers/rule-tester.ts';

const render = createMarkdownRenderer({ allowHtml: false });

test('inline and display math become KaTeX HTML with MathML; the post says it has math', () => {
  const out = render('Energy $E=mc^2$ here.\n\n$$\n\\int_0^1 x\\,dx\n$$\n\n```math\na^2+b^2=c^2\n```\n');
  assert.match(
    out.html,
    /<p>Energy <span class="math math-inline"><span class="katex" data-pagefind-ignore="all"><span class="katex-mathml"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML">/,
  );
  assert.match(
    out.html,
    /<div class="math math-display" tabindex="0"><span class="katex-display" data-pagefind-ignore="all">/,
  );
  assert.match(out.html, '<annotation encoding="application/x-tex">a^2+b^2=c^2</annotation>');
  // The TeX once more, hidden, for search: KaTeX's own markup is left out of the index.
  assert.match(out.html, /<\/span><span class="math-text" hidden>E=mc\^2<\/span><\/span> here/);
  assert.match(out.html, '<span class="math-text" hidden>\\int_0^1 x\\,dx</span></div>');
  assert.is(out.math, true);
  assert.is(render('Costs $5 and $10.').math, false);
});

test('code spans and fenced code keep their dollars; \\$ is a dollar', () => {
  const out = render('Run `echo $HOME$` or pay \\$5$.\n\n```sh\nx=$y$\n```\n');
  assert.match(out.html, '<code>echo $HOME$</code>');
  assert.match(out.html, 'pay $5$.');
  assert.match(out.html, 'x=$y$');
  assert.not.match(out.html, 'katex');
});

test('a formula and the punctuation after it stay on one line; the text keeps the punctuation', () => {
  const out = render('Maximise $L(G,D)$, then $x$. And $$y$$.\n');
  assert.match(
    out.html,
    /^<p>Maximise <span class="math-nowrap"><span class="math math-inline"[\s\S]*?<\/span>,<\/span> then <span class="math-nowrap">/,
  );
  assert.is(out.excerptText, 'Maximise L(G,D), then x. And y.');
});

test('excerpts, heading text and ids show the TeX, not the markup', () => {
  const out = render('## The $O(n)$ bound\n\nWe show $x^2 < y$ holds.\n');
  assert.is(out.excerptText, 'We show x^2 < y holds.');
  assert.equal(out.headings, [{ depth: 2, id: 'the-on-bound', text: 'The O(n) bound' }]);
});

test('a formula KaTeX cannot render is shown as written, as code', () => {
  const out = render('Bad $\\frac{1}{$ here.\n\n$$\n\\undefinedthing\n$$\n');
  assert.match(out.html, '<code class="math-error">$\\frac{1}{$</code>');
  assert.match(
    out.html,
    '<pre class="math-error"><code class="math-error">$$\n\\undefinedthing\n$$</code></pre>',
  );
  assert.is(out.math, false);
});

test('math in a post with raw HTML survives the sanitizer whole, and the raw HTML is still sanitized', () => {
  const out = render('<b onclick="x()">raw</b> and $\\frac{a}{b}$ and <script>alert(1)</script>\n');
  assert.match(out.html, '<b>raw</b>');
  assert.not.match(out.html, /onclick|<script/);
  // KaTeX's layout lives on style attributes and MathML elements, which the sanitizer would have dropped.
  assert.match(out.html, /<span class="vlist" style="height:[^"]+;">/);
  assert.match(out.html, '<mfrac><mi>a</mi><mi>b</mi></mfrac>');
});

test('nothing can be injected through math', () => {
  const out = render(
    '$\\href{javascript:alert(1)}{x}$ $\\url{javascript:alert(2)}$ $\\htmlClass{evil}{x}$ $\\htmlStyle{position:fixed}{x}$ $\\includegraphics{http://x/y.png}$ $\\text{<img src=x onerror=alert(3)>}$\n',
  );
  // The TeX is in each formula's annotation, as text; no tag carries any of it.
  const tags = out.html.match(/<[^>]*>/g)!.join('');
  assert.not.match(tags, /href=|<a\b|<img|onerror=|evil|position:fixed|src=|javascript/);
  assert.match(out.html, '&lt;img src=x onerror=alert(3)&gt;');
});

test("the placeholder for a formula cannot be written in a post: a post's text stays text", () => {
  const out = render('A $x$ formula.');
  const placeholder = /m[0-9a-f]{16}x0m[0-9a-f]{16}x/;
  assert.not.match(out.html, placeholder);
  assert.is(
    render('Write m0000000000000000x0m0000000000000000x and $y$.').html.includes('m0000000000000000x0'),
    true,
  );
});

test('sizes and macro expansion are capped: a huge \\rule, a macro bomb, deep nesting', () => {
  const rule = renderTex('\\rule{1000em}{1000em}', false);
  assert.ok('html' in rule && rule.html.includes('width:20em') && !rule.html.includes('1000em;'));
  const bomb = renderTex('\\def\\a{\\a\\a}\\a', false);
  assert.ok('error' in bomb && /Too many expansions/.test(bomb.error.message));
  const deep = renderTex(`${'{'.repeat(5000)}x${'}'.repeat(5000)}`, false);
  assert.ok('error' in deep);
});

test('a refused command and a TeX error are reported with their place in the formula', () => {
  const refused = renderTex('a + \\href{https://x}{b}', false);
  assert.ok('html' in refused);
  assert.match(refused.problems[0]!.message, 'Unexpected `\\href` in a formula');
  const error = renderTex('a + \\nope', false);
  assert.ok('error' in error);
  assert.equal([error.error.offset, error.error.length], [4, 5]);
});

test('the lint scan finds exactly the formulas the page renders', () => {
  const bodies = [
    'Prices $5 and $10, a \\$ sign, `$x$` code, and $y$ math.\n',
    '## Big $O(n)$\n\n- item $a$\n- item \\(b\\)\n\n> quoted $c$\n',
    'para\n$$\nd\n$$\nmore $$e$$ inline\n\n\\[\nf\n\\]\n\n```math\ng\n```\n\n```\n$h$\n```\n',
    '[link $i$](https://x/) and ![alt $j$](x.png) and <span title="$k$">$l$</span>\n',
    '$$\nnot closed\n\nnor $m $ here, $5 $n\n',
    '| a | b |\n| - | - |\n| $o$ | $p$ |\n',
  ];
  for (const body of bodies) {
    const scanned = scanBody(body, 0).math.map((m) => m.tex.trim());
    const html = render(body).html;
    const rendered = [
      ...html.matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g),
    ];
    assert.equal(
      scanned,
      rendered.map((m) => decodeHTML(m[1]!).trim()),
      body,
    );
  }
});

test('a build checks and renders a formula with one KaTeX call: the lint rule and the page share it', () => {
  // The same CommonJS module instance math.ts loads, so its calls can be counted.
  const katex = createRequire(import.meta.url)('katex') as typeof Katex;
  const original = katex.renderToString;
  const calls: string[] = [];
  katex.renderToString = (tex, options) => {
    calls.push(tex);
    return original(tex, options);
  };
  try {
    forgetRenderedTex();
    const body = 'See $x^2$ and $x^2$, then $\\frac{a}{b}$, $\\nope$ and $y$.\n\n$$\nx^2\n$$\n';
    const fresh = render(body).html;
    assert.equal(lintCase(bodyMath, post('', body)).length, 1);
    assert.equal(
      calls.sort(),
      ['\nx^2\n', '\\frac{a}{b}', '\\nope', 'x^2', 'y'],
      'each distinct formula once (x^2 once inline, once as display math)',
    );
    forgetRenderedTex();
    calls.length = 0;
    // Checked first, as a build does: the page is the same bytes, with no KaTeX call of its own.
    assert.equal(lintCase(bodyMath, post('', body)).length, 1);
    const checked = calls.length;
    assert.is(render(body).html.replace(/m[0-9a-f]{16}x/g, ''), fresh.replace(/m[0-9a-f]{16}x/g, ''));
    assert.is(calls.length, checked);
  } finally {
    katex.renderToString = original;
  }
});

test.run();
