/** `blog import hugo` records the URLs Hugo gave posts in nested sections, by every permalink form and language. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

function emptyBlog(): string {
  const dir = tempDir('blog-import-hugo-');
  mkdirSync(join(dir, 'posts'));
  writeFileSync(join(dir, 'blog.config.json'), JSON.stringify({ title: 'Imported', ...WITHOUT_EXTRAS }));
  return dir;
}

/** Imports the site into a new blog and builds it; the import's report and the blog. */
function importAndBuild(site: string, args: string[] = []): { report: string; blog: string } {
  const blog = emptyBlog();
  const run = runBlog(['import', 'hugo', site, ...args], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  return { report: run.stdout, blog };
}

function assertRedirected(blog: string, from: string, to: string): void {
  assert.match(read(blog, `dist${from}index.html`), `<meta http-equiv="refresh" content="0; url=${to}">`);
  assert.match(read(blog, 'dist/_redirects'), `${from} ${to} 301\n`);
}

test('nested sections: the default path is every folder and the slug; `[permalinks]` keys are top-level sections', () => {
  const { report, blog } = importAndBuild(join(FIXTURES, 'import-hugo-sections'));
  // content/posts/2020/my-post.md was at /posts/2020/my-post/ (resources/page/page_paths.go: ContainerDir + BaseName).
  assert.match(report, 'old URL `/posts/2020/my-post/` kept as `aliases`');
  assertRedirected(blog, '/posts/2020/my-post/', '/posts/my-post/');
  // A bundle's folder is the page itself: its slug takes the folder's place.
  assert.match(report, 'old URL `/posts/2020/hello-world/` kept as `aliases`');
  assertRedirected(blog, '/posts/2020/hello-world/', '/posts/hello-world/');
  // `blog = …` is for content/blog/ only; `:sections` is the nearest section's path (blog/tech has an _index.md).
  assert.match(report, 'old URL `/blog/tech/2021/go-generics/` kept as `aliases`');
  assertRedirected(blog, '/blog/tech/2021/go-generics/', '/posts/go/');
});

/** A Hugo site with one post, `content/posts/2021-03-04-go.md`, and the given config files. */
function siteWith(files: Record<string, string>): string {
  const site = tempDir('blog-hugo-site-');
  mkdirSync(join(site, 'content/posts'), { recursive: true });
  writeFileSync(
    join(site, 'content/posts/2021-03-04-go.md'),
    '---\ntitle: Go Generics\ndate: 2021-03-04\n---\n\nBody.\n',
  );
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(site, name, '..'), { recursive: true });
    writeFileSync(join(site, name), text);
  }
  return site;
}

test('`[permalinks.page]` (Hugo ≥ 0.112) in TOML, YAML and JSON, at the top or in config/_default/', () => {
  const configs: Record<string, string>[] = [
    {
      'hugo.toml':
        '[permalinks.page]\nposts = "/:year/:month/:slug/"\n[permalinks.section]\nposts = "/articles/"\n',
    },
    { 'config.yaml': 'permalinks:\n  page:\n    posts: /:year/:month/:slug/\n' },
    { 'config.json': '{"permalinks": {"page": {"posts": "/:year/:month/:slug/"}}}' },
    {
      'config/_default/hugo.toml': 'title = "x"\n',
      'config/_default/permalinks.toml': '[page]\nposts = "/:year/:month/:slug/"\n',
    },
    // Both forms: the page table is the one for pages.
    {
      'hugo.toml': '[permalinks]\nposts = "/old/:slug/"\n[permalinks.page]\nposts = "/:year/:month/:slug/"\n',
    },
  ];
  for (const files of configs) {
    const { report, blog } = importAndBuild(siteWith(files));
    assert.match(report, 'old URL `/2021/03/go-generics/` kept as `aliases`', JSON.stringify(files));
    assertRedirected(blog, '/2021/03/go-generics/', '/posts/go/');
  }
});

test('Go date layouts and `:sections[…]` in a pattern; the expanded path is lowercased as a whole', () => {
  const site = siteWith({
    'hugo.toml': '[permalinks]\nposts = "/:sections[last]/:2006/:January/:02/:slug/"\n',
  });
  const { report, blog } = importAndBuild(site);
  assert.match(report, 'old URL `/posts/2021/march/04/go-generics/` kept as `aliases`');
  assertRedirected(blog, '/posts/2021/march/04/go-generics/', '/posts/go/');
});

