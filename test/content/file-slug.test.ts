/** @fileoverview A post's slug from its file name: the date dropped, a percent-encoded name decoded first. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileSlug } from '../../src/content/post.ts';

test('a name saved from a URL is decoded before it is slugified', () => {
  // It was `per-20cent`: the `%` dropped and the `20` kept.
  assert.is(fileSlug('posts/per%20cent.md'), 'per-cent');
  assert.is(fileSlug('posts/2024-05-01-caf%C3%A9%20au%20lait.md'), 'cafe-au-lait');
  assert.is(fileSlug('posts/what%3F%2Fwhy/index.md'), 'what-why');
});

test('names with no escape, or a `%` that decodes to no text, are slugified as written', () => {
  assert.is(fileSlug('posts/2024-05-01-hello.md'), 'hello');
  assert.is(fileSlug('posts/100%.md'), '100');
  assert.is(fileSlug('posts/caf%E9.md'), 'caf-e9');
});

test.run();
