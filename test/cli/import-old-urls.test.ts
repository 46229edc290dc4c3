/** `blog import` keeps each post's old URL as `aliases` when the new one differs, so no inbound link is lost. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

function emptyBlog(config: Record<string, unknown> = {}): string {
  const dir = tempDir('blog-import-');
  mkdirSync(join(dir, 'posts'));
  writeFileSync(
    join(dir, 'blog.config.json'),
    JSON.stringify({ title: 'Imported', ...WITHOUT_EXTRAS, ...config }),
  );
  return dir;
}

const importInto = (blog: string, kind: string) => {
  const run = runBlog(['import', kind, join(FIXTURES, `import-${kind}`)], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  return run.stdout;
};

test('jekyll: the _config.yml permalink gives the old URL; it is kept as aliases and said in the report', () => {
  const blog = emptyBlog();
  const report = importInto(blog, 'jekyll');
  assert.match(
    report,
    '1: old URL `/2019/08/04/welcome-to-jekyll/` kept as `aliases` (a redirect page to the new `/posts/welcome-to-jekyll/`)',
  );
  assert.match(
    read(blog, 'posts/2019-08-04-welcome-to-jekyll.md'),
    /\naliases:\n {2}- \/2019\/08\/04\/welcome-to-jekyll\/\n/,
  );
  // Drafts had no page on the old site.
  const draft = readdirSync(join(blog, 'posts')).find((f) => f.endsWith('a-draft-idea.md'))!;
  assert.not.match(read(blog, `posts/${draft}`), /aliases/);
});

test('jekyll: the posts collection’s permalink and posts-wide defaults win over the site’s, as Jekyll reads them', () => {
  // As on jekyllrb.com (docs/_config.yml): `collections: posts: permalink: /news/:year/:month/:day/:title/`.
  const site = tempDir('blog-jekyll-collection-permalink-');
  mkdirSync(join(site, '_posts'));
  writeFileSync(
    join(site, '_config.yml'),
    'permalink: pretty\ncollections:\n  docs:\n    permalink: "/:collection/:path/"\n  posts:\n    permalink: "/news/:year/:month/:day/:title/"\n',
  );
  writeFileSync(
    join(site, '_posts/2016-04-19-jekyll-3-0-4-released.md'),
    '---\ntitle: Jekyll 3.0.4\n---\nBody.\n',
  );
  const blog = emptyBlog();
  const run = runBlog(['import', 'jekyll', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(
    read(blog, 'posts/2016-04-19-jekyll-3-0-4-released.md'),
    '- /news/2016/04/19/jekyll-3-0-4-released/\n',
  );

  writeFileSync(
    join(site, '_config.yml'),
    'permalink: pretty\ndefaults:\n  - scope: { path: "", type: pages }\n    values: { permalink: /pages/:title/ }\n  - scope: { path: "", type: posts }\n    values: { layout: post, permalink: "/blog/:title/" }\n',
  );
  const other = emptyBlog();
  const again = runBlog(['import', 'jekyll', site], { cwd: other });
  assert.is(again.status, 0, again.stderr);
  assert.match(read(other, 'posts/2016-04-19-jekyll-3-0-4-released.md'), '- /blog/jekyll-3-0-4-released/\n');
});

test('jekyll: an unchanged URL adds nothing; a changed slug still does', () => {
  const blog = emptyBlog({ permalink: '/:year/:month/:day/:slug/' });
  const report = importInto(blog, 'jekyll');
  assert.not.match(read(blog, 'posts/2019-08-04-welcome-to-jekyll.md'), /aliases/);
  assert.match(report, 'old URL `/2017/04/27/Rust-1.17/` kept as `aliases`');
});

test('hugo [permalinks] and hexo permalink: old URLs from the title and the date; the build redirects them', () => {
  const hugo = emptyBlog();
  assert.match(importInto(hugo, 'hugo'), 'old URL `/2019/03/first-post-with-toml/` kept as `aliases`');
  const hexo = emptyBlog();
  assert.match(importInto(hexo, 'hexo'), 'old URL `/2018/05/01/hello-world/` kept as `aliases`');
  const build = runBlog(['build'], { cwd: hexo });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(hexo, 'dist/2018/05/01/hello-world/index.html'),
    /<meta http-equiv="refresh" content="0; url=\/posts\/hello-world\/">/,
  );
  assert.match(read(hexo, 'dist/_redirects'), /^\/2018\/05\/01\/hello-world\/ \/posts\/hello-world\/ 301$/m);
});

test('hugo: aliases a post already lists stay a list, and a path Hugo lowercased is not aliased', () => {
  // As on the Rust blog: TOML aliases, and a file name with capitals, which Hugo lowercases in the URL.
  const site = tempDir('blog-hugo-aliases-');
  mkdirSync(join(site, 'content/posts'), { recursive: true });
  writeFileSync(join(site, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Old"\n');
  writeFileSync(
    join(site, 'content/posts/notes_2020.md'),
    '+++\ntitle = "Notes"\ndate = 2020-01-02\naliases = ["/n2020/", "/2020/01/notes.html"]\n+++\n\nBody.\n',
  );
  writeFileSync(
    join(site, 'content/posts/Release-Notes.md'),
    '---\ntitle: Release notes\ndate: 2020-02-03\naliases:\n  - /rn/\n---\n\nBody.\n',
  );
  const blog = emptyBlog();
  const run = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(
    read(blog, 'posts/2020-01-02-notes_2020.md'),
    /\naliases:\n {2}- \/n2020\/\n {2}- \/2020\/01\/notes\.html\n {2}- \/posts\/notes_2020\/\n/,
  );
  // Hugo served `/posts/release-notes/`, the new URL too.
  assert.match(read(blog, 'posts/2020-02-03-Release-Notes.md'), /\naliases:\n {2}- \/rn\/\n---/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  for (const [from, to] of [
    ['n2020/index.html', '/posts/notes-2020/'],
    ['2020/01/notes.html', '/posts/notes-2020/'],
    ['posts/notes_2020/index.html', '/posts/notes-2020/'],
    ['rn/index.html', '/posts/release-notes/'],
  ])
    assert.match(read(blog, `dist/${from}`), `<meta http-equiv="refresh" content="0; url=${to}">`);
});

test('hugo: `:slug` from a title and the default path are urlized as Hugo does (dots kept, other signs dropped)', () => {
  // kubernetes.io's “Kubernetes Release: 0.16.0” was at /blog/2015/05/kubernetes-release-0.16.0/.
  const site = tempDir('blog-hugo-urlize-');
  mkdirSync(join(site, 'content/posts'), { recursive: true });
  writeFileSync(join(site, 'hugo.toml'), '[permalinks]\nposts = "/:year/:month/:slug/"\n');
  writeFileSync(
    join(site, 'content/posts/release.md'),
    '---\ntitle: "Kubernetes Release: 0.16.0"\ndate: 2015-05-01\n---\n\nBody.\n',
  );
  const run = runBlog(['import', 'hugo', site], { cwd: emptyBlog() });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'old URL `/2015/05/kubernetes-release-0.16.0/` kept as `aliases`');

  // Without [permalinks]: the section and the slug, cleaned up the same way (`Notes on C++ & Go` → `notes-on-c++-go`).
  const plain = tempDir('blog-hugo-urlize-default-');
  mkdirSync(join(plain, 'content/posts'), { recursive: true });
  writeFileSync(join(plain, 'hugo.toml'), 'title = "Old"\n');
  writeFileSync(
    join(plain, 'content/posts/cpp.md'),
    '---\ntitle: C++\nslug: Notes on C++ & Go\ndate: 2020-01-02\n---\n\nBody.\n',
  );
  const again = runBlog(['import', 'hugo', plain], { cwd: emptyBlog() });
  assert.is(again.status, 0, again.stderr);
  assert.match(again.stdout, 'old URL `/posts/notes-on-c++-go/` kept as `aliases`');
});

test('hugo: a post’s `url` with permalink tokens is expanded as Hugo does; one it cannot expand is left for a person', () => {
  // kubernetes.io: `url: /:section/:year/:month/:slug/` was the page /blog/2015/03/welcome/.
  const site = tempDir('blog-hugo-url-tokens-');
  mkdirSync(join(site, 'content/blog'), { recursive: true });
  writeFileSync(join(site, 'hugo.toml'), 'title = "Old"\n');
  writeFileSync(
    join(site, 'content/blog/welcome.md'),
    '---\ntitle: Welcome\ndate: 2015-03-20\nslug: Welcome\nurl: /:section/:year/:month/:slug/\n---\n\nBody.\n',
  );
  writeFileSync(
    join(site, 'content/blog/odd.md'),
    '---\ntitle: Odd\ndate: 2015-03-21\nurl: /:section/:shortcode/odd/\n---\n\nBody.\n',
  );
  const blog = emptyBlog();
  const run = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'old URL `/blog/2015/03/welcome/` kept as `aliases`');
  assert.match(
    run.stdout,
    'old URL not worked out: its `url` `/:section/:shortcode/odd/` uses `:shortcode`, which Hugo does not know (it refuses to build with it); add it to `aliases` by hand',
  );
  assert.not.match(read(blog, 'posts/2015-03-21-odd.md'), /aliases/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/blog/2015/03/welcome/index.html'), 'url=/posts/welcome/');
  assert.match(read(blog, 'dist/_redirects'), /^\/blog\/2015\/03\/welcome\/ \/posts\/welcome\/ 301$/m);
  assert.not.match(read(blog, 'dist/_redirects'), ':');
});

test('hugo, as on Let’s Encrypt’s site: split config, a language folder, a slug with capitals, a UTC date', () => {
  const site = tempDir('blog-hugo-split-');
  mkdirSync(join(site, 'config/_default'), { recursive: true });
  mkdirSync(join(site, 'content/en/post'), { recursive: true });
  mkdirSync(join(site, 'content/fr/post'), { recursive: true });
  writeFileSync(join(site, 'config/_default/hugo.toml'), 'baseURL = "https://example.org/"\n');
  // The split layout: the `[permalinks]` table in a file of its own.
  writeFileSync(join(site, 'config/_default/permalinks.toml'), 'post = "/:year/:month/:day/:slug/"\n');
  writeFileSync(
    join(site, 'content/en/post/2022-04-28-db-tls.md'),
    '---\ntitle: Database to app TLS\nslug: database-to-app-TLS\ndate: 2022-04-28T00:00:00Z\n---\n\nBody.\n',
  );
  writeFileSync(join(site, 'content/fr/post/x.md'), '---\ntitle: X\ndate: 2022-01-01\n---\n\nCorps.\n');
  // In New York that date is on the 27th; Hugo put the 28th, as written, in the URL.
  const blog = emptyBlog({ timeZone: 'America/New_York' });
  const run = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, '`slug: database-to-app-TLS` → `database-to-app-tls`');
  // Every date of that site moves a day here: the report says so once, with the way to keep them.
  assert.match(
    run.stdout,
    'Dates: 1 post is on another day in America/New_York than the day written (`content/en/post/2022-04-28-db-tls.md`: `2022-04-28T00:00:00Z` is 2022-04-27 there)',
  );
  assert.match(run.stdout, 'set "timeZone" in blog.config.json');
  assert.match(
    run.stdout,
    'old URL `/2022/04/28/database-to-app-tls/` kept as `aliases` (a redirect page to the new `/posts/database-to-app-tls/`)',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/2022/04/28/database-to-app-tls/index.html'),
    '<meta http-equiv="refresh" content="0; url=/posts/database-to-app-tls/">',
  );
  // In UTC the day is as written: nothing to say.
  const utc = emptyBlog({ timeZone: 'UTC' });
  const again = runBlog(['import', 'hugo', site], { cwd: utc });
  assert.is(again.status, 0, again.stderr);
  assert.not.match(again.stdout, 'Dates:');
});

test('hexo, as on hexo.io: `:title` is the file name without what `new_post_name` adds; `:post_title` is Hexo’s slugize', () => {
  const site = tempDir('blog-hexo-new-post-name-');
  mkdirSync(join(site, 'source/_posts'), { recursive: true });
  writeFileSync(
    join(site, '_config.yml'),
    'permalink: news/:year/:month/:day/:title/\nnew_post_name: :year-:month-:day-:title.md\n',
  );
  writeFileSync(
    join(site, 'source/_posts/2020-01-01-x.md'),
    '---\ntitle: X\ndate: 2020-01-01\n---\n\nBody.\n',
  );
  const blog = emptyBlog();
  const run = runBlog(['import', 'hexo', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'old URL `/news/2020/01/01/x/` kept as `aliases`');

  writeFileSync(join(site, '_config.yml'), 'permalink: :year/:post_title/\n');
  writeFileSync(
    join(site, 'source/_posts/2020-01-01-x.md'),
    '---\ntitle: "C++ & Go: Crème brûlée"\ndate: 2020-01-01\n---\n\nBody.\n',
  );
  const again = runBlog(['import', 'hexo', site], { cwd: emptyBlog() });
  assert.is(again.status, 0, again.stderr);
  assert.match(again.stdout, 'old URL `/2020/c-go-creme-brulee/` kept as `aliases`');
});

test('jekyll: an old URL that differs from the new only in letter case is left for a person', () => {
  // Jekyll keeps a file name's capitals in the URL; a redirect page cannot sit beside the post's own folder.
  const site = tempDir('blog-jekyll-case-');
  mkdirSync(join(site, '_posts'), { recursive: true });
  writeFileSync(join(site, '_config.yml'), 'permalink: /:year/:month/:day/:title/\n');
  writeFileSync(
    join(site, '_posts/2020-02-03-Release-Notes.md'),
    '---\ntitle: Release notes\n---\n\nBody.\n',
  );
  const blog = emptyBlog({ permalink: '/:year/:month/:day/:slug/' });
  const run = runBlog(['import', 'jekyll', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    'old URL `/2020/02/03/Release-Notes/` differs from the new `/2020/02/03/release-notes/` only in letter case',
  );
  assert.not.match(read(blog, 'posts/2020-02-03-Release-Notes.md'), /aliases/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
});

test('eleventy: a permalink template in the posts folder’s data or a post’s own, as on 11ty.dev', () => {
  const site = tempDir('blog-eleventy-dir-data-');
  mkdirSync(join(site, 'blog'), { recursive: true });
  writeFileSync(
    join(site, 'blog/blog.json'),
    JSON.stringify({ tags: ['blog'], permalink: '/blog/{{ page.fileSlug }}/' }),
  );
  writeFileSync(join(site, 'blog/2019-12-19-logo-homage.md'), '---\ntitle: Logo homage\n---\n\nBody.\n');
  writeFileSync(
    join(site, 'blog/2020-01-01-own.md'),
    '---\ntitle: Own Post\npermalink: "/x/{{ title | slugify }}/"\n---\n\nBody.\n',
  );
  writeFileSync(
    join(site, 'blog/2020-02-02-odd.md'),
    `---\ntitle: Odd\npermalink: "/y/{{ page.date | date: '%Y' }}/"\n---\n\nBody.\n`,
  );
  const blog = emptyBlog();
  const run = runBlog(['import', 'eleventy', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'old URL `/blog/logo-homage/` kept as `aliases`');
  assert.match(run.stdout, 'old URL `/x/own-post/` kept as `aliases`');
  assert.match(
    run.stdout,
    "old URL not worked out: its `permalink` is a template (`/y/{{ page.date | date: '%Y' }}/`)",
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/blog/logo-homage/index.html'), 'url=/posts/logo-homage/');
  assert.match(read(blog, 'dist/x/own-post/index.html'), 'url=/posts/own/');
});

test('eleventy: the default output path and a post front-matter permalink', () => {
  const blog = emptyBlog();
  const report = importInto(blog, 'eleventy');
  assert.match(report, 'old URL `/posts/2020-05-01-first-eleventy-post/` kept as `aliases`');
  assert.match(report, 'old URL `/blog/second/` kept as `aliases`');
});

test('eleventy: URLs start below the config’s input folder; a file named as its folder is that folder’s page', () => {
  // As in 11ty/eleventy-base-blog: `dir: { input: "content" }`, and `content/blog/fourthpost/fourthpost.md`.
  const blog = emptyBlog();
  const run = runBlog(['import', 'eleventy', join(FIXTURES, 'import-eleventy-base-blog')], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'old URL `/blog/firstpost/` kept as `aliases`');
  assert.match(run.stdout, 'old URL `/blog/fourthpost/` kept as `aliases`');
  assert.not.match(run.stdout, '/content/blog/');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/blog/firstpost/index.html'), 'url=/posts/firstpost/');
  assert.match(read(blog, 'dist/blog/fourthpost/index.html'), 'url=/posts/fourthpost/');
});

test('eleventy: `_posts/` as zachleat.com keeps it, its `.11tydata.js` permalink read from the text; a bundle dated by its folder', () => {
  const blog = emptyBlog();
  const run = runBlog(['import', 'eleventy', join(FIXTURES, 'import-eleventy-underscore-posts')], {
    cwd: blog,
  });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'Imported 4 posts');
  assert.match(run.stdout, 'old URL `/web/checklist-for-web-applications/` kept as `aliases`');
  assert.match(run.stdout, 'old URL `/web/fluid-images/` kept as `aliases`');
  // The folder's date is the post's, as Eleventy reads a date anywhere in the path: not the file's time.
  assert.not.match(run.stdout, "file's modification day");
  assert.not.match(read(blog, 'posts/2021-01-30-fluid-images/index.md'), /\ndate:/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/web/fluid-images/index.html'), 'url=/posts/fluid-images/');
  assert.match(read(blog, 'dist/posts/fluid-images/index.html'), 'datetime="2021-01-30');
});

test('eleventy: a `.11tydata.js` that computes the permalink in code leaves the old URLs to a person', () => {
  const site = tempDir('blog-eleventy-js-data-');
  mkdirSync(join(site, 'posts'));
  writeFileSync(
    join(site, 'posts/posts.11tydata.js'),
    'export default { permalink: (data) => `/${data.slug || data.page.fileSlug}/` };\n',
  );
  writeFileSync(join(site, 'posts/2020-01-01-x.md'), '---\ntitle: X\n---\nBody.\n');
  const blog = emptyBlog();
  const run = runBlog(['import', 'eleventy', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    "old URL not worked out: the posts folder's `posts.11tydata.js` computes `permalink` in code, which is never run; add it to `aliases` by hand",
  );
  assert.not.match(read(blog, 'posts/2020-01-01-x.md'), 'aliases');
});

test('posts that shared a slug, told apart by the date in their old URLs, get their own slugs; the first build succeeds', () => {
  // As on letsencrypt/website: three `slug: legal-transparency-report` posts under `/:year/:month/:day/:slug/`.
  const hugo = tempDir('blog-hugo-same-slug-');
  mkdirSync(join(hugo, 'content/post'), { recursive: true });
  writeFileSync(join(hugo, 'config.toml'), '[permalinks]\n  post = "/:year/:month/:day/:slug/"\n');
  for (const day of ['2015-07-01', '2016-04-01', '2016-10-01'])
    writeFileSync(
      join(hugo, `content/post/${day}-legal-transparency-report.markdown`),
      `---\ntitle: Report\ndate: ${day}\nslug: legal-transparency-report\n---\nBody.\n`,
    );
  const blog = emptyBlog();
  const run = runBlog(['import', 'hugo', hugo], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    '4: `slug: legal-transparency-report` → `legal-transparency-report-2016-04-01`: `content/post/2015-07-01-legal-transparency-report.markdown` has that slug too',
  );
  assert.not.match(run.stdout, 'duplicate-slug');
  const first = read(blog, 'posts/2015-07-01-legal-transparency-report.md');
  assert.match(first, 'slug: legal-transparency-report\n');
  const last = read(blog, 'posts/2016-10-01-legal-transparency-report.md');
  assert.match(last, 'slug: legal-transparency-report-2016-10-01\n');
  assert.match(last, '- /2016/10/01/legal-transparency-report/\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/2016/10/01/legal-transparency-report/index.html'),
    'url=/posts/legal-transparency-report-2016-10-01/',
  );

  // Jekyll, no `slug:`: the file names, without their dates, are the slugs.
  const jekyll = tempDir('blog-jekyll-same-slug-');
  mkdirSync(join(jekyll, '_posts'));
  writeFileSync(join(jekyll, '_posts/2019-01-01-update.md'), '---\ntitle: One\n---\nBody.\n');
  writeFileSync(join(jekyll, '_posts/2020-01-01-update.md'), '---\ntitle: Two\n---\nBody.\n');
  const other = emptyBlog();
  const again = runBlog(['import', 'jekyll', jekyll], { cwd: other });
  assert.is(again.status, 0, again.stderr);
  assert.match(
    again.stdout,
    '1: added `slug: update-2020-01-01`: `_posts/2019-01-01-update.md` has that slug too',
  );
  assert.match(read(other, 'posts/2020-01-01-update.md'), '- /2020/01/01/update.html\n');
  const built = runBlog(['build'], { cwd: other });
  assert.is(built.status, 0, built.stderr);
});

test('jekyll: posts in any folder’s _posts/, as Jekyll reads them; language folders give one language, the others listed', () => {
  // As on ruby-lang.org: `en/news/_posts/`, `de/news/_posts/`; its folders are the posts' first categories.
  const site = tempDir('blog-jekyll-nested-posts-');
  const post = (rel: string, matter = '') => {
    mkdirSync(join(site, rel, '..'), { recursive: true });
    writeFileSync(join(site, rel), `---\ntitle: Ruby 3.0.0\n${matter}---\nBody.\n`);
  };
  writeFileSync(join(site, '_config.yml'), 'permalink: pretty\nexclude:\n  - lib\n');
  post('en/news/_posts/2020-12-25-ruby-3-0-0-released.md');
  post('de/news/_posts/2020-12-25-ruby-3-0-0-released.md');
  // Not read by Jekyll: an `exclude:`d folder, a default exclude, a folder starting with `_`.
  post('lib/_posts/2020-01-01-excluded.md');
  post('vendor/bundle/gem/_posts/2020-01-01-vendored.md');
  post('_site/en/news/_posts/2020-01-01-built.md');
  const blog = emptyBlog();
  const run = runBlog(['import', 'jekyll', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'Imported 1 post and 0 other files');
  assert.match(run.stdout, 'old URL `/en/news/2020/12/25/ruby-3-0-0-released/` kept as `aliases`');
  assert.match(run.stdout, 'Left out (1):\n  de/news/_posts/: another language (`--lang de` imports it)');
  const german = emptyBlog();
  const de = runBlog(['import', 'jekyll', site, '--lang', 'de'], { cwd: german });
  assert.is(de.status, 0, de.stderr);
  assert.match(de.stdout, 'old URL `/de/news/2020/12/25/ruby-3-0-0-released/` kept as `aliases`');
  const none = runBlog(['import', 'jekyll', site, '--lang', 'xx'], { cwd: emptyBlog() });
  assert.is(none.status, 2);
  assert.match(none.stderr, 'No posts in language `xx` in this Jekyll site.');
  assert.match(none.stderr, 'Pick one with --lang: de, en.');

  // Folders that are not languages are one blog's categories: all imported, before the post's own in the URL.
  const blogSite = tempDir('blog-jekyll-category-folders-');
  writeFileSync(join(blogSite, '_config.yml'), 'permalink: date\n');
  mkdirSync(join(blogSite, 'blog/_posts'), { recursive: true });
  mkdirSync(join(blogSite, 'news/_posts'), { recursive: true });
  writeFileSync(
    join(blogSite, 'blog/_posts/2021-03-04-one.md'),
    '---\ntitle: One\ncategories: [Release]\n---\nBody.\n',
  );
  writeFileSync(join(blogSite, 'news/_posts/2021-03-05-two.md'), '---\ntitle: Two\n---\nBody.\n');
  const both = emptyBlog();
  const all = runBlog(['import', 'jekyll', blogSite], { cwd: both });
  assert.is(all.status, 0, all.stderr);
  assert.match(all.stdout, 'Imported 2 posts');
  assert.match(read(both, 'posts/2021-03-04-one.md'), '- /blog/release/2021/03/04/one.html\n');
  assert.match(read(both, 'posts/2021-03-05-two.md'), '- /news/2021/03/05/two.html\n');
  const lang = runBlog(['import', 'jekyll', blogSite, '--lang', 'de'], { cwd: emptyBlog() });
  assert.is(lang.status, 2);
  assert.match(lang.stderr, 'No language `de` in this Jekyll site');
});

test('jekyll: a _config.yml with a key written twice is read as Jekyll reads it, the last one winning', () => {
  // As on artsy.github.io: two `authors:` entries under one name; Jekyll (Psych) keeps the last, and the
  // site's `permalink` and `title` still count.
  const site = tempDir('blog-jekyll-duplicate-key-');
  mkdirSync(join(site, '_posts'));
  writeFileSync(
    join(site, '_config.yml'),
    'title: Engineering\npermalink: /blog/:year/:month/:day/:title/\nauthors:\n  ann:\n    name: Ann\n  ann:\n    name: Ann B.\n',
  );
  writeFileSync(join(site, '_posts/2012-01-05-hello.md'), '---\ntitle: Hello\n---\nBody.\n');
  const blog = emptyBlog();
  const run = runBlog(['import', 'jekyll', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(read(blog, 'posts/2012-01-05-hello.md'), '- /blog/2012/01/05/hello/\n');
  assert.match(run.stdout, '"title": "Engineering"');
});

test('jekyll, hexo, eleventy: a config that does not parse stops the import, naming the file, line and column', () => {
  // A `_config.yml` ignored would give every post the default permalink, and every redirect would be wrong.
  for (const [kind, file, text, post, message] of [
    [
      'jekyll',
      '_config.yml',
      'title: Engineering\npermalink: /blog/:year/:month/:day/:title/\nexclude: ["vendor"\n',
      '_posts/2012-01-05-hello.md',
      "The source site's `_config.yml` could not be read at line 4, column 1: ",
    ],
    [
      'hexo',
      '_config.yml',
      'title: Notes\npermalink: :year/:title/\nauthor: a: b\n',
      'source/_posts/hello.md',
      "The source site's `_config.yml` could not be read at line 3, column 9: Nested mappings are not allowed",
    ],
    [
      'eleventy',
      '_data/metadata.json',
      '{\n  "title": "Notes",\n}\n',
      'posts/2012-01-05-hello.md',
      "The source site's `_data/metadata.json` could not be read at line 3, column 1: ",
    ],
  ] as const) {
    const site = tempDir(`blog-${kind}-bad-config-`);
    mkdirSync(join(site, post, '..'), { recursive: true });
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), text);
    writeFileSync(join(site, post), '---\ntitle: Hello\ndate: 2012-01-05\n---\nBody.\n');
    const blog = emptyBlog();
    const before = read(blog, 'blog.config.json');
    for (const flags of [['--dry-run'], []]) {
      const run = runBlog(['import', kind, site, ...flags], { cwd: blog });
      assert.is(run.status, 2, `${kind}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.not.match(run.stderr, 'Internal error');
      assert.is(run.stdout, '');
    }
    assert.equal(readdirSync(join(blog, 'posts')), [], kind);
    assert.equal(readdirSync(blog).sort(), ['blog.config.json', 'posts'], kind);
    assert.is(read(blog, 'blog.config.json'), before);
  }
});

test.run();
