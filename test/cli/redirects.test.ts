/**
 * Old URLs that keep working: `redirect_from` (Jekyll), `aliases` (Hugo) and the config's `redirects` give
 * redirect pages and `_redirects`; clashes and targets that lead nowhere stop lint and build, naming both files.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createSiteHandler } from '../../src/serve/site-handler.ts';
import { copyFixture, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

const JEKYLL = 'posts/2024-03-01-moved-from-jekyll.md';
const HUGO = 'posts/2024-04-02-moved-from-hugo.md';
const PLAIN = 'posts/2024-05-03-plain.md';

function edit(blog: string, file: string, from: string | RegExp, to: string): void {
  const text = read(blog, file);
  const next = text.replace(from, to);
  assert.ok(next !== text, `${file}: nothing replaced`);
  writeFileSync(join(blog, file), next);
}

test('redirect_from and aliases give redirect pages at the old paths, and _redirects lists them all', () => {
  const blog = copyFixture('redirects', WITHOUT_EXTRAS);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.is(build.stderr, '');

  const jekyll = read(blog, 'dist/2024/03/01/moved-from-jekyll.html');
  assert.match(jekyll, /<meta http-equiv="refresh" content="0; url=\/blog\/posts\/moved-from-jekyll\/">/);
  assert.match(
    jekyll,
    /<link rel="canonical" href="https:\/\/blog\.example\.com\/blog\/posts\/moved-from-jekyll\/">/,
  );
  assert.match(jekyll, /<meta name="robots" content="noindex">/);
  assert.match(jekyll, /<a href="\/blog\/posts\/moved-from-jekyll\/">Moved from Jekyll<\/a>/);
  for (const old of ['post/moved-from-hugo/index.html', 'old-hugo-name/index.html'])
    assert.match(read(blog, `dist/${old}`), /url=\/blog\/posts\/moved-from-hugo\//);
  assert.match(read(blog, 'dist/feed.xml'), /url=\/blog\/atom\.xml/);
  assert.match(read(blog, 'dist/about/index.html'), /url=https:\/\/example\.com\/about\//);

  assert.is(
    read(blog, 'dist/_redirects'),
    [
      '/blog/2024/03/01/moved-from-jekyll.html /blog/posts/moved-from-jekyll/ 301',
      '/blog/about/ https://example.com/about/ 301',
      '/blog/feed.xml /blog/atom.xml 301',
      '/blog/old-hugo-name/ /blog/posts/moved-from-hugo/ 301',
      '/blog/post/moved-from-hugo/ /blog/posts/moved-from-hugo/ 301',
      '',
    ].join('\n'),
  );
  // Redirect pages are not pages of the site: not in the sitemap, not in the feed.
  const sitemap = read(blog, 'dist/sitemap.xml');
  assert.not.match(sitemap, /moved-from-jekyll\.html|old-hugo-name|post\/moved-from-hugo|about/);
  assert.match(sitemap, /\/blog\/posts\/moved-from-hugo\//);
  assert.not.match(read(blog, 'dist/atom.xml'), /old-hugo-name|moved-from-jekyll\.html/);

  // The keys are known: no unknown-key warnings.
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 0, lint.stdout);
  assert.not.match(lint.stdout, /unknown-key/);
});

test('a blog without redirects writes no _redirects', () => {
  const blog = copyFixture('redirects', WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'blog.config.json'), '{ "baseUrl": "https://blog.example.com/" }');
  edit(blog, JEKYLL, /^redirect_from:.*\n/m, '');
  edit(blog, HUGO, /^aliases:\n( {2}- .*\n)+/m, '');
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  assert.not.ok(existsSync(join(blog, 'dist/_redirects')));
});

test('two posts claiming one old URL: an error on each, naming the other, in lint and build', () => {
  const blog = copyFixture('redirects', WITHOUT_EXTRAS);
  edit(blog, PLAIN, 'tags: [news]', 'tags: [news]\naliases: [/post/moved-from-hugo]');
  for (const command of ['lint', 'build']) {
    const run = runBlog([command], { cwd: blog });
    assert.is(run.status, 1, `${command}: ${run.stderr}`);
    const out = command === 'lint' ? run.stdout : run.stderr;
    assert.match(
      out,
      `${HUGO}\n  7:5  error    Unexpected second redirect from \`/post/moved-from-hugo/\` in \`aliases\`, also claimed by \`aliases\` of ${PLAIN}`,
    );
    assert.match(out, `↳ ${PLAIN}:5:11 Also claimed here`);
    assert.match(
      out,
      `${PLAIN}\n  5:11  error    Unexpected second redirect from \`/post/moved-from-hugo/\` in \`aliases\`, also claimed by \`aliases\` of ${HUGO}`,
    );
    assert.match(out, `↳ ${HUGO}:7:5 Also claimed here`);
    assert.match(out, /blog\/redirect-conflict/);
  }
  assert.not.ok(existsSync(join(blog, 'dist')));
});

test('one post listing an old URL with and without its slash (`/old`, `/old/`) gets one redirect, no clash', () => {
  // vespa-engine/blog: `redirect_from:` lists `/gigaom-radar-…` and `/gigaom-radar-…/`; both stopped the build.
  const blog = copyFixture('redirects', WITHOUT_EXTRAS);
  edit(
    blog,
    PLAIN,
    'tags: [news]',
    'tags: [news]\nredirect_from:\n  - /old-plain\n  - /old-plain/\n  - /Old-Plain/',
  );
  for (const command of ['lint', 'build']) {
    const run = runBlog([command], { cwd: blog });
    assert.is(run.status, 0, `${command}: ${run.stdout}${run.stderr}`);
    assert.not.match(run.stdout + run.stderr, /redirect-conflict/);
  }
  assert.match(read(blog, 'dist/old-plain/index.html'), /url=\/blog\/posts\/plain\//);
  const lines = read(blog, 'dist/_redirects').split('\n');
  assert.is(lines.filter((l) => /old-plain/i.test(l)).length, 1, lines.join('\n'));
});

test('an alias over a real page, or a post and the config claiming one URL: errors naming both', () => {
  const blog = copyFixture('redirects', WITHOUT_EXTRAS);
  edit(blog, PLAIN, 'tags: [news]', 'tags: [news]\naliases: [/posts/moved-from-jekyll/, /feed.xml]');
  const run = runBlog(['build'], { cwd: blog });
  assert.is(run.status, 1, run.stderr);
  assert.match(
    run.stderr,
    `5:11  error    Unexpected redirect from \`/posts/moved-from-jekyll/\` in \`aliases\`: that URL is the page of ${JEKYLL}`,
  );
  assert.match(run.stderr, `↳ ${JEKYLL}:1:1 The page at that URL comes from here`);
  assert.match(run.stderr, 'also claimed by `redirects` in blog.config.json');
  // At the config's own line, not 1:1.
  assert.match(run.stderr, '↳ blog.config.json:8:5 Also claimed here');
  // A generated page: the tag pages.
  edit(blog, PLAIN, '[/posts/moved-from-jekyll/, /feed.xml]', '[/tags/migration/]');
  const tag = runBlog(['lint'], { cwd: blog });
  assert.is(tag.status, 1);
  assert.match(
    tag.stdout,
    'Unexpected redirect from `/tags/migration/` in `aliases`: that URL is a tag page',
  );
  // Its own URL.
  edit(blog, PLAIN, '[/tags/migration/]', '[/posts/plain/]');
  assert.match(runBlog(['lint'], { cwd: blog }).stdout, "it is this post's own URL");
});

test('an alias over a file of static/, of a bundle or of the search index: an error in lint and build, the file kept', () => {
  const blog = copyFixture('redirects', { ...WITHOUT_EXTRAS, search: true });
  mkdirSync(join(blog, 'static'));
  writeFileSync(join(blog, 'static', 'Logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  mkdirSync(join(blog, 'posts', 'bundled'));
  writeFileSync(
    join(blog, 'posts', 'bundled', 'index.md'),
    '---\ntitle: Bundled\ndate: 2024-02-01\n---\nBody.\n',
  );
  writeFileSync(join(blog, 'posts', 'bundled', 'chart.png'), 'not really a png');
  // Before, the build wrote the redirect page over static/Logo.svg and blamed the file for being in its way.
  edit(
    blog,
    PLAIN,
    'tags: [news]',
    'tags: [news]\naliases: [/logo.svg, /posts/bundled/chart.png, /pagefind/pagefind.js]',
  );
  for (const command of ['lint', 'build']) {
    const run = runBlog([command], { cwd: blog });
    assert.is(run.status, 1, run.stderr);
    const out = run.stdout + run.stderr;
    assert.match(
      out,
      'Unexpected redirect from `/logo.svg` in `aliases`: that URL is the file `static/Logo.svg`',
      command,
    );
    assert.match(out, `that URL is a file of the bundle of posts/bundled/index.md`, command);
    assert.match(out, "that URL is in `/pagefind/`, the search index's folder", command);
  }
  assert.not.ok(existsSync(join(blog, 'dist')));
});

test("an alias inside what the site writes as a file (`/atom.xml/x/`, a page's `index.html/z/`): an error in lint and build", () => {
  const blog = copyFixture('redirects', WITHOUT_EXTRAS);
  edit(
    blog,
    PLAIN,
    'tags: [news]',
    'tags: [news]\naliases: [/atom.xml/x/, /posts/moved-from-hugo/index.html/z/]',
  );
  // Before, lint was clean and the build failed writing, naming a path in its staging folder.
  for (const command of ['lint', 'build']) {
    const run = runBlog([command], { cwd: blog });
    assert.is(run.status, 1, run.stderr);
    const out = run.stdout + run.stderr;
    assert.match(
      out,
      'Unexpected redirect from `/atom.xml/x/` in `aliases`: that URL is inside the generated page `/atom.xml`, which is a file',
      command,
    );
    assert.match(out, `that URL is inside the page of ${HUGO}, which is a file`, command);
    assert.not.match(out, /\.tmp-/, command);
  }
});

// It was reported at blog.config.json 1:1, leaving the writer to find the entry.
test('a config redirect to a page the site does not have stops the build, at its line in the config', () => {
  const blog = copyFixture('redirects', WITHOUT_EXTRAS);
  const config = JSON.parse(read(blog, 'blog.config.json'));
  config.redirects['/old-about/'] = '/about-us/';
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify(config, null, 2));
  const run = runBlog(['build'], { cwd: blog });
  assert.is(run.status, 1);
  assert.match(
    run.stderr,
    'blog.config.json\n  10:5  error    Unexpected redirect from `/old-about/` to `/about-us/`: no page of the site is there',
  );
  assert.match(run.stderr, 'blog/redirect-target');
  assert.match(run.stderr, '1 redirect clashes or leads nowhere; nothing was written.');
  assert.not.ok(existsSync(join(blog, 'dist')));
});

test('old paths stay inside the site: URLs, `..`, `//` and queries are errors at the value', () => {
  const blog = copyFixture('redirects', WITHOUT_EXTRAS);
  edit(
    blog,
    PLAIN,
    'tags: [news]',
    'tags: [news]\naliases: [https://evil.example/x, //evil.example/, /a/../../b/, /x?y=1, 42]',
  );
  const run = runBlog(['lint'], { cwd: blog });
  assert.is(run.status, 1);
  const found = run.stdout.split('\n').filter((l) => l.includes('frontmatter/redirect-path'));
  assert.is(found.length, 5, run.stdout);
  assert.match(run.stdout, '5:11  error    Unexpected `https://evil.example/x` in `aliases`: it is a URL');
  assert.match(run.stdout, 'Unexpected `/a/../../b/` in `aliases`: it has an empty, `.` or `..` segment');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.not.ok(existsSync(join(blog, 'dist')));

  // In the config: a config error (exit 2) at the key.
  const fresh = copyFixture('redirects', WITHOUT_EXTRAS);
  writeFileSync(
    join(fresh, 'blog.config.json'),
    JSON.stringify({ baseUrl: 'https://blog.example.com/', redirects: { '../up/': '/posts/plain/' } }),
  );
  const bad = runBlog(['build'], { cwd: fresh });
  assert.is(bad.status, 2);
  assert.match(bad.stderr, 'Unexpected redirect from `../up/`, expected a path of this site');
});

test('an old path with `*` or `:name` (a pattern to Netlify) stops the build at the value; nothing is written', () => {
  const blog = copyFixture('redirects', WITHOUT_EXTRAS);
  edit(blog, PLAIN, 'tags: [news]', 'tags: [news]\naliases:\n  - /:section/:year/:slug/\n  - /old/*\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(
    build.stderr,
    '6:5  error    Unexpected `/:section/:year/:slug/` in `aliases`: it has `:section`, which redirect hosts (Netlify, Cloudflare Pages) read as a placeholder for any segment, expected a literal path',
  );
  assert.match(build.stderr, '7:5  error    Unexpected `/old/*` in `aliases`: it has `*`');
  assert.not.ok(existsSync(join(blog, 'dist')));

  // The config's `redirects` pass the same check: a config error (exit 2).
  writeFileSync(
    join(blog, 'blog.config.json'),
    JSON.stringify({ baseUrl: 'https://blog.example.com/', redirects: { '/news/*': '/posts/plain/' } }),
  );
  const config = runBlog(['build'], { cwd: blog });
  assert.is(config.status, 2);
  assert.match(config.stderr, 'Unexpected redirect from `/news/*`, expected a path of this site');
  assert.match(config.stderr, 'it has `*`, which redirect hosts');
});

test('an imported post whose old URL was %-encoded (`/2019/caf%C3%A9/`) redirects from it: page, _redirects and the server agree', async () => {
  const source = tempDir('jekyll-encoded-');
  mkdirSync(join(source, '_posts'));
  writeFileSync(join(source, '_config.yml'), 'title: J\npermalink: /:year/:title/\n');
  // Jekyll served this file at /2019/caf%C3%A9/ (its page written to `_site/2019/café/`).
  writeFileSync(join(source, '_posts/2019-05-01-caf%C3%A9.md'), '---\ntitle: Café\n---\nCoffee.\n');
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  rmSync(join(blog, 'posts'), { recursive: true });
  mkdirSync(join(blog, 'posts'));
  const imported = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(imported.status, 0, imported.stderr);
  assert.match(
    imported.stdout,
    'old URL `/2019/café/` kept as `aliases` (a redirect page to the new `/posts/cafe/`)',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/posts/cafe/index.html'), 'Coffee.');
  assert.match(
    read(blog, 'dist/2019/café/index.html'),
    '<meta http-equiv="refresh" content="0; url=/posts/cafe/">',
  );
  assert.match(read(blog, 'dist/_redirects'), /^\/2019\/caf%C3%A9\/ \/posts\/cafe\/ 301$/m);
  // What a browser asks for, following an old link: the redirect page, in either spelling.
  const server = createServer(createSiteHandler({ outDir: join(blog, 'dist'), basePath: () => '/' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const path of ['/2019/caf%C3%A9/', '/2019/caf%c3%a9/', '/2019/caf%C3%A9']) {
      const res = await fetch(origin + path);
      assert.is(res.status, 200, path);
      assert.match(await res.text(), 'url=/posts/cafe/', path);
    }
  } finally {
    server.close();
  }
});

test.run();
