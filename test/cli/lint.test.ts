import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, FIXTURES, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

/** Every problem in test/fixtures/lint-all, one post per rule: `file line:col severity rule`. */
const EXPECTED = [
  'posts/2024-01-01-bad-yaml.md 4:7 error frontmatter/syntax',
  'posts/2024-01-02-js-front-matter.md 1:4 error frontmatter/syntax',
  'posts/2024-01-03-empty-title.md 2:1 error frontmatter/title',
  'posts/2024-01-04-bad-date.md 3:7 error frontmatter/date',
  'posts/2024-01-05-updated-before-date.md 4:10 error frontmatter/updated',
  'posts/2024-01-06-draft-string.md 4:8 error frontmatter/draft',
  'posts/2024-01-07-comma-tags.md 4:7 warning frontmatter/tags',
  'posts/2024-01-08-bad-slug.md 4:7 error frontmatter/slug',
  'posts/2024-01-09-no-description.md 1:1 warning frontmatter/description',
  'posts/2024-01-10-missing-image.md 5:8 error frontmatter/image',
  'posts/2024-01-11-no-tags.md 1:1 error frontmatter/required',
  'posts/2024-01-12-unknown-key.md 5:1 warning frontmatter/unknown-key',
  'posts/2024-01-13-file-name-date.md 3:7 warning content/filename-date',
  'posts/2024-01-15-same-slug-a.md 4:1 error blog/duplicate-slug',
  'posts/2024-01-16-same-slug-b.md 5:1 error blog/duplicate-slug',
  'posts/2024-01-17-related-pin.md 5:19 error frontmatter/related',
  'posts/2024-01-18-tag-case.md 4:16 warning blog/tag-case',
  'posts/2024-01-19-tag-typo.md 4:8 warning blog/tag-typo',
  'posts/2024-01-20-broken-link.md 7:22 error body/broken-link',
  'posts/2024-01-20-broken-link.md 8:14 error body/broken-link',
  'posts/2024-01-21-missing-body-image.md 9:16 error body/missing-image',
  'posts/2024-01-22-h1.md 9:1 warning body/no-h1',
  'posts/2024-01-23-heading-increment.md 9:1 warning body/heading-increment',
  'posts/2024-01-24-image-alt.md 7:7 warning body/image-alt',
  'posts/2024-01-25-empty-link.md 7:7 warning body/empty-link',
  'posts/2024-01-26-template-syntax.md 7:13 warning content/template-syntax',
  'posts/2024-01-26-template-syntax.md 10:1 warning content/template-syntax',
  'posts/2024-01-28-toml-front-matter.md 1:1 error frontmatter/syntax',
];
const POSTS = readdirSync(join(FIXTURES, 'lint-all', 'posts')).length;

interface JsonResult {
  filePath: string;
  messages: {
    ruleId: string;
    severity: 1 | 2;
    message: string;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    fix?: unknown;
  }[];
  errorCount: number;
  warningCount: number;
}

test('stylish: each problem under its file at line:col, then the summary; exit 1', () => {
  const blog = copyFixture('lint-all');
  const r = runBlog(['lint'], { cwd: blog });
  assert.is(r.status, 1, r.stderr);
  assert.is(r.stderr, '');
  const seen: string[] = [];
  let file = '';
  for (const line of r.stdout.split('\n')) {
    if (line.startsWith('posts/')) file = line;
    const m = /^ {2}(\d+:\d+) +(error|warning) +.*? {2}(\S+)$/.exec(line);
    if (m) seen.push(`${file} ${m[1]} ${m[2]} ${m[3]}`);
  }
  assert.equal(seen, EXPECTED);
  assert.match(
    r.stdout,
    /^posts\/2024-01-20-broken-link.md\n {2}7:22 {2}error {4}Unexpected link to `\.\/2023-01-02-good-1\.md`, no post has that file\. Did you mean `\.\/2023-01-01-good-1\.md`\? +body\/broken-link$/m,
  );
  assert.match(
    r.stdout,
    /Unexpected tag `bakcup`, close to `backup` that 25 posts use\. Did you mean `backup`\?/,
  );
  assert.match(r.stdout, /↳ posts\/2024-01-16-same-slug-b\.md:5:1 Same slug used here/);
  // Whole: the prose between two quoted values is never cut short, only a long value.
  for (const message of [
    'Unexpected file name date 2024-01-13, `date:` gives 2024-01-14 in UTC (the front-matter wins). Rename the file to start with 2024-01-14, or correct `date:`.  content/filename-date',
    'Unexpected Liquid `{% include note.html %}`, it is shown as written (bodies are Markdown only). Rewrite it as Markdown or HTML; `blog import` converts the common ones.',
  ])
    assert.ok(r.stdout.includes(message), message);
  assert.ok(
    r.stdout.endsWith('\n✖ 28 problems (16 errors, 12 warnings)\n  3 fixable with --fix\n'),
    r.stdout.slice(-200),
  );
});

