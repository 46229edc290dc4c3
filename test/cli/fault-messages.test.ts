/** @fileoverview Faults a user can fix get a message naming the file and what to do; a closed pipe is no fault. */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { explainFsError } from '../../src/fs/fs-error.ts';
import { makeDirs } from '../../src/fs/make-dirs.ts';
import { BIN, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { BUNDLE, freshBlogBeside as freshBlog } from '../helpers/fresh-blog.ts';

function assertNoInternalError(stderr: string) {
  assert.not.match(stderr, /Internal error|please report it/);
  assert.not.match(stderr, /\n\s+at /, 'no stack trace');
}

/** Runs the CLI with stdout closed by the reader at once, like `blog build | head -0` or a quit pager. */
function runWithClosedStdout(
  args: string[],
  cwd: string,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

test('a closed stdout is not an error: no EPIPE trace, a good build still exits 0', async () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  const build = await runWithClosedStdout(['build', '--verbose'], root);
  assert.is(build.status, 0, build.stderr);
  assert.not.match(build.stderr, /EPIPE|Error/);
  const lint = await runWithClosedStdout(['lint', '--format', 'json'], root);
  assert.is(lint.status, 0, lint.stderr);
  assert.not.match(lint.stderr, /EPIPE|Error/);
});

test('an output path below a file, or with an overlong name, names the path and what to do', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  const below = runBlog(['build', '--out', 'blog.config.json/site'], { cwd: root });
  assert.is(below.status, 2, below.stderr);
  assert.match(below.stderr, /blog\.config\.json.*a part of that path is a file, not a folder/);
  assertNoInternalError(below.stderr);
  const long = runBlog(['build', '--out', `out/${'x'.repeat(300)}`], { cwd: root });
  assert.is(long.status, 2, long.stderr);
  assert.match(long.stderr, /too long for the file system/);
  assert.match(long.stderr, /shorter file name/);
  assert.ok(long.stderr.length < 1000, 'the message stays short');
  assertNoInternalError(long.stderr);
});

test('an output folder under /proc fails at once with a clear message (recursive mkdir would spin)', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  const r = runBlog(['build', '--out', '/proc/blog-test/site'], { cwd: root });
  assert.is(r.status, 2, r.stderr);
  assertNoInternalError(r.stderr);
  assert.throws(() => makeDirs('/proc/blog-test/a/b'));
});

test('fs errors the user can fix are explained with the path; others stay internal', () => {
  const fake = (code: string, syscall: string, path: string) =>
    Object.assign(new Error(`${code}: x`), { code, syscall, path, errno: -1 });
  const denied = explainFsError(fake('EACCES', 'open', '/blog/posts/a.md'));
  assert.match(denied?.message ?? '', /Permission denied reading `\/blog\/posts\/a\.md`/);
  assert.match(denied?.hint ?? '', /permissions/);
  assert.match(explainFsError(fake('ENOSPC', 'write', '/o/x.html'))?.message ?? '', /No space left/);
  assert.match(explainFsError(fake('EROFS', 'mkdir', '/o'))?.message ?? '', /read-only/);
  assert.match(explainFsError(fake('EEXIST', 'mkdir', '/o'))?.message ?? '', /already exists/);
  assert.match(explainFsError(fake('ELOOP', 'stat', '/o'))?.message ?? '', /loop/);
  // `blog init /proc/x`: mkdir's ENOENT under a parent that is there (was "Internal error: ENOENT … mkdir").
  assert.match(
    explainFsError(fake('ENOENT', 'mkdir', '/proc/x'))?.message ?? '',
    /`\/proc\/x` cannot be made: the file system there takes no new folders/,
  );
  assert.is(explainFsError(fake('ENOENT', 'open', '/x')), undefined);
  assert.is(explainFsError(new TypeError('x is not a function')), undefined);
  assert.is(explainFsError(fake('EINVAL', 'open', '/x')), undefined);
});

test('lint resolves ../ links inside the blog only, and never names files outside it', () => {
  const { root, outside } = freshBlog(WITHOUT_EXTRAS);
  mkdirSync(join(outside, 'private'));
  writeFileSync(join(outside, 'private', 'payroll-2024.pdf'), 'x');
  const post = join(root, BUNDLE, 'index.md');
  const text = `${readText(post)}\n[payroll](../../../outside/private/payroll-2023.pdf)\n\n![chart](../../../outside/private/payroll-2024.pdg)\n`;
  writeFileSync(post, text);
  for (const format of ['stylish', 'github', 'json']) {
    const r = runBlog(['lint', '--format', format], { cwd: root });
    assert.is(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /points outside the blog/);
    assert.not.match(r.stdout, /payroll-2024\.pdf|Did you mean/, format);
  }
});

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

test('a theme override whose tag is not JavaScript names the file and the error, not the code Eta made of it', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  mkdirSync(join(root, 'templates'), { recursive: true });
  writeFileSync(join(root, 'templates/list.eta'), '<% if ( %>\n');
  const r = runBlog(['build'], { cwd: root });
  assert.is(r.status, 2);
  assert.match(
    r.stderr,
    "✖ Template templates/list.eta could not be compiled at line 1, column 1: Bad template syntax: Unexpected token 'if' (in the JavaScript of a `<% %>` tag)\n" +
      '  Check the template named above; remove your override to fall back to the default theme.\n',
  );
  assert.not.match(r.stderr, /__eta/);
});

test('JavaScript that does not parse in a theme override is named at its line and column, CRLF or not', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  mkdirSync(join(root, 'templates/partials'), { recursive: true });
  // Before: "could not be compiled: Bad template syntax: Unexpected token ')'", and no line.
  writeFileSync(
    join(root, 'templates/partials/cta.eta'),
    '<aside>\r\n  <p><%= it.site.title %></p>\r\n  <% if (it.site.cta)) { %>\r\n  <p>x</p>\r\n  <% } %>\r\n</aside>\r\n',
  );
  const r = runBlog(['build'], { cwd: root });
  assert.is(r.status, 2);
  assertNoInternalError(r.stderr);
  assert.match(
    r.stderr,
    /^templates\/partials\/cta\.eta\n {2}3:22 +error +Bad template syntax: Unexpected token '\)'/m,
  );
  assert.match(
    r.stderr,
    '✖ Template templates/partials/cta.eta could not be compiled at line 3, column 22: ',
  );
  // An output tag's code is wrapped by Eta: its line, and the tag's column.
  writeFileSync(
    join(root, 'templates/partials/cta.eta'),
    '<aside>\n\n  <p><%= it.site.title) %></p>\n</aside>\n',
  );
  const again = runBlog(['build'], { cwd: root });
  assert.is(again.status, 2);
  assert.match(again.stderr, 'could not be compiled at line 3, column 6: ');
});

test('a theme override that fails while rendering names its file, line and column, in a partial too', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  mkdirSync(join(root, 'templates/partials'), { recursive: true });
  writeFileSync(
    join(root, 'templates/partials/cta.eta'),
    '<aside>\r\n\r\n  <p><%= it.site.cta.nope.title %></p>\r\n</aside>\r\n',
  );
  const r = runBlog(['build'], { cwd: root });
  assert.is(r.status, 2);
  assertNoInternalError(r.stderr);
  assert.match(
    r.stderr,
    /^templates\/partials\/cta\.eta\n {2}3:6 +error +Cannot read properties of undefined \(reading 'title'\)/m,
  );
  assert.match(
    r.stderr,
    "✖ Template templates/partials/cta.eta failed at line 3, column 6: Cannot read properties of undefined (reading 'title')\n",
  );
});

test.run();
