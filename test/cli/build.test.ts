import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, runBlog, setConfig, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

test('init then build gives a site with posts, index, tags, feed, sitemap, 404', () => {
  const dir = tempDir();
  const init = runBlog(['init', 'site'], { cwd: dir });
  assert.is(init.status, 0, init.stderr);
  const blog = join(dir, 'site');
  const build = runBlog(['build'], { cwd: blog, env: { CI: undefined } });
  assert.is(build.status, 0, build.stderr);
  // After the summary, how to look at the result.
  assert.match(
    build.stdout,
    /^Built 19 pages \(4 posts, 1 index page, 7 tag pages, 3 archive pages, 2 author pages, 2 other pages\) in \d+\.\d\ds → dist\/; left out 1 draft\nPreview: blog serve\n$/,
  );
  for (const f of [
    'index.html',
    '404.html',
    'atom.xml',
    'sitemap.xml',
    'robots.txt',
    'tags/index.html',
    'assets/style.css',
    'favicon.svg',
    '.blog-build',
  ]) {
    assert.ok(existsSync(join(blog, 'dist', f)), `missing ${f}`);
  }
  const post = read(blog, 'dist/posts/t-mobile-security-woes/index.html');
  assert.is(post.match(/<h1[\s>]/g)?.length, 1);
  assert.match(
    post,
    /<h1 class="post-title" data-pagefind-meta="title">How Can T-Mobile’s Security Woes Help Your Efforts\?<\/h1>/,
  );
  assert.match(post, /<time datetime="2023-02-10T00:00:00-05:00"[^>]*>February 10, 2023<\/time>/);
  assert.match(post, /<h2 id="why-did-this-happen-again">/);
  assert.match(post, /class="related-posts[ "]/);
  assert.match(post, /<link rel="alternate" type="application\/atom\+xml" href="\/atom.xml"/);
  assert.match(post, /Have a project in mind\?/);
  assert.match(post, /Free Consultation - Sign Up Here/);
  // The starter's static/favicon.svg is linked from every page (it was copied but never linked, so browsers
  // asked for /favicon.ico, outside the blog's base path, and got a 404).
  for (const page of [
    'index.html',
    '404.html',
    'posts/t-mobile-security-woes/index.html',
    'search/index.html',
  ])
    assert.match(
      read(blog, `dist/${page}`),
      /<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml">/,
      page,
    );
  // The page bundle's image is copied beside its page.
  assert.ok(existsSync(join(blog, 'dist/posts/technology-pinpoints-inefficiencies/workflow.svg')));
  // It is the post's cover, shown once above the text: the body showed it again two paragraphs below.
  const bundled = read(blog, 'dist/posts/technology-pinpoints-inefficiencies/index.html');
  assert.is(bundled.match(/<img [^>]*alt="A workflow with a bottleneck between two steps"/g)?.length, 1);
  // Relative links to other posts' files become their permalinks.
  assert.match(
    read(blog, 'dist/posts/the-power-of-your-pocket-office/index.html'),
    /href="\/posts\/t-mobile-security-woes\/"/,
  );
});

test('drafts and future posts are left out of every page, list, feed and sitemap unless asked', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'posts/2099-01-01-from-the-future.md'),
    '---\ntitle: From the Future\ndate: 2099-01-01\ntags: [Security]\n---\nNot yet.\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const everything = allText(join(blog, 'dist'));
  assert.not.match(everything, /From the Future/);
  assert.not.match(everything, /Backup Checklist/);
  // It said "left out 1 draft and 1 future": a future what?
  assert.match(build.stdout, /left out 1 draft and 1 future post[;\n]/);

  const withAll = runBlog(['build', '--drafts', '--future'], { cwd: blog });
  assert.is(withAll.status, 0, withAll.stderr);
  const now = allText(join(blog, 'dist'));
  assert.match(now, /From the Future/);
  assert.match(now, /Backup Checklist/);
});

test('a hostile title, tag and description are shown as text everywhere', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'posts/2024-01-01-hostile.md'),
    `---\ntitle: "<script>alert(1)</script> & \\"quotes\\" 'single'"\ndate: 2024-01-01\ntags: ["<img src=x onerror=alert(1)>", "R&D"]\ndescription: "\\"><script>alert(2)</script>"\n---\nBody with <script>alert(3)</script> and <a href="javascript:alert(4)" onclick="x()">link</a>.\n`,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const everything = allText(join(blog, 'dist'));
  assert.not.match(everything, /<script>alert/);
  assert.not.match(everything, /<img src=x/);
  assert.not.match(everything, /javascript:alert/);
  assert.not.match(everything, /onclick=/);
  const page = read(blog, 'dist/posts/hostile/index.html');
  assert.match(
    page,
    /<h1 class="post-title" data-pagefind-meta="title">&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;<\/h1>/,
  );
  assert.match(read(blog, 'dist/atom.xml'), /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp;/);
});

