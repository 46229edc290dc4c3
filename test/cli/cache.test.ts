import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SETTLED_MS } from '../../src/fs/file-stamp.ts';
import { copyFixture, REPO, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { assertDistIsClean, build, cleanBuild, resign, snapshot } from '../helpers/output.ts';

function assertSameAsClean(blog: string, why: string, ...flags: string[]): void {
  build(blog, ...flags);
  assertDistIsClean(blog, why, ...flags);
}

function cacheFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const POST = 'posts/2025-09-18-the-power-of-your-pocket-office.md';

/** Rewrites every cached post entry's title, as a cache that lies would, re-signing each record. */
function tamperTitles(blog: string, code?: string): void {
  for (const file of cacheFiles(join(blog, '.blog-cache'))) {
    if (!/posts-\d+\.json$/.test(file)) continue;
    resign(file, (value, head) => {
      for (const entry of Object.values(value as Record<string, { post: { title: string } }>))
        entry.post.title = 'Tampered';
      if (code) head.code = code;
    });
  }
}

// The one test here with the search index and the social cards on: the cache keeps their files too.
// The others turn them off (their cost is in every build); sharing and search test their own caching.
test('a rebuild with nothing changed, and one after editing a post, equal a clean build', () => {
  const blog = copyFixture('starter');
  build(blog);
  assert.ok(existsSync(join(blog, '.blog-cache')), 'the cache is in the blog by default');
  assertSameAsClean(blog, 'unchanged');
  appendFileSync(
    join(blog, POST),
    '\nOne more paragraph, with a [link](./2023-02-10-t-mobile-security-woes.md).\n',
  );
  assertSameAsClean(blog, 'one post edited');
});

test('a page-bundle post taken from the cache keeps its images beside it (bundle folder from the cache path)', () => {
  const blog = copyFixture('images', WITHOUT_EXTRAS);
  build(blog);
  // Another post edited: the bundle post comes from the cache and must still know its folder.
  appendFileSync(join(blog, 'posts/2024-01-02-no-image.md'), '\nOne more paragraph.\n');
  assertSameAsClean(blog, 'bundle post from the cache');
  assert.ok(
    existsSync(join(blog, 'dist/posts/cover-post/chart.png')),
    'the bundle file is copied beside its page',
  );
});

/** The "Related posts" section of every post page. */
function relatedSections(blog: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, html] of Object.entries(snapshot(join(blog, 'dist'))))
    if (path.startsWith('posts/'))
      out[path] = html.match(/<section class="related-posts[\s\S]*?<\/section>/)?.[0] ?? '';
  return out;
}

test('a one-post edit that changes related posts equals a clean build (term counts reused)', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  const before = relatedSections(blog);
  assert.ok(existsSync(join(blog, '.blog-cache', 'related-counts.bin')), 'the term counts are kept');
  // The pocket-office post now reads like the vendor post: its related posts, and others', change.
  const vendor = readFileSync(join(blog, 'posts/2025-09-20-hidden-dangers-of-vendor-data-access.md'), 'utf8');
  appendFileSync(join(blog, POST), `\n${vendor.slice(vendor.indexOf('\n---', 4) + 4).repeat(3)}\n`);
  assertSameAsClean(blog, 'one post edited, related lists change');
  assert.not.equal(relatedSections(blog), before, 'the edit changed some related lists');
});

test('switching --drafts on and off between cached builds equals clean builds', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  assertSameAsClean(blog, 'drafts on', '--drafts');
  assertSameAsClean(blog, 'drafts off');
});

test('the cache is really used: a re-signed record of this version is trusted (control for the tests below)', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  tamperTitles(blog);
  rmSync(join(blog, 'dist'), { recursive: true });
  build(blog);
  // Nothing changed, so the entries are valid… and show the tampered titles.
  assert.match(readFileSync(join(blog, 'dist/index.html'), 'utf8'), /Tampered/);
});

test('a cache from another version of blog is not trusted', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  tamperTitles(blog, '0.0.1:0000');
  assertSameAsClean(blog, 'other version');
  assert.not.match(readFileSync(join(blog, 'dist/index.html'), 'utf8'), /Tampered/);
});

test('a corrupt cache is rebuilt, never trusted', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  for (const file of cacheFiles(join(blog, '.blog-cache'))) writeFileSync(file, '{"format":1, "code": trunc');
  rmSync(join(blog, 'dist', 'index.html'));
  assertSameAsClean(blog, 'corrupt cache');
  // Corrupt HTML packs behind valid records: a page that must be re-rendered renders its post again.
  let packs = 0;
  for (const file of cacheFiles(join(blog, '.blog-cache')))
    if (file.endsWith('.pack')) {
      writeFileSync(file, readFileSync(file, 'utf8').replace(/<p>/g, '<p>not this'));
      packs++;
    }
  assert.ok(packs > 0, 'the cache has HTML packs');
  rmSync(join(blog, 'dist'), { recursive: true });
  assertSameAsClean(blog, 'corrupt blobs');
  assert.not.match(
    readFileSync(join(blog, 'dist/posts/t-mobile-security-woes/index.html'), 'utf8'),
    /not this/,
  );
});

