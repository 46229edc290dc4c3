import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, tempDir } from '../helpers/cli.ts';
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
  // One stop per kind of prompt: text, list, checklist, yes/no, and the taken-slug question.
  const stops: { args: string[]; keys: string[]; stop: string }[] = [
    { args: [], keys: [], stop: '? Title' },
    { args: ['A title'], keys: [], stop: '? Template' },
    { args: ['A title', '--template', 'default'], keys: [], stop: '? Tags' },
    {
      args: ['A title', '--template', 'default'],
      keys: ['? Tags', KEY.enter, '? New tags', KEY.enter, '? Description', KEY.enter],
      stop: '? Draft',
    },
    {
      args: ['Backup Checklist', '--template', 'default', '--tags', 'Backup', '--draft'],
      keys: [],
      stop: 'Slug',
    },
  ];
  for (const { args, keys, stop } of stops) {
    const s = spawnBlogPty(['new', ...args, ...(stop === 'Slug' ? ['--description', ''] : [])], {
      cwd: blog,
    });
    for (const key of keys) await (key.startsWith('?') ? s.waitFor(key) : s.type(key));
    await s.waitFor(stop);
    await s.type(KEY.ctrlC);
    const { exitCode, output } = await s.exit;
    assert.is(exitCode, 130, `${stop}: ${output}`);
    assert.match(output, /Cancelled; nothing was written\./);
  }
  assert.equal(postFiles(blog), before);
});

test('on a terminal with stdout redirected, as in $(blog new): prompts and their checks stay on the terminal, stdout gets the result', async () => {
  const blog = copyFixture('starter');
  const stdoutFile = join(tempDir('blog-stdout-'), 'stdout.txt');
  const s = spawnBlogPty(['new', '--template', 'default', '--tags', '', '--description', '', '--draft'], {
    cwd: blog,
    stdoutFile,
  });
  await s.waitFor('? Title');
  await s.type(KEY.enter); // checked as you type: no title, or only spaces, is refused on the spot
  await s.waitFor('You must provide a value');
  await s.type(`   ${KEY.enter}`);
  await s.waitFor('A post needs a title.');
  await s.type('Piped title');
  await s.waitFor('→ piped-title');
  await s.type(KEY.enter);
  const { exitCode, output } = await s.exit;
  assert.is(exitCode, 0, output);
  const file = `posts/${TODAY}-piped-title.md`;
  assert.not.match(output, new RegExp(file));
  const stdout = readFileSync(stdoutFile, 'utf8');
  assert.not.match(stdout, /\?|Title|→/);
  assert.is(stdout.trimEnd().split('\n').at(-1), file);
  assert.ok(read(blog, file).startsWith('---\ntitle: Piped title\n'), read(blog, file));
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
