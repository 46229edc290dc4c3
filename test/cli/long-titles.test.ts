import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog } from '../helpers/fresh-blog.ts';

test('blog new with a 300-character title caps the slug and file name, and the post builds', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  const title = `${'Very long words about backups '.repeat(10)}end`;
  const r = runBlog(['new', title, '--tags', 'Backup', '--no-draft', '--yes'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const file = readdirSync(join(blog, 'posts')).find((f) => f.includes('very-long-words'))!;
  assert.ok(Buffer.byteLength(file) <= 11 + 100 + 3, file);
  assert.not.match(file, /-\.md$/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
});

test('a non-ASCII title is capped in bytes, not characters; an overlong --slug is a usage error', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  const r = runBlog(['new', '日本語のタイトル'.repeat(30), '--yes'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const made = r.stdout.trim().split('\n').at(-1)!;
  assert.ok(Buffer.byteLength(made.split('/').at(-1)!) <= 11 + 100 + 3, made);
  const long = runBlog(['new', 'X', '--slug', 'a'.repeat(300), '--yes'], { cwd: blog });
  assert.is(long.status, 2);
  assert.match(long.stderr, /Unexpected --slug of 300 bytes, expected at most 100/);
  assert.ok(long.stderr.length < 600, 'the message stays short');
});

test.run();
