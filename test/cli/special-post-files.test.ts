/**
 * @fileoverview A FIFO or a socket named like a post is never opened, a dot file named like one (`.hidden.md`) is
 * not read, and both build and lint name each in a warning.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN } from '../helpers/cli.ts';
import { BUNDLE, freshBlog, writePost } from '../helpers/fresh-blog.ts';

/** With a timeout: a FIFO that is opened blocks for ever. */
function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
  });
}

/** A FIFO at `posts/2024-09-09-pipe.md` and a socket at `posts/2024-09-10-socket.md`, if this machine can make them. */
function blogWithSpecialPosts(): { root: string; names: string[] } | undefined {
  const root = freshBlog();
  const names: string[] = [];
  if (spawnSync('mkfifo', [join(root, 'posts/2024-09-09-pipe.md')]).status === 0)
    names.push('posts/2024-09-09-pipe.md');
  // A socket file stays after the process that bound it is gone.
  const socket = join(root, 'posts/2024-09-10-socket.md');
  const py = spawnSync('python3', [
    '-c',
    `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(socket)})`,
  ]);
  if (py.status === 0) names.push('posts/2024-09-10-socket.md');
  // In a bundle, a FIFO that is not its index.md is the copies' to report (once), as for any bundle file.
  spawnSync('mkfifo', [join(root, BUNDLE, 'notes.md')]);
  return names.length > 0 ? { root, names } : undefined;
}

test('blog build: each is a warning naming the file; the build finishes and the posts are built', () => {
  const blog = blogWithSpecialPosts();
  if (!blog) return; // Neither mkfifo nor python3 here: nothing to test.
  const r = run(['build'], blog.root);
  assert.is(r.status, 0, r.stderr);
  for (const name of blog.names) {
    const shown = r.stderr.split('\n').filter((l) => l.includes(`${name}: Skipped: a`));
    assert.is(shown.length, 1, `${name} once in:\n${r.stderr}`);
  }
  assert.match(r.stderr, /posts\/2024-09-09-pipe\.md: Skipped: a FIFO \(named pipe\), not a regular file/);
  assert.is(r.stderr.split(`${BUNDLE}/notes.md: Skipped`).length - 1, 1, r.stderr);
  assert.match(r.stdout, /^Built \d+ pages/m);
});

test('blog lint: the same warnings, in every format, and the exit code stays 0', () => {
  const blog = blogWithSpecialPosts();
  if (!blog) return;
  const stylish = run(['lint'], blog.root);
  assert.is(stylish.status, 0, stylish.stdout + stylish.stderr);
  for (const name of blog.names) assert.ok(stylish.stdout.includes(`${name}\n`), stylish.stdout);
  assert.match(
    stylish.stdout,
    /warning\s+Skipped: a FIFO \(named pipe\), not a regular file\..*fs\/not-a-file/,
  );
  const json = JSON.parse(run(['lint', '--format', 'json'], blog.root).stdout) as {
    filePath: string;
    messages: { ruleId: string; severity: number }[];
  }[];
  const skipped = json.filter((f) => f.messages.some((m) => m.ruleId === 'fs/not-a-file'));
  assert.equal(skipped.map((f) => f.filePath).sort(), blog.names);
});

test('a dot file named like a post (`.hidden.md`) is named by lint and build; editor locks and tool folders are not', () => {
  const root = freshBlog({ socialCards: false, search: false });
  const text = '---\ntitle: Hidden\ndate: 2024-09-11\n---\nWritten, then hidden by a slip of the keyboard.\n';
  writePost(root, '.hidden.md', text);
  // Emacs's lock file, macOS's metadata beside a copied post, Obsidian's trash, a dot file in a bundle.
  writePost(root, '.#2024-09-11-draft.md', 'user@host.1234');
  writePost(root, '._2024-09-11-draft.md', '\0\u0005\u0016\u0007');
  mkdirSync(join(root, 'posts/.trash'));
  writePost(root, '.trash/later.md', text);
  writeFileSync(join(root, BUNDLE, '.notes.md'), text);
  const lint = run(['lint'], root);
  assert.is(lint.status, 0, lint.stdout + lint.stderr);
  assert.match(
    lint.stdout,
    /posts\/\.hidden\.md\n\s+1:1\s+warning\s+Skipped: the name starts with a dot, so it is not read as a post\. Rename it without the dot to publish it.*fs\/dot-file/,
  );
  assert.not.match(lint.stdout, /\.#|\._|\.trash|\.notes/);
  const build = run(['build'], root);
  assert.is(build.status, 0, build.stderr);
  assert.match(build.stderr, /posts\/\.hidden\.md: Skipped: the name starts with a dot/);
  assert.is(build.stderr.split('Skipped:').length - 1, 1, build.stderr);
  assert.match(build.stdout, /^Built \d+ pages .*1 warning/m);
});

test('a dot folder holding posts (`posts/.drafts/`) is named once, with its count, by lint and build; tool folders are not', () => {
  const root = freshBlog({ socialCards: false, search: false });
  const text = '---\ntitle: Later\ndate: 2024-09-11\n---\nNot yet.\n';
  mkdirSync(join(root, 'posts/.drafts/2024'), { recursive: true });
  writePost(root, '.drafts/later.md', text);
  writePost(root, '.drafts/2024/much-later.md', text);
  writeFileSync(join(root, 'posts/.drafts/notes.txt'), 'not Markdown\n');
  // Editors', version control's and Obsidian's folders: Hugo and Jekyll skip them silently, and so does blog.
  for (const tool of ['.obsidian', '.git', '.vscode', '.idea']) {
    mkdirSync(join(root, 'posts', tool));
    writePost(root, `${tool}/template.md`, text);
  }
  // A dot folder with no Markdown is nothing to mention.
  mkdirSync(join(root, 'posts/.assets'));
  writeFileSync(join(root, 'posts/.assets/a.png'), 'png');
  const lint = run(['lint'], root);
  assert.is(lint.status, 0, lint.stdout + lint.stderr);
  assert.match(
    lint.stdout,
    /posts\/\.drafts\/\n\s+1:1\s+warning\s+Skipped: the folder holds 2 Markdown files, but its name starts with a dot, so they are not read as posts\. Rename the folder without the dot to publish them.*fs\/dot-file/,
  );
  assert.is(lint.stdout.split('Skipped:').length - 1, 1, lint.stdout);
  assert.not.match(lint.stdout, /\.obsidian|\.git|\.vscode|\.idea|\.assets/);
  const build = run(['build'], root);
  assert.is(build.status, 0, build.stderr);
  assert.match(build.stderr, /posts\/\.drafts\/: Skipped: the folder holds 2 Markdown files/);
  assert.is(build.stderr.split('Skipped:').length - 1, 1, build.stderr);
});

test.run();