test('json: ESLint result shape for every linted file, nothing else on stdout', () => {
  const blog = copyFixture('lint-all');
  const r = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.is(r.status, 1);
  const results = JSON.parse(r.stdout) as JsonResult[];
  assert.is(results.length, POSTS);
  const seen = results.flatMap((f) =>
    f.messages.map(
      (m) => `${f.filePath} ${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}`,
    ),
  );
  assert.equal(seen, EXPECTED);
  const clean = results.find((f) => f.filePath === 'posts/2023-01-01-good-1.md')!;
  assert.equal(clean, {
    filePath: 'posts/2023-01-01-good-1.md',
    messages: [],
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  });
  const comma = results.find((f) => f.filePath === 'posts/2024-01-07-comma-tags.md')!;
  assert.equal(comma.messages[0]!.fix, { range: [45, 61], text: '[ backup, Security ]' });
  assert.is(comma.warningCount, 1);
});

test('github: one workflow command per problem', () => {
  const blog = copyFixture('lint-all');
  const r = runBlog(['lint', '--format', 'github'], { cwd: blog });
  assert.is(r.status, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.is(lines.length, EXPECTED.length);
  const seen = lines.map((l) => {
    const m =
      /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),(?:endLine=\d+,endColumn=\d+,)?title=([^:]+)::/.exec(
        l,
      );
    assert.ok(m, l);
    return `${m![2]} ${m![3]}:${m![4]} ${m![1]} ${m![5]!.replace(/%2F/g, '/')}`;
  });
  assert.equal(seen, EXPECTED);
  assert.ok(
    lines.includes(
      '::error file=posts/2024-01-04-bad-date.md,line=3,col=7,endLine=3,endColumn=17,title=frontmatter/date::Unexpected date%3A `2024-13-45` is not a real date'.replace(
        '%3A',
        ':',
      ),
    ),
  );
});

test('sarif: a SARIF 2.1.0 log with the rules and one result per problem', () => {
  const blog = copyFixture('lint-all');
  const r = runBlog(['lint', '--format', 'sarif'], { cwd: blog });
  assert.is(r.status, 1);
  const log = JSON.parse(r.stdout);
  assert.is(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  const run = log.runs[0];
  assert.is(run.tool.driver.name, 'blog lint');
  const ruleIds: string[] = run.tool.driver.rules.map((x: { id: string }) => x.id);
  for (const line of EXPECTED) assert.ok(ruleIds.includes(line.split(' ').at(-1)!), line);
  const seen = run.results.map(
    (x: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number };
        };
      }[];
    }) => {
      assert.is(ruleIds[x.ruleIndex], x.ruleId);
      const loc = x.locations[0]!.physicalLocation;
      return `${loc.artifactLocation.uri} ${loc.region.startLine}:${loc.region.startColumn} ${x.level} ${x.ruleId}`;
    },
  );
  assert.equal(seen, EXPECTED);
  const dup = run.results.find((x: { ruleId: string }) => x.ruleId === 'blog/duplicate-slug');
  assert.is(dup.relatedLocations[0].physicalLocation.artifactLocation.uri, 'posts/2024-01-16-same-slug-b.md');
  assert.is(run.rules, undefined);
  assert.is(
    run.tool.driver.rules.find((x: { id: string }) => x.id === 'body/broken-link').defaultConfiguration.level,
    'error',
  );
});

