/**
 * @fileoverview `blog import` on the odd corners of real Jekyll and Hexo sites (mmistakes' theme test posts,
 * hexo-theme-unit-test): what is not a post is named with the reason, and what is imported builds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, FIXTURES, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

/** An empty blog to import into. */
function emptyBlog(): string {
  const dir = tempDir('blog-odd-import-');
  mkdirSync(join(dir, 'posts'));
  writeFileSync(
    join(dir, 'blog.config.json'),
    JSON.stringify({ title: 'Imported', baseUrl: 'https://example.com/', ...WITHOUT_EXTRAS }),
  );
  return dir;
}

/** A source site from `{ path: text }`. */
function site(files: Record<string, string>): string {
  const root = tempDir('odd-site-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('Jekyll: HTML, Textile and .mkd posts and an undated _posts file are named with the reason, not dropped', () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    '_posts/2013-01-11-markup.md': '---\ntitle: Markup\n---\nMarkdown.\n',
    '_posts/2011-05-02-html-post.html': '---\ntitle: An HTML post\n---\n<p>Hello</p>\n',
    '_posts/2010-03-01-textile.textile': '---\ntitle: Textile\n---\nh2. Hello\n',
    '_posts/2012-07-04-notes.mkd': '---\ntitle: Notes\n---\nNotes.\n',
    '_posts/readme.md': '---\ntitle: Not a post\n---\nJekyll never published this.\n',
    // No front-matter: a static file of the posts folder, as Jekyll copies it; not a post.
    '_posts/2013-01-11-diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Imported 1 post and 0 other files/);
  assert.match(r.stdout, 'Left out (4):');
  assert.match(
    r.stdout,
    '  _posts/2011-05-02-html-post.html: an HTML post: only Markdown posts are imported',
  );
  assert.match(
    r.stdout,
    '  _posts/2010-03-01-textile.textile: a `.textile` post: only Markdown posts are imported',
  );
  assert.match(
    r.stdout,
    '  _posts/2012-07-04-notes.mkd: a Markdown post with the `.mkd` extension: rename it to `.md`',
  );
  assert.match(
    r.stdout,
    '  _posts/readme.md: no date in its name: Jekyll publishes only `YYYY-MM-DD-title` files',
  );
  assert.not.match(r.stdout, 'diagram.svg');
  assert.not.ok(existsSync(join(blog, 'posts/readme.md')));
  assert.match(read(blog, 'import-report.txt'), '_posts/2011-05-02-html-post.html: an HTML post');
});

test("Jekyll: a cover `image:` (a site path, or Basically Basic's `image: { path }`) comes along into static/", () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    // jekyll-theme-basically-basic docs/_posts/2012-03-14-layout-hero-image.md
    '_posts/2012-03-14-layout-hero-image.md':
      '---\ntitle: "Layout: Hero Image"\nimage: /assets/images/eder-oliveira-180877.jpg\nimageAlt: A hero\n---\n\nThis post should display a **hero image**.\n',
    // … and docs/_posts/2012-03-12-layout-external-hero-image.md, with a local file
    '_posts/2012-03-12-layout-map-hero-image.md':
      '---\ntitle: "Layout: Hero Image as a map"\nimage:\n  path: /assets/images/amine-ounnas-180287.jpg\n  thumbnail: /assets/images/amine-ounnas-180287.jpg\n  alt: Another hero\n---\n\nBody.\n',
  });
  for (const name of ['eder-oliveira-180877.jpg', 'amine-ounnas-180287.jpg']) {
    mkdirSync(join(source, 'assets/images'), { recursive: true });
    cpSync(join(FIXTURES, 'images/static/images/hero.png'), join(source, 'assets/images', name));
  }
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Imported 2 posts and 2 other files/);
  assert.not.match(r.stdout, /not found/);
  assert.match(r.stdout, '3: `image: { path }` → `image: { src }` (the cover image)');
  assert.ok(existsSync(join(blog, 'static/assets/images/eder-oliveira-180877.jpg')));
  assert.ok(existsSync(join(blog, 'static/assets/images/amine-ounnas-180287.jpg')));
  assert.match(
    read(blog, 'posts/2012-03-12-layout-map-hero-image.md'),
    /^image:\n {2}thumbnail: .*\n {2}alt: Another hero\n {2}src: \/assets\/images\/amine-ounnas-180287\.jpg$/m,
  );
  const build = runBlog(['build', '--strict'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.not.match(build.stdout, /broken/);
  assert.match(
    read(blog, 'dist/posts/layout-map-hero-image/index.html'),
    /<meta property="og:image" content="[^"]*amine-ounnas-180287/,
  );
});

test("Jekyll: a YAML anchor and its alias (made-mistakes' `path: &image …` / `feature: *image`) import and build", () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    // mmistakes/made-mistakes-jekyll: src/_posts/mastering-paper/2013-11-25-drawing-textures.md
    '_posts/2013-11-25-drawing-textures.md':
      '---\ntitle: Drawing textures\nimage:\n  path: &image /assets/images/texture.png\n  width: 1280\n  feature: *image\nteaser: *image\n---\n\nBricks.\n',
    // An alias inside what its own anchor marks has no end: refused, naming the alias.
    '_posts/2013-11-26-loop.md': '---\ntitle: Loop\nlist: &x [ *x ]\n---\n\nBody.\n',
  });
  mkdirSync(join(source, 'assets/images'), { recursive: true });
  cpSync(join(FIXTURES, 'images/static/images/hero.png'), join(source, 'assets/images/texture.png'));
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stderr, 'Internal error');
  assert.match(r.stdout, /^Imported 2 posts and 1 other file/);
  assert.match(r.stdout, /Unexpected YAML alias `\*x` inside what `&x` marks/);
  const post = read(blog, 'posts/2013-11-25-drawing-textures.md');
  assert.match(post, /^ {2}feature: \/assets\/images\/texture\.png$/m);
  assert.match(post, /^teaser: \/assets\/images\/texture\.png$/m);
  assert.match(post, /^ {2}src: \/assets\/images\/texture\.png$/m);
  assert.not.match(post, /[&*]image/);
  // The loop post is copied as written, for a person; the build names it (frontmatter/syntax) until then.
  rmSync(join(blog, 'posts/2013-11-26-loop.md'));
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/posts/drawing-textures/index.html'), '<h1');
});

test('Jekyll: `last_modified_at` becomes `updated`, a number title is text as written; the result builds', () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    // jekyll-theme-basically-basic docs/_posts/2010-01-07-post-modified.md
    '_posts/2010-01-07-post-modified.md':
      '---\ntitle: "Post: Modified Date"\nlast_modified_at: 2016-03-09T16:20:02-05:00\n---\n\nThis post has been updated.\n',
    '_posts/2020-03-02-version.md': '---\ntitle: 3.0 # the release\n---\n\nNotes.\n',
    '_posts/2020-03-03-before.md': '---\ntitle: Before\nlast_modified_at: 2019-01-01\n---\n\nOdd.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, '3: `last_modified_at` → `updated`');
  assert.match(r.stdout, '2: `title: 3.0` written as text');
  // A last change before the post's day is named by the import, not first by a failed build.
  // basically-basic's 2010-10-25-post-future-date.md (date: 9999-12-31) was last modified in 2017: no
  // `updated` before the post's date, which would stop the build.
  assert.match(
    r.stdout,
    /posts\/2020-03-03-before\.md\n {4}3: kept `last_modified_at`, not made `updated`: it is before the post's date/,
  );
  assert.not.match(r.stdout, /kept `last_modified_at`, unused here/);
  assert.match(read(blog, 'posts/2010-01-07-post-modified.md'), /^updated: 2016-03-09T16:20:02-05:00$/m);
  assert.match(read(blog, 'posts/2020-03-02-version.md'), /^title: "3\.0" # the release$/m);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/posts/version/index.html'),
    /<h1 class="post-title" data-pagefind-meta="title">3\.0<\/h1>/,
  );
  assert.match(read(blog, 'dist/posts/post-modified/index.html'), /"dateModified":"2016-03-09/);
});