test('FIFOs in place of cache files read as "not cached": the build finishes and equals a clean one', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  const piped: string[] = [];
  for (const file of cacheFiles(join(blog, '.blog-cache'))) {
    if (!/(source-stamps|posts-\d+|output-\w+)\.json$|\.pack$|\.bin$/.test(file)) continue;
    rmSync(file);
    if (spawnSync('mkfifo', [file]).status !== 0) return; // No mkfifo here: nothing to test.
    piped.push(file);
  }
  assert.ok(piped.length >= 4, piped.join(', '));
  appendFileSync(join(blog, POST), '\nOne more paragraph.\n');
  // Before, the build waited for ever on the first pipe it read.
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'blog.js'), 'build'], {
    cwd: blog,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
  });
  assert.is(r.status, 0, `${r.error ?? ''} ${r.stderr}`);
  for (const file of piped) if (lstatSync(file).isFIFO()) rmSync(file);
  assertDistIsClean(blog, 'cache files were FIFOs');
});

test('a post rewritten at the same size, its modification time put back, is seen (not taken from its stamp)', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const post = join(blog, POST);
  utimesSync(post, 1_700_000_000, 1_700_000_000); // whole seconds, so they can be put back exactly
  // Stamps are kept only for files changed a while before the build reads them.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLED_MS + 200);
  build(blog);
  assert.ok(existsSync(join(blog, '.blog-cache/source-stamps.json')), 'the posts were stamped');
  const before = statSync(post);
  const text = readFileSync(post, 'utf8');
  assert.match(text, /Pocket/);
  writeFileSync(post, text.replace(/Pocket/, 'Packet'));
  utimesSync(post, 1_700_000_000, 1_700_000_000);
  const after = statSync(post);
  assert.equal([after.size, after.mtimeMs, after.ino], [before.size, before.mtimeMs, before.ino]);
  assertSameAsClean(blog, 'same-size edit');
  assert.match(
    readFileSync(join(blog, 'dist/posts/the-power-of-your-pocket-office/index.html'), 'utf8'),
    /Packet/,
  );
});

test('a static file rewritten at the same size, its modification time put back, is copied again', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const icon = join(blog, 'static/favicon.svg');
  const settle = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLED_MS + 200);
  utimesSync(icon, 1_700_000_000, 1_700_000_000);
  settle(); // so the build keys the file by its stat, not by its bytes
  build(blog);
  const before = statSync(icon);
  const svg = readFileSync(icon, 'utf8');
  const recoloured = svg.replace(/#[0-9a-fA-F]{6}/, '#ABCDEF');
  assert.is.not(recoloured, svg);
  writeFileSync(icon, recoloured);
  utimesSync(icon, 1_700_000_000, 1_700_000_000);
  const after = statSync(icon);
  assert.equal([after.size, after.mtimeMs, after.ino], [before.size, before.mtimeMs, before.ino]);
  settle(); // only the change time tells it apart now
  assertSameAsClean(blog, 'same-size static edit');
  assert.match(readFileSync(join(blog, 'dist/favicon.svg'), 'utf8'), /#ABCDEF/);
});

test('changing a template, the config, deleting or renaming a post each equal a clean build', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  const post = readFileSync(join(REPO, 'templates/theme/post.eta'), 'utf8');
  mkdirSync(join(blog, 'templates'), { recursive: true });
  writeFileSync(join(blog, 'templates', 'post.eta'), post.replace('<article', '<article data-x="1"'));
  assertSameAsClean(blog, 'template override');
  assert.match(
    readFileSync(join(blog, 'dist/posts/t-mobile-security-woes/index.html'), 'utf8'),
    /data-x="1"/,
  );

  const config = join(blog, 'blog.config.json');
  writeFileSync(config, readFileSync(config, 'utf8').replace('First Column IT Tech Blog', 'Renamed Blog'));
  assertSameAsClean(blog, 'config');

  rmSync(join(blog, POST));
  assertSameAsClean(blog, 'deleted post');
  assert.not.ok(existsSync(join(blog, 'dist/posts/the-power-of-your-pocket-office')), 'its folder is gone');

  renameSync(
    join(blog, 'posts/2023-02-10-t-mobile-security-woes.md'),
    join(blog, 'posts/2023-02-11-t-mobile-woes.md'),
  );
  assertSameAsClean(blog, 'renamed post');
});

