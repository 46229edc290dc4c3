import {
  chmodSync,
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
import { copyFixture, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { lastLine, readNewPost } from '../helpers/new-post.ts';

// SOURCE_DATE_EPOCH=1767225600 is 2026-01-01T00:00Z, still 2025-12-31 in the starter's America/New_York.
const TODAY = '2025-12-31';

function postFiles(blog: string): string[] {
  return readdirSync(join(blog, 'posts'), { recursive: true, encoding: 'utf8' }).sort();
}

test('without a terminal: title only → posts/<today in the site zone>-<slug>.md, path alone on the last line', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const r = runBlog(['new', 'Patch Tuesday, Explained'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.is(r.stderr, '');
  assert.is(
    r.stdout,
    `Created a draft from the \`default\` template:\nposts/${TODAY}-patch-tuesday-explained.md\n`,
  );
  const text = read(blog, `posts/${TODAY}-patch-tuesday-explained.md`);
  assert.ok(
    text.startsWith(
      `---\ntitle: Patch Tuesday, Explained\ndate: ${TODAY}\ntags: []\ndescription: ""\ndraft: true\n---\nWrite the opening paragraph here`,
    ),
    text,
  );
  assert.not.match(text, /template:/);
  const { post, errors } = readNewPost(blog, `posts/${TODAY}-patch-tuesday-explained.md`);
  assert.equal(errors, []);
  assert.is(post.slug, 'patch-tuesday-explained');
  assert.is(post.date?.ymd, TODAY);
});

test('without a terminal and without a title: exit 2 at once, nothing written', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const before = postFiles(blog);
  // A prompt waiting for input would be killed here (the test asserts no timing: a loaded machine is slow).
  const r = runBlog(['new', '--tags', 'Security'], { cwd: blog, timeoutMs: 60_000 });
  assert.is(r.signal, null, 'it waited for input');
  assert.is(r.status, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /✖ Missing title, expected `blog new "Title"`\./);
  assert.equal(postFiles(blog), before);
  const blank = runBlog(['new', '   ', '--yes'], { cwd: blog });
  assert.is(blank.status, 2);
});

test('every flag: --tags --description --date --slug --no-draft --template', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const r = runBlog(
    [
      'new',
      'Ignored For The Slug',
      '--tags',
      'Security, Backup,,Security',
      '--description',
      '  Why restores fail and how to test yours.  ',
      '--date',
      '2024-02-29',
      '--slug',
      'restore-tests',
      '--no-draft',
      '--template',
      'how-to',
      '--yes',
    ],
    { cwd: blog },
  );
  assert.is(r.status, 0, r.stderr);
  assert.is(lastLine(r.stdout), 'posts/2024-02-29-restore-tests.md');
  assert.match(r.stdout, /^Created a post from the `how-to` template:\n/);
  const { post, errors, text } = readNewPost(blog, 'posts/2024-02-29-restore-tests.md');
  assert.equal(errors, []);
  assert.is(post.title, 'Ignored For The Slug');
  assert.equal(post.tags, ['Security', 'Backup']);
  assert.is(post.description, 'Why restores fail and how to test yours.');
  assert.is(post.draft, false);
  assert.is(post.slug, 'restore-tests');
  assert.is(post.date?.ymd, '2024-02-29');
  assert.match(text, /^tags: \[Security, Backup\]$/m);
  assert.match(text, /^## Steps$/m);
});

test("--draft, and the template's tags when --tags is not given", () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const r = runBlog(['new', 'How to rotate keys', '--draft', '--template', 'how-to'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const { post } = readNewPost(blog, lastLine(r.stdout));
  assert.is(post.draft, true);
  assert.equal(post.tags, ['How-to']);
  const none = runBlog(['new', 'No tags at all', '--tags', '', '--template', 'how-to'], { cwd: blog });
  assert.equal(readNewPost(blog, lastLine(none.stdout)).post.tags, []);
});

test('--bundle writes posts/<slug>/index.md; --dir puts it under posts/', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const b = runBlog(['new', 'Office Wi-Fi Survey', '--bundle'], { cwd: blog });
  assert.is(b.status, 0, b.stderr);
  assert.is(lastLine(b.stdout), 'posts/office-wi-fi-survey/index.md');
  assert.is(readNewPost(blog, 'posts/office-wi-fi-survey/index.md').post.slug, 'office-wi-fi-survey');
  const d = runBlog(['new', 'Printer Drivers', '--dir', 'posts/guides/hardware'], { cwd: blog });
  assert.is(d.status, 0, d.stderr);
  assert.is(lastLine(d.stdout), `posts/guides/hardware/${TODAY}-printer-drivers.md`);
  const both = runBlog(['new', 'Rack Photos', '--dir', 'posts/guides', '--bundle'], { cwd: blog });
  assert.is(lastLine(both.stdout), 'posts/guides/rack-photos/index.md');
  // The build sees them all.
  const build = runBlog(['build', '--drafts'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.ok(existsSync(join(blog, 'dist/posts/printer-drivers/index.html')));
  assert.ok(existsSync(join(blog, 'dist/posts/rack-photos/index.html')));
});

test('--dir written with backslashes, as on Windows, is that folder (not one named `guides\\how-to`)', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const r = runBlog(['new', 'Backslash Dir', '--dir', 'posts\\guides\\how-to'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.is(lastLine(r.stdout), `posts/guides/how-to/${TODAY}-backslash-dir.md`);
  assert.not.ok(existsSync(join(blog, 'posts/guides\\how-to')));
});

test('the path printed is relative to where the command runs, absolute when that would climb out', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  mkdirSync(join(blog, 'posts/guides'));
  const inside = runBlog(['new', 'From Inside'], { cwd: join(blog, 'posts/guides') });
  assert.is(inside.status, 0, inside.stderr);
  assert.is(lastLine(inside.stdout), join(blog, `posts/${TODAY}-from-inside.md`));
  const viaC = runBlog(['-C', blog, 'new', 'Via Dash C'], { cwd: join(blog, 'posts') });
  assert.is(viaC.status, 0, viaC.stderr);
  assert.is(lastLine(viaC.stdout), `${TODAY}-via-dash-c.md`);
  const fromRoot = runBlog(['-C', 'posts', 'new', 'From Root'], { cwd: blog });
  assert.is(lastLine(fromRoot.stdout), `posts/${TODAY}-from-root.md`);
});

test('bad flags exit 2 before anything is written: --date, --slug, --dir, --template', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const before = postFiles(blog);
  const cases: [string[], RegExp][] = [
    [['--date', '2024-02-30'], /Unexpected --date `2024-02-30`, expected a real date as YYYY-MM-DD\./],
    [['--date', 'tomorrow'], /Unexpected --date `tomorrow`/],
    // A placeholder date: before, `posts/0000-01-01-a-title.md` was written, and `blog lint` warned about it.
    [
      ['--date', '0000-01-01'],
      /Unexpected --date `0000-01-01` in the year 0, expected a year from 1000 on\.\n {2}Give the day the post is for/,
    ],
    [['--date', '0204-05-01'], /in the year 204, expected a year from 1000 on/],
    [
      ['--slug', 'Not A Slug'],
      /Unexpected --slug `Not A Slug`, expected lowercase letters, digits and dashes\.\n {2}Did you mean `not-a-slug`\?/,
    ],
    [
      ['--dir', '../elsewhere'],
      /Unexpected --dir `\.\.\/elsewhere`, expected `posts` or a folder inside it\./,
    ],
    [['--dir', 'drafts'], /Unexpected --dir `drafts`/],
    [
      ['--template', 'how-too'],
      /Unknown template `how-too`, expected one of `default`, `how-to`\.\n {2}Did you mean `how-to`\?/,
    ],
  ];
  for (const [flags, expected] of cases) {
    const r = runBlog(['new', 'A Title', ...flags], { cwd: blog });
    assert.is(r.status, 2, flags.join(' '));
    assert.is(r.stdout, '');
    assert.match(r.stderr, expected);
  }
  assert.equal(postFiles(blog), before);
});

test('a tag close to one in use is warned about, and kept as given', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const r = runBlog(['new', 'Offsite copies', '--tags', 'bakcup,security,Backup'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stderr,
    /⚠ Tag `bakcup` is new, but the blog already uses `Backup`: did you mean `Backup`\?/,
  );
  assert.match(r.stderr, /⚠ Tag `security` is new, but the blog already uses `Security`/);
  assert.not.match(r.stderr, /Tag `Backup`/);
  assert.equal(readNewPost(blog, lastLine(r.stdout)).post.tags, ['bakcup', 'security', 'Backup']);
});

test('never overwrites: the same path, a slug another post uses, a bundle folder', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const first = runBlog(['new', 'Backup Checklist', '--date', '2025-10-01'], { cwd: blog });
  // The starter already has posts/2025-10-01-backup-checklist.md.
  assert.is(first.status, 2);
  assert.match(
    first.stderr,
    /✖ Refusing to create posts\/2025-10-01-backup-checklist\.md: posts\/2025-10-01-backup-checklist\.md already exists\.\n {2}Pick another slug, e\.g\. `--slug backup-checklist-2`; nothing was written\./,
  );
  assert.match(
    read(blog, 'posts/2025-10-01-backup-checklist.md'),
    /^title: Your Backup Checklist for the New Year$/m,
  );

  const otherDay = runBlog(['new', 'Backup Checklist'], { cwd: blog });
  assert.is(otherDay.status, 2);
  assert.match(
    otherDay.stderr,
    /the slug `backup-checklist` is taken by posts\/2025-10-01-backup-checklist\.md\./,
  );
  assert.not.ok(existsSync(join(blog, `posts/${TODAY}-backup-checklist.md`)));

  // A slug set in another post's front-matter counts too.
  writeFileSync(
    join(blog, 'posts/2020-01-01-old-name.md'),
    '---\ntitle: Renamed\ndate: 2020-01-01\nslug: zero-trust\n---\nx\n',
  );
  const pinned = runBlog(['new', 'Zero Trust', '--bundle'], { cwd: blog });
  assert.is(pinned.status, 2);
  assert.match(pinned.stderr, /the slug `zero-trust` is taken by posts\/2020-01-01-old-name\.md/);
  assert.not.ok(existsSync(join(blog, 'posts/zero-trust')));

  mkdirSync(join(blog, 'posts/photos-only'));
  const folder = runBlog(['new', 'Photos only', '--bundle'], { cwd: blog });
  assert.is(folder.status, 2);
  assert.match(folder.stderr, /the folder posts\/photos-only\/ already exists/);

  const ok = runBlog(['new', 'Backup Checklist', '--slug', 'backup-checklist-2'], { cwd: blog });
  assert.is(ok.status, 0, ok.stderr);
  // No temp files are left anywhere.
  assert.equal(
    postFiles(blog).filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('a URL another post keeps as an old address (`aliases`) is taken too: refused with a free slug, the build stays whole', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'posts/2020-01-01-moved.md'),
    '---\ntitle: Moved\ndate: 2020-01-01\naliases: [/posts/New-Thing/]\nredirect_from: /posts/new-thing-2\n---\nx\n',
  );
  // Before, the post was written, and the build then stopped on the older post's alias.
  const r = runBlog(['new', 'New Thing'], { cwd: blog });
  assert.is(r.status, 2, r.stderr);
  assert.match(
    r.stderr,
    `Refusing to create posts/${TODAY}-new-thing.md: its URL \`/posts/new-thing/\` is an old address posts/2020-01-01-moved.md redirects from.`,
  );
  assert.match(r.stderr, 'Pick another slug, e.g. `--slug new-thing-3`');
  assert.not.ok(existsSync(join(blog, `posts/${TODAY}-new-thing.md`)));
  const ok = runBlog(['new', 'New Thing', '--slug', 'new-thing-3'], { cwd: blog });
  assert.is(ok.status, 0, ok.stderr);
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
});

test("the blog's templates/*.md override the package's by name and add new ones; placeholders fill the body", () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  mkdirSync(join(blog, 'templates'));
  writeFileSync(
    join(blog, 'templates/default.md'),
    '---\ntemplate:\n  description: Our house style\ntags: [Company News]\nauthor: Press Office\n---\n# {{title}}\n\n{{ description }} ({{date}}, /posts/{{slug}}/, {{tags}}, by {{author}})\n\nKeep {{ this }} and {{unknown}} as written.\n',
  );
  writeFileSync(join(blog, 'templates/review.md'), '---\ntemplate: A product review\n---\nVerdict:\n');
  const r = runBlog(['new', 'Q3 "All Hands"', '--description', 'What we shipped.'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const file = lastLine(r.stdout);
  const { post, text, errors } = readNewPost(blog, file);
  assert.equal(errors, []);
  assert.is(
    text,
    `---\ntitle: Q3 "All Hands"\ndate: ${TODAY}\ntags: [Company News]\ndescription: What we shipped.\ndraft: true\nauthor: Press Office\n---\n` +
      `# Q3 "All Hands"\n\nWhat we shipped. (${TODAY}, /posts/q3-all-hands/, Company News, by First Column IT)\n\nKeep {{ this }} and {{unknown}} as written.\n`,
  );
  assert.equal(post.authors, ['Press Office']);
  const review = runBlog(['new', 'Laptop X1', '--template', 'review'], { cwd: blog });
  assert.is(review.status, 0, review.stderr);
  assert.match(read(blog, lastLine(review.stdout)), /---\nVerdict:\n$/);
  const unknown = runBlog(['new', 'x', '--template', 'nope'], { cwd: blog });
  assert.match(unknown.stderr, /expected one of `default`, `how-to`, `review`\./);
});

test('a template that is a link leading outside the blog is refused, exit 2, naming it; nothing read or written', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const outside = tempDir('blog-outside-');
  writeFileSync(join(outside, 'secret.md'), '---\ntemplate: Not ours\n---\nSECRET {{title}}\n');
  mkdirSync(join(blog, 'templates'));
  symlinkSync(join(outside, 'secret.md'), join(blog, 'templates/secret.md'));
  const before = postFiles(blog);
  for (const template of ['secret', 'default']) {
    const r = runBlog(['new', 'Anything', '--template', template, '--yes'], { cwd: blog });
    assert.is(r.status, 2, r.stderr);
    assert.is(r.stdout, '');
    assert.match(
      r.stderr,
      /^✖ `templates\/secret\.md` is a symbolic link to `[^`]+secret\.md`, outside the blog; `blog new` reads no template from outside the blog, and nothing was written\.\n {2}Copy the template into the blog’s templates\/ folder in place of the link, or remove the link; then run `blog new` again\.\n$/,
    );
    assert.equal(postFiles(blog), before, template);
  }
  assert.equal(readdirSync(outside), ['secret.md']);
  // A link inside the blog is a template like any other.
  rmSync(join(blog, 'templates/secret.md'));
  writeFileSync(join(blog, 'ours.md.txt'), '---\ntemplate: Ours\n---\nOURS {{title}}\n');
  symlinkSync(join(blog, 'ours.md.txt'), join(blog, 'templates/ours.md'));
  const ours = runBlog(['new', 'Anything', '--template', 'ours', '--yes'], { cwd: blog });
  assert.is(ours.status, 0, ours.stderr);
  assert.match(read(blog, lastLine(ours.stdout)), 'OURS Anything');
});

test('a broken template is reported with its file and line when chosen, and nothing is written', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  mkdirSync(join(blog, 'templates'));
  writeFileSync(join(blog, 'templates/broken.md'), '---\ntemplate: Broken\ntags: [a, b\n---\nx\n');
  const before = postFiles(blog);
  const r = runBlog(['new', 'Anything', '--template', 'broken'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(r.stderr, /templates\/broken\.md\n {2}3:7 +error +Invalid YAML/);
  assert.match(r.stderr, /✖ The post template templates\/broken\.md cannot be read\./);
  assert.equal(postFiles(blog), before);
  // The other templates still work: the broken one is named and left out.
  const other = runBlog(['new', 'Anything', '--template', 'default'], { cwd: blog });
  assert.is(other.status, 0, other.stderr);
  assert.match(
    other.stderr,
    /^⚠ Left out the post template templates\/broken\.md: its front-matter cannot be read\.$/m,
  );
  assert.equal(postFiles(blog), [...before, `${TODAY}-anything.md`].sort());
  const kept = postFiles(blog);
  writeFileSync(
    join(blog, 'templates/broken.md'),
    '---\ntemplate: Gives a bad post\nupdated: someday\n---\nx\n',
  );
  const bad = runBlog(['new', 'Another', '--template', 'broken'], { cwd: blog });
  assert.is(bad.status, 2);
  assert.match(bad.stderr, /frontmatter\/updated/);
  assert.match(bad.stderr, /The template `broken` gives a post with errors; nothing was written\./);
  assert.equal(postFiles(blog), kept);
});

test('--quiet still prints the path; --open runs $VISUAL, else $EDITOR, with the path as one argument', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const q = runBlog(['--quiet', 'new', 'Quiet One'], { cwd: blog });
  assert.is(q.stdout, `posts/${TODAY}-quiet-one.md\n`);

  const log = join(blog, 'editor.log');
  const editor = join(blog, 'fake editor.sh');
  writeFileSync(editor, `#!/bin/sh\nprintf '%s|' "$@" >> "${log}"\necho >> "${log}"\n`);
  chmodSync(editor, 0o755);
  const quoted = `'${editor}' --wait`;
  const e = runBlog(['new', 'Opened In Editor', '--open'], {
    cwd: blog,
    env: { EDITOR: quoted, VISUAL: '' },
  });
  assert.is(e.status, 0, e.stderr);
  assert.is(lastLine(e.stdout), `posts/${TODAY}-opened-in-editor.md`);
  const v = runBlog(['new', 'Visual Wins', '--open'], {
    cwd: blog,
    env: { EDITOR: 'false', VISUAL: quoted },
  });
  assert.is(v.status, 0, v.stderr);
  assert.equal(readFileSync(log, 'utf8').split('\n').filter(Boolean), [
    `--wait|${blog}/posts/${TODAY}-opened-in-editor.md|`,
    `--wait|${blog}/posts/${TODAY}-visual-wins.md|`,
  ]);

  const none = runBlog(['new', 'No Editor', '--open'], { cwd: blog, env: { EDITOR: '', VISUAL: '' } });
  assert.is(none.status, 0);
  assert.match(none.stderr, /⚠ Not opened: neither \$VISUAL nor \$EDITOR is set\./);
  assert.is(lastLine(none.stdout), `posts/${TODAY}-no-editor.md`);
});

test('--dir through a file in the way: exit 2 naming it, not "ENOTDIR: not a directory, mkdir"', () => {
  const blog = copyFixture('lint-clean');
  writeFileSync(join(blog, 'posts/notes'), 'my notes');
  const r = runBlog(['new', 'Under a file', '--dir', 'posts/notes/sub'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(
    r.stderr,
    /✖ `posts\/notes\/sub` cannot be made: a part of that path is a file, not a folder\./,
  );
  assert.not.match(r.stderr, /ENOTDIR|Internal error/);
  assert.is(read(blog, 'posts/notes'), 'my notes');
});

test('outside a blog: exit 2 naming the folder', () => {
  const r = runBlog(['new', 'Lost'], { cwd: '/' });
  assert.is(r.status, 2);
  assert.match(r.stderr, /No blog\.config\.json found/);
});

test('a slug Windows keeps for a device (`--slug con`, `nul`, `com1`, or from the title "Con") is refused, exit 2, another offered', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const before = postFiles(blog);
  const reason = (name: string) =>
    `Windows keeps the name \`${name}\` for a device, so the post's folder could not be checked out or served there.`;
  for (const [slug, offer] of [
    ['con', 'console'],
    ['nul', 'console'],
    ['com1', 'console'],
  ] as const) {
    const r = runBlog(['new', 'Console', '--slug', slug], { cwd: blog });
    assert.is(r.status, 2, r.stderr);
    assert.is(r.stdout, '');
    assert.ok(
      r.stderr.includes(
        `✖ Unexpected --slug \`${slug}\`: ${reason(slug)}\n  Pick another, e.g. \`--slug ${offer}\`; nothing was written.`,
      ),
      r.stderr,
    );
  }
  // Uppercase was told "Did you mean `con`?", the reserved name itself.
  const upper = runBlog(['new', 'Con', '--slug', 'CON'], { cwd: blog });
  assert.is(upper.status, 2);
  assert.match(
    upper.stderr,
    /Unexpected --slug `CON`, expected lowercase letters, digits and dashes\.\n {2}Did you mean `con-post`\?/,
  );
  // From the title: the same refusal, with the title's slug and `-post`.
  const title = runBlog(['new', 'Aux'], { cwd: blog });
  assert.is(title.status, 2);
  assert.ok(
    title.stderr.includes(
      `✖ Refusing to create posts/${TODAY}-aux.md: ${reason('aux')}\n  Pick another slug, e.g. \`--slug aux-post\`; nothing was written.`,
    ),
    title.stderr,
  );
  assert.equal(postFiles(blog), before);
  // A word that only starts with one is free.
  const free = runBlog(['new', 'Nul points', '--slug', 'nul-points'], { cwd: blog });
  assert.is(free.status, 0, free.stderr);
  assert.is(lastLine(free.stdout), `posts/${TODAY}-nul-points.md`);
});

// `hugo new posts/my-post.md` habit: it made `posts/<today>-posts-my-post-md.md` titled `posts/my-post.md`.
test('a file path as the title (Hugo habit) → exit 2 with the command meant, nothing written; with --slug it is a title', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const before = postFiles(blog);
  const cases: [string, string][] = [
    ['posts/my-first-post.md', '`blog new "My First Post"`'],
    ['content/posts/guides/first-steps.md', '`blog new "First Steps" --dir posts/guides`'],
    ['posts/team-offsite/index.md', '`blog new "Team Offsite" --bundle`'],
  ];
  for (const [title, meant] of cases) {
    const r = runBlog(['new', title, '--yes'], { cwd: blog });
    assert.is(r.status, 2, title);
    assert.is(r.stdout, '');
    assert.ok(
      r.stderr.includes(
        `✖ Unexpected file path \`${title}\` as the title: \`blog new\` takes the post's title`,
      ),
      r.stderr,
    );
    assert.ok(r.stderr.includes(`Did you mean ${meant}?`), r.stderr);
  }
  assert.equal(postFiles(blog), before);
  const titled = runBlog(['new', 'CHANGELOG.md', '--slug', 'changelog', '--yes'], { cwd: blog });
  assert.is(titled.status, 0, titled.stderr);
  assert.is(lastLine(titled.stdout), `posts/${TODAY}-changelog.md`);
  assert.match(read(blog, `posts/${TODAY}-changelog.md`), /^---\ntitle: CHANGELOG\.md\n/);
  const words = runBlog(['new', 'Why we renamed CHANGELOG.md', '--yes'], { cwd: blog });
  assert.is(words.status, 0, words.stderr);
});

// `hugo new site my-blog` habit: outside a blog it said only "No blog.config.json found"; inside one it made a
// post titled "site my-blog".
test('`blog new site x` (Hugo habit) → exit 2 naming `blog init x`, in a blog or not; quoted, it is a title', () => {
  const empty = tempDir();
  const outside = runBlog(['new', 'site', 'my-blog'], { cwd: empty });
  assert.is(outside.status, 2, outside.stderr);
  assert.is(outside.stdout, '');
  assert.ok(
    outside.stderr.includes(
      "✖ Unexpected `site my-blog` as a post's title: `blog new` starts a post, `blog init my-blog` creates a site (Hugo's `hugo new site`).",
    ),
    outside.stderr,
  );
  assert.ok(outside.stderr.includes('Run `blog init my-blog`.'), outside.stderr);
  assert.not.match(outside.stderr, /blog\.config\.json/);
  assert.equal(readdirSync(empty), []);

  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const before = postFiles(blog);
  const inside = runBlog(['new', 'site', 'my new blog', '--yes'], { cwd: blog });
  assert.is(inside.status, 2, inside.stderr);
  assert.ok(inside.stderr.includes('`blog init "my new blog"` creates a site'), inside.stderr);
  assert.ok(inside.stderr.includes('quote it: `blog new "site my new blog"`'), inside.stderr);
  assert.equal(postFiles(blog), before);
  // One quoted argument, more words, or a --slug: a title.
  for (const args of [
    ['site map'],
    ['site', 'reliability', 'basics'],
    ['site', 'plan', '--slug', 'site-plan'],
  ]) {
    const r = runBlog(['new', ...args, '--yes'], { cwd: blog });
    assert.is(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
  }
});

test.run();
