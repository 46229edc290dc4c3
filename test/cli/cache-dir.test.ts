/** `--cache-dir` works only in a folder of the cache's own: a new or empty one (then tagged), or one it tagged. */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CACHE_TAG } from '../../src/cache/cache-dir.ts';
import { copyFixture, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

/** Every entry under `dir` with its bytes (files) and modification time: what must not change. */
function state(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    const st = statSync(path);
    out.set(path, `${st.mtimeMs}:${e.isFile() ? readFileSync(path, 'base64') : 'dir'}`);
  }
  return out;
}

function userFolder(): string {
  const home = tempDir('blog-home-');
  writeFileSync(join(home, 'notes.txt'), 'mine\n');
  // Names the cache itself uses: still the user's, never written into or cleaned.
  mkdirSync(join(home, 'packs'));
  writeFileSync(join(home, 'packs/html-5.pack'), 'not a pack\n');
  mkdirSync(join(home, 'images'));
  writeFileSync(join(home, 'images/holiday.jpg'), 'jpeg\n');
  return home;
}

test('a non-empty folder that is not a cache (a home folder, /tmp) is refused, exit 2, and nothing in it changes', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const home = userFolder();
  // Another tool's cache tag does not make the folder ours.
  writeFileSync(
    join(home, CACHE_TAG),
    'Signature: 8a477f597d28d172789f06886806bc55\n# made by another tool\n',
  );
  const before = state(home);
  const r = runBlog(['build', '--cache-dir', home], { cwd: blog });
  assert.is(r.status, 2, r.stderr);
  assert.is(r.stdout, '');
  assert.match(
    r.stderr,
    `✖ Refusing to keep the build cache in ${home}: it holds files of its own (\`notes.txt\`) and no CACHEDIR.TAG of a \`blog build\` cache, and the cache would write, replace and remove its files among them.\n  Name a folder of its own, such as ${join(home, 'blog-cache')} (made if missing). Nothing was changed.\n`,
  );
  assert.equal(state(home), before);
  assert.equal(readdirSync(blog).includes('dist'), false, 'nothing built');
  assert.equal(readdirSync(blog).includes('.blog-cache'), false);

  // The folder the hint names works, and the user's files are still untouched after two builds.
  for (const round of ['first', 'second']) {
    const ok = runBlog(['build', '--cache-dir', join(home, 'blog-cache')], { cwd: blog });
    assert.is(ok.status, 0, ok.stderr);
    for (const [path, was] of before) assert.is(state(home).get(path), was, `${round}: ${path}`);
  }
  assert.match(
    readFileSync(join(home, 'blog-cache', CACHE_TAG), 'utf8'),
    /^Signature: 8a477f597d28d172789f06886806bc55\n/,
  );
});

test('a new or empty folder becomes the cache and is tagged; the cache is used from it on the next build', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const empty = tempDir('blog-empty-');
  for (const dir of [empty, join(tempDir('blog-new-'), 'ci', 'cache')]) {
    assert.is(runBlog(['build', '--cache-dir', dir], { cwd: blog }).status, 0);
    const entries = readdirSync(dir);
    assert.ok(
      entries.includes(CACHE_TAG) && entries.some((f) => /^posts-\d+\.json$/.test(f)),
      entries.join(),
    );
    const again = runBlog(['build', '--verbose', '--cache-dir', dir], { cwd: blog });
    assert.is(again.status, 0, again.stderr);
    // Either the whole build is up to date, or (a source touched within the same instant) every post comes from it.
    assert.match(
      again.stderr,
      /^ {2}read +\d+ ms {2}nothing changed$|posts: 0 rendered, \d+ from the cache/m,
      again.stderr,
    );
  }
  // The blog's own .blog-cache/ is tagged too.
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
  assert.ok(readdirSync(join(blog, '.blog-cache')).includes(CACHE_TAG));
});

test('a cache made before the tag existed (only the cache’s files) is still used, and tagged', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const dir = join(tempDir('blog-old-'), 'cache');
  assert.is(runBlog(['build', '--cache-dir', dir], { cwd: blog }).status, 0);
  rmSync(join(dir, CACHE_TAG));
  const r = runBlog(['build', '--cache-dir', dir], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.ok(readdirSync(dir).includes(CACHE_TAG));
  // A temp file a killed build left (writeAtomic's name) is the cache's too.
  rmSync(join(dir, CACHE_TAG));
  writeFileSync(join(dir, '.posts-5.json.4242.1z.tmp'), '{');
  const again = runBlog(['build', '--cache-dir', dir], { cwd: blog });
  assert.is(again.status, 0, again.stderr);
  assert.ok(readdirSync(dir).includes(CACHE_TAG));
  // One file of the user's among them, and it is not the cache's folder any more.
  rmSync(join(dir, CACHE_TAG));
  writeFileSync(join(dir, 'todo.md'), 'mine\n');
  assert.is(runBlog(['build', '--cache-dir', dir], { cwd: blog }).status, 2);
});

test.run();
