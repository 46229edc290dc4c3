import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { matchInlineMath, matchMathBlock } from '../../src/render/math-syntax.ts';

const inline = (text: string, at = 0) => {
  const m = matchInlineMath(text, at, text.length);
  return m && { tex: m.tex, display: m.display, rest: text.slice(m.end) };
};

test('$…$, \\(…\\) and $$…$$ in a paragraph', () => {
  assert.equal(inline('$x^2$ is'), { tex: 'x^2', display: false, rest: ' is' });
  assert.equal(inline('\\(a + b\\) c'), { tex: 'a + b', display: false, rest: ' c' });
  assert.equal(inline('$$\\sum_i x_i$$ d'), { tex: '\\sum_i x_i', display: true, rest: ' d' });
  assert.equal(inline('$a\nb$'), { tex: 'a\nb', display: false, rest: '' });
});

test('prices stay text: a space after the opening $, before the closing one, or a digit after it', () => {
  assert.is(inline('$5 and $10'), undefined);
  assert.is(inline('$ x$'), undefined);
  assert.is(inline('$x $'), undefined);
  assert.is(inline('$5, or US$10 each'), undefined);
  // A closer that does not count is passed over, as Pandoc does.
  assert.equal(inline('$a $ b$'), { tex: 'a $ b', display: false, rest: '' });
});

test('a backslash escapes inside a formula; a backtick means a code span comes first', () => {
  assert.equal(inline('$\\$5$ x'), { tex: '\\$5', display: false, rest: ' x' });
  assert.is(inline('$a `b$` c$'), undefined);
  assert.is(inline('$$'), undefined);
  assert.is(inline('$$ $$'), undefined);
  assert.is(inline('\\(\\)'), undefined);
  assert.is(inline('\\[x\\]'), undefined);
});

test('a formula is bounded: no closing $ within 2,000 characters, no formula (each $ looks no further)', () => {
  assert.ok(inline(`$${'x'.repeat(1990)}$`));
  assert.is(inline(`$${'x'.repeat(2000)}$`), undefined);
  assert.is(matchMathBlock(`$$\n${'x '.repeat(11_000)}\n$$\n`, 0), undefined);
});

test('display blocks: one line or several, blank lines too, closed at a line end', () => {
  const block = (text: string) => {
    const m = matchMathBlock(text, 0);
    return m && { tex: m.tex, rest: text.slice(m.end) };
  };
  assert.equal(block('$$x$$\nnext'), { tex: 'x', rest: 'next' });
  assert.equal(block('  $$\n\\frac{a}{b}\n$$\n\nnext'), { tex: '\n\\frac{a}{b}\n', rest: '\nnext' });
  assert.equal(block('\\[\na\n\\]'), { tex: '\na\n', rest: '' });
  assert.equal(block('$$ a\nb $$  \n'), { tex: ' a\nb ', rest: '' });
  assert.is(block('$$x$$ and more'), undefined);
  assert.equal(block('$$\na \\\\\n\nb\n$$'), { tex: '\na \\\\\n\nb\n', rest: '' });
  assert.is(block('$$\nnever closed'), undefined);
  assert.is(block('    $$x$$'), undefined);
  assert.is(block('$$$$'), undefined);
});

test.run();
