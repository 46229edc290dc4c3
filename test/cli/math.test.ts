/** Math in posts through the CLI: KaTeX's MathML in the page, its stylesheet and fonts only where needed, bad TeX reported. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { katexVersion } from '../../src/render/math.ts';
import { copyFixture, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { searchFragments } from '../helpers/search-index.ts';

const CSS = `/assets/katex/${katexVersion()}/katex.min.css`;

test('build: MathML in the page, KaTeX CSS linked from math pages only, fonts copied, a bad formula warned', () => {
  const blog = copyFixture('math', WITHOUT_EXTRAS);
  const built = runBlog(['build', '--format', 'stylish'], { cwd: blog });
  assert.is(built.status, 0, built.stderr);
  assert.match(
    built.stdout,
    /posts\/2024-01-01-bad-formula\.md\s+10:37\s+warning\s+Unexpected TeX: [^\n]+body\/math/,
  );
  assert.match(built.stderr, '1 warning');

  const page = read(blog, 'dist/posts/formulas/index.html');
  assert.match(page, `<link rel="stylesheet" href="${CSS}">`);
  assert.is(page.match(/<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"/g)?.length, 7);
  assert.match(
    page,
    '<div class="math math-display" tabindex="0"><span class="katex-display" data-pagefind-ignore="all">',
  );
  assert.match(page, 'a price of $5 and $10 does not.');
  assert.match(page, '<code>echo $HOME</code>');
  // The heading's id and the description come from the TeX, not from KaTeX's markup.
  assert.match(page, '<h2 id="the-sum-sum_i1n-i">');

  assert.not.match(read(blog, 'dist/posts/no-math/index.html'), 'katex');
  assert.not.match(read(blog, 'dist/index.html'), 'katex.min.css');
  const bad = read(blog, 'dist/posts/bad-formula/index.html');
  assert.match(bad, '<code class="math-error">$\\frac{1}{2 + \\oops$</code>');

  // The feed carries each formula's MathML alone: a reader without KaTeX's CSS would show the HTML half too.
  const feed = read(blog, 'dist/atom.xml');
  assert.match(feed, '&lt;math xmlns=&quot;http://www.w3.org/1998/Math/MathML&quot;&gt;');
  assert.not.match(feed, 'katex-html');
  assert.not.match(feed, 'math-text', 'nor the TeX written for search');
  assert.match(feed, 'a price of $5 and $10 does not.');

  const css = read(blog, `dist${CSS}`);
  const fonts = readdirSync(join(blog, 'dist', CSS, '..', 'fonts'));
  assert.ok(fonts.length >= 20 && fonts.every((f) => f.endsWith('.woff2')));
  // Every font the stylesheet names is in the output, and it names no other format.
  for (const [, name] of css.matchAll(/url\(fonts\/([^)]+)\)/g))
    assert.ok(existsSync(join(blog, 'dist', CSS, '..', 'fonts', name!)), name);
  assert.not.match(css, /\.woff\)|\.ttf\)/);
});

test('search indexes each formula once, as its TeX, in the text and in a heading’s sub-result title', () => {
  const blog = copyFixture('math', { socialCards: false });
  const built = runBlog(['build'], { cwd: blog });
  assert.is(built.status, 0, built.stderr);
  const page = searchFragments(blog).find((f) => f.url === '/posts/formulas/');
  assert.ok(page);
  // Was "The sum ∑i=1n​i": KaTeX's glyphs, which Pagefind takes into a title despite data-pagefind-ignore.
  assert.equal(
    page.anchors.map((a) => a.text),
    ['The sum \\sum_{i=1}^n i'],
  );
  assert.match(
    page.content,
    "Einstein's E = mc^2 and the roots x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a} sit",
  );
  assert.match(page.content, 'The sum \\sum_{i=1}^n i. \\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}');
  // Once each: no MathML text (E=mc2), no glyphs, no second TeX from KaTeX's annotation.
  assert.is(page.content.split('E = mc^2').length, 2);
  assert.not.match(page.content, /mc2|∑/);
});

test('a blog without math gets no KaTeX files', () => {
  const blog = copyFixture('lint-clean', WITHOUT_EXTRAS);
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  assert.not.ok(existsSync(join(blog, 'dist', 'assets', 'katex')));
});

test('lint: the bad formula at its file, line and column', () => {
  const blog = copyFixture('math');
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  type Result = { filePath: string; messages: { line: number; column: number; ruleId: string }[] };
  const found = (JSON.parse(lint.stdout) as Result[]).flatMap((r) =>
    r.messages.filter((m) => m.ruleId === 'body/math').map((m) => `${r.filePath}:${m.line}:${m.column}`),
  );
  assert.equal(found, ['posts/2024-01-01-bad-formula.md:10:37']);
});

test.run();