test("Jekyll: kramdown's `{: .class}` is not left on the page; `* TOC` + `{:toc}` become `toc: true`", () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    // jekyll-theme-basically-basic docs/_posts/2013-01-09-markup-text-alignment.md
    '_posts/2013-01-09-markup-text-alignment.md':
      '---\ntitle: "Markup: Text Alignment"\n---\n\n* TOC\n{:toc}\n\n## Center Aligned\n\nThis is a paragraph. It is center aligned.\n{: .text-center}\n\n```markdown\nCenter aligned text.\n{: .text-center}\n```\n\nSee [kramdown](https://kramdown.gettalong.org/){:target="_blank"}.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, "11: removed kramdown's `{: .text-center}` (an attribute for the old theme)");
  assert.match(r.stdout, '5: `* TOC {:toc}` → `toc: true` (a table of contents on top of the page)');
  assert.not.match(r.stdout, 'is shown as written');
  const post = read(blog, 'posts/2013-01-09-markup-text-alignment.md');
  assert.match(post, /\ntoc: true\n[\s\S]*---\n\n\n\n\n## Center Aligned/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/markup-text-alignment/index.html');
  assert.not.match(page, 'TOC');
  assert.match(page, /<p>This is a paragraph\. It is center aligned\.<\/p>/);
  assert.match(page, '<a href="https://kramdown.gettalong.org/">kramdown</a>.');
  assert.not.match(page, /\{: \.text-center\}<\/p>|target=&quot;/);
  // The code block shows the syntax as written.
  assert.match(page, /Center aligned text\.\n\{: \.text-center\}/);
});

test("Jekyll: Minimal Mistakes' `header: { overlay_image }` becomes the cover, its file copied", () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    // minimal-mistakes docs/_posts/2012-03-15-layout-header-overlay-image.md
    '_posts/2012-03-15-layout-header-overlay-image.md':
      '---\ntitle: "Layout: Header Image Overlay"\nheader:\n  overlay_image: /assets/images/unsplash-image-1.jpg\n  caption: "Photo credit: [**Unsplash**](https://unsplash.com)"\n  image_description: A foggy forest\n---\n\nThis post should display a **header with an overlay image**.\n',
    // … and 2010-08-05-post-teaser-image-og-override.md: the teaser before the OpenGraph one
    '_posts/2010-08-05-post-teaser-image-og-override.md':
      '---\ntitle: "Post: Teaser Image with OpenGraph Override"\nheader:\n  teaser: /assets/images/page-header-teaser.png\n  og_image: /assets/images/page-header-og-image.png\n---\n\nTeaser.\n',
  });
  mkdirSync(join(source, 'assets/images'), { recursive: true });
  for (const name of ['unsplash-image-1.jpg', 'page-header-teaser.png'])
    cpSync(join(FIXTURES, 'images/static/images/hero.png'), join(source, 'assets/images', name));
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, '3: `header.overlay_image` → `image` (the cover image)');
  assert.match(r.stdout, '3: `header.teaser` → `image` (the cover image)');
  const post = read(blog, 'posts/2012-03-15-layout-header-overlay-image.md');
  assert.match(post, /^image: \/assets\/images\/unsplash-image-1\.jpg\nimageAlt: A foggy forest$/m);
  assert.ok(existsSync(join(blog, 'static/assets/images/unsplash-image-1.jpg')));
  assert.ok(existsSync(join(blog, 'static/assets/images/page-header-teaser.png')));
  const build = runBlog(['build', '--strict'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/posts/layout-header-overlay-image/index.html'),
    /<meta property="og:image:alt" content="A foggy forest">/,
  );
});

test('Jekyll: the Markdown inside a kramdown `markdown="1"` block is rendered, not shown as written', () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    // minimal-mistakes docs/_posts/2010-02-05-post-notice.md
    '_posts/2010-02-05-post-notice.md':
      '---\ntitle: "Post: Notice"\n---\n\nA notice displays information.\n\n<div class="notice--primary" markdown="1">\n**Primary Notice with code block:** Lorem ipsum. [Praesent libero](#).\n\n```html\n<html>\n  <body>Some body.<body>\n</html>\n```\n</div>\n\nAfter.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '7: `<div class="notice--primary" markdown="1">` → `<div class="notice--primary">` a line up',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/post-notice/index.html');
  assert.match(
    page,
    '<strong>Primary Notice with code block:</strong> Lorem ipsum. <a href="#">Praesent libero</a>.',
  );
  assert.not.match(page, '**Primary');
  assert.match(page, /<p>After\.<\/p>/);
});

