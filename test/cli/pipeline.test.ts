/**
 * The build pipeline's promises, each checked against a build without any cache, byte for byte: stage keys
 * (library versions, serve's baseUrl), records that are edited, manifests that point outside the output,
 * builds killed half-way, and render workers that fail. The killed builds keep social cards and search on
 * (their files are part of what must never be left half-written); the other tests turn them off.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, REPO, runBlog, setConfig, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';
import { assertDistIsClean, build, resign, snapshot } from '../helpers/output.ts';

const POST = 'posts/2025-09-18-the-power-of-your-pocket-office.md';

/** The `--verbose` line that says how many posts were rendered now and how many came from the cache. */
function renderCounts(stderr: string): string {
  return /posts: (\d+ rendered, \d+ from the cache)/.exec(stderr)?.[1] ?? `no counts in: ${stderr}`;
}

function retitle(blog: string, title: string): void {
  const path = join(blog, POST);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
}

function cacheRecords(blog: string, pattern: RegExp): string[] {
  return readdirSync(join(blog, '.blog-cache'))
    .filter((name) => pattern.test(name))
    .map((name) => join(blog, '.blog-cache', name));
}

/** Files a build leaves that it should not: temp files inside the output, staging folders beside it. */
function leftovers(blog: string): string[] {
  const inside = readdirSync(join(blog, 'dist'), { recursive: true })
    .map(String)
    .filter((p) => /\.tmp\b|\.tmp-/.test(p));
  const beside = readdirSync(blog).filter((name) => name.startsWith('.dist.'));
  return [...inside, ...beside];
}

test('a new version of a Markdown library re-renders every post; the output equals a clean build', () => {
  // A copy of the package whose node_modules/marked reports another version (same code): only the key
  // can tell the two installs apart.
  const pkg = tempDir('blog-fake-install-');
  for (const name of ['bin', 'dist']) cpSync(join(REPO, name), join(pkg, name), { recursive: true });
  symlinkSync(join(REPO, 'templates'), join(pkg, 'templates'));
  cpSync(join(REPO, 'package.json'), join(pkg, 'package.json'));
  mkdirSync(join(pkg, 'node_modules'));
  for (const name of readdirSync(join(REPO, 'node_modules')))
    if (name !== 'marked') symlinkSync(join(REPO, 'node_modules', name), join(pkg, 'node_modules', name));
  cpSync(join(REPO, 'node_modules', 'marked'), join(pkg, 'node_modules', 'marked'), { recursive: true });
  const manifest = join(pkg, 'node_modules', 'marked', 'package.json');
  writeFileSync(
    manifest,
    readFileSync(manifest, 'utf8').replace(/"version": "[^"]+"/, '"version": "99.0.0"'),
  );

  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  assert.is(renderCounts(build(blog, '--verbose')), '4 rendered, 0 from the cache');
  assert.is(renderCounts(build(blog, '--verbose', '--out', 'again')), '0 rendered, 4 from the cache');
  const fake = spawnSync(process.execPath, [join(pkg, 'bin', 'blog.js'), '--verbose', 'build'], {
    cwd: blog,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
  });
  assert.is(fake.status, 0, fake.stderr);
  assert.is(renderCounts(fake.stderr), '4 rendered, 0 from the cache');
  assertDistIsClean(blog, 'after the library update');
});

test('blog serve’s baseUrl shares the cache with blog build; a one-post edit re-renders that post only', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  // What `blog serve` builds with: the same config, its own origin as baseUrl.
  assert.is(
    renderCounts(build(blog, '--verbose', '--base-url', 'http://localhost:4000/', '--out', 'serve')),
    '4 rendered, 0 from the cache',
  );
  assert.is(renderCounts(build(blog, '--verbose')), '0 rendered, 4 from the cache');
  retitle(blog, 'A new title for the pocket office');
  assert.is(renderCounts(build(blog, '--verbose')), '1 rendered, 3 from the cache');
  assertDistIsClean(blog, 'after the edit');
});

test('related lists stand while their inputs do: a site title edit scores none, a tag edit all', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const related = (stderr: string) => /related posts: (\d+ scored, \d+ kept)/.exec(stderr)?.[1] ?? stderr;
  assert.is(related(build(blog, '--verbose')), '4 scored, 0 kept');
  setConfig(blog, { title: 'Renamed' });
  assert.is(related(build(blog, '--verbose')), '0 scored, 4 kept');
  assertDistIsClean(blog, 'after the site title edit');
  const post = join(blog, POST);
  writeFileSync(post, readFileSync(post, 'utf8').replace(/^tags: .*$/m, 'tags: [retagged]'));
  assert.is(related(build(blog, '--verbose')), '4 scored, 0 kept');
  assertDistIsClean(blog, 'after the tag edit');
});

test('a title edited with search on: the index is started before related posts, and the site equals a clean one', () => {
  const blog = copyFixture('starter');
  build(blog);
  // The edited post's page is written before its related posts are linked, for Pagefind to read, then again.
  retitle(blog, 'Indexed before its related posts');
  build(blog);
  assert.match(readFileSync(join(blog, 'dist/search/index.html'), 'utf8'), /pagefind/);
  assertDistIsClean(blog, 'after the edit');
});