test('---js front-matter is never run; the build fails naming the file and writes nothing', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const marker = join(blog, 'pwned');
  writeFileSync(
    join(blog, 'posts/2024-01-01-evil.md'),
    `---js\n{ title: (function(){ require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); return 'x' })() }\n---\nbody\n`,
  );
  writeFileSync(
    join(blog, 'posts/2024-01-02-evil2.md'),
    `---javascript\nmodule.exports = { title: 'x' }\n---\nbody\n`,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.ok(!existsSync(marker), 'front-matter code ran');
  assert.ok(!existsSync(join(blog, 'dist')), 'output was written');
  assert.match(
    build.stderr,
    /posts\/2024-01-01-evil\.md\n\s+1:4\s+error\s+Unexpected `js` front-matter, expected YAML/,
  );
  assert.match(
    build.stderr,
    /posts\/2024-01-02-evil2\.md\n\s+1:4\s+error\s+Unexpected `javascript` front-matter/,
  );
});

test('all errors are listed as file:line:col with exit 1, and the previous output is untouched', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  const before = readFileSync(join(blog, 'dist/index.html'), 'utf8');
  writeFileSync(
    join(blog, 'posts/2024-01-01-bad.md'),
    '---\ntitle: Fine\ndate: 2024-13-45\ndraft: "no"\n---\nbody\n',
  );
  writeFileSync(join(blog, 'posts/2024-01-02-bad-yaml.md'), '---\ntitle: [unclosed\n---\nbody\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(
    build.stderr,
    /posts\/2024-01-01-bad\.md\n\s+3:7\s+error\s+Unexpected date: `2024-13-45` is not a real date\s+frontmatter\/date/,
  );
  assert.match(
    build.stderr,
    /4:8\s+error\s+Unexpected string `no` for `draft`, expected `true` or `false`\. Did you mean `false`\?/,
  );
  assert.match(build.stderr, /posts\/2024-01-02-bad-yaml\.md\n\s+2:8\s+error\s+Invalid YAML/);
  assert.match(build.stderr, /nothing was written/);
  assert.is(readFileSync(join(blog, 'dist/index.html'), 'utf8'), before);
});

test('a blockquote nested thousands deep is an error at its line, not a crash', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'posts/2024-01-01-deep.md'),
    `---\ntitle: Deep\ndate: 2024-01-01\n---\nIntro.\n\n${'>'.repeat(3000)} deep\n`,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(
    build.stderr,
    /posts\/2024-01-01-deep\.md\n\s+7:1\s+error\s+Unexpected blockquote nested 3000 deep, expected at most 64/,
  );
  assert.not.match(build.stderr, /Internal error/);
});

test('nothing is ever written outside the output folder: permalink and slug traversal are refused', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const config = join(blog, 'blog.config.json');
  const original = readFileSync(config, 'utf8');
  writeFileSync(config, JSON.stringify({ ...JSON.parse(original), permalink: '/../../:slug/' }));
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(r.stderr, /Invalid `permalink`: Expected a path inside the site/);
  writeFileSync(config, original);
  writeFileSync(
    join(blog, 'posts/2024-01-01-escape.md'),
    '---\ntitle: Escape\ndate: 2024-01-01\nslug: ../../escaped\n---\nx\n',
  );
  const s = runBlog(['build'], { cwd: blog });
  assert.is(s.status, 1);
  assert.match(s.stderr, /frontmatter\/slug/);
  assert.not.ok(existsSync(join(blog, '..', 'escaped')));
  assert.not.ok(existsSync(join(blog, 'dist')));
});

test('two posts with one URL stop the build naming both files', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'posts/2019-10-11-team-meeting.md'), '---\ntitle: Team meeting\n---\nOne.\n');
  writeFileSync(join(blog, 'posts/2019-11-22-team-meeting.md'), '---\ntitle: Team meeting\n---\nTwo.\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(
    build.stderr,
    /posts\/2019-10-11-team-meeting\.md\n.*duplicate slug `team-meeting`, also used by posts\/2019-11-22-team-meeting\.md/,
  );
  assert.match(
    build.stderr,
    /posts\/2019-11-22-team-meeting\.md\n.*also used by posts\/2019-10-11-team-meeting\.md/,
  );
  assert.ok(!existsSync(join(blog, 'dist')));
});