test('`uglyURLs` (all, or by section): the old URL is the last segment with `.html`', () => {
  for (const [config, old] of [
    ['uglyURLs = true\n[permalinks]\nposts = "/:year/:slug/"\n', '/2021/go-generics.html'],
    ['uglyURLs = true\n', '/posts/2021-03-04-go.html'],
    ['[uglyURLs]\nPosts = true\n', '/posts/2021-03-04-go.html'],
    ['[uglyURLs]\nblog = true\n', '/posts/2021-03-04-go/'],
  ] as const) {
    const { report, blog } = importAndBuild(siteWith({ 'hugo.toml': config }));
    assert.match(report, `old URL \`${old}\` kept as \`aliases\``, config);
    const page = old.endsWith('/') ? `dist${old}index.html` : `dist${old}`;
    assert.match(read(blog, page), '<meta http-equiv="refresh" content="0; url=/posts/go/">');
    assert.match(read(blog, 'dist/_redirects'), `${old} /posts/go/ 301\n`);
  }
});

test('a malformed config or permalinks setting is refused naming the file; an unknown token is left for a person', () => {
  for (const [files, message] of [
    [
      { 'hugo.toml': '[permalinks\nposts = "/:slug/"\n' },
      "The source site's `hugo.toml` could not be read at line 1, column 12: Invalid TOML document",
    ],
    [
      { 'config/_default/permalinks.yaml': 'page: [\n' },
      "The source site's `config/_default/permalinks.yaml` could not be read at line 2, column 1: Flow sequence",
    ],
    [
      { 'hugo.toml': '[permalinks.pages]\nposts = "/:slug/"\n' },
      "The source site's `hugo.toml` has a permalinks setting Hugo refuses: unexpected `[permalinks.pages]`, expected one of the kinds page, section, taxonomy, term, home.",
    ],
    [
      { 'hugo.json': '{"permalinks": {"page": {"posts": 3}}}' },
      "The source site's `hugo.json` has a permalinks setting Hugo refuses: `permalinks.page.posts` is 3, expected a pattern.",
    ],
  ] as const) {
    const run = runBlog(['import', 'hugo', siteWith(files)], { cwd: emptyBlog() });
    assert.is(run.status, 2, run.stderr);
    assert.match(run.stderr, message);
    assert.not.match(run.stderr, 'Internal error');
  }
  const run = runBlog(
    ['import', 'hugo', siteWith({ 'hugo.toml': '[permalinks.page]\nposts = "/:year/:titel/"\n' })],
    {
      cwd: emptyBlog(),
    },
  );
  assert.is(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    'old URL not worked out: the `[permalinks]` pattern `/:year/:titel/` in hugo.toml uses `:titel`, which Hugo does not know (it refuses to build with it); add it to `aliases` by hand',
  );
});

test('translation by file name: one language imported, the others left out; /fr/ on the other language’s URLs', () => {
  const site = join(FIXTURES, 'import-hugo-translations');
  const en = importAndBuild(site);
  assert.match(en.report, 'old URL `/2021/03/hello/` kept as `aliases`');
  assertRedirected(en.blog, '/2021/03/hello/', '/posts/hello/');
  assert.match(en.report, 'content/posts/hello.fr.md: another language (`--lang fr` imports it)');
  assert.equal(readdirSync(join(en.blog, 'posts')).sort(), ['2021-03-04-hello.md', '2021-05-06-only.md']);

  const fr = importAndBuild(site, ['--lang', 'fr']);
  // The code leaves the name: `hello.fr.md` is the post `hello`, at /fr/… with its own slug.
  assert.equal(readdirSync(join(fr.blog, 'posts')).sort(), ['2021-03-04-hello.md', '2021-04-05-about.md']);
  assert.match(fr.report, 'old URL `/fr/2021/03/bonjour/` kept as `aliases`');
  assertRedirected(fr.blog, '/fr/2021/03/bonjour/', '/posts/bonjour/');
  // A relative `url` gets the prefix too (`ForcePrefix` in page_paths.go).
  assertRedirected(fr.blog, '/fr/a-propos/', '/posts/about/');
  assert.match(fr.report, 'content/posts/only.md: another language (`--lang en` imports it)');
});

test('defaultContentLanguageInSubdir puts the default language under /en/ too; a `url` from the root keeps none', () => {
  const site = siteWith({
    'hugo.toml':
      'defaultContentLanguage = "en"\ndefaultContentLanguageInSubdir = true\n[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n',
    'content/posts/rooted.md': '---\ntitle: Rooted\ndate: 2021-01-02\nurl: /rooted/page/\n---\n\nBody.\n',
  });
  const { report, blog } = importAndBuild(site);
  assert.match(report, 'old URL `/en/posts/2021-03-04-go/` kept as `aliases`');
  assertRedirected(blog, '/en/posts/2021-03-04-go/', '/posts/go/');
  assertRedirected(blog, '/rooted/page/', '/posts/rooted/');
});

