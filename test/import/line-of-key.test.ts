/** @fileoverview The report names the source line a front-matter key is written on, whatever the line endings. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lineOfKey } from '../../src/import/convert-post.ts';

test('CRLF lines and a blank line before the key do not move it up a line', () => {
  // gohugoio/hugoBasicExample's content/post/markdown-syntax.md, saved with Windows line endings.
  const lf =
    '+++\nauthor = "Hugo Authors"\ntags = [\n    "markdown",\n]\ncategories = [\n    "themes",\n]\n+++\n';
  assert.is(lineOfKey(lf, 'categories'), 6);
  assert.is(lineOfKey(lf.replace(/\n/g, '\r\n'), 'categories'), 6);
  assert.is(lineOfKey('---\ntitle: x\n\n\nlayout: post\n---\n', 'layout'), 5);
  assert.is(lineOfKey('---\ntitle: x\n---\n', 'layout'), 1);
});

test.run();