test('--no-cache neither reads nor writes a cache; --cache-dir puts it elsewhere', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog, '--no-cache');
  assert.not.ok(existsSync(join(blog, '.blog-cache')));

  const elsewhere = join(tempDir('blog-cache-'), 'ci-cache');
  build(blog, '--cache-dir', elsewhere);
  assert.not.ok(existsSync(join(blog, '.blog-cache')));
  assert.ok(cacheFiles(elsewhere).some((f) => f.endsWith('.json')));

  // A cache that would lie is ignored with --no-cache.
  build(blog);
  tamperTitles(blog);
  build(blog, '--no-cache');
  assert.not.match(readFileSync(join(blog, 'dist/index.html'), 'utf8'), /Tampered/);
});

test('an output rewritten by a --no-cache build is not updated in place from an older manifest', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  const extra = join(blog, 'posts/2025-01-02-short-lived.md');
  writeFileSync(extra, '---\ntitle: Short lived\ndate: 2025-01-02\ntags: [Brief]\n---\nHere and gone.\n');
  build(blog, '--no-cache');
  assert.ok(existsSync(join(blog, 'dist/posts/short-lived/index.html')));
  rmSync(extra);
  assertSameAsClean(blog, 'after a --no-cache build');
  assert.not.ok(existsSync(join(blog, 'dist/tags/brief')), 'no stale tag page');
});

test('a cache folder that cannot be written slows the build but never fails it', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'not-a-folder'), '');
  assertSameAsClean(blog, 'first');
  rmSync(join(blog, 'dist'), { recursive: true });
  for (const why of ['unwritable, first', 'unwritable, again']) {
    build(blog, '--cache-dir', 'not-a-folder/cache');
    assert.equal(snapshot(join(blog, 'dist')), cleanBuild(blog), why);
  }
});

test('a post edited re-indexes its part; index files whose bytes did not change are left as they were', () => {
  const blog = copyFixture('starter'); // search on, one part
  build(blog);
  const dir = join(blog, 'dist/pagefind/fragment');
  const stamp = (name: string) => {
    const st = statSync(join(dir, name));
    return `${st.ino}:${st.mtimeMs}`;
  };
  const before = new Map(readdirSync(dir).map((name) => [name, stamp(name)]));
  const entry = statSync(join(blog, 'dist/pagefind/pagefind-entry.json')).mtimeMs;
  const post = join(blog, POST);
  writeFileSync(post, readFileSync(post, 'utf8').replace(/^title: .*$/m, 'title: "Pocket office, retitled"'));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50); // past the clock tick: a new file shows
  assertSameAsClean(blog, 'one post retitled, search on');
  const after = readdirSync(dir);
  const kept = after.filter((name) => before.get(name) === stamp(name));
  const changed = after.filter((name) => !before.has(name));
  assert.is(changed.length, 1, `only the retitled post's fragment is new: ${changed.join(' ')}`);
  assert.is(kept.length, after.length - 1, 'every other fragment is the same file, untouched');
  assert.is.not(statSync(join(blog, 'dist/pagefind/pagefind-entry.json')).mtimeMs, entry);
});

// `--verbose` on a build with nothing changed printed one line, `unchanged  70 ms`: nothing to hold beside the
// table of the build before it.
test('--verbose prints the same phases whether or not anything changed, the cached ones at 0 ms', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const phases = (stderr: string) =>
    [...stderr.matchAll(/^ {2}(\S(?:.*\S)?) +(\d+) ms(?: {2}(.*))?$/gm)].map(([, name, ms, note]) => ({
      name,
      ms: Number(ms),
      note,
    }));
  // Stamps are kept only for files changed a while before the build reads them: else the next build reads them.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLED_MS + 200);
  const clean = phases(build(blog, '--verbose'));
  const again = build(blog, '--verbose');
  const cached = phases(again);
  assert.ok(clean.length >= 9, JSON.stringify(clean));
  assert.equal(
    cached.map((p) => p.name),
    clean.map((p) => p.name),
  );
  assert.equal(cached[0], { name: 'read', ms: cached[0]!.ms, note: 'nothing changed' });
  for (const p of cached.slice(1)) assert.equal(p, { name: p.name, ms: 0, note: 'cached' });
  assert.ok(clean.every((p) => p.note === undefined));
  assert.match(
    again,
    /posts: 0 rendered, 4 from the cache; related posts: 0 scored, 4 kept; files: 0 written, \d+ kept, 0 removed/,
  );
});

test.run();
