/** @fileoverview `blog import` on sites laid out as real ones are, then `blog build`: one page per post. */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

function emptyBlog(): string {
  const dir = tempDir('blog-layouts-');
  mkdirSync(join(dir, 'posts'));
  writeFileSync(
    join(dir, 'blog.config.json'),
    JSON.stringify({ title: 'Moved in', baseUrl: 'https://example.com/', ...WITHOUT_EXTRAS }),
  );
  return dir;
}

/** The post pages a build wrote: `dist/posts/<slug>/index.html`. */
const postPages = (blog: string) => readdirSync(join(blog, 'dist/posts')).sort();
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

test('Hugo with content/<lang>/blog/_posts: the default language is imported, the others and .mdx are named', () => {
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', join(FIXTURES, 'import-hugo-multilingual')], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Imported 2 posts and 1 other file/);
  assert.match(r.stdout, '  content/fr/: another language (`--lang fr` imports it)');
  assert.match(
    r.stdout,
    '  content/en/blog/_posts/2024/2024-03-01-interactive.mdx: MDX is not supported: it runs JSX components',
  );
  assert.match(r.stdout, '5: `Author` → `author` (hugo reads keys in any case)');
  assert.match(read(blog, 'posts/2024-01-10-release.md'), /^author: >\n {2}Jane Doe \(Example Corp\)$/m);

  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.equal(postPages(blog), ['bundle', 'release-1-0']);
  const page = read(blog, 'dist/posts/release-1-0/index.html');
  assert.is(count(page, /<h1[\s>]/g), 1, "one <h1>: the body's `# What is new` became an <h2>");
  assert.match(page, /<h2 id="what-is-new">/);
  assert.match(page, /<h3 id="install">.*Install it<\/h3>/);
  assert.match(page, /<a href="#install">install<\/a>/);
  assert.not.match(page, /\{#/);
  assert.match(page, /Jane Doe \(Example Corp\)/);
});

test('Hugo --lang picks another language; an unknown one is named with the choices', () => {
  const blog = emptyBlog();
  const fr = runBlog(['import', 'hugo', join(FIXTURES, 'import-hugo-multilingual'), '--lang', 'fr'], {
    cwd: blog,
  });
  assert.is(fr.status, 0, fr.stderr);
  assert.match(fr.stdout, /^Imported 1 post and 0 other files/);
  assert.match(fr.stdout, '  content/en/: another language (`--lang en` imports it)');
  assert.match(read(blog, 'posts/2024-01-10-release.md'), /title: "Version 1\.0 : les nouveautés"/);
  const de = runBlog(['import', 'hugo', join(FIXTURES, 'import-hugo-multilingual'), '--lang', 'de'], {
    cwd: blog,
  });
  assert.is(de.status, 2);
  assert.match(de.stderr, 'No content for language `de` in this Hugo site.');
  assert.match(de.stderr, 'Pick one with --lang: en, fr.');
});

test('Hugo as on kubernetes.io: the top-level contentDir is the default language’s, which has none of its own', () => {
  const site = tempDir('blog-hugo-k8s-');
  writeFileSync(
    join(site, 'hugo.toml'),
    'contentDir = "content/en"\ndefaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\ncontentDir = "content/fr"\n',
  );
  for (const lang of ['en', 'fr']) {
    mkdirSync(join(site, `content/${lang}/blog`), { recursive: true });
    writeFileSync(
      join(site, `content/${lang}/blog/hello.md`),
      '---\ntitle: Hello\ndate: 2024-01-01\n---\nHi.\n',
    );
  }
  const r = runBlog(['import', 'hugo', site, '--dry-run'], { cwd: emptyBlog() });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Would import 1 post and 0 other files/);
  assert.match(r.stdout, '  content/en/blog/hello.md\n');
  assert.match(r.stdout, '  content/fr/: another language (`--lang fr` imports it)');
});

test('Eleventy: listing and feed pages are left out with the reason; `newstitle` becomes the title', () => {
  const blog = emptyBlog();
  const r = runBlog(['import', 'eleventy', join(FIXTURES, 'import-eleventy-news')], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Imported 2 posts/);
  assert.match(
    r.stdout,
    /src\/blog\/blog\.md: a page, not a post \(.*`permalink: \/blog\/`, loops over `collections\.blog`\)/,
  );
  assert.match(r.stdout, /src\/blog\/feed\.md: a page, not a post \(`eleventyExcludeFromCollections`/);
  assert.match(r.stdout, '2: `newstitle` → `title`');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.equal(postPages(blog), ['sponsors', 'version-3']);
  assert.match(
    read(blog, 'dist/posts/version-3/index.html'),
    /<h1 class="post-title" data-pagefind-meta="title">Eleventy v3\.0 is out<\/h1>/,
  );
  assert.not.match(read(blog, 'dist/index.html'), /\{%/);
});

test('`frontMatter.aliases.title` reads a title kept under another key without an import', () => {
  const blog = emptyBlog();
  writeFileSync(
    join(blog, 'posts/2024-01-01-news.md'),
    '---\nheadline: Big news\ndate: 2024-01-01\n---\nText.\n',
  );
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.match(lint.stdout, /Missing `title`/);
  const config = JSON.parse(read(blog, 'blog.config.json'));
  writeFileSync(
    join(blog, 'blog.config.json'),
    JSON.stringify({ ...config, frontMatter: { aliases: { title: ['headline'] } } }),
  );
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  assert.match(
    read(blog, 'dist/posts/news/index.html'),
    /<h1 class="post-title" data-pagefind-meta="title">Big news<\/h1>/,
  );
});

test('Jekyll posts sharing a cover nobody copied yet: built with a count, stopped by --strict, found in static/images', () => {
  const blog = emptyBlog();
  assert.is(runBlog(['import', 'jekyll', join(FIXTURES, 'import-jekyll-covers')], { cwd: blog }).status, 0);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(build.stdout, /; 3 broken references( and \d+ warnings?)?, run `blog lint`$/m);
  assert.equal(postPages(blog), ['release-01', 'release-02', 'release-03']);
  const strict = runBlog(['build', '--strict'], { cwd: blog });
  assert.is(strict.status, 1);
  assert.is(count(strict.stderr, /error +Unexpected image `release-notes\.png`/g), 3);
  mkdirSync(join(blog, 'static/images'), { recursive: true });
  // A real PNG: an empty file is not an image, which --strict refuses too (build/image).
  cpSync(join(FIXTURES, 'images/static/images/hero.png'), join(blog, 'static/images/release-notes.png'));
  const fixed = runBlog(['build', '--strict'], { cwd: blog });
  assert.is(fixed.status, 0, fixed.stderr);
  assert.not.match(fixed.stdout, /broken/);
});

test('Hexo: an image written inside inline code or a fence is not reported as missing', () => {
  const site = tempDir('hexo-code-');
  mkdirSync(join(site, 'source/_posts'), { recursive: true });
  writeFileSync(join(site, '_config.yml'), 'title: x\n');
  writeFileSync(
    join(site, 'source/_posts/code.md'),
    'title: Code\ndate: 2024-01-01\n---\nWrite `![alt](/img/x.png)` for an image.\n\n```md\n![alt](/img/y.png)\n```\n\n![real](/img/z.png)\n',
  );
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', site, '--dry-run'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout, /x\.png|y\.png/);
  assert.match(r.stdout, /image `\/img\/z\.png` not found in the source site/);
  assert.not.ok(existsSync(join(blog, 'posts/2024-01-01-code.md')));
});

test('Hexo: a codeblock inside a list item stays in the list, its code as written', () => {
  const site = tempDir('hexo-list-code-');
  mkdirSync(join(site, 'source/_posts'), { recursive: true });
  writeFileSync(join(site, '_config.yml'), 'title: x\n');
  writeFileSync(
    join(site, 'source/_posts/list.md'),
    '---\ntitle: List\ndate: 2024-01-01\n---\n- Item\n\n  {% codeblock lang:js %}\n  const a = 1;\n  {% endcodeblock %}\n\n- Next\n',
  );
  const blog = emptyBlog();
  assert.is(runBlog(['import', 'hexo', site], { cwd: blog }).status, 0);
  assert.match(
    read(blog, 'posts/2024-01-01-list.md'),
    '- Item\n\n  ```js\n  const a = 1;\n  ```\n\n- Next\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  // One list whose first item holds the code, which starts with `const`, not with two spaces.
  const prose = read(blog, 'dist/posts/list/index.html').split('<div class="prose">')[1]!;
  assert.is(count(prose, /<ul>/g), 1, 'one list, not two');
  assert.match(prose, /<li><p>Item<\/p>\s*<pre[^>]*><code class="[^"]*language-js[^"]*">(<[^>]+>)*const/);
});

test('Eleventy: a post that shows a collection loop inside `{% raw %}` is a post, not a listing page', () => {
  // As on raymondcamden.com: eight posts about Eleventy show `{% for post in collections.posts %}` in their
  // code samples, wrapped in `{% raw %}` so that Eleventy prints them; they were left out as pages.
  const site = tempDir('blog-eleventy-raw-loop-');
  mkdirSync(join(site, 'posts'), { recursive: true });
  writeFileSync(
    join(site, 'posts/2020-08-07-future-posts.md'),
    '---\ntitle: Hiding future posts\ndate: 2020-08-07\n---\nA filter:\n\n```html\n{% raw %}\n{% for post in collections.posts %}\n<li>{{ post.data.title }}</li>\n{% endfor %}\n{% endraw %}\n```\n\nInline too: {% raw %}`{{ collections.all | size }}`{% endraw %}.\n',
  );
  writeFileSync(
    join(site, 'posts/list.md'),
    '---\ntitle: All posts\n---\n{% for post in collections.posts %}\n- {{ post.data.title }}\n{% endfor %}\n',
  );
  const blog = emptyBlog();
  const r = runBlog(['import', 'eleventy', site], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Imported 1 post/);
  assert.match(r.stdout, 'posts/list.md: a page, not a post (loops over `collections.posts`)');
  assert.not.match(r.stdout, 'future-posts.md: a page');
  assert.ok(existsSync(join(blog, 'posts/2020-08-07-future-posts.md')));
});

test.run();
