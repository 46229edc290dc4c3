/** @fileoverview Which `<!--` leaves the rest of a post off its page (each case checked against the built page). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findUnclosedComment } from '../../src/content/rules/body-unclosed-comment.ts';

test('a comment never closed is found at its `<!--`, on its own line, in an HTML block, a list or a quote', () => {
  assert.is(findUnclosedComment('First.\n\n<!-- a note to self\n\nAfter.\n'), 8);
  assert.is(findUnclosedComment('First.\n\n<!-- a --> <!-- b\n\nAfter.\n'), 19);
  assert.is(findUnclosedComment('<div>\n<!-- x\n</div>\n\nAfter.\n'), 6);
  assert.is(findUnclosedComment('- item\n\n  <!-- x\n\nAfter.\n'), 10);
  assert.is(findUnclosedComment('> <!-- x\n\nAfter.\n'), 2);
  // A fence after the `<!--` is inside the comment, so its `<!--` in code does not count either way.
  assert.is(findUnclosedComment('<!-- x\n```\n<!-- y -->\n'), undefined);
  assert.is(findUnclosedComment('<!-- x\n```\ncode\n```\nAfter.\n'), 0);
});

test('closed comments, empty ones, code and a `<!--` after text (shown as text) are fine', () => {
  assert.is(findUnclosedComment('<!-- one\ntwo -->\n\nAfter.\n'), undefined);
  assert.is(findUnclosedComment('<!-->\n\n<!--->\n\nAfter.\n'), undefined);
  assert.is(findUnclosedComment('```html\n<!-- x\n```\n\n`<!--` opens one.\n'), undefined);
  assert.is(findUnclosedComment('Write <!-- to open a comment.\n'), undefined);
  assert.is(findUnclosedComment('No comment at all.\n'), undefined);
});

test.run();
