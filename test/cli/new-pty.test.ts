import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read } from '../helpers/cli.ts';
import { readNewPost } from '../helpers/new-post.ts';
import { KEY, spawnBlogPty } from '../helpers/pty.ts';

const TODAY = '2025-12-31';
const postFiles = (blog: string) =>
  readdirSync(join(blog, 'posts'), { recursive: true, encoding: 'utf8' }).sort();
const lastLine = (screen: string) => screen.trimEnd().split(/\r?\n/).at(-1)!.trim();

test('on a terminal: title, template, tags (existing ticked, a near-duplicate corrected, a new one), description, draft', async () => {
  const blog = copyFixture('starter');
  const s = spawnBlogPty(['new'], { cwd: blog });
  await s.waitFor('? Title');
  await s.type('Restore drills: "yes", every quarter');
  await s.waitFor('→ restore-drills-yes-every-quarter');
  await s.type(KEY.enter);
  await s.waitFor('? Template');
  await s.waitFor('how-to — Step-by-step instructions');
  await s.type(KEY.down);
  await s.type(KEY.enter);
  // Existing tags, most used first; the template's own tag comes ticked.
  await s.waitFor(/Security \(3\)\s+◯ Productivity \(2\)[\s\S]*◉ How-to \(new, from the template\)/);
  await s.type(KEY.space); // Security
  await s.type(KEY.enter);
  await s.waitFor('? New tags');
  await s.type('bakcup, Disaster Recovery');
  await s.waitFor('bakcup → Backup?');
  await s.type(KEY.enter);
  await s.waitFor('`bakcup` looks like the existing tag `Backup`');
  await s.type(KEY.enter); // Use `Backup`
  await s.waitFor('? Description');
  await s.type('Why a backup you never restored is only a hope, and how to run a drill.');
  await s.type(KEY.enter);
  await s.waitFor('? Draft');
  await s.type('n');
  await s.type(KEY.enter);
  const { exitCode, output } = await s.exit;
  assert.is(exitCode, 0, output);
  const file = `posts/${TODAY}-restore-drills-yes-every-quarter.md`;
  assert.is(lastLine(output), file);
  assert.ok(
    read(blog, file).startsWith(
      '---\ntitle: "Restore drills: \\"yes\\", every quarter"\n' +
        `date: ${TODAY}\n` +
        'tags: [Security, How-to, Backup, Disaster Recovery]\n' +
        'description: Why a backup you never restored is only a hope, and how to run a drill.\n' +
        'draft: false\n---\nIn this guide you will learn',
    ),
    read(blog, file),
  );
  const { errors, post } = readNewPost(blog, file);
  assert.equal(errors, []);
  assert.is(post.title, 'Restore drills: "yes", every quarter');
});

test('on a terminal: Ctrl-C at any prompt leaves nothing behind and exits 130', async () => {
  const blog = copyFixture('starter');
  const before = postFiles(blog);
  for (const stop of ['? Title', '? Tags', '? Draft']) {
    const s = spawnBlogPty(['new', ...(stop === '? Title' ? [] : ['A title']), '--template', 'default'], {
      cwd: blog,
    });
    await s.waitFor(stop === '? Draft' ? '? Tags' : stop);
    if (stop === '? Draft') {
      await s.type(KEY.enter);
      await s.waitFor('? New tags');
      await s.type(KEY.enter);
      await s.waitFor('? Description');
      await s.type(KEY.enter);
      await s.waitFor(stop);
    }
    await s.type(KEY.ctrlC);
    const { exitCode, output } = await s.exit;
    assert.is(exitCode, 130, output);
    assert.match(output, /Cancelled; nothing was written\./);
  }
  assert.equal(postFiles(blog), before);
});

test('on a terminal: a taken slug is named and a free one offered', async () => {
  const blog = copyFixture('starter');
  const s = spawnBlogPty(
    ['new', 'Backup Checklist', '--template', 'default', '--tags', 'Backup', '--description', '', '--draft'],
    {
      cwd: blog,
    },
  );
  await s.waitFor(
    'The slug `backup-checklist` is taken by posts/2025-10-01-backup-checklist.md. Slug for this post',
  );
  await s.waitFor('(backup-checklist-2)');
  await s.type(KEY.enter);
  const { exitCode, output } = await s.exit;
  assert.is(exitCode, 0, output);
  assert.is(lastLine(output), `posts/${TODAY}-backup-checklist-2.md`);
  // Only the slug was asked: every other answer came from the flags.
  assert.not.match(output, /\? (Title|Template|Tags|Description|Draft)/);
});

test('on a terminal with --yes nothing is asked; without a title that is an error, not a prompt', async () => {
  const blog = copyFixture('starter');
  const yes = spawnBlogPty(['new', 'Scripted', '--yes'], { cwd: blog });
  const done = await yes.exit;
  assert.is(done.exitCode, 0, done.output);
  assert.not.match(done.output, /\?/);
  assert.is(lastLine(done.output), `posts/${TODAY}-scripted.md`);
  const bare = spawnBlogPty(['new', '--yes'], { cwd: blog });
  const failed = await bare.exit;
  assert.is(failed.exitCode, 2);
  assert.match(failed.output, /Missing title/);
});

test.run();
