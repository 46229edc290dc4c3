/** @fileoverview A theme's key for the cover's alt text (18F's `image_alt`) becomes `imageAlt`, so lint finds the alt. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('eleventy, as on 18f.gsa.gov: `image_alt` beside `image` → `imageAlt`; without a cover it stays', () => {
  const source = sourceSite({
    '.eleventy.js': 'module.exports = () => ({ dir: { input: "." } });\n',
    'content/posts/2015-07-15-openfec.md':
      '---\ntitle: OpenFEC\ndate: 2015-07-15\nimage: /assets/blog/fec/hero.png\nimage_alt: "OpenFEC: Explore campaign finance data"\n---\nBody.\n',
    'content/posts/2015-07-16-no-cover.md':
      '---\ntitle: No cover\ndate: 2015-07-16\nimage_alt: A caption for nothing\n---\nBody.\n',
    'assets/blog/fec/hero.png': 'not really a png',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'eleventy', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, "5: `image_alt` → `imageAlt` (the cover image's alt text)");
  const post = read(blog, 'posts/2015-07-15-openfec.md');
  assert.match(post, '\nimageAlt: "OpenFEC: Explore campaign finance data"\n');
  assert.not.match(post, 'image_alt');
  assert.match(read(blog, 'posts/2015-07-16-no-cover.md'), '\nimage_alt: A caption for nothing\n');
  const lint = runBlog(['lint', 'posts/2015-07-15-openfec.md'], { cwd: blog });
  assert.is(lint.status, 0, lint.stdout + lint.stderr);
  assert.not.match(lint.stdout, 'frontmatter/image-alt');
});

test.run();