test('a clean blog exits 0 and says so; it also builds', () => {
  const blog = copyFixture('lint-clean');
  const r = runBlog(['lint'], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.is(r.stdout, '✔ No problems in 3 posts.\n');
  assert.is(r.stderr, '');
  for (const format of ['json', 'github', 'sarif']) {
    const m = runBlog(['lint', '--format', format], { cwd: blog });
    assert.is(m.status, 0, format);
    assert.not.match(m.stdout, /No problems/);
  }
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
});

test('an impossible date in a file name is a frontmatter/date error in lint and build alike, not a crash', () => {
  const blog = copyFixture('lint-clean', WITHOUT_EXTRAS);
  const matter =
    '---\ntitle: X\ndescription: A description long enough that no search engine would cut it short.\n';
  writeFileSync(join(blog, 'posts/2015-05-00-x.md'), `${matter}---\nBody.\n`);
  // With `date:` the post is dated, and the name is only the usual filename-date warning.
  writeFileSync(join(blog, 'posts/2015-02-30-y.md'), `${matter}date: 2015-03-02\n---\nBody.\n`);
  const error =
    /^posts\/2015-05-00-x\.md\n {2}1:1 {2}error {4}Unexpected file name date 2015-05-00: not a real date, and no `date:` to use instead\. Add `date:` to the front-matter, or rename the file to start with a real date\. +frontmatter\/date$/m;
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1, lint.stdout + lint.stderr);
  assert.match(lint.stdout, error);
  assert.match(lint.stdout, /Unexpected file name date 2015-02-30, `date:` gives 2015-03-02/);
  assert.match(lint.stdout, /✖ 2 problems \(1 error, 1 warning\)/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1, build.stderr);
  assert.match(build.stderr, error);
  assert.not.match(build.stderr, /Internal error/);
});

test('the starter blog that `blog init` makes lints clean', () => {
  const r = runBlog(['lint'], { cwd: copyFixture('starter') });
  assert.is(r.status, 0, r.stdout);
  assert.match(r.stdout, /^✔ No problems in 5 posts\.\n$/);
});