test('--out refuses the blog, its parent, posts/, templates/, static/ and foreign folders, changing nothing', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  mkdirSync(join(blog, 'templates'), { recursive: true });
  mkdirSync(join(blog, 'mine'));
  writeFileSync(join(blog, 'mine/keep.txt'), 'mine');
  const snapshot = listing(blog);
  for (const out of ['.', '..', 'posts', 'templates', 'static', 'posts/sub', 'mine']) {
    const r = runBlog(['build', '--out', out], { cwd: blog });
    assert.is(r.status, 2, `--out ${out}: ${r.stderr}`);
    assert.match(r.stderr, /Refusing to write the site to/);
    assert.equal(listing(blog), snapshot, `--out ${out} changed files`);
  }
  // A previous build output (it has the marker) is replaced.
  assert.is(runBlog(['build', '--out', 'public'], { cwd: blog }).status, 0);
  assert.is(runBlog(['build', '--out', 'public'], { cwd: blog }).status, 0);
});

test('--out refuses a link, and a folder that a link in its path puts inside posts/, changing nothing', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const elsewhere = tempDir();
  // An earlier build's output, reached through a link: replacing the link would leave that folder stale.
  assert.is(runBlog(['build', '--out', elsewhere], { cwd: blog }).status, 0);
  symlinkSync(elsewhere, join(blog, 'public'));
  symlinkSync('posts', join(blog, 'p'));
  symlinkSync(join(blog, 'missing'), join(blog, 'dangling'));
  const snapshot = listing(blog);
  for (const [out, why] of [
    ['public', /it is a symbolic link \(to .*\), which the new site would replace/],
    ['dangling', /it is a symbolic link/],
    ['p/site', /it is inside the blog's `posts\/`/],
  ] as const) {
    const r = runBlog(['build', '--out', out], { cwd: blog });
    assert.is(r.status, 2, `--out ${out}: ${r.stderr}`);
    assert.match(r.stderr, why, out);
    assert.equal(listing(blog), snapshot, `--out ${out} changed files`);
  }
  assert.ok(lstatSync(join(blog, 'public')).isSymbolicLink());
});

test('an output folder that holds the build cache (`outDir: ".blog-cache"`) is refused: the drafts in its records stay unpublished', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  // Before, the site and the cache shared the folder: posts-*.json, with the draft's title and description,
  // was deployed with the site.
  setConfig(blog, { outDir: '.blog-cache' });
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2, r.stderr);
  assert.match(r.stderr, 'Refusing to write the site to');
  assert.match(
    r.stderr,
    'the build cache is kept there, and its records (drafts among them) would be published',
  );
  assert.not.ok(existsSync(join(blog, '.blog-cache')));
  const inside = runBlog(['build', '--out', 'site', '--cache-dir', 'site/cache'], { cwd: blog });
  assert.is(inside.status, 2);
  // The output inside the cache, as serve keeps its preview in `.blog-cache/serve`, is fine; so is no cache at all.
  assert.is(runBlog(['build', '--out', '.blog-cache/serve'], { cwd: blog }).status, 0);
  assert.is(runBlog(['build', '--no-cache', '--out', 'site'], { cwd: blog }).status, 0);
});

test('--cache-dir refuses the blog, a folder holding it, posts/, static/ and the output, writing nothing', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const snapshot = listing(blog);
  for (const [dir, why] of [
    ['posts', "it is inside the blog's `posts/`"],
    ['static', "it is inside the blog's `static/`"],
    ['.', 'it is the blog folder itself'],
    ['..', 'it holds the blog folder'],
    ['dist/cache', 'it is inside the output folder, which each build replaces'],
  ] as const) {
    const r = runBlog(['build', '--cache-dir', dir], { cwd: blog });
    assert.is(r.status, 2, `--cache-dir ${dir}: ${r.stderr}`);
    assert.match(r.stderr, `Refusing to keep the build cache in `);
    assert.match(r.stderr, why);
    assert.equal(listing(blog), snapshot, `--cache-dir ${dir} changed files`);
  }
  const own = runBlog(['build', '--cache-dir', join(tempDir(), 'cache')], { cwd: blog });
  assert.is(own.status, 0, own.stderr);
});

test('the same input gives the same bytes in any time zone', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const outputs = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'].map((tz) => {
    const r = runBlog(['build', '--out', `out-${tz.replace('/', '-')}`], { cwd: blog, env: { TZ: tz } });
    assert.is(r.status, 0, r.stderr);
    return snapshotFiles(join(blog, `out-${tz.replace('/', '-')}`));
  });
  assert.ok(outputs[0]!.size > 10);
  assert.equal(outputs[1], outputs[0]);
  assert.equal(outputs[2], outputs[0]);
});

