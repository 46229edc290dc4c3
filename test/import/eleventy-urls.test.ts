/** @fileoverview Eleventy's default URL of a post, as Eleventy makes it from the input path. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { eleventyDefaultUrl, eleventyStemPath } from '../../src/import/eleventy.ts';

test('the path below the config’s input folder, `index` and a file named as its folder standing for the folder', () => {
  // 11ty/eleventy-base-blog: `dir: { input: "content" }`.
  assert.is(eleventyDefaultUrl('content/blog/firstpost.md', 'content'), '/blog/firstpost/');
  assert.is(eleventyDefaultUrl('content/blog/fourthpost/fourthpost.md', 'content'), '/blog/fourthpost/');
  assert.is(eleventyDefaultUrl('content/blog/x/index.md', 'content'), '/blog/x/');
  // The input is the site's root.
  assert.is(eleventyDefaultUrl('posts/2020-05-01-x.md', ''), '/posts/2020-05-01-x/');
  assert.is(eleventyDefaultUrl('content/blog/firstpost.md', ''), '/content/blog/firstpost/');
  // `posts/posts.md` is the folder's page too, but a top-level `blog.md` is not `/`.
  assert.is(eleventyDefaultUrl('blog.md', ''), '/blog/');
});

test('without a known input folder, `src/` is left out as most sites keep their input there', () => {
  assert.is(eleventyStemPath('src/posts/x.md', undefined), '/posts/x');
  assert.is(eleventyStemPath('posts/x.md', undefined), '/posts/x');
  assert.is(eleventyStemPath('src/posts/x.md', 'src'), '/posts/x');
});

test.run();