test('a manifest naming files outside the output deletes nothing outside it', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  const outside = join(tempDir('blog-outside-'), 'notes.txt');
  writeFileSync(outside, 'mine');
  writeFileSync(join(blog, 'notes.txt'), 'mine too');
  const names = [`../${POST}`, '../notes.txt', outside, `posts/../../${POST}`, '../posts'];
  for (const signed of [false, true]) {
    for (const record of cacheRecords(blog, /^output-.*\.json$/)) {
      if (signed)
        resign(record, (value) => {
          const files = (value as { files: Record<string, unknown> }).files;
          for (const name of names) files[name] = ['page:x', 1, 1];
        });
      else
        writeFileSync(
          record,
          readFileSync(record, 'utf8').replace('"files":{', `"files":{"../${POST}":["page:x",1,1],`),
        );
    }
    // A rebuild that removes pages: the files named in the manifest and not produced would be deleted.
    retitle(blog, `Renamed ${signed}`);
    build(blog);
    assert.ok(existsSync(join(blog, POST)), `the post is still there (signed: ${signed})`);
    assert.is(readFileSync(join(blog, 'notes.txt'), 'utf8'), 'mine too');
    assert.is(readFileSync(outside, 'utf8'), 'mine');
    assertDistIsClean(blog, `tampered manifest (signed: ${signed})`);
  }
});

test('a cache record with a changed byte, a changed key or the wrong shape is a miss, never a crash', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  build(blog);
  const before = snapshot(join(blog, 'dist'));
  // One byte of a title inside a post record, the checksum left as it was.
  for (const record of cacheRecords(blog, /^posts-\d+\.json$/))
    writeFileSync(record, readFileSync(record, 'utf8').replace('"title":"', '"title":"X'));
  rmSync(join(blog, 'dist'), { recursive: true });
  build(blog);
  assert.equal(snapshot(join(blog, 'dist')), before, 'the edited records were not used');

  // Re-signed, so only the shape and the keys can tell: a title that is a number, a related list keyed
  // for another input and pointing past the end of the list.
  for (const record of cacheRecords(blog, /^posts-\d+\.json$/))
    resign(record, (value) => {
      for (const entry of Object.values(value as Record<string, { post: { title: unknown } }>))
        entry.post.title = 42;
    });
  for (const record of cacheRecords(blog, /^related\.json$/))
    resign(record, (value) => {
      const memo = value as { key: string; value: number[][] };
      memo.key = 'another';
      memo.value = memo.value.map(() => [999]);
    });
  rmSync(join(blog, 'dist'), { recursive: true });
  build(blog);
  assert.equal(snapshot(join(blog, 'dist')), before, 'the re-signed records were not used');
  assertDistIsClean(blog, 'after the edited records');
});

/** Runs a build that kills itself at `point` (see `crashPoint` in src/output/staging.ts). */
function killedBuild(blog: string, point: string, ...args: string[]): void {
  const r = runBlog(['build', ...args], { cwd: blog, env: { BLOG_TEST_CRASH_AT: point } });
  assert.is(r.status, null, `the build was killed at ${point}: ${r.stderr}`);
}

test('a first build killed half-way leaves no staging folder after the next build, which equals a clean one', () => {
  for (const point of ['write:3', 'search:written']) {
    const blog = copyFixture('starter');
    killedBuild(blog, point);
    assert.not.ok(existsSync(join(blog, 'dist', 'index.html')), `nothing was published (${point})`);
    const staged = readdirSync(blog).filter((name) => name.startsWith('.dist.'));
    assert.ok(staged.length > 0, `the killed build left its staging behind (${point})`);
    build(blog);
    assert.equal(leftovers(blog), [], `nothing left after the build that followed ${point}`);
    assertDistIsClean(blog, `after a first build killed at ${point}`);
  }
});

test('a rebuild killed in place or mid-swap leaves a usable site, and the next build equals a clean one', () => {
  const blog = copyFixture('starter');
  build(blog);
  // One point inside the in-place update (after some files, before others) and one in the swap.
  for (const [point, flags] of [
    ['write:4', []],
    ['search:written', []],
    ['search:ahead', []],
    ['swap', ['--no-cache']],
  ] as const) {
    retitle(blog, `Killed at ${point}`);
    killedBuild(blog, point, ...flags);
    if (point !== 'swap') {
      // Updated in place: every file is whole, old or new; the site still opens.
      assert.ok(existsSync(join(blog, 'dist', 'index.html')), `usable after ${point}`);
      const temps = readdirSync(join(blog, 'dist'), { recursive: true }).filter((p) =>
        /\.tmp/.test(String(p)),
      );
      assert.equal(temps, [], `no temp files inside dist after ${point}`);
    }
    build(blog);
    assert.equal(leftovers(blog), [], `nothing left after the build that followed ${point}`);
    assertDistIsClean(blog, `after a build killed at ${point}`);
  }
});