test('what breaks the build is a lint error at the same line and column', () => {
  const blog = copyFixture('lint-all');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  const buildErrors: string[] = [];
  let file = '';
  for (const line of build.stderr.split('\n')) {
    if (line.startsWith('posts/')) file = line;
    const m = /^ {2}(\d+:\d+) +(error) +.*? {2}(\S+)$/.exec(line);
    if (m) buildErrors.push(`${file} ${m[1]} ${m[2]} ${m[3]}`);
  }
  assert.ok(buildErrors.length >= 10, build.stderr);
  const lintErrors = EXPECTED.filter((e) => e.includes(' error '));
  for (const e of buildErrors) assert.ok(lintErrors.includes(e), e);
  // Body rules are lint-only: the build does not pay for them, and they never stop it.
  assert.not.match(build.stderr, /body\//);
});

test('--fix applies only the safe fixes, keeps every other byte, and reports what changed and what is left', () => {
  const blog = copyFixture('lint-fix');
  const before = read(blog, 'posts/2024-03-05-fixable.md');
  const r = runBlog(['lint', '--fix'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.is(
    read(blog, 'posts/2024-03-05-fixable.md'),
    before
      .replace('date: 2024-3-5', 'date: 2024-03-05')
      .replace('"tags ": security, backup', 'tags: [ Security, backup ]')
      .replace('draft: no', 'draft: false'),
  );
  assert.is(
    read(blog, 'posts/2024-02-01-crlf.md'),
    '---\r\ntitle: "CRLF post"\r\ndate: "2024-02-01"\r\ntags: [ Security ]\r\ndescription: A post written on Windows, whose line endings must stay as they are.\r\n---\r\nBody.\r\n',
  );
  assert.is(
    read(blog, 'posts/2024-01-01-clean-1.md'),
    readFileSync(join(FIXTURES, 'lint-fix/posts/2024-01-01-clean-1.md'), 'utf8'),
  );
  assert.equal(r.stderr.split('\n'), [
    'Fixed 7 problems in 2 files:',
    '  posts/2024-02-01-crlf.md:3:7  Unexpected date `2024-2-1`, expected `2024-02-01`  frontmatter/date',
    '  posts/2024-02-01-crlf.md:4:9  Unexpected tag `security`, expected `Security` as 2 posts write it  blog/tag-case',
    '  posts/2024-03-05-fixable.md:4:7  Unexpected date `2024-3-5`, expected `2024-03-05`  frontmatter/date',
    '  posts/2024-03-05-fixable.md:5:1  Unexpected spaces in key `tags `, expected `tags`  frontmatter/unknown-key',
    '  posts/2024-03-05-fixable.md:6:8  Unexpected string `no` for `draft`, expected `true` or `false`  frontmatter/draft',
    '  posts/2024-03-05-fixable.md:5:7  Unexpected comma string for `tags`, expected a list  frontmatter/tags',
    '  posts/2024-03-05-fixable.md:5:9  Unexpected tag `security`, expected `Security` as 3 posts write it  blog/tag-case',
    'Left: 0 errors and 1 warning to fix by hand.',
    '',
  ]);
  assert.match(
    r.stdout,
    /10:1 {2}warning {2}Unexpected key `auther`\. Did you mean `author`\? {2}frontmatter\/unknown-key/,
  );
  // No temp files left behind; a second run has nothing to do.
  assert.equal(
    readdirSync(join(blog, 'posts')).filter((f) => f.startsWith('.')),
    [],
  );
  const again = runBlog(['lint', '--fix', '--format', 'json'], { cwd: blog });
  assert.is(again.status, 0);
  assert.match(again.stderr, /^Nothing to fix\./);
  assert.is(JSON.parse(again.stdout).length, 4);
});

test('--fix never touches what is not safe to change (a slug, a misspelt key)', () => {
  const blog = copyFixture('lint-all');
  const slug = read(blog, 'posts/2024-01-08-bad-slug.md');
  const key = read(blog, 'posts/2024-01-12-unknown-key.md');
  const r = runBlog(['lint', '--fix', '--format', 'json'], { cwd: blog });
  assert.is(r.status, 1);
  assert.is(read(blog, 'posts/2024-01-08-bad-slug.md'), slug);
  assert.is(read(blog, 'posts/2024-01-12-unknown-key.md'), key);
  assert.match(read(blog, 'posts/2024-01-06-draft-string.md'), /^draft: false$/m);
  assert.match(r.stderr, /^Fixed 3 problems in 3 files:$/m);
  // stdout stays pure JSON even with --fix.
  assert.ok(Array.isArray(JSON.parse(r.stdout)));
});

test('--fix leaves a post that is not UTF-8 byte for byte as it was, and says why', () => {
  const blog = copyFixture('lint-fix');
  const file = join(blog, 'posts/2024-03-05-latin1.md');
  // A Windows-1252 `é` (0xE9) in the title and the body, beside fixable problems.
  const bytes = Buffer.from(
    '---\ntitle: Caf\xe9 notes\ndate: 2024-3-5\ntags: backup, cloud\n---\nThe caf\xe9 list.\n',
    'latin1',
  );
  writeFileSync(file, bytes);
  const r = runBlog(['lint', '--fix', 'posts/2024-03-05-latin1.md'], { cwd: blog });
  assert.equal(readFileSync(file), bytes);
  assert.match(
    r.stderr,
    /^Left posts\/2024-03-05-latin1\.md alone: it is not UTF-8, and fixing it would turn those bytes into `�`\. Save it as UTF-8, then run again\.$/m,
  );
  assert.match(r.stdout, /3:7 +warning +Unexpected date `2024-3-5`/);
});

test('--fix leaves a read-only or hard-linked post byte for byte as it was, and says why', () => {
  const blog = copyFixture('lint-fix');
  const text = (day: number) =>
    `---\ntitle: Kept ${day}\ndate: 2024-3-${day}\ntags: [Security]\n---\nBody.\n`;
  const readOnly = join(blog, 'posts/2024-03-06-read-only.md');
  writeFileSync(readOnly, text(6));
  chmodSync(readOnly, 0o444);
  const linked = join(blog, 'posts/2024-03-07-linked.md');
  writeFileSync(linked, text(7));
  const other = join(tempDir(), 'other-name.md');
  linkSync(linked, other);
  const inode = statSync(linked).ino;
  const files = ['posts/2024-03-06-read-only.md', 'posts/2024-03-07-linked.md'];
  const plain = runBlog(['lint', ...files], { cwd: blog });
  const r = runBlog(['lint', '--fix', ...files], { cwd: blog });
  assert.is(r.status, plain.status);
  assert.is(readFileSync(readOnly, 'utf8'), text(6));
  assert.is(statSync(readOnly).mode & 0o777, 0o444);
  assert.is(readFileSync(linked, 'utf8'), text(7));
  assert.is(statSync(linked).ino, inode, 'still the same file as its other name');
  assert.is(statSync(other).nlink, 2);
  assert.equal(r.stderr.split('\n'), [
    'Nothing to fix.',
    'Left posts/2024-03-06-read-only.md alone: it is read-only. Make it writable (`chmod u+w`) if it may be fixed, then run again.',
    'Left posts/2024-03-07-linked.md alone: it is hard-linked, and fixing it would make this name a separate copy while its 1 other name would keep the old text. Fix it by hand in an editor.',
    'Left: 0 errors and 4 warnings to fix by hand.',
    '',
  ]);
  assert.match(r.stdout, /3:7 +warning +Unexpected date `2024-3-6`/);
  assert.match(r.stdout, /3:7 +warning +Unexpected date `2024-3-7`/);
});

test('--fix on a post that is a link fixes the file it leads to and keeps the link', () => {
  const blog = copyFixture('lint-fix');
  mkdirSync(join(blog, 'drafts'));
  const real = join(blog, 'drafts/linked.md');
  writeFileSync(real, '---\ntitle: Linked\ndate: 2024-3-5\n---\nBody.\n');
  const link = join(blog, 'posts/2024-03-05-linked.md');
  symlinkSync('../drafts/linked.md', link);
  const r = runBlog(['lint', '--fix', 'posts/2024-03-05-linked.md'], { cwd: blog });
  assert.match(r.stderr, /posts\/2024-03-05-linked\.md:3:7 +Unexpected date `2024-3-5`/);
  assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
  assert.is(readFileSync(real, 'utf8'), '---\ntitle: Linked\ndate: 2024-03-05\n---\nBody.\n');
});

test('paths outside the blog are refused, never read or fixed; a path that is not Markdown is refused', () => {
  const blog = copyFixture('lint-fix');
  const elsewhere = join(tempDir(), '2024-03-05-elsewhere.md');
  const text = "---\ntitle: Elsewhere\ndate: 2024-3-5\n---\nNot this blog's.\n";
  writeFileSync(elsewhere, text);
  for (const args of [
    ['lint', '--fix', elsewhere],
    ['lint', dirname(elsewhere)],
  ]) {
    const r = runBlog(args, { cwd: blog });
    assert.is(r.status, 2, r.stderr);
    assert.match(r.stderr, /^✖ Unexpected path `.*`, expected a file or folder of this blog \(.*\)\.$/m);
    assert.is(r.stdout, '');
  }
  assert.is(readFileSync(elsewhere, 'utf8'), text);
  const config = runBlog(['lint', 'blog.config.json'], { cwd: blog });
  assert.is(config.status, 2);
  assert.match(config.stderr, /Unexpected file `blog\.config\.json`, expected a Markdown post/);
});

test('--fix never applies a fix that would leave front-matter that does not parse; the others still apply', () => {
  const blog = copyFixture('lint-fix');
  const file = join(blog, 'posts/2024-01-05-keys.md');
  // Renaming `"tags "` to `tags` would give the map two `tags` keys: YAML refuses that, and the build would stop.
  writeFileSync(file, '---\ntitle: Keys\ndate: 2024-1-5\n"tags ": [backup]\ntags: [cloud]\n---\nBody.\n');
  const r = runBlog(['lint', '--fix', 'posts/2024-01-05-keys.md'], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.is(
    readFileSync(file, 'utf8'),
    '---\ntitle: Keys\ndate: 2024-01-05\n"tags ": [backup]\ntags: [cloud]\n---\nBody.\n',
  );
  assert.match(r.stdout, /4:1 +warning +Unexpected spaces in key `tags `/);
  assert.not.match(r.stdout, /frontmatter\/syntax/);
});

test('--fix rewrites a comma string written as a block scalar (`tags: |`), last key or not, keeping the line after it', () => {
  const blog = copyFixture('lint-fix', WITHOUT_EXTRAS);
  const last = join(blog, 'posts/2024-03-10-block.md');
  const folded = join(blog, 'posts/2024-03-11-folded.md');
  writeFileSync(last, '---\ntitle: Block\ndate: 2024-03-10\ntags: |\n  a, b\n---\nBody.\n');
  writeFileSync(
    folded,
    '---\r\ntitle: Folded\r\ndate: 2024-03-11\r\ntags: >-\r\n  a,\r\n  b\r\ndraft: false\r\n---\r\nBody.\r\n',
  );
  const before = runBlog(['lint', '--format', 'json', 'posts/2024-03-10-block.md'], { cwd: blog });
  const message = (JSON.parse(before.stdout) as JsonResult[])[0]!.messages.find(
    (m) => m.ruleId === 'frontmatter/tags',
  )!;
  assert.equal([message.line, message.column, message.endLine, message.endColumn], [4, 7, 5, 7]);
  const r = runBlog(['lint', '--fix', 'posts/2024-03-10-block.md', 'posts/2024-03-11-folded.md'], {
    cwd: blog,
  });
  assert.match(r.stderr, /Fixed 2 problems in 2 files/, r.stdout + r.stderr);
  assert.is(readFileSync(last, 'utf8'), '---\ntitle: Block\ndate: 2024-03-10\ntags: [ a, b ]\n---\nBody.\n');
  assert.is(
    readFileSync(folded, 'utf8'),
    '---\r\ntitle: Folded\r\ndate: 2024-03-11\r\ntags: [ a, b ]\r\ndraft: false\r\n---\r\nBody.\r\n',
  );
  assert.not.match(r.stdout, /fixable with --fix/);
});

test('--fix quotes a tag YAML would read as another number, so the build publishes it as written', () => {
  const blog = copyFixture('lint-fix', WITHOUT_EXTRAS);
  const file = join(blog, 'posts/2024-03-08-python.md');
  writeFileSync(file, '---\ntitle: Python\ndate: 2024-03-08\ntags: [python, 3.10, 2024]\n---\nBody.\n');
  const r = runBlog(['lint', '--fix'], { cwd: blog });
  assert.match(r.stderr, /4:16 +Unexpected number `3\.10` in `tags`, published as the tag `3\.1`/);
  assert.is(
    readFileSync(file, 'utf8'),
    '---\ntitle: Python\ndate: 2024-03-08\ntags: [python, "3.10", 2024]\n---\nBody.\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.ok(statSync(join(blog, 'dist/tags/3-10/index.html')).isFile(), 'the tag as written');
  assert.not.ok(statSync(join(blog, 'dist/tags/3-1'), { throwIfNoEntry: false }));
});

test('a link the page cannot keep (ftp:, javascript:) is named by lint and by the build, not only turned into #', () => {
  const blog = copyFixture('lint-fix', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'posts/2024-03-09-mirror.md'),
    '---\ntitle: Mirror\ndate: 2024-03-09\ntags: [Security]\n---\nGet it from [the mirror](ftp://ftp.example.org/x.tar.gz).\n',
  );
  const lint = runBlog(['lint', 'posts/2024-03-09-mirror.md'], { cwd: blog });
  assert.match(
    lint.stdout,
    /6:26 +warning +Unexpected `ftp:` link, the page shows `#` in its place\. .* +body\/link-scheme/,
  );
  runBlog(['lint', '--fix'], { cwd: blog });
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(build.stdout + build.stderr, /\d+ warnings?, run `blog lint`/);
  assert.match(read(blog, 'dist/posts/mirror/index.html'), /<a href="#">the mirror<\/a>/);
});

test('paths: only those files are reported, checked against the whole blog', () => {
  const blog = copyFixture('lint-all');
  const r = runBlog(['lint', 'posts/2024-01-15-same-slug-a.md', '--format', 'json'], { cwd: blog });
  assert.is(r.status, 1);
  const results = JSON.parse(r.stdout) as JsonResult[];
  assert.equal(
    results.map((f) => f.filePath),
    ['posts/2024-01-15-same-slug-a.md'],
  );
  assert.match(results[0]!.messages[0]!.message, /also used by posts\/2024-01-16-same-slug-b\.md/);
  const folder = runBlog(['lint', 'posts', '--format', 'json'], { cwd: blog });
  assert.is(JSON.parse(folder.stdout).length, POSTS);
});

test('--max-warnings, --rule, --quiet and the config decide what counts', () => {
  const blog = copyFixture('lint-all');
  const h1 = 'posts/2024-01-22-h1.md';
  assert.is(runBlog(['lint', h1], { cwd: blog }).status, 0);
  const over = runBlog(['lint', h1, '--max-warnings', '0'], { cwd: blog });
  assert.is(over.status, 1);
  assert.match(over.stderr, /Too many warnings: 1, at most 0 allowed/);
  assert.is(runBlog(['lint', h1, '--max-warnings', '1'], { cwd: blog }).status, 0);
  const off = runBlog(['lint', h1, '--rule', 'body/no-h1=off', '--max-warnings', '0'], { cwd: blog });
  assert.is(off.status, 0, off.stdout);
  assert.is(runBlog(['lint', h1, '--rule', 'body/no-h1=error'], { cwd: blog }).status, 1);
  const quiet = runBlog(['lint', '--quiet'], { cwd: blog });
  assert.is(quiet.status, 1);
  assert.not.match(quiet.stdout, / warning /);
  assert.match(quiet.stdout, /✖ 16 problems \(16 errors, 0 warnings\)/);
  const config = JSON.parse(read(blog, 'blog.config.json'));
  writeFileSync(
    join(blog, 'blog.config.json'),
    JSON.stringify({ ...config, lint: { rules: { 'body/no-h1': 'error' } } }),
  );
  assert.is(runBlog(['lint', h1], { cwd: blog }).status, 1);
});

test('a slug Windows keeps for a device is a warning with another slug to use, in lint and build alike', () => {
  const blog = copyFixture('lint-clean', WITHOUT_EXTRAS);
  const text = (title: string, extra = '') =>
    `---\ntitle: ${title}\ndate: 2024-05-01\ntags: [Backup]\ndescription: A description long enough that no search engine would cut it short.\n${extra}---\nBody.\n`;
  writeFileSync(join(blog, 'posts/2024-05-01-con.md'), text('Con'));
  writeFileSync(join(blog, 'posts/2024-05-01-printers.md'), text('Printers we trust', 'slug: prn\n'));
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.is(lint.status, 0, lint.stderr);
  const messages = (JSON.parse(lint.stdout) as JsonResult[]).flatMap((f) =>
    f.messages.map((m) => `${f.filePath} ${m.line}:${m.column} ${m.severity} ${m.message} ${m.ruleId}`),
  );
  assert.equal(messages, [
    "posts/2024-05-01-con.md 1:1 1 Unexpected slug `con`: Windows keeps the name `con` for a device, so the post's folder cannot be checked out or served there. Choose another slug, e.g. `slug: con-post`. frontmatter/slug",
    "posts/2024-05-01-printers.md 6:7 1 Unexpected slug `prn`: Windows keeps the name `prn` for a device, so the post's folder cannot be checked out or served there. Choose another slug, e.g. `slug: printers-we-trust`. frontmatter/slug",
  ]);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(build.stdout + build.stderr, /; 2 warnings, run `blog lint`/);
  const stylish = runBlog(['build', '--format', 'stylish'], { cwd: blog });
  assert.match(stylish.stdout, /1:1 +warning +Unexpected slug `con`: Windows keeps the name `con`/);
});

test('usage errors and a bad config exit 2 with nothing on stdout', () => {
  const blog = copyFixture('lint-clean');
  const cases: [string[], RegExp][] = [
    [['lint', '--format', 'xml'], /argument 'xml' is invalid/],
    [
      ['lint', '--rule', 'body/no-h=off'],
      /Unknown rule `body\/no-h` in --rule\.\n {2}Did you mean `body\/no-h1`\?/,
    ],
    [['lint', '--rule', 'body/no-h1'], /expected `rule-id=off\|warn\|error`/],
    [['lint', '--rule', 'frontmatter/date=off'], /cannot be turned off/],
    [['lint', '--max-warnings', 'some'], /expected a whole number/],
    [['lint', 'posts/nope.md'], /No such file or folder `posts\/nope\.md`/],
  ];
  for (const [args, message] of cases) {
    const r = runBlog(args, { cwd: blog });
    assert.is(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.is(r.stdout, '');
  }
  writeFileSync(join(blog, 'blog.config.json'), '{ "lint": { "rules": { "body/no-hl": "off" } } }');
  const unknown = runBlog(['lint'], { cwd: blog });
  assert.is(unknown.status, 2);
  assert.match(
    unknown.stderr,
    // Checked with the config (so `blog build` says the same), at the key's line and column.
    /1:\d+\s+error\s+Invalid `lint\.rules\.body\/no-hl`: Unknown rule `body\/no-hl`\. Did you mean `body\/no-h1`\?/,
  );
  writeFileSync(join(blog, 'blog.config.json'), '{ "lint": { "rules": { "body/no-h1": "loud" } } }');
  const bad = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.is(bad.status, 2);
  assert.is(bad.stdout, '');
  assert.match(bad.stderr, /lint\.rules\.body\/no-h1/);
});

test('a link written without its scheme is reported with the address it was meant to be', () => {
  const blog = copyFixture('lint-clean');
  writeFileSync(
    join(blog, 'posts/2024-02-01-schemeless.md'),
    '---\ntitle: Schemeless links\ndate: 2024-02-01\ntags: [Backup]\ndescription: Links written without https:// or mailto:, as artsy.github.io has one.\n---\nSee [GraphQL](www.graphql.org) or [write](jobs@example.com).\n',
  );
  const r = runBlog(['lint', 'posts/2024-02-01-schemeless.md'], { cwd: blog });
  assert.is(r.status, 1, r.stderr);
  assert.match(
    r.stdout,
    /^ {2}7:15 +error +Unexpected link to `www\.graphql\.org`, no such file beside the post\. Did you mean `https:\/\/www\.graphql\.org`\? +body\/broken-link$/m,
  );
  assert.match(
    r.stdout,
    /^ {2}7:43 +error +Unexpected link to `jobs@example\.com`, no such file beside the post\. Did you mean `mailto:jobs@example\.com`\? +body\/broken-link$/m,
  );
});

test('a footnote without a definition, and one nothing refers to, are warnings at their line in lint and build; code is not looked in', () => {
  const blog = copyFixture('lint-clean', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'posts/2024-03-09-notes.md'),
    '---\ntitle: Notes\ndate: 2024-03-09\ntags: [a]\ndescription: A description long enough that no search engine would cut it short.\n---\ntext[^2] and `code[^3]`.\n\n[^1]: The note.\n',
  );
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 0, lint.stderr);
  const lines = lint.stdout.split('\n').filter((l) => l.includes('body/footnote'));
  assert.is(lines.length, 2, lint.stdout);
  assert.match(
    lines[0]!,
    /^ {2}7:5 +warning +Unexpected footnote `\[\^2\]` without a definition, the page shows it as text\. Did you mean `\[\^1\]`\? +body\/footnote$/,
  );
  assert.match(
    lines[1]!,
    /^ {2}9:1 +warning +Unexpected footnote definition `\[\^1\]` that nothing refers to, it is left off the page\. Refer to it with `\[\^1\]` where the note belongs, or remove it\. +body\/footnote$/,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(build.stdout + build.stderr, /2 warnings, run `blog lint`/);
  assert.match(read(blog, 'dist/posts/notes/index.html'), /text\[\^2\] and <code>code\[\^3\]<\/code>/);
});

test('a remote image without a size is a lint warning saying how to give one; the build keeps the size written', () => {
  const blog = copyFixture('lint-clean', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'posts/2024-03-09-remote.md'),
    '---\ntitle: Remote\ndate: 2024-03-09\ntags: [a]\ndescription: A description long enough that no search engine would cut it short.\n---\n![A chart](https://example.com/a.png)\n\n<img src="https://example.com/b.png" alt="B" width="800" height="450">\n',
  );
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.is(lint.status, 0, lint.stderr);
  const results = JSON.parse(lint.stdout) as JsonResult[];
  const messages = results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'body/remote-image-size');
  assert.equal(
    messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.message}`),
    [
      '7:1 1 Unexpected remote image `https://example.com/a.png` without a size, the page jumps when it loads. Markdown cannot give an image a size: write it as `<img src="https://example.com/a.png" alt="A chart" width="800" height="450">` with its size in pixels, or copy the file into the blog (the build reads a local image’s size).',
    ],
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/posts/remote/index.html'),
    '<img src="https://example.com/b.png" alt="B" width="800" height="450"',
  );
});

// `date: 2024-03-31 02:30` in Europe/Berlin (clocks go 02:00 → 03:00) was published at 03:30 without a word.
test('a post time the time zone skips: a warning at the date, saying what it was read as; the build goes on', () => {
  const blog = copyFixture('starter', { ...WITHOUT_EXTRAS, timeZone: 'Europe/Berlin' });
  writeFileSync(
    join(blog, 'posts/gap.md'),
    '---\ntitle: Gap\ndate: 2024-03-31 02:30\ntags: [x]\ndescription: A post dated in the hour that Berlin skips in spring.\n---\n\nHello.\n',
  );
  const r = runBlog(['lint', 'posts/gap.md'], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    /^posts\/gap\.md\n {2}3:7 +warning +Unexpected `date` time 02:30 on 2024-03-31: Europe\/Berlin has no such time \(its clocks skip it when daylight saving time starts\), so it was read as 03:30\+02:00\. Write the time meant, e\.g\. `2024-03-31 03:30`, or give the offset, e\.g\. `2024-03-31 02:30 \+01:00`\. +frontmatter\/date$/m,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/posts/gap/index.html'), /<time datetime="2024-03-31T03:30:00\+02:00"/);
});

test.run();
