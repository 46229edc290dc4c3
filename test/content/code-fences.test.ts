/** @fileoverview The fence tracker every body scan shares, against CommonMark's rules for opening a fence. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { codeFences } from '../../src/content/code-fences.ts';

const steps = (lines: string[]) => {
  const step = codeFences();
  return lines.map((line) => step(line));
};

test('a fence opens code and the same fence alone on its line closes it', () => {
  assert.equal(steps(['```js', 'a', '~~~', '````', '```']), ['open', 'code', 'code', 'close', 'open']);
});

test('```code``` on one line is inline code, not a fence: a backtick fence’s info string has no backtick', () => {
  // As blog.webjeda.com writes it: ```baseurl:    /blog``` in prose, then a {% highlight %} tag to convert.
  assert.equal(steps(['```baseurl:    /blog```', '{% highlight yml %}', '```']), ['prose', 'prose', 'open']);
  // A tilde fence's info string may hold backticks.
  assert.equal(steps(['~~~ `x`', 'code', '~~~']), ['open', 'code', 'close']);
});

test.run();