test("Hexo: a permalink with `:category` keeps each post's old URL, its categories read before they become tags", () => {
  const source = site({
    '_config.yml': 'title: H\npermalink: :category/:title/\n',
    // hexo-theme-unit-test's source/_posts/categories.md: a list is one branch, Foo > Bar > Baz.
    'source/_posts/categories.md':
      'title: Categories\ndate: 2013-12-24 22:49:32\ncategories:\n- Foo\n- Bar\n- Baz\n---\n\nThis post contains 3 categories.\n',
    'source/_posts/hello-world.md': 'title: Hello World\ndate: 2013-12-24 17:49:32\n---\n\nWelcome.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    read(blog, 'posts/2013-12-24-categories.md'),
    /^aliases:\n {2}- \/Foo\/Bar\/Baz\/categories\/$/m,
  );
  assert.match(
    read(blog, 'posts/2013-12-24-hello-world.md'),
    /^aliases:\n {2}- \/uncategorized\/hello-world\/$/m,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.ok(existsSync(join(blog, 'dist/Foo/Bar/Baz/categories/index.html')));
  assert.ok(existsSync(join(blog, 'dist/uncategorized/hello-world/index.html')));
});

test("Eleventy: v8.dev's YouTube `<iframe>` in a `<figure>`, which the build removes, becomes a link to the video; one shown as code stays", () => {
  const source = site({
    'src/blog/10-years.md': [
      '---',
      'title: Ten years',
      'date: 2018-09-11',
      '---',
      '<figure>',
      '  <div class="video video-16:9">',
      '    <iframe src="https://www.youtube.com/embed/G0vnrPTuxZA" width="640" height="360" loading="lazy"></iframe>',
      '  </div>',
      '  <figcaption>A visualization of the V8 code base.</figcaption>',
      '</figure>',
      '',
      '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" allowfullscreen></iframe>',
      '',
      '```html',
      '<iframe src="https://www.youtube.com/embed/xCx4uC7mn6Y"></iframe>',
      '```',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'eleventy', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const post = read(blog, 'posts/2018-09-11-10-years.md');
  assert.match(post, '\n    <a href="https://www.youtube.com/watch?v=G0vnrPTuxZA">YouTube video</a>\n');
  // An unlisted video's hash is kept: without it the link does not play.
  assert.match(post, '\n<a href="https://vimeo.com/76979871/8272103f6e">Vimeo video</a>\n');
  assert.match(post, '\n<iframe src="https://www.youtube.com/embed/xCx4uC7mn6Y"></iframe>\n```');
  assert.match(
    r.stdout,
    '7: `<iframe src="…">` → `<a href="https://www.youtube.com/watch?v=G0vnrPTuxZA">YouTube video</a>` (a link: embeds are not shown here)',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/10-years/index.html');
  assert.match(page, '<a href="https://www.youtube.com/watch?v=G0vnrPTuxZA">YouTube video</a>');
  assert.not.match(runBlog(['lint'], { cwd: blog }).stdout, /10-years\.md\n\s+7:/);
});

test("Eleventy: v8.dev's bylines (`Name (link), role`, `A, B, and C`) give author pages for the names only", () => {
  const source = site({
    'src/blog/10-years.md':
      "---\ntitle: Ten years\ndate: 2018-09-11\nauthor: 'Mathias Bynens ([@mathias](https://twitter.com/mathias)), V8 historian'\n---\nBody.\n",
    'src/blog/orinoco.md':
      "---\ntitle: Orinoco\ndate: 2016-04-12\nauthor: 'the jank busters: Ulan Degenbaev, Michael Lippautz, and Hannes Payer'\n---\nBody.\n",
    'src/blog/regexp.md':
      "---\ntitle: Regexp\ndate: 2017-01-10\nauthor: 'Yang Guo, Regular Expression Engineer'\n---\nBody.\n",
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'eleventy', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(read(blog, 'posts/2018-09-11-10-years.md'), /^author:\n {2}- Mathias Bynens\n/m);
  assert.match(
    read(blog, 'posts/2016-04-12-orinoco.md'),
    /^author:\n {2}- Ulan Degenbaev\n {2}- Michael Lippautz\n {2}- Hannes Payer\n/m,
  );
  assert.match(
    r.stdout,
    "4: `author` written in Markdown → `Mathias Bynens` (links and parentheses, and the role `V8 historian` left out; a profile's URL goes under `authors` in blog.config.json)",
  );
  assert.match(
    r.stdout,
    '4: `author` written as one line → `Ulan Degenbaev`, `Michael Lippautz`, `Hannes Payer` (the role `the jank busters` left out)',
  );
  // A job title after the name (v8.dev's src/blog/regexp-*.md) is no author either.
  assert.match(read(blog, 'posts/2017-01-10-regexp.md'), /^author:\n {2}- Yang Guo\n/m);
  assert.match(
    r.stdout,
    '4: `author` written as one line → `Yang Guo` (the role `Regular Expression Engineer` left out)',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.ok(existsSync(join(blog, 'dist/authors/hannes-payer/index.html')));
  assert.not.ok(existsSync(join(blog, 'dist/authors/v8-historian')));
  assert.not.ok(existsSync(join(blog, 'dist/authors/and-hannes-payer')));
  assert.not.ok(existsSync(join(blog, 'dist/authors/regular-expression-engineer')));
  assert.ok(existsSync(join(blog, 'dist/authors/yang-guo/index.html')));
});

test("Hexo: a post named with `_` (3ks.dev's `_2020-09-13-kube-draft.md`), which Hexo never published, is left out and named, not published", () => {
  const source = site({
    '_config.yml': 'title: H\nnew_post_name: :year-:month-:day-:title.md\n',
    'source/_posts/2020-09-10-quick-sort.md':
      '---\ntitle: Quick sort\ndate: 2020-09-10 10:00:00\n---\nPublished.\n',
    'source/_posts/_2020-09-13-kube-draft.md':
      '---\ntitle: Kube draft\ndate: 2020-09-13 10:00:00\n---\nHidden.\n',
    'source/_posts/_wip/notes.md': '---\ntitle: Notes\ndate: 2020-09-14 10:00:00\n---\nHidden too.\n',
    'source/_drafts/_idea.md': '---\ntitle: Idea\n---\nHidden draft.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Imported 1 post and 0 other files/);
  assert.match(r.stdout, 'Left out (3):');
  assert.match(
    r.stdout,
    '  source/_posts/_2020-09-13-kube-draft.md: its name (or a folder) starts with `_`, so Hexo never published it',
  );
  assert.match(r.stdout, '  source/_posts/_wip/notes.md: its name');
  assert.match(r.stdout, '  source/_drafts/_idea.md: its name');
  assert.equal(readdirSync(join(blog, 'posts')), ['2020-09-10-quick-sort.md']);
});

test('Hexo: `{% img %}` and a quoted `{% asset_img "my pic.png" %}` become images that build', () => {
  const source = site({
    '_config.yml': 'title: H\npost_asset_folder: true\n',
    'source/_posts/img-tags.md':
      '---\ntitle: Img tags\ndate: 2015-01-01 10:00:00\n---\n{% img /images/a.png 200 300 "A title" %}\n\n{% asset_img "my pic.png" "My pic" %}\n',
  });
  mkdirSync(join(source, 'source/images'), { recursive: true });
  mkdirSync(join(source, 'source/_posts/img-tags'), { recursive: true });
  cpSync(join(FIXTURES, 'images/static/images/hero.png'), join(source, 'source/images/a.png'));
  cpSync(join(FIXTURES, 'images/static/images/hero.png'), join(source, 'source/_posts/img-tags/my pic.png'));
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout, /is shown as written|not found/);
  assert.match(
    read(blog, 'posts/2015-01-01-img-tags/index.md'),
    '![A title](/images/a.png "A title")\n\n![My pic](my%20pic.png)\n',
  );
  const build = runBlog(['build', '--strict'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/img-tags/index.html');
  assert.match(page, /alt="A title"/);
  assert.match(page, /alt="My pic"/);
});

test("Hexo: a codeblock's caption is the title shown on top of the block", () => {
  const source = site({
    '_config.yml': 'title: H\n',
    // hexo-theme-unit-test's source/_posts/tag-plugins.md
    'source/_posts/tag-plugins.md':
      'title: Tag Plugins\ndate: 2013-12-25 00:29:33\n---\n\n## Code Block\n\n{% codeblock Array.map lang:js %}\narray.map(callback[, thisArg])\n{% endcodeblock %}\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(read(blog, 'posts/2013-12-25-tag-plugins.md'), '\n```js title="Array.map"\narray.map(');
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  assert.match(
    read(blog, 'dist/posts/tag-plugins/index.html'),
    '<figure class="code-block"><figcaption>Array.map</figcaption><pre tabindex="0"><code class="hljs language-js">',
  );
});

test('Hexo: a date written `2013/7/13 20:46:25` builds; lint --fix writes it `2013-07-13 20:46:25`', () => {
  const source = site({
    '_config.yml': 'title: H\ntimezone: UTC\n',
    'source/_posts/old-date.md': 'title: Old date\ndate: 2013/7/13 20:46:25\n---\nbody\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout, /is not a date/);
  assert.match(read(blog, 'posts/2013-07-13-old-date.md'), 'date: 2013/7/13 20:46:25');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/posts/old-date/index.html'), /datetime="2013-07-13T20:46:25/);
  const fix = runBlog(['lint', '--fix'], { cwd: blog });
  assert.is(fix.status, 0, fix.stderr);
  assert.match(read(blog, 'posts/2013-07-13-old-date.md'), /^date: 2013-07-13 20:46:25$/m);
});

test('Jekyll: a key written twice keeps the last value, as Jekyll read it, so the new post parses and builds', () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    '_posts/2020-01-05-dup.md': '---\ntitle: First try\ndescription: Old\ntitle: Second try\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '2: `title` written more than once: kept the last, `"Second try"`, the one Jekyll read',
  );
  assert.not.match(r.stdout, /Invalid YAML/);
  assert.match(read(blog, 'posts/2020-01-05-dup.md'), /^---\ndescription: Old\ntitle: Second try\n/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/posts/dup/index.html'),
    /<h1 class="post-title" data-pagefind-meta="title">Second try<\/h1>/,
  );
});

test("Jekyll: excerpt_separator (the post's or the config's) still ends the excerpt, as <!-- more -->", () => {
  const source = site({
    '_config.yml': 'title: Old\nexcerpt_separator: <!--excerpt-->\n',
    // jekyll-theme-basically-basic docs/_posts/2010-01-07-post-standard.md
    '_posts/2010-01-07-post-standard.md':
      '---\ntitle: "Post: Standard"\nexcerpt_separator: "<!--more-->"\n---\n\nAll children, except one, grow up.\n\nYou always know after you are two.\n\n<!--more-->\n\nThis post has a manual excerpt `<!--more-->` set after the second paragraph.\n',
    '_posts/2020-01-24-site-wide.md':
      '---\ntitle: Site-wide separator\n---\n\nFirst para.\n\n```html\n<!--excerpt-->\n```\n\nSecond para.\n<!--excerpt-->\nThird.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, '3: removed `excerpt_separator`: `<!--more-->` ends the excerpt here too');
  assert.match(r.stdout, '12: `excerpt_separator` `<!--excerpt-->` → `<!-- more -->`');
  assert.not.match(r.stdout, /kept `excerpt_separator`/);
  const post = read(blog, 'posts/2020-01-24-site-wide.md');
  assert.match(post, '```html\n<!--excerpt-->\n```\n\nSecond para.\n<!-- more -->\nThird.\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const index = read(blog, 'dist/index.html');
  // The excerpt runs to the separator: both paragraphs before it, not the third.
  assert.match(index, /Second para\./);
  assert.not.match(index, /Third\./);
  assert.match(index, /You always know after you are two\./);
});

test('Jekyll: `{{ page.title }}` and `{{ site.x }}` are written out, not shown as Liquid', () => {
  const source = site({
    '_config.yml': 'title: Old\nrepository: mojombo/mojombo.github.io\n',
    // mojombo.github.io's _posts/2010-10-18-optimize-for-happiness.md
    '_posts/2010-10-18-optimize-for-happiness.md':
      '---\nlayout: post\ntitle: Optimize for Happiness\n---\n\n{{ page.title }}\n================\n\n<p class="meta">18 October 2010 - San Francisco</p>\n\nSource: {{ site.repository }}.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, '6: `{{ page.title }}` → `Optimize for Happiness`');
  assert.not.match(r.stdout, /is shown as written/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/optimize-for-happiness/index.html');
  assert.not.match(page, '{{');
  assert.match(page, /<h2 id="optimize-for-happiness">.*Optimize for Happiness<\/h2>/);
  assert.match(page, 'Source: mojombo/mojombo.github.io.');
});

test("Hexo: JSON front-matter (`;;;`, from Hexo's docs) keeps its title and date", () => {
  const source = site({
    '_config.yml': 'title: H\ntimezone: UTC\n',
    'source/_posts/json-front-matter.md':
      '"title": "Hello World",\n"date": "2013/7/13 20:46:25",\n"tags": ["json"]\n;;;\nJSON body.\n',
    'source/_posts/opened.md': ';;;\n"title": "Opened too",\n"date": "2014-01-01 10:00:00"\n;;;\n\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, "1: Hexo's JSON front-matter (`;;;`) → YAML");
  assert.not.match(r.stdout, /made `.*` from the file name|modification day/);
  assert.match(
    read(blog, 'posts/2013-07-13-json-front-matter.md'),
    /^---\ntitle: Hello World\ndate: 2013\/7\/13 20:46:25\ntags:\n {2}- json\n/,
  );
  assert.match(read(blog, 'posts/2013-07-13-json-front-matter.md'), /---\nJSON body\.\n$/);
  assert.match(read(blog, 'posts/2014-01-01-opened.md'), /^---\ntitle: Opened too\n/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/posts/json-front-matter/index.html'),
    /<h1 class="post-title" data-pagefind-meta="title">Hello World<\/h1>/,
  );
});

test('Jekyll: `category: Web Development` is one category, as Jekyll reads it: one tag, and its old URL', () => {
  const source = site({
    '_config.yml': 'title: Old\npermalink: /:categories/:title/\n',
    '_posts/2020-05-01-one-category.md': '---\ntitle: One category\ncategory: Web Development\n---\nBody.\n',
    // A plural string is split at spaces, as Jekyll does.
    '_posts/2020-05-02-two-categories.md': '---\ntitle: Two categories\ncategories: web design\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const one = read(blog, 'posts/2020-05-01-one-category.md');
  assert.match(one, /^tags:\n {2}- Web Development\n/m);
  assert.match(one, /^aliases:\n {2}- \/web development\/one-category\/$/m);
  const two = read(blog, 'posts/2020-05-02-two-categories.md');
  assert.match(two, /^tags:\n {2}- web\n {2}- design\n/m);
  assert.match(two, /^aliases:\n {2}- \/web\/design\/two-categories\/$/m);
});

test('Jekyll: `published: "false"` (a string) is named as published, as Jekyll treated it, not as `true`', () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    '_posts/2020-01-14-pubstr.md': '---\ntitle: Published string\npublished: "false"\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source, '--dry-run'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '3: removed `published: "false"`: only `false` kept a post off the old site, so it is published',
  );
  assert.not.match(r.stdout, 'published: true');
});

test('Hexo: `{% youtube %}` and `{% vimeo %}` become links, not tags shown as written', () => {
  const source = site({
    '_config.yml': 'title: H\n',
    // hexo-theme-unit-test's source/_posts/videos.md
    'source/_posts/videos.md':
      'title: Videos\ndate: 2013-12-25 00:23:50\n---\n\nThis is a video test post.\n\n{% youtube TIbZDRXM-Tg %}\n\n{% vimeo 82090131 %}\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout, /is shown as written/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/videos/index.html');
  assert.match(page, '<a href="https://www.youtube.com/watch?v=TIbZDRXM-Tg">YouTube video</a>');
  assert.match(page, '<a href="https://vimeo.com/82090131">Vimeo video</a>');
  assert.not.match(page, '{%');
});

test("Jekyll: `{% youtube %}`, a playlist's `videoseries?list=`, `{% vimeo %}` and jekyll-gist's `{% gist %}` become links", () => {
  const source = site({
    '_config.yml': 'title: J\n',
    // made-mistakes-jekyll's _plugins/video_embed.rb tags, as its posts use them; jekyll-gist's tag.
    '_posts/2020-04-01-videos.md':
      '---\ntitle: Videos\n---\n\n{% youtube gpz8aPXwd18 %}\n\n{% youtube videoseries?list=PLaLqP2ipMLc6UugVLyTwWTiFtmmZzj7ao&amp; %}\n\n{% vimeo 35437006 %}\n\n{% gist parkr/931c1c8d465a04042403 %}\n\n```liquid\n{% youtube shown-as-code %}\n```\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout, /is shown as written/);
  assert.match(
    r.stdout,
    '5: `{% youtube gpz8aPXwd18 %}` → `[YouTube video](https://www.youtube.com/watch?v=gpz8aPXwd18)`',
  );
  const post = read(blog, 'posts/2020-04-01-videos.md');
  assert.match(post, '\n{% youtube shown-as-code %}\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/videos/index.html');
  assert.match(page, '<a href="https://www.youtube.com/watch?v=gpz8aPXwd18">YouTube video</a>');
  assert.match(
    page,
    '<a href="https://www.youtube.com/playlist?list=PLaLqP2ipMLc6UugVLyTwWTiFtmmZzj7ao">YouTube playlist</a>',
  );
  assert.match(page, '<a href="https://vimeo.com/35437006">Vimeo video</a>');
  assert.match(page, '<a href="https://gist.github.com/parkr/931c1c8d465a04042403">Gist</a>');
});

test("Hugo: an embedded tweet's widgets.js `<script>` goes, its quote stays; no content/script-embed left (blog.jessfraz.com)", () => {
  const tweet =
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Soooooo waiting for the userspace Go implementation.</p>&mdash; Filippo (@FiloSottile) <a href="https://twitter.com/FiloSottile/status/877581856387944450">June 21, 2017</a></blockquote>';
  const source = site({
    'config.toml': 'baseURL = "https://blog.example.com/"\ntitle = "Ramblings"\n',
    // As jessfraz/blog's posts embed tweets: the script after the quote, on its line or the next; CRLF lines.
    'content/post/wireguard.md': [
      '+++',
      'date = "2018-06-14T08:09:26-07:00"',
      'title = "Installing and using Wireguard"',
      '+++',
      '',
      `${tweet} <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`,
      '',
      tweet,
      '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>',
      '',
      '```html',
      '<script async src="https://platform.twitter.com/widgets.js"></script>',
      '```',
      '',
    ].join('\r\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '6: removed `<script src="platform.twitter.com/widgets.js">` (Twitter\'s widget, not run here)',
  );
  assert.match(r.stdout, '9: removed `<script src="platform.twitter.com/widgets.js">`');
  assert.not.match(r.stdout, 'script-embed');
  const post = read(blog, 'posts/2018-06-14-wireguard.md');
  // The one shown in a code block stays; the lines stay too.
  assert.is(post.match(/widgets\.js/g)?.length, 1);
  assert.is(post.match(/twitter-tweet/g)?.length, 2);
  const lint = runBlog(['lint'], { cwd: blog });
  assert.not.match(lint.stdout, 'content/script-embed');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/wireguard/index.html');
  assert.match(page, '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Soooooo waiting');
  assert.match(page, '<a href="https://twitter.com/FiloSottile/status/877581856387944450">June 21, 2017</a>');
});

test('Jekyll: jekyll-figure\'s `{% figure caption:"…" %}` becomes its images with the caption in italics under them, lines kept', () => {
  // As made-mistakes-jekyll's posts write them: a caption with a link, a `%`, a class; one closed on the image's line.
  const body = [
    'Intro.', // 5
    '', // 6
    '{% figure caption:"Example of a [Stretcher bond](https://en.wikipedia.org/wiki/Brickwork). 99.9% done." %}', // 7
    '![Bricks](/assets/images/bricks.png)', // 8
    '{% endfigure %}', // 9
    '', // 10
    '{% figure caption:"Two of them" class:"gallery-2-col" %}', // 11
    '![One](/assets/images/bricks.png)', // 12
    '![Two](/assets/images/bricks.png)', // 13
    '{% endfigure %}', // 14
    '', // 15
    '{% figure caption:"Closed on its line" %}', // 16
    '![Three](/assets/images/bricks.png){% endfigure %}', // 17
    '', // 18
    '```liquid', // 19
    '{% figure caption:"shown as code" %}', // 20
    '{% endfigure %}', // 21
    '```', // 22
    '', // 23
    '{% youtube gpz8aPXwd18 %}', // 24: a note after them keeps its line
    '', // 25
    '{% figure %}', // 26
    '![Four](/assets/images/bricks.png){% endfigure %}', // 27
    '', // 28
    '{% figure caption:"Text after its end" %}', // 29
    '![Five](/assets/images/bricks.png){% endfigure %} and more', // 30
    '',
  ].join('\n');
  const source = site({
    '_config.yml': 'title: J\n',
    '_posts/2013-11-25-drawing-textures.md': `---\ntitle: Textures\n---\n\n${body}`,
  });
  mkdirSync(join(source, 'assets/images'), { recursive: true });
  cpSync(join(FIXTURES, 'images/static/images/hero.png'), join(source, 'assets/images/bricks.png'));
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '7: `{% figure %}` → its content, and the caption under it in italics: `*Example of a [Stretcher bond]',
  );
  assert.match(
    r.stdout,
    '11: `{% figure %}` → its content, and the caption under it in italics: `*Two of them*`',
  );
  assert.match(r.stdout, '24: `{% youtube gpz8aPXwd18 %}` →');
  // One closed on its image's line too: the caption after a line break, on the line the end tag leaves.
  assert.match(
    r.stdout,
    '16: `{% figure %}` → its content, and the caption under it in italics: `*Closed on its line*`',
  );
  assert.match(r.stdout, '26: `{% figure %}` → its content\n');
  // Text after the end tag: left for a person, named at its line.
  assert.match(r.stdout, /\d+: `\{% figure caption:"Text after its end" %\}` is shown as written/);
  assert.not.match(r.stdout, /`\{% figure caption:"Closed on its line" %\}` is shown as written/);
  const post = read(blog, 'posts/2013-11-25-drawing-textures.md');
  const lines = post.split('\n');
  const at = lines.indexOf('Intro.');
  assert.equal(lines.slice(at + 2, at + 10), [
    '![Bricks](/assets/images/bricks.png)',
    '',
    '*Example of a [Stretcher bond](https://en.wikipedia.org/wiki/Brickwork). 99.9% done.*',
    '',
    '![One](/assets/images/bricks.png)',
    '![Two](/assets/images/bricks.png)',
    '',
    '*Two of them*',
  ]);
  assert.equal(lines.slice(at + 11, at + 13), [
    '![Three](/assets/images/bricks.png)\\',
    '*Closed on its line*',
  ]);
  assert.is(lines[at + 15], '{% figure caption:"shown as code" %}');
  assert.equal(lines.slice(at + 21, at + 23), ['![Four](/assets/images/bricks.png)', '']);
  assert.is(lines[at + 24], '{% figure caption:"Text after its end" %}');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/drawing-textures/index.html');
  assert.match(
    page,
    '<p><em>Example of a <a href="https://en.wikipedia.org/wiki/Brickwork">Stretcher bond</a>. 99.9% done.</em></p>',
  );
  assert.match(page, 'alt="Bricks"');
  assert.match(page, /alt="Three"[^<]*>(?:<\/picture>)?<br>\s*<em>Closed on its line<\/em><\/p>/);
  assert.match(page, 'alt="Four"');
});

test("Hexo: a `;;;` JSON front-matter with a syntax error is copied unchanged, the note naming the error's line and column", () => {
  const source = site({
    '_config.yml': 'title: H\ntimezone: UTC\n',
    'source/_posts/bad-json.md': ';;;\n"title": "Hello World"\n"date": "2013/7/13 20:46:25",\n;;;\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout + r.stderr, /Internal error/);
  assert.ok(
    r.stdout.includes(
      'front-matter not read (Invalid JSON front-matter (`;;;`) at line 3, column 1: Missing `,` before `"date"`); copied unchanged',
    ),
    r.stdout,
  );
  assert.is(
    read(blog, 'posts/bad-json.md'),
    ';;;\n"title": "Hello World"\n"date": "2013/7/13 20:46:25",\n;;;\nBody.\n',
  );
});

test("Hexo: a link to a page of the old site that was not imported (hexo.io's `/docs/themes.html#Publishing`) is left for a person at its line; links to imported posts and copied files are not", () => {
  const source = site({
    '_config.yml': 'title: H\ntimezone: UTC\n',
    'source/_posts/theme-contest.md': [
      'title: Theme contest', // 1
      'date: 2014-05-01 10:00:00', // 2
      '---', // 3
      '', // 4
      'Read [Publishing](/docs/themes.html#Publishing) first.', // 5
      '', // 6
      'Then {% post_link hello-world %}, the [slides](/files/slides.pdf) and [the site](https://hexo.io/).', // 7
      '',
    ].join('\n'),
    'source/_posts/hello-world.md': 'title: Hello World\ndate: 2013-12-24 17:49:32\n---\n\nWelcome.\n',
    'source/docs/themes.md': '---\ntitle: Themes\n---\n## Publishing\n',
    'source/files/slides.pdf': '%PDF-1.4\n',
  });
  const blog = emptyBlog();
  for (const dryRun of [['--dry-run'], []]) {
    const r = runBlog(['import', 'hexo', source, ...dryRun], { cwd: blog });
    assert.is(r.status, 0, r.stderr);
    const left = r.stdout.slice(r.stdout.indexOf('Left for a person'));
    assert.match(
      left,
      /posts\/2014-05-01-theme-contest\.md\n {4}\d+:\d+: Unexpected link to `\/docs\/themes\.html#Publishing`/,
    );
    assert.match(left, 'body/broken-link');
    assert.match(left, 'Not imported from the old site: link to where it is now, or remove the link');
    // One broken link only: the post link and the copied PDF are there.
    assert.is(r.stdout.split('body/broken-link').length - 1, 1, r.stdout);
  }
  // At the line `blog lint` gives it.
  const post = read(blog, 'posts/2014-05-01-theme-contest.md');
  const line = post.split('\n').findIndex((l) => l.includes('/docs/themes.html')) + 1;
  assert.match(read(blog, 'import-report.txt'), `    ${line}:`);
  const lint = runBlog(['lint'], { cwd: blog });
  assert.match(lint.stdout, `${line}:`);
  assert.is(lint.stdout.split('body/broken-link').length - 1, 1, lint.stdout);
});

test("Jekyll: `{% include_cached boilerplate/x.md %}` of a one-paragraph Markdown include becomes its text on the tag's line; a longer one is named, with the file to paste", () => {
  // As made-mistakes' posts write them, its notes in `_includes/boilerplate/`.
  const body = [
    'Intro.', // 5
    '', // 6
    '{% include_cached boilerplate/beta.md %}', // 7
    '', // 8
    'See {% include "thanks.md" who="you" %} Done.', // 9
    '', // 10
    '{% include boilerplate/steps.md %}', // 11
    '', // 12
    '{% include toc.html %}', // 13
    '', // 14
    '```liquid', // 15
    '{% include_cached boilerplate/beta.md %}', // 16
    '```', // 17
    '',
  ].join('\n');
  const source = site({
    '_config.yml': 'title: J\n',
    '_includes/boilerplate/beta.md': '**Note:** This feature is in beta\nand may change.\n',
    '_includes/thanks.md': 'thank [Ann](https://example.com/ann)\n',
    '_includes/boilerplate/steps.md': '1. Install it.\n2. Run it.\n',
    '_includes/toc.html': '<nav></nav>\n',
    '_posts/2020-01-02-includes.md': `---\ntitle: Includes\n---\n\n${body}`,
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '7: `{% include_cached boilerplate/beta.md %}` → the content of `_includes/boilerplate/beta.md`: `**Note:** This feature is in beta and may change.`',
  );
  assert.match(r.stdout, '9: `{% include "thanks.md" who="you" %}` → the content of `_includes/thanks.md`');
  const post = read(blog, 'posts/2020-01-02-includes.md');
  const lines = post.split('\n');
  const at = lines.indexOf('Intro.');
  assert.is(lines[at + 2], '**Note:** This feature is in beta and may change.');
  assert.is(lines[at + 4], 'See thank [Ann](https://example.com/ann) Done.');
  assert.is(lines[at + 6], '{% include boilerplate/steps.md %}');
  assert.is(lines[at + 11], '{% include_cached boilerplate/beta.md %}');
  // The body keeps its line count.
  assert.is(lines.length - at, body.split('\n').length);
  // The list is named with its file, once; the HTML include (no Liquid in it) is pasted as HTML.
  const steps = `${at + 7}: \`{% include boilerplate/steps.md %}\` is shown as written: paste the content of the old site's \`_includes/boilerplate/steps.md\` (2 lines) in its place`;
  assert.match(r.stdout, steps);
  assert.is(r.stdout.split('boilerplate/steps.md %}').length - 1, 1, r.stdout);
  assert.match(r.stdout, '`{% include toc.html %}` → the HTML of `_includes/toc.html`, on one line');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/includes/index.html');
  assert.match(page, '<p><strong>Note:</strong> This feature is in beta and may change.</p>');
});

test("Jekyll: an include is found in the `_includes/` beside the posts' `_posts/` (made-mistakes' `src/`, its `source:` a build copy)", () => {
  const source = site({
    '_config.yml': 'title: J\nsource: .tmp/src\n',
    'src/_includes/boilerplate/beta.md': 'In beta.\n',
    'src/_posts/2020-01-02-includes.md':
      '---\ntitle: Includes\n---\n\n{% include_cached boilerplate/beta.md %}\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '5: `{% include_cached boilerplate/beta.md %}` → the content of `src/_includes/boilerplate/beta.md`',
  );
  assert.match(read(blog, 'posts/2020-01-02-includes.md'), /\nIn beta\.\n$/);
});

test('Hugo: images in the theme\'s `static/` (rOpenSci\'s `themes/ropensci/static/img/`) are copied; `src = "…"` figures become images', () => {
  const source = site({
    'config.toml': 'baseURL = "https://example.org/"\ntitle = "Old"\ntheme = "house"\n',
    // As ropensci/roweb3 writes figures: spaces around `=`, which Hugo's lexer allows.
    'content/blog/2013-05-27-maps.md': [
      '---',
      'title: Maps',
      'date: 2013-05-27',
      '---',
      '',
      '{{< figure src = "/img/blog-images/map.png" width = "300" alt = "A map of bison" >}}',
      '',
      '![Logo](/img/logo.png)',
      '',
      '![Gone](/img/gone.png)',
      '',
    ].join('\n'),
    // The site's own static/ wins over the theme's, as in Hugo.
    'static/img/logo.png': 'the site’s own',
  });
  const png = join(FIXTURES, 'images/static/images/hero.png');
  for (const file of ['themes/house/static/img/blog-images/map.png', 'themes/house/static/img/logo.png']) {
    mkdirSync(dirname(join(source, file)), { recursive: true });
    cpSync(png, join(source, file));
  }
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, '6: `{{< figure … >}}` → `![A map of bison](/img/blog-images/map.png)`');
  assert.match(r.stdout, 'image `/img/gone.png` not found in the source site');
  assert.not.match(r.stdout, '/img/blog-images/map.png` not found');
  assert.not.match(r.stdout, 'shown as written');
  assert.ok(existsSync(join(blog, 'static/img/blog-images/map.png')));
  assert.is(read(blog, 'static/img/logo.png'), 'the site’s own');
});

test("Hugo: a figure's caption with a Markdown link (opentelemetry.io's perf-testing post) shows under the image, its link working; the alt is its text", () => {
  const source = site({
    'config.toml': 'baseURL = "https://example.org/"\ntitle = "Old"\n',
    'content/blog/2023/perf-testing/index.md': [
      '---',
      'title: Perf testing',
      'date: 2023-11-27',
      '---',
      '',
      '{{% figure',
      '  src="java-benchmark-results.png"',
      '  caption="Sample [benchmark results for Java](https://example.org/benchmarks/)"',
      '%}}',
      '',
      '{{< figure src="timing.png" caption="Timing with and without a Collector">}}',
      '',
    ].join('\n'),
  });
  const png = join(FIXTURES, 'images/static/images/hero.png');
  cpSync(png, join(source, 'content/blog/2023/perf-testing/java-benchmark-results.png'));
  cpSync(png, join(source, 'content/blog/2023/perf-testing/timing.png'));
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    read(blog, 'posts/2023-11-27-perf-testing/index.md'),
    '\n\n![Sample benchmark results for Java](java-benchmark-results.png)<br>*Sample [benchmark results for Java](https://example.org/benchmarks/)*\n\n\n\n\n![Timing with and without a Collector](timing.png)<br>*Timing with and without a Collector*\n',
  );
  const build = runBlog(['build', '--strict'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/perf-testing/index.html');
  assert.match(page, 'alt="Sample benchmark results for Java"');
  assert.match(
    page,
    /<br ?\/?>\s*<em>Sample <a href="https:\/\/example\.org\/benchmarks\/">benchmark results for Java<\/a><\/em>/,
  );
});

test("Hugo: `{{% comment %}}` … `{{% /comment %}}` (opentelemetry.io's hidden sections), which Hugo never showed, stays hidden", () => {
  const source = site({
    'config.toml': 'baseURL = "https://example.org/"\ntitle = "Old"\n',
    'content/blog/2025/kubecon-na.md': [
      '---',
      'title: KubeCon NA',
      'date: 2025-10-03',
      '---',
      '{{< comment >}} cSpell:disable {{< /comment >}}',
      '',
      '{{% comment %}}',
      '',
      '## Contribfest',
      '',
      'Not yet.',
      '',
      '{{% /comment %}}',
      '',
      'Shown.',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    read(blog, 'posts/2025-10-03-kubecon-na.md'),
    '---\n<!-- cSpell:disable -->\n\n<!--\n\n## Contribfest\n\nNot yet.\n\n-->\n\nShown.\n',
  );
  assert.match(
    r.stdout,
    '7: `{{% comment %}}` … (7 lines) → an HTML comment `<!-- … -->` (Hugo never showed it)',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/kubecon-na/index.html');
  assert.not.match(page, 'Contribfest');
  assert.not.match(page, 'cSpell');
  assert.match(page, '<p>Shown.</p>');
  assert.not.match(runBlog(['lint'], { cwd: blog }).stdout, 'template-syntax');
});

test("Hugo: files matched by `ignoreFiles` (a blogdown site's `index.Rmd` beside `index.md`) are neither copied nor published", () => {
  const source = site({
    'config.toml':
      'baseURL = "https://example.org/"\ntitle = "Old"\nignoreFiles = ["\\\\.Rmd$", "(?i)\\\\.RMARKDOWN$", "hw-template"]\n',
    'content/blog/2021-11-23-cffr/index.md': '---\ntitle: cffr\ndate: 2021-11-23\n---\n\n![Plot](plot.png)\n',
    'content/blog/2021-11-23-cffr/index.Rmd': '---\ntitle: cffr\n---\n\n```{r}\nplot(1)\n```\n',
    'content/blog/2021-11-23-cffr/notes.rmarkdown': 'draft notes\n',
    'content/blog/2021-11-23-cffr/plot.png': 'png',
    'content/blog/2025-09-18-hw-template.md': '---\ntitle: Template\ndate: 2025-09-18\n---\n\nA template.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, 'Imported 1 post and 1 other file');
  assert.match(
    r.stdout,
    'content/blog/2025-09-18-hw-template.md: matched by `ignoreFiles` in the config, so Hugo never published it',
  );
  assert.ok(existsSync(join(blog, 'posts/2021-11-23-cffr/plot.png')));
  assert.not.ok(existsSync(join(blog, 'posts/2021-11-23-cffr/index.Rmd')));
  assert.not.ok(existsSync(join(blog, 'posts/2021-11-23-cffr/notes.rmarkdown')));
});

test("Jekyll: a `date:` Ruby read but this blog cannot (scala-lang's `date: 11-9-2017`) takes the file name's day; the first build succeeds", () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    'blog/_posts/2017-09-11-scalafix-v0.5.md':
      '---\nlayout: post\ntitle: Scalafix v0.5\ndate: 11-9-2017\n---\n\nCatch bugs.\n',
    // No day in the name: nothing to stand in, so the date is left for a person as before.
    '_posts/2017-09-31-odd.md': '---\ntitle: Odd\ndate: 31-9-2017\n---\n\nNo such day.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    "3: `date: 11-9-2017` is no date here (expected YYYY-MM-DD): used the file name's day 2017-09-11; check it",
  );
  assert.match(read(blog, 'posts/2017-09-11-scalafix-v0.5.md'), '\ndate: 2017-09-11\n');
  assert.match(read(blog, 'posts/2017-09-31-odd.md'), '\ndate: 31-9-2017\n');
  rmSync(join(blog, 'posts/2017-09-31-odd.md'));
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  assert.ok(existsSync(join(blog, 'dist/blog/2017/09/11/scalafix-v0.5.html')));
});

test("a body that opens with its title as `# heading` (scala-lang's release notes) loses that copy, its line kept; another heading stays", () => {
  const source = site({
    '_config.yml': 'title: Old\n',
    '_posts/2020-03-31-release-notes-3.8.3.md':
      '---\ntitle: "Scala 3.8.3 is now available!"\n---\n\n# Scala 3.8.3 is  now available!\n\n## Release highlights\n',
    '_posts/2018-04-27-release-notes-2.12.6.md':
      '---\ntitle: "Scala 2.12.6 is now available!"\n---\n# Scala 2.12.6\n\nText.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    "5: removed `# Scala 3.8.3 is  now available!`, the post's title again: the page shows the title as its heading",
  );
  assert.is(
    read(blog, 'posts/2020-03-31-release-notes-3.8.3.md').split('---\n')[2],
    '\n\n\n## Release highlights\n',
  );
  assert.match(read(blog, 'posts/2018-04-27-release-notes-2.12.6.md'), '\n# Scala 2.12.6\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  const page = read(blog, 'dist/posts/release-notes-3-8-3/index.html');
  assert.is(page.match(/Scala 3\.8\.3 is\s+now available!<\/h[12]>/g)?.length, 1);
});

test("a TOML post's `[taxonomies]` table (Zola's, as on strugglers.net) gives its tags; `{{ toc() }}` is named for a person", () => {
  const source = site({
    'config.toml': 'title = "The Ongoing Struggle"\n',
    'content/posts/2023/2023-12-26-ncmpcpp/index.md': [
      '+++',
      'title = "ncmpcpp"',
      '',
      '[taxonomies]',
      'tags = ["debian", "linux"]',
      'categories = ["Music"]',
      'genres = ["jazz"]',
      '',
      '[extra]',
      'hide_from_feed = true',
      '+++',
      '',
      '{{ toc() }}',
      '',
      '## Preface',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    "4: `taxonomies.tags`, `taxonomies.categories` → `tags`, `categories` (the post's taxonomies, read here at the top)",
  );
  assert.match(r.stdout, '`{{ toc() }}` is shown as written; rewrite it as Markdown');
  const post = read(blog, 'posts/2023-12-26-ncmpcpp/index.md');
  assert.match(post, '\ntags:\n  - debian\n  - linux\n  - Music\n');
  // A taxonomy this blog does not read stays where it was, and is named as kept.
  assert.match(post, '\ntaxonomies:\n  genres:\n    - jazz\n');
});

test("Jekyll: a block tag of the site's own `_plugins/` keeps its body as Markdown (an alert or a quote) and names the plugin", () => {
  const source = site({
    '_config.yml': 'title: J\n',
    '_plugins/notice.rb':
      "module Jekyll\n  class NoticeBlock < Liquid::Block\n    def render(context)\n      \"<div class='notice'>#{super}</div>\"\n    end\n  end\nend\nLiquid::Template.register_tag('notice', Jekyll::NoticeBlock)\n",
    '_plugins/tags.rb':
      "class Aside < Liquid::Block; end\nclass Stars < Liquid::Tag; end\nLiquid::Template.register_tag('aside', Aside)\nLiquid::Template.register_tag('stars', Stars)\n",
    '_posts/2020-04-01-notes.md': [
      '---',
      'title: Notes',
      '---',
      '',
      '{% notice info %}',
      'Back up **first**.',
      '{% endnotice %}',
      '',
      '{% aside %}',
      'An [aside](https://example.com/).',
      '{% endaside %}',
      '',
      '{% stars 5 %}',
      '',
      '{% notice warning %}inline{% endnotice %}',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const post = read(blog, 'posts/2020-04-01-notes.md');
  assert.match(post, '\n> [!NOTE]\n> Back up **first**.\n\n\n>\n> An [aside](https://example.com/).\n\n');
  assert.match(
    r.stdout,
    "`{% notice info %}` → `> [!NOTE]` (a GitHub alert; the old site's own block tag, defined in `_plugins/notice.rb`, which is not run here: its content is kept as Markdown)",
  );
  assert.match(
    r.stdout,
    "`{% aside %}` → a quote (`> `; the old site's own block tag, defined in `_plugins/tags.rb`",
  );
  assert.not.match(r.stdout, /`\{% (notice info|aside|endaside) %\}` is shown as written/);
  // The one `{% endnotice %}` still noted is the one-line block's.
  assert.is(r.stdout.split('`{% endnotice %}` is shown as written').length, 2);
  // A tag without a body, and a block on one line, keep the generic note.
  assert.match(r.stdout, '`{% stars 5 %}` is shown as written');
  assert.match(r.stdout, /`\{% notice warning %\}` is shown as written/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/notes/index.html');
  assert.match(
    page,
    /markdown-alert-note">\s*<p class="markdown-alert-title">Note<\/p>\s*<p>Back up <strong>first<\/strong>/,
  );
  assert.match(page, /<blockquote>\s*<p>An <a href="https:\/\/example.com\/">aside<\/a>/);
});

test('Jekyll: the same note about one include in many posts is listed once, with its count and the first places', () => {
  const files: Record<string, string> = {
    '_config.yml': 'title: J\n',
    '_includes/boilerplate/one.md': 'One line **note**.\n',
    '_includes/boilerplate/multi.md': '# Head\n\n- a\n- b\n',
  };
  for (let i = 1; i <= 7; i++)
    files[`_posts/2020-01-0${i}-p${i}.md`] =
      `---\ntitle: P${i}\n---\nText.\n\n{% include_cached boilerplate/one.md %}\n\n{% include boilerplate/multi.md %}\n\n{% include missing.md %}\n`;
  // Fewer than five of a kind stay listed under their post.
  files['_posts/2020-02-01-odd.md'] =
    '---\ntitle: Odd\n---\n{% include missing.md %}\n{% include other.md %}\n';
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', site(files)], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  // Before: one line per post for each, 912 of them on made-mistakes.
  assert.match(
    r.stdout,
    '  7 times, in 7 posts: `{% include boilerplate/one.md %}` → the content of `_includes/boilerplate/one.md`: `One line **note**.`\n    _posts/2020-01-01-p1.md:6, _posts/2020-01-02-p2.md:6, _posts/2020-01-03-p3.md:6 and 4 more\n',
  );
  assert.match(
    r.stdout,
    "  7 times, in 7 posts: `{% include boilerplate/multi.md %}` is shown as written: paste the content of the old site's `_includes/boilerplate/multi.md` (4 lines) in its place\n    posts/2020-01-01-p1.md:10, posts/2020-01-02-p2.md:10, posts/2020-01-03-p3.md:10 and 4 more (`blog lint` lists each)\n",
  );
  assert.match(
    r.stdout,
    '  8 times, in 8 posts: `{% include missing.md %}` is shown as written; rewrite it as Markdown\n',
  );
  assert.match(
    r.stdout,
    '  posts/2020-02-01-odd.md\n    7: `{% include other.md %}` is shown as written; rewrite it as Markdown\n',
  );
  assert.is(r.stdout.split('include boilerplate/multi.md').length - 1, 1);
});

test('Jekyll: `{% include x.html %}` of a file in `_includes/` is pasted as HTML (sanitised by the build); one with Liquid names the file to paste', () => {
  const source = site({
    '_config.yml': 'title: J\n',
    '_includes/affiliate-disclosure.html':
      '<div class="disclosure">\n  <p>Some links are <a href="/affiliates/" onclick="track()">affiliate links</a>.</p>\n</div>\n',
    '_includes/newsletter.html': '<form action="{{ site.newsletter }}">\n  <input name="email">\n</form>\n',
    '_posts/2020-04-01-gear.md': [
      '---',
      'title: Gear',
      '---',
      '',
      '{% include affiliate-disclosure.html %}',
      '',
      'The gear.',
      '',
      '{% include newsletter.html %}',
      '',
      '{% include nowhere.html %}',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '5: `{% include affiliate-disclosure.html %}` → the HTML of `_includes/affiliate-disclosure.html`, on one line (sanitised by the build like any HTML in a post)',
  );
  // Before: "`{% include newsletter.html %}` is shown as written; rewrite it as Markdown", no file named.
  assert.match(
    r.stdout,
    "`{% include newsletter.html %}` is shown as written: it is written with Liquid, so paste the HTML of the old site's `_includes/newsletter.html` (3 lines) in its place, with the Liquid replaced by what it printed",
  );
  assert.match(r.stdout, '`{% include nowhere.html %}` is shown as written; rewrite it as Markdown');
  const post = read(blog, 'posts/2020-04-01-gear.md');
  // One line where the tag was: the post keeps its line count.
  assert.match(
    post,
    '\n<div class="disclosure"> <p>Some links are <a href="/affiliates/" onclick="track()">affiliate links</a>.</p> </div>\n\nThe gear.\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/gear/index.html');
  assert.match(
    page,
    /<div class="disclosure">\s*<p>Some links are <a href="\/affiliates\/">affiliate links<\/a>\.<\/p>\s*<\/div>/,
  );
  assert.not.match(page, 'onclick');
});

test("the blog imported into, made inside the old site's `content/posts/`, is not read as the old site's posts", () => {
  for (const [kind, postsDir, config] of [
    ['hugo', 'content/posts', ['hugo.toml', 'title = "Old"\n']],
    ['jekyll', '_posts', ['_config.yml', 'title: Old\n']],
  ] as const) {
    const source = site({
      [config[0]]: config[1],
      [`${postsDir}/2020-01-01-old.md`]: '---\ntitle: Old post\ndate: 2020-01-01\n---\nOld.\n',
      // The new blog, its own post and a template of `blog new`.
      [`${postsDir}/new-blog/blog.config.json`]: JSON.stringify({ title: 'New', ...WITHOUT_EXTRAS }),
      [`${postsDir}/new-blog/posts/2024-05-01-mine.md`]: '---\ntitle: Mine\ndate: 2024-05-01\n---\nMine.\n',
      [`${postsDir}/new-blog/templates/default.md`]: '---\ntitle: "{{title}}"\n---\n',
    });
    const blog = join(source, postsDir, 'new-blog');
    const r = runBlog(['import', kind, source], { cwd: blog });
    assert.is(r.status, 0, r.stderr);
    assert.ok(existsSync(join(blog, 'posts/2020-01-01-old.md')), `${kind}: the old post is imported`);
    const report = read(blog, 'import-report.txt');
    assert.not.match(report, /new-blog/, `${kind}: nothing of the new blog is read`);
    assert.not.ok(existsSync(join(blog, 'posts/2024-05-01-default.md')), `${kind}: no template made a post`);
  }
});

test('a FIFO where the source site keeps its config (`_config.yml`, `hugo.toml`, `eleventy.config.js`) is named, not waited on for ever', () => {
  const cases: [string, Record<string, string>, string, string | undefined][] = [
    ['jekyll', { '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nText.\n' }, '_config.yml', 'exit 2'],
    [
      'hugo',
      { 'content/posts/a.md': '---\ntitle: A\ndate: 2020-01-01\n---\nText.\n' },
      'hugo.toml',
      'exit 2',
    ],
    // Eleventy's config is only looked at for its input folder: a FIFO there is no config, and the posts come.
    ['eleventy', { 'posts/2020-01-01-a.md': '---\ntitle: A\n---\nText.\n' }, 'eleventy.config.js', undefined],
  ];
  for (const [kind, files, config, refused] of cases) {
    const from = site(files);
    if (spawnSync('mkfifo', [join(from, config)]).status !== 0) return; // No mkfifo here.
    const blog = emptyBlog();
    const r = spawnSync(process.execPath, [BIN, 'import', kind, from], {
      cwd: blog,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
    });
    assert.is(r.signal, null, `${kind}: killed after waiting on the FIFO`);
    if (refused) {
      assert.is(r.status, 2, `${kind}: ${r.stderr}`);
      assert.match(
        r.stderr,
        `\`${config}\` could not be read: it is a FIFO (named pipe), not a regular file`,
      );
      assert.equal(readdirSync(join(blog, 'posts')), [], kind);
    } else assert.is(r.status, 0, `${kind}: ${r.stderr}`);
  }
});

// A FIFO among the posts was left out (never read, so the import did not hang) without a word in the report.
test('a FIFO as a post, or beside one, is listed in the report as left out, with the reason', () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      'jekyll',
      { '_config.yml': 'title: Old\n', '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nText.\n' },
      '_posts/2020-01-02-pipe.md',
    ],
    [
      'hugo',
      {
        'hugo.toml': 'title = "Old"\n',
        'content/posts/a.md': '---\ntitle: A\ndate: 2020-01-01\n---\nText.\n',
      },
      'content/posts/pipe/index.md',
    ],
    [
      'hexo',
      {
        '_config.yml': 'title: Old\n',
        'source/_posts/a.md': '---\ntitle: A\ndate: 2020-01-01\n---\nText.\n',
      },
      'source/_posts/pipe.md',
    ],
    ['eleventy', { 'posts/2020-01-01-a.md': '---\ntitle: A\n---\nText.\n' }, 'posts/2020-01-02-pipe.md'],
  ];
  for (const [kind, files, fifo] of cases) {
    const from = site(files);
    mkdirSync(dirname(join(from, fifo)), { recursive: true });
    if (spawnSync('mkfifo', [join(from, fifo)]).status !== 0) return; // No mkfifo here.
    const blog = emptyBlog();
    const r = spawnSync(process.execPath, [BIN, 'import', kind, from], {
      cwd: blog,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
    });
    assert.is(r.signal, null, `${kind}: killed after waiting on the FIFO`);
    assert.is(r.status, 0, `${kind}: ${r.stderr}`);
    const line = `  ${fifo}: a FIFO (named pipe), not a regular file: never read`;
    assert.ok(r.stdout.includes(`Left out (1):\n${line}\n`), `${kind}: ${r.stdout}`);
    assert.ok(read(blog, 'import-report.txt').includes(line), kind);
    assert.is(readdirSync(join(blog, 'posts')).length, 1, kind);
  }
});

test.run();
