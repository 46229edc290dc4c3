/** @fileoverview Formulas from kramdown (Jekyll) and Hugo's passthrough carried over so that they render here. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hugoPassthrough, kramdownMath, passthroughMath } from '../../src/import/math.ts';
import { convert } from '../helpers/convert-body.ts';

test('kramdown: $$…$$ in a paragraph is inline math there, so it becomes \\(…\\); a block of its own stays', () => {
  const body = 'The area $$\\pi r^2$$ and $$ a $$.\n\n$$\n\\sum_i x_i\n$$\n\n$$ y $$\n\nText\n$$z$$\nmore\n';
  const { text, changes } = convert(kramdownMath, body);
  assert.is(
    text,
    'The area \\(\\pi r^2\\) and \\( a \\).\n\n$$\n\\sum_i x_i\n$$\n\n$$ y $$\n\nText\n\\(z\\)\nmore\n',
  );
  assert.is(changes.length, 3);
  assert.match(changes[0]!, "9: kramdown's `$$…$$` inside a paragraph → `\\(…\\)`");
});

test("kramdown: $$ starting a list item is a block there (lilianweng/lil-log's aligned losses)", () => {
  const body =
    '- (1) Goals:\n    - \\(a\\) is a loss.\n    - $$\n    \\begin{align*} a &= b \\end{align*}\n    $$\n    - and $$c$$ inline\n';
  const { text, changes } = convert(kramdownMath, body);
  assert.is(text, body.replace('$$c$$', '\\(c\\)'));
  assert.is(changes.length, 1);
});

test('kramdown: a $$ block may hold blank lines, and the $$ after it pair as before (lil-log)', () => {
  const body = 'Is:\n\n$$\n\\begin{aligned} a &= b \\\\\n\n&= c\n\\end{aligned}\n$$\n\nThus $$d$$ holds.\n';
  const { text } = convert(kramdownMath, body);
  assert.is(text, body.replace('$$d$$', '\\(d\\)'));
});

test('kramdown: code spans, escaped dollars and a $$ with no partner in its paragraph are left', () => {
  const body = 'Run `a $$b$$ c` or \\$$5.\n\nPrices: $$$ and\n\nmore $$ here.\n';
  assert.is(convert(kramdownMath, body).text, body);
});

test("hugo: the passthrough config's delimiters, when enabled", () => {
  const config = {
    markup: {
      goldmark: {
        extensions: {
          passthrough: {
            enable: true,
            delimiters: {
              block: [
                ['\\[', '\\]'],
                ['$$', '$$'],
              ],
              inline: [
                ['\\(', '\\)'],
                ['$', '$'],
              ],
            },
          },
        },
      },
    },
  };
  assert.equal(hugoPassthrough(config), {
    block: [
      ['\\[', '\\]'],
      ['$$', '$$'],
    ],
    inline: [
      ['\\(', '\\)'],
      ['$', '$'],
    ],
  });
  const off = structuredClone(config);
  off.markup.goldmark.extensions.passthrough.enable = false;
  assert.is(hugoPassthrough(off), undefined);
  assert.is(hugoPassthrough({}), undefined);
});

test('hugo: `$ x $` (math to Hugo, text to the $ rule here) and custom delimiters become ours; the rest stays', () => {
  const convertWith = passthroughMath({
    block: [
      ['$$', '$$'],
      ['@@', '@@'],
    ],
    inline: [
      ['$', '$'],
      ['\\(', '\\)'],
    ],
  });
  const body =
    'Keep $x^2$ and \\(y\\); fix $ a + b $ here.\n\n@@\nE = mc^2\n@@\n\n$$\nz\n$$\n\nCode `$ c $` stays.\n';
  const { text, changes } = convert(convertWith, body);
  assert.is(
    text,
    'Keep $x^2$ and \\(y\\); fix \\( a + b \\) here.\n\n$$\nE = mc^2\n$$\n\n$$\nz\n$$\n\nCode `$ c $` stays.\n',
  );
  assert.equal(changes, [
    "26: Hugo's passthrough `$…$` → `\\(…\\)` (math, as Hugo showed it)",
    "43: Hugo's passthrough `@@…@@` → `$$…$$` (math, as Hugo showed it)",
  ]);
});

test.run();
