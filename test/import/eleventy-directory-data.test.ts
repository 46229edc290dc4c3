/** @fileoverview A posts folder's `.11tydata.js`, read from its text (never run): literal tags and a simple permalink. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readJsDirectoryData } from '../../src/import/eleventy.ts';

test('a permalink function returning a template of `page.fileSlug` is read as an Eleventy template', () => {
  // zachleat/zachleat.com's _posts/_posts.11tydata.js.
  assert.equal(
    readJsDirectoryData(
      'export default {\n\tpermalink: function({page}) {\n\t\treturn `/web/${ page.fileSlug }/`\n\t},\n\ttags: ["blog-post"],\n}',
    ),
    { tags: ['blog-post'], permalink: '/web/{{ page.fileSlug }}/' },
  );
  assert.equal(
    readJsDirectoryData('module.exports = { permalink: (data) => `/b/${data.page.fileSlug}/` };'),
    {
      permalink: '/b/{{ page.fileSlug }}/',
    },
  );
  assert.equal(
    readJsDirectoryData("export default { permalink: '/blog/{{ page.fileSlug }}/', tags: 'posts' };"),
    {
      tags: ['posts'],
      permalink: '/blog/{{ page.fileSlug }}/',
    },
  );
});

test('a permalink computed any other way is code: the old URLs are unknown, never guessed', () => {
  for (const text of [
    'export default { permalink: (data) => `/${data.slug || data.page.fileSlug}/` };',
    'export default { permalink: makePermalink };',
    'export default { eleventyComputed: { permalink: (d) => d.url } };',
  ])
    assert.equal(readJsDirectoryData(text), { permalinkIsCode: true }, text);
  assert.equal(readJsDirectoryData('export default { layout: "post.njk" };'), {});
});

test.run();
