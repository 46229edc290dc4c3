/**
 * @fileoverview Jekyll posts that prefix their images and links with `{{ site.url }}` alone (no
 * `{{ site.baseurl }}`), as blog.webjeda.com's (ArtiPedia/blog-v3) and the old so-simple and Minimal Mistakes
 * themes' posts do: the path from the site's root is kept and the image copied, not a Liquid tag left in the URL.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

const POST =
  '---\ntitle: Pages\ndate: 2015-12-10\n---\n![A repository]({{ site.url }}/images/repo.jpg)\n\nSee [the next step]({{site.url}}/next-step/).\n';

test('jekyll: `{{ site.url }}/images/x.jpg` → `/images/x.jpg`, the image copied to static/ and shown', () => {
  const source = sourceSite({
    '_config.yml': 'title: A Blog\nurl: https://blog.example.org\n',
    '_posts/2015-12-10-pages.md': POST,
    'images/repo.jpg': 'jpeg bytes',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const post = read(blog, 'posts/2015-12-10-pages.md');
  assert.match(post, '![A repository](/images/repo.jpg)');
  assert.match(post, '[the next step](/next-step/)');
  assert.match(r.stdout, '5: removed `{{ site.url }}` (the base path is added for you)');
  assert.not.match(r.stdout, 'is shown as written');
  assert.ok(existsSync(join(blog, 'static/images/repo.jpg')));
});

test('jekyll with a baseurl: `{{ site.url }}/blog/x.jpg` → `/x.jpg`; `{{ site.url }}/other` is left for a person', () => {
  const source = sourceSite({
    '_config.yml': 'title: A Blog\nurl: https://example.org\nbaseurl: /blog\n',
    '_posts/2015-12-10-pages.md':
      '---\ntitle: Pages\ndate: 2015-12-10\n---\n![A repository]({{ site.url }}/blog/images/repo.jpg)\n\n[Elsewhere]({{ site.url }}/shop/)\n',
    'images/repo.jpg': 'jpeg bytes',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const post = read(blog, 'posts/2015-12-10-pages.md');
  assert.match(post, '![A repository](/images/repo.jpg)');
  assert.match(post, '[Elsewhere]({{ site.url }}/shop/)');
  assert.ok(existsSync(join(blog, 'static/images/repo.jpg')));
});

test.run();
