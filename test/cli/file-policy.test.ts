/** @fileoverview The one file-walking policy, through the CLI from a fresh `blog init`: links, dot files, odd files. */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { BUNDLE, freshBlogBeside as freshBlog } from '../helpers/fresh-blog.ts';

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => p.split('\\').join('/'));
}

function assertNoInternalError(stderr: string) {
  assert.not.match(stderr, /Internal error/);
  assert.not.match(stderr, /\n\s+at /, 'no stack trace');
}

test('a link in static/ to a folder outside the blog is an error naming the link; nothing published', () => {
  const { root, outside } = freshBlog(WITHOUT_EXTRAS);
  symlinkSync(outside, join(root, 'static', 'keys'));
  const r = runBlog(['build'], { cwd: root });
  assert.is(r.status, 1, r.stderr);
  assert.match(r.stderr, /`static\/keys` is a symbolic link to .*outside the blog/);
  assertNoInternalError(r.stderr);
  assert.not.ok(existsSync(join(root, 'dist')), 'nothing written');
});

test('a link in a bundle leading outside the blog is refused the same way', () => {
  const { root, outside } = freshBlog(WITHOUT_EXTRAS);
  symlinkSync(join(outside, 'secret.txt'), join(root, BUNDLE, 'notes.txt'));
  const r = runBlog(['build'], { cwd: root });
  assert.is(r.status, 1);
  assert.match(r.stderr, /notes\.txt` is a symbolic link/);
  assertNoInternalError(r.stderr);
});

test('a link to a parent folder (a loop) is an error naming the link, not ELOOP', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  symlinkSync('..', join(root, 'static', 'up'));
  const r = runBlog(['build'], { cwd: root });
  assert.is(r.status, 1, r.stderr);
  assert.match(r.stderr, /`static\/up` is a symbolic link that loops/);
  assertNoInternalError(r.stderr);
});

test('a link to itself and a dangling link are named clearly', () => {
  const self = freshBlog(WITHOUT_EXTRAS);
  symlinkSync('self', join(self.root, 'static', 'self'));
  const r1 = runBlog(['build'], { cwd: self.root });
  assert.is(r1.status, 1);
  assert.match(r1.stderr, /`static\/self` is a symbolic link that loops/);
  const dangling = freshBlog(WITHOUT_EXTRAS);
  symlinkSync('gone.png', join(dangling.root, 'static', 'logo.png'));
  const r2 = runBlog(['build'], { cwd: dangling.root });
  assert.is(r2.status, 1);
  assert.match(r2.stderr, /`static\/logo\.png` is a symbolic link to a file that does not exist/);
  assertNoInternalError(r1.stderr + r2.stderr);
});

test('links that stay inside the blog are followed', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  mkdirSync(join(root, 'shared'));
  writeFileSync(join(root, 'shared', 'logo.txt'), 'logo\n');
  symlinkSync('../shared', join(root, 'static', 'shared'));
  const r = runBlog(['build'], { cwd: root });
  assert.is(r.status, 0, r.stderr);
  assert.is(readFileSync(join(root, 'dist', 'shared', 'logo.txt'), 'utf8'), 'logo\n');
});

test('a post linked from outside the blog is refused by build and lint alike', () => {
  const { root, outside } = freshBlog(WITHOUT_EXTRAS);
  writeFileSync(join(outside, '2024-01-01-x.md'), '---\ntitle: X\ndate: 2024-01-01\n---\nhi\n');
  symlinkSync(outside, join(root, 'posts', 'elsewhere'));
  for (const command of ['build', 'lint']) {
    const r = runBlog([command], { cwd: root });
    assert.is(r.status, 1, `${command}: ${r.stderr}`);
    assert.match(r.stderr, /`posts\/elsewhere` is a symbolic link to .*outside the blog/);
    assertNoInternalError(r.stderr);
  }
});

test('posts/ or templates/ that is itself a link outside the blog is refused by build, lint and new alike', () => {
  const { root, outside } = freshBlog(WITHOUT_EXTRAS);
  const posts = join(outside, 'posts');
  renameSync(join(root, 'posts'), posts);
  symlinkSync(posts, join(root, 'posts'));
  const before = listAll(posts);
  for (const args of [['build'], ['lint'], ['new', 'Through the link', '--yes']]) {
    const r = runBlog(args, { cwd: root });
    assert.is(r.status, 1, `${args[0]}: ${r.stderr}`);
    assert.match(r.stderr, /`posts` is a symbolic link to .*outside the blog/);
    assertNoInternalError(r.stderr);
  }
  assert.equal(listAll(posts), before, 'nothing written through the link');
  assert.not.ok(existsSync(join(root, 'dist')));
  rmSync(join(root, 'posts'));
  renameSync(posts, join(root, 'posts'));
  rmSync(join(root, 'templates'), { recursive: true });
  symlinkSync(outside, join(root, 'templates'));
  const build = runBlog(['build'], { cwd: root });
  assert.is(build.status, 1, build.stderr);
  assert.match(build.stderr, /`templates` is a symbolic link to .*outside the blog/);
});

test('posts that is a file, not a folder, is an error naming it in build, lint and new alike', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  rmSync(join(root, 'posts'), { recursive: true });
  writeFileSync(join(root, 'posts'), 'not a folder\n');
  for (const args of [['build'], ['lint'], ['lint', '--format', 'json'], ['new', 'Into a file', '--yes']]) {
    const r = runBlog(args, { cwd: root });
    assert.is(r.status, 1, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.equal(r.stderr.split('\n'), [
      '✖ `posts` is a file, not a folder: no post was read.',
      '  Move or rename that file, and keep the posts in a `posts/` folder.',
      '',
    ]);
    assert.is(r.stdout, '');
  }
  assert.not.ok(existsSync(join(root, 'dist')), 'nothing built');
  assert.is(readFileSync(join(root, 'posts'), 'utf8'), 'not a folder\n');
});

test('dot files and folders are left out of the output, except .well-known/', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  writeFileSync(join(root, 'static', '.env'), 'TOKEN=1\n');
  mkdirSync(join(root, 'static', '.git'));
  writeFileSync(join(root, 'static', '.git', 'config'), '[core]\n');
  mkdirSync(join(root, 'static', '.well-known'));
  writeFileSync(join(root, 'static', '.well-known', 'security.txt'), 'Contact: mailto:a@example.com\n');
  writeFileSync(join(root, BUNDLE, '.DS_Store'), 'x');
  const r = runBlog(['build'], { cwd: root });
  assert.is(r.status, 0, r.stderr);
  const files = listAll(join(root, 'dist'));
  assert.ok(files.includes('.well-known/security.txt'));
  assert.not.ok(
    files.some((f) => /(^|\/)(\.env|\.git|\.DS_Store)(\/|$)/.test(f)),
    files.join('\n'),
  );
});

test('a FIFO in static/ is skipped with a warning, and the build finishes', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  const fifo = spawnSync('mkfifo', [join(root, 'static', 'pipe')]);
  if (fifo.status !== 0) return; // No mkfifo here: nothing to test.
  const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'blog.js'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
  });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stderr, /static\/pipe: Skipped: a FIFO/);
  assert.not.ok(existsSync(join(root, 'dist', 'pipe')));
});

test('a FIFO or a folder named blog.config.json is an error naming it, not a hang', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  rmSync(join(root, 'blog.config.json'));
  const fifo = spawnSync('mkfifo', [join(root, 'blog.config.json')]);
  if (fifo.status !== 0) return; // No mkfifo here: nothing to test.
  const run = () =>
    spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'blog.js'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
    });
  // Before, the build waited for a writer to the pipe until it was killed.
  const piped = run();
  assert.is(piped.status, 2, piped.stderr);
  assert.match(piped.stderr, 'blog.config.json is a FIFO (named pipe), not a file; it was not read.');
  rmSync(join(root, 'blog.config.json'));
  mkdirSync(join(root, 'blog.config.json'));
  const folder = run();
  assert.is(folder.status, 2, folder.stderr);
  assert.match(folder.stderr, 'blog.config.json is a folder, not a file');
});

test('`blog lint posts/pipe.md`, a FIFO named as a path, is a usage error naming it, not a hang', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  if (spawnSync('mkfifo', [join(root, 'posts', 'pipe.md')]).status !== 0) return; // No mkfifo here.
  // Every post linted names it in a warning; given by name, it was read and waited on for a writer for ever.
  for (const args of [
    ['lint', 'posts/pipe.md'],
    ['lint', '--fix', 'posts/pipe.md'],
  ]) {
    const r = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '..', '..', 'bin', 'blog.js'), ...args],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
      },
    );
    assert.is(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, 'Unexpected `posts/pipe.md`: a FIFO (named pipe), not a regular file');
  }
});

test('a FIFO or dot-file post added or removed since the last build is warned about as a clean build would, not from the cache', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  const warnings = () => {
    const r = runBlog(['build'], { cwd: root });
    assert.is(r.status, 0, r.stderr);
    return r.stderr
      .split('\n')
      .filter((line) => line.startsWith('⚠'))
      .map((line) => line.split(':')[0]);
  };
  const plain = warnings();
  const pipe = join(root, 'static', 'pipe.txt');
  if (spawnSync('mkfifo', [pipe]).status !== 0) return; // No mkfifo here.
  assert.equal(warnings(), [...plain, '⚠ static/pipe.txt']);
  rmSync(pipe);
  // The FIFO's warning was said again by every later build, from the cache.
  assert.equal(warnings(), plain);
  const hidden = join(root, 'posts', '.hidden.md');
  writeFileSync(hidden, '---\ntitle: Hidden\ndate: 2025-01-01\n---\nText.\n');
  // Nothing else changed: the cached build said nothing of the new dot file.
  assert.equal(warnings(), [...plain, '⚠ posts/.hidden.md']);
  rmSync(hidden);
  mkdirSync(join(root, 'posts', '.drafts'));
  writeFileSync(join(root, 'posts', '.drafts', 'a.md'), '---\ntitle: A\ndate: 2025-01-01\n---\nText.\n');
  assert.match(runBlog(['build'], { cwd: root }).stderr, 'holds 1 Markdown file,');
  writeFileSync(join(root, 'posts', '.drafts', 'b.md'), '---\ntitle: B\ndate: 2025-01-01\n---\nText.\n');
  assert.match(runBlog(['build'], { cwd: root }).stderr, 'holds 2 Markdown files,');
});

test.run();