test('a baseUrl with a path prefixes every internal link', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const r = runBlog(['build', '--base-url', 'https://example.com/blog/'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const index = read(blog, 'dist/index.html');
  assert.match(index, /href="\/blog\/posts\/t-mobile-security-woes\/"/);
  assert.match(index, /href="\/blog\/assets\/style\.css\?v=/);
  assert.not.match(index, /href="\/posts\//);
  assert.match(
    read(blog, 'dist/sitemap.xml'),
    /<loc>https:\/\/example\.com\/blog\/posts\/t-mobile-security-woes\/<\/loc>/,
  );
});

test('init of a folder named `-x` prints `cd ./-x`, which a shell does not read as an option', () => {
  const dir = tempDir();
  const init = runBlog(['init', '--', '-x'], { cwd: dir });
  assert.is(init.status, 0, init.stderr);
  // `cd -x` was printed: "cd: -x: invalid option" when pasted.
  assert.match(init.stdout + init.stderr, /^ {2}cd \.\/-x$/m);
  assert.ok(existsSync(join(dir, '-x', 'blog.config.json')));
});

test('init in a folder whose path has spaces and accents: the printed `cd` works pasted, and the blog builds', () => {
  const dir = join(tempDir(), 'My Blogs é');
  mkdirSync(dir);
  const init = runBlog(['init', 'site ñ 日本'], { cwd: dir });
  assert.is(init.status, 0, init.stderr);
  assert.match(init.stdout + init.stderr, /^ {2}cd "site ñ 日本"$/m);
  const blog = join(dir, 'site ñ 日本');
  setConfig(blog, WITHOUT_EXTRAS);
  assert.is(runBlog(['lint'], { cwd: blog }).status, 0);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.ok(existsSync(join(blog, 'dist/index.html')));
});

test('init refuses a non-empty folder', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'notes.txt'), 'keep');
  const r = runBlog(['init', '.'], { cwd: dir });
  assert.is(r.status, 2);
  assert.match(r.stderr, /not empty/);
  assert.equal(readdirSync(dir), ['notes.txt']);
});

test('init inside the posts, static or output folder of another blog is refused; beside its posts it is not', () => {
  const dir = tempDir();
  assert.is(runBlog(['init', 'outer'], { cwd: dir }).status, 0);
  const outer = join(dir, 'outer');
  const lintBefore = runBlog(['lint', '--format', 'json'], { cwd: outer }).stdout;
  for (const [path, why] of [
    ['posts/inner', "its lint and build would read the new blog's files as posts"],
    ['static/demo', "its build would publish the new blog's files"],
    ['dist/demo', 'its next build would replace that folder'],
  ] as const) {
    const r = runBlog(['init', path], { cwd: outer });
    assert.is(r.status, 2, path);
    assert.match(r.stderr, `Refusing to create a blog in ${join(outer, path)}: it is inside`, path);
    assert.match(r.stderr, why, path);
    assert.not.ok(existsSync(join(outer, path)), path);
  }
  assert.is(runBlog(['lint', '--format', 'json'], { cwd: outer }).stdout, lintBefore);
  // A second blog in a folder the first one never reads is fine (a repository with two blogs).
  assert.is(runBlog(['init', 'second'], { cwd: outer }).status, 0);
});

test('init at a symbolic link that leads nowhere: a clear error naming it (was "Internal error: ENOENT"), nothing made', () => {
  const dir = tempDir();
  symlinkSync(join(dir, 'gone'), join(dir, 'blog'));
  const r = runBlog(['init', 'blog'], { cwd: dir });
  assert.is(r.status, 2);
  assert.not.match(r.stderr, /Internal error/);
  assert.match(r.stderr, '`blog` already exists where blog needs to create it.');
  assert.equal(readdirSync(dir), ['blog']);
  assert.ok(lstatSync(join(dir, 'blog')).isSymbolicLink());
});

test('usage errors exit 2 with a suggestion; --help and --version exit 0', () => {
  const r = runBlog(['biuld'], { cwd: tempDir() });
  assert.is(r.status, 2);
  assert.match(r.stderr, /Did you mean build\?/);
  assert.is(runBlog(['--help'], { cwd: tempDir() }).status, 0);
  assert.match(runBlog(['--version'], { cwd: tempDir() }).stdout, /^\d+\.\d+\.\d+\n$/);
  const noBlog = runBlog(['build'], { cwd: tempDir() });
  assert.is(noBlog.status, 2);
  assert.match(noBlog.stderr, /No blog\.config\.json found/);
});

function allText(dir: string): string {
  return [...snapshotFiles(dir).values()].join('\n');
}

function snapshotFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(dir.length), readFileSync(path, 'utf8'));
    }
  }
  return new Map([...files].sort());
}

function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

test.run();
