/**
 * @fileoverview A `_config.yml` holding a Liquid tag YAML reads as a map used as a key (`image: {{page.image}}`,
 * as blog.webjeda.com's has): the import goes on with its other settings and prints no Node warning about it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('jekyll: `image: {{page.image}}` in _config.yml gives no "(node:…) Warning" lines; the title is read', () => {
  const source = sourceSite({
    '_config.yml': 'title: WebJeda Blog\nimage: {{page.image}}\n',
    '_posts/2015-12-10-pages.md': '---\ntitle: Pages\ndate: 2015-12-10\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source, '--dry-run'], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, 'Would import 1 post');
  assert.not.match(r.stderr, 'Warning');
  assert.is(r.stderr, '');
});

test.run();