test('a build stopped by Ctrl-C or SIGTERM removes its staging folders; the output is as it was', () => {
  const blog = copyFixture('starter');
  build(blog);
  const before = snapshot(join(blog, 'dist'));
  // A new site's staging (a whole copy of it), then an in-place rebuild's temp files. (The swap is synchronous:
  // a signal is only handled once it is done.)
  for (const [point, flags] of [
    ['write:3@SIGINT', ['--no-cache']],
    ['search:written@SIGINT', ['--no-cache']],
    ['search:written@SIGTERM', []],
    ['write:4@SIGTERM', []],
  ] as const) {
    retitle(blog, `Stopped at ${point}`);
    const r = runBlog(['build', ...flags], { cwd: blog, env: { BLOG_TEST_CRASH_AT: point } });
    assert.is(r.signal, point.endsWith('SIGINT') ? 'SIGINT' : 'SIGTERM', `stopped (${point}): ${r.stderr}`);
    assert.equal(leftovers(blog), [], `no staging folder beside dist/ after ${point}`);
    // A new site is never half-published; one updated in place is left for the next build to complete.
    if (flags.length > 0)
      assert.ok(
        JSON.stringify(snapshot(join(blog, 'dist'))) === JSON.stringify(before),
        `dist/ unchanged after ${point}`,
      );
  }
  build(blog);
  assertDistIsClean(blog, 'after the stopped builds');
});

test('a page that cannot be written while Pagefind indexes: a clear error, nothing left behind, the next build whole', () => {
  const blog = copyFixture('starter');
  const env = { BLOG_SEARCH_PART_POSTS: '1' }; // a part per post: pages are still being written as parts are indexed
  assert.is(runBlog(['build'], { cwd: blog, env }).status, 0);
  retitle(blog, 'Indexed while the tags are written');
  // The tags page is now a folder with a file in it: replacing it fails after the post pages are written.
  const tags = join(blog, 'dist', 'tags', 'index.html');
  rmSync(tags);
  mkdirSync(tags);
  writeFileSync(join(tags, 'keep.txt'), 'x');
  const r = runBlog(['build'], { cwd: blog, env });
  assert.is(r.status, 2, r.stderr); // not a problem in the posts
  assert.match(
    r.stderr,
    /Could not write the site: `dist\/tags\/index\.html` is a folder where a file was expected/,
  );
  assert.not.match(r.stderr, /Internal error|Unhandled|UnhandledPromiseRejection/);
  assert.equal(leftovers(blog), [], 'no temp files or staging folders');
  rmSync(tags, { recursive: true });
  assert.is(runBlog(['build'], { cwd: blog, env }).status, 0);
  assert.match(readFileSync(join(blog, 'dist', 'tags', 'index.html'), 'utf8'), /<html/);
});

test('a render worker that throws as it starts: the build completes on the main thread, with a warning', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const r = runBlog(['build'], {
    cwd: blog,
    env: { BLOG_RENDER_WORKERS: '1', BLOG_TEST_WORKER_FAIL: '1' },
  });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stderr, /render worker failed .*on the main thread instead/);
  assertDistIsClean(blog, 'without the worker');
});

test('a worker that fails while this thread still renders its own share: no crash, every post rendered', () => {
  // Enough posts that the worker's failure arrives while the pool is still open.
  const blog = freshBlog(WITHOUT_EXTRAS);
  const body = `Some text.\n\n\`\`\`js\n${'const a = [1, 2, 3].map((x) => x * 2);\n'.repeat(40)}\`\`\`\n`;
  for (let i = 0; i < 600; i++)
    writePost(blog, `post-${i}.md`, `---\ntitle: Post ${i}\ndate: 2024-01-01\ntags: [a]\n---\n${body}`);
  const r = runBlog(['build'], { cwd: blog, env: { BLOG_RENDER_WORKERS: '1', BLOG_TEST_WORKER_FAIL: '1' } });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stderr, /render worker failed .*on the main thread instead/);
  assert.not.match(r.stderr, /Emitted 'error' event|node:internal/);
  assertDistIsClean(blog, 'without the worker');
});

test('a term-counting worker that throws as it starts: related posts are counted here, with a warning', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  for (let i = 0; i < 300; i++)
    writePost(
      blog,
      `p-${i}.md`,
      `---\ntitle: Note ${i}\ndate: 2024-01-01\ntags: [t${i % 7}]\n---\nWord${i % 13} text.\n`,
    );
  const r = runBlog(['build'], {
    cwd: blog,
    env: { BLOG_RENDER_WORKERS: '0', BLOG_COUNT_WORKERS: '1', BLOG_TEST_WORKER_FAIL: '1' },
  });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stderr, /term-counting worker failed .*on the main thread instead/);
  assert.not.match(r.stderr, /Emitted 'error' event|node:internal/);
  assertDistIsClean(blog, 'without the worker');
});

test.run();