test('`[frontmatter] date = [":filename", ":default"]`: the date and slug from the file name make the old URL', () => {
  const { report, blog } = importAndBuild(join(FIXTURES, 'import-hugo-filename-date-first'));
  // `dateAndSlugFromBaseFilename` (resources/page/pagemeta/page_frontmatter.go): 2017-02-01 and `i-love-hugo`,
  // though the front matter says 2017-03-05 and its title would make `:slug` `why-i-love-hugo`.
  assertRedirected(blog, '/2017/02/i-love-hugo/', '/posts/i-love-hugo/');
  // The default path has the slug in the file name's place.
  assertRedirected(blog, '/blog/third/', '/posts/third/');
  assertRedirected(blog, '/blog/undated/', '/posts/undated/');
  // A front-matter `slug` stays; the date is still the name's.
  assertRedirected(blog, '/2019/01/kept/', '/posts/kept/');
  // The imported post has the date Hugo showed, so the name and `date:` agree.
  assert.match(read(blog, 'posts/2017-02-01-i-love-hugo.md'), /^date: 2017-02-01$/m);
  assert.match(
    report,
    '`date: 2017-02-01` from the file name, the date Hugo used (`:filename` in `[frontmatter]`); it was `2017-03-05`',
  );
  assert.not.match(report, 'content/filename-date');
});

test('`[frontmatter] date = [":default", ":filename"]`: a front-matter date wins, so the slug stays', () => {
  const { report, blog } = importAndBuild(join(FIXTURES, 'import-hugo-filename-date-last'));
  assertRedirected(blog, '/2017/03/why-i-love-hugo/', '/posts/i-love-hugo/');
  assertRedirected(blog, '/blog/2018-05-06-third/', '/posts/third/');
  // No date in the front matter: `:filename` is reached and takes the slug.
  assertRedirected(blog, '/blog/undated/', '/posts/undated/');
  assertRedirected(blog, '/2019/02/kept/', '/posts/kept/');
  assert.match(read(blog, 'posts/2017-02-01-i-love-hugo.md'), /^date: 2017-03-05$/m);
  assert.not.match(report, 'from the file name');
});

test('a `[frontmatter]` value that is not a list of strings is refused, naming the config file', () => {
  const site = siteWith({
    'config/_default/frontmatter.toml': 'date = 3\n',
    'config/_default/hugo.toml': '',
  });
  const blog = emptyBlog();
  const run = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(run.status, 2, run.stderr);
  assert.match(
    run.stderr,
    '`config/_default/frontmatter.toml` has a `[frontmatter]` setting that is not a list of date handlers',
  );
  assert.match(run.stderr, '`frontmatter.date` is 3, expected a list of handlers');
  assert.not.match(run.stderr, 'Internal error');
  assert.equal(readdirSync(join(blog, 'posts')), []);
});

test('an alias without a leading `/` is read beside the page, as Hugo does; one from the root is kept', () => {
  // gohugoio/hugoBasicExample's content/post/markdown-syntax.md: `aliases = ["migrate-from-jekyl"]`, at /post/….
  const site = tempDir('blog-hugo-relative-alias-');
  mkdirSync(join(site, 'content/post'), { recursive: true });
  writeFileSync(join(site, 'config.toml'), 'baseURL = "https://gohugo.io"\n');
  writeFileSync(
    join(site, 'content/post/markdown-syntax.md'),
    '+++\ntitle = "Markdown Syntax Guide"\ndate = "2019-03-11"\naliases = ["migrate-from-jekyl", "/kept/", "../up"]\n+++\n\nBody.\n',
  );
  const { report, blog } = importAndBuild(site);
  assert.match(
    report,
    '4: alias `migrate-from-jekyl` → `/post/migrate-from-jekyl/` (Hugo reads an alias without `/` beside the page)',
  );
  assert.match(report, '4: alias `../up` → `/up/`');
  assert.match(
    read(blog, 'posts/2019-03-11-markdown-syntax.md'),
    'aliases:\n  - /post/migrate-from-jekyl/\n  - /kept/\n  - /up/\n  - /post/markdown-syntax/\n',
  );
  assertRedirected(blog, '/post/migrate-from-jekyl/', '/posts/markdown-syntax/');
  assertRedirected(blog, '/kept/', '/posts/markdown-syntax/');
});

test.run();
