/**
 * @fileoverview Hux Blog's cover (`header-img: "img/post-bg.jpg"`, a path from the site's root, as
 * Huxpro/huxpro.github.io and its forks write it) becomes `image: /img/post-bg.jpg`, its file copied.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('jekyll, as on huxpro.github.io: `header-img` from the site root → `image`, copied to static/', () => {
  const source = sourceSite({
    '_config.yml': 'title: Hux Blog\n',
    '_posts/2015-05-11-see-u-ali.markdown':
      '---\nlayout:     post\ntitle:      "See you, Alibaba "\ndate:       2015-05-11\nheader-img: "img/post-bg-see-u-ali.jpg"\n---\nHi all\n',
    '_posts/2016-01-01-absolute.md':
      '---\ntitle: Absolute\ndate: 2016-01-01\nheader-img: /img/post-bg-2015.jpg\n---\nBody.\n',
    'img/post-bg-see-u-ali.jpg': 'jpeg bytes',
    'img/post-bg-2015.jpg': 'jpeg bytes',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    "5: `header-img: img/post-bg-see-u-ali.jpg` → `image: /img/post-bg-see-u-ali.jpg` (the cover image, a path from the site's root)",
  );
  assert.match(r.stdout, '4: `header-img` → `image` (the cover image)');
  assert.match(read(blog, 'posts/2015-05-11-see-u-ali.md'), '\nimage: /img/post-bg-see-u-ali.jpg\n');
  assert.match(read(blog, 'posts/2016-01-01-absolute.md'), '\nimage: /img/post-bg-2015.jpg\n');
  assert.ok(existsSync(join(blog, 'static/img/post-bg-see-u-ali.jpg')));
  assert.ok(existsSync(join(blog, 'static/img/post-bg-2015.jpg')));
});

test('jekyll, as on vespa-engine/blog: `image: assets/…` not beside the post but at the root → `/assets/…`', () => {
  const source = sourceSite({
    '_config.yml': 'title: A Blog\n',
    '_posts/2022-06-22-release.md':
      '---\nlayout: post\ntitle: Release\ndate: 2022-06-22\nimage: assets/2022-06-22-release/cover.jpg\n---\nBody.\n',
    '_posts/2022-06-23-beside.md': '---\ntitle: Beside\ndate: 2022-06-23\nimage: beside.jpg\n---\nBody.\n',
    '_posts/beside.jpg': 'jpeg bytes',
    'assets/2022-06-22-release/cover.jpg': 'jpeg bytes',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    "`image: assets/2022-06-22-release/cover.jpg` → `image: /assets/2022-06-22-release/cover.jpg` (the cover image, a path from the site's root)",
  );
  assert.not.match(r.stdout, 'not found beside the post');
  assert.match(read(blog, 'posts/2022-06-22-release.md'), '\nimage: /assets/2022-06-22-release/cover.jpg\n');
  assert.ok(existsSync(join(blog, 'static/assets/2022-06-22-release/cover.jpg')));
  assert.match(read(blog, 'posts/2022-06-23-beside.md'), '\nimage: beside.jpg\n');
});

test('jekyll, as on blog.webjeda.com: `image: x.jpg` shown by the layouts as `/thumbs/{{ page.image }}` → `/thumbs/x.jpg`', () => {
  const source = sourceSite({
    '_config.yml': 'title: A Blog\n',
    '_layouts/default.html':
      '<meta property="og:image" content="{{site.url}}/thumbs/{{ page.image }}" />\n{{ content }}\n',
    '_includes/card.html': '<img src="{{ site.baseurl }}/thumbs-small/{{page.image}}" alt="">\n',
    '_posts/2016-01-05-jekyll-blog.md':
      '---\nlayout: post\ntitle: Create a Jekyll blog\nimage: create-jekyll-blog.jpg\n---\nBody.\n',
    '_posts/2016-01-06-nowhere.md': '---\ntitle: Nowhere\nimage: missing.jpg\n---\nBody.\n',
    'thumbs/create-jekyll-blog.jpg': 'jpeg bytes',
    'thumbs-small/create-jekyll-blog.jpg': 'small jpeg bytes',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    "4: `image: create-jekyll-blog.jpg` → `image: /thumbs/create-jekyll-blog.jpg` (the cover image, in `thumbs/` where the old theme's layouts show it)",
  );
  assert.match(read(blog, 'posts/2016-01-05-jekyll-blog.md'), '\nimage: /thumbs/create-jekyll-blog.jpg\n');
  assert.ok(existsSync(join(blog, 'static/thumbs/create-jekyll-blog.jpg')));
  // A cover in none of those folders is still named for a person.
  assert.match(r.stdout, 'image `missing.jpg` not found beside the post');
});

test.run();
