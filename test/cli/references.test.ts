/** @fileoverview One broken-reference policy: errors in lint, counted warnings in build, errors with --strict. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeUrlPath } from '../../src/util/urls.ts';
import { copyFixture, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';

const RULES = [
  'posts/2024-01-02-cover-missing.md:5:8 frontmatter/image',
  'posts/2024-01-03-body-image.md:7:12 body/missing-image',
  'posts/2024-01-03-body-image.md:9:22 body/broken-link',
];

type JsonReport = {
  filePath: string;
  messages: { ruleId: string; severity: number; line: number; column: number }[];
}[];
const found = (json: string, severity: number) =>
  (JSON.parse(json) as JsonReport).flatMap((f) =>
    f.messages
      .filter((m) => m.severity === severity)
      .map((m) => `${f.filePath}:${m.line}:${m.column} ${m.ruleId}`),
  );

test('blog lint: every broken reference (front-matter image, body image, link) is an error', () => {
  const blog = copyFixture('broken-refs', WITHOUT_EXTRAS);
  const r = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.is(r.status, 1);
  assert.equal(found(r.stdout, 2), RULES);
});

test('blog build: the site is built and the broken references are counted in the summary', () => {
  const blog = copyFixture('broken-refs', WITHOUT_EXTRAS);
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /; 3 broken references, run `blog lint`$/m);
  for (const slug of ['cover-found', 'cover-missing', 'body-image'])
    assert.ok(existsSync(join(blog, 'dist/posts', slug, 'index.html')), slug);
});

test('blog build --strict: a broken reference stops the build, even after a plain build was cached', () => {
  const blog = copyFixture('broken-refs', WITHOUT_EXTRAS);
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  const before = read(blog, 'dist/index.html');
  const r = runBlog(['build', '--strict'], { cwd: blog });
  assert.is(r.status, 1);
  for (const rule of ['frontmatter/image', 'body/missing-image', 'body/broken-link'])
    assert.match(r.stderr, new RegExp(`error .*${rule}`));
  assert.match(r.stderr, /3 errors in the posts; nothing was written/);
  assert.is(read(blog, 'dist/index.html'), before);
});

test('blog build --format prints the diagnostics as lint does: warnings when built, errors with --strict', () => {
  const blog = copyFixture('broken-refs', WITHOUT_EXTRAS);
  const github = runBlog(['build', '--format', 'github'], { cwd: blog });
  assert.is(github.status, 0);
  const lines = github.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.is(lines.length, 3);
  assert.match(
    lines[0]!,
    /^::warning file=posts\/2024-01-02-cover-missing\.md,line=5,col=8,.*title=frontmatter\/image::/,
  );

  const json = runBlog(['build', '--strict', '--format', 'json', '--no-cache'], { cwd: blog });
  assert.is(json.status, 1);
  assert.equal(found(json.stdout, 2), RULES);
  assert.match(json.stderr, /nothing was written/);

  const sarif = runBlog(['build', '--format', 'sarif'], { cwd: blog });
  assert.is(JSON.parse(sarif.stdout).runs[0].results.length, 3);
});

test('images.dir: a bare image name is looked for in the configured folder under static/', () => {
  const blog = copyFixture('broken-refs', WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'static/release-notes.png'), '');
  const config = JSON.parse(read(blog, 'blog.config.json'));
  // Under the default `static/images` only cover.svg is found; moved to `static/`, release-notes.png is found.
  assert.is(found(runBlog(['lint', '--format', 'json'], { cwd: blog }).stdout, 2).length, 2);
  writeFileSync(
    join(blog, 'blog.config.json'),
    JSON.stringify({ ...config, images: { dir: 'static/elsewhere' } }),
  );
  assert.equal(found(runBlog(['lint', '--format', 'json'], { cwd: blog }).stdout, 2), [
    'posts/2024-01-01-cover-found.md:5:8 frontmatter/image',
    ...RULES.slice(1),
  ]);
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify({ ...config, images: { dir: '../outside' } }));
  const bad = runBlog(['lint'], { cwd: blog });
  assert.is(bad.status, 2);
  assert.match(bad.stderr, /images\.dir/);
});

test('blog build names .mdx posts it does not read, with the reason', () => {
  const blog = copyFixture('broken-refs', WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'posts/2024-02-01-chart.mdx'), '---\ntitle: Chart\n---\n<Chart />\n');
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    '; 1 .mdx file not read (MDX runs JSX components; convert to Markdown): posts/2024-02-01-chart.mdx',
  );
  assert.not.ok(existsSync(join(blog, 'dist/posts/chart')));
});

test('a file of static/ with `#`, `?` or `%` in its name is found by its escaped URL, and hinted that way', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  const svg = read(blog, 'static/favicon.svg');
  for (const name of ['h#sh.svg', 'q?x.svg', '100%.svg', 'a b.svg'])
    writeFileSync(join(blog, 'static', name), svg);
  writePost(
    blog,
    '2024-06-01-names.md',
    '---\ntitle: Names\ndate: 2024-06-01\n---\n![h](/h%23sh.svg) ![q](/q%3Fx.svg) ![p](/100%25.svg) [l](/a%20b.svg)\n\n![typo](/h%23sj.svg)\n',
  );
  const lint = runBlog(['lint', 'posts/2024-06-01-names.md'], { cwd: blog });
  assert.is(lint.status, 1, lint.stderr);
  // Before, `/h%23sh.svg` and `/q%3Fx.svg` were missing, with the hint `/h#sh.svg` (which is the URL `/h`).
  assert.equal(lint.stdout.match(/\d+:\d+\s+error.*/g), [
    '7:9  error    Unexpected image `/h%23sj.svg`, no such file under `static/`. Did you mean `/h%23sh.svg`?  body/missing-image',
  ]);
});

test('decodeUrlPath: every escape but a separator, and a broken one kept as written', () => {
  assert.is(decodeUrlPath('/h%23sh%3f.svg'), '/h#sh?.svg');
  assert.is(decodeUrlPath('/caf%C3%A9%20x.png'), '/café x.png');
  assert.is(decodeUrlPath('/a%2Fb%5cc.png'), '/a%2Fb%5cc.png');
  assert.is(decodeUrlPath('/100%-guide.md'), '/100%-guide.md');
  assert.is(decodeUrlPath('/x%E0%A4.md'), '/x%E0%A4.md');
});

test.run();
