import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, FIXTURES, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, markdownUnder, writePost } from '../helpers/fresh-blog.ts';

const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

test('a CRLF checkout (core.autocrlf) of the starter blog lints clean and builds; `blog new` writes CRLF that builds', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  for (const file of [...markdownUnder(join(blog, 'posts')), ...markdownUnder(join(blog, 'templates'))])
    writeFileSync(file, toCrlf(readFileSync(file, 'utf8')));
  // The shapes: a quoted last value and a flow list, with the last line's `\r`.
  writePost(
    blog,
    '2025-01-05-windows.md',
    toCrlf(
      '---\ntitle: "Windows"\ndate: 2025-01-05\ndescription: "Written on a Windows machine with autocrlf, the way many are."\ntags: [Backup, Security]\ndraft: false\n---\nBody.\n',
    ),
  );
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 0, lint.stdout + lint.stderr);
  const made = runBlog(['new', 'From Windows', '--tags', 'Backup', '--no-draft', '--yes'], { cwd: blog });
  assert.is(made.status, 0, made.stderr);
  const path = made.stdout.trim().split('\n').at(-1)!;
  const text = read(blog, path);
  assert.ok(text.includes('\r\n'), 'the new post keeps the template line ends');
  assert.not.match(text, /[^\r]\n/, 'no bare LF in a CRLF post');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  assert.ok(readdirSync(join(blog, 'dist', 'posts')).includes('windows'));
  assert.ok(readdirSync(join(blog, 'dist', 'posts')).includes('from-windows'));
  const page = read(blog, 'dist/posts/windows/index.html');
  assert.match(page, /Windows/);
});

test('a date written `2020/12/21`, as react.dev writes them, builds; lint warns at it and --fix writes 2020-12-21', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  const path = writePost(
    blog,
    'react-19.md',
    '---\ntitle: "React v19"\nauthor: The React Team\ndate: 2020/12/21\ndescription: React 19 is now available on npm, with an overview of the new features.\n---\nBody.\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/posts/react-19/index.html'), '<time datetime="2020-12-21T00:00:00');
  const lint = runBlog(['lint', 'posts/react-19.md'], { cwd: blog });
  assert.match(
    lint.stdout,
    /4:7 +warning +Unexpected date `2020\/12\/21`, expected `2020-12-21` +frontmatter\/date/,
  );
  const fix = runBlog(['lint', '--fix', 'posts/react-19.md'], { cwd: blog });
  assert.ok(fix.status === 0 || fix.status === 1, fix.stderr);
  assert.match(readFileSync(path, 'utf8'), /\ndate: 2020-12-21\n/);
});

test('a YAML merge key (`<<: *defaults`), as Jekyll and Hugo read it, gives the post its title and date', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    'merged.md',
    '---\ndefaults: &defaults\n  title: Merged Title\n  date: 2024-01-01\n<<: *defaults\ndescription: A post whose title and date come from a map merged into its front-matter.\n---\nBody.\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  // Before: "Missing `title`" and "Missing `date`", and no page.
  assert.match(read(blog, 'dist/posts/merged/index.html'), '<title>Merged Title');
  const lint = runBlog(['lint', 'posts/merged.md'], { cwd: blog });
  assert.not.match(lint.stdout, 'frontmatter/title');
});

test('a merge key of a scalar (`<<: hello`) is an error at its own line and column, with or without an anchor beside it', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '2024-03-01-plain.md', '---\ntitle: Plain\ndate: 2024-03-01\n\n<<: hello\n---\nBody.\n');
  writePost(
    blog,
    '2024-03-02-anchored.md',
    '---\ntitle: Anchored\ndate: 2024-03-02\nbase: &b\n  description: x\nnested:\n  a: 1\n  <<: [*b, 2]\n---\nBody.\n',
  );
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1);
  // Before: the first was "Unexpected key `<<`" at 2:1 (a warning), the second "Invalid YAML" at 2:1.
  const merge = / +error +Invalid YAML: Merge sources must be maps or map aliases\. A merge key takes a map/;
  assert.match(lint.stdout, new RegExp(`posts/2024-03-01-plain\\.md\\n  5:1${merge.source}`));
  assert.match(lint.stdout, new RegExp(`posts/2024-03-02-anchored\\.md\\n  8:3${merge.source}`));
  assert.not.match(lint.stdout, /2:1 |Unexpected key `<<`/);
});

test('a post saved as UTF-16 or in Windows-1252 is named for its encoding, not read as a post without a title', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  const text = '---\ntitle: Notepad post\ndate: 2024-01-01\n---\n\nSaved as Unicode in Notepad.\n';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  writeFileSync(join(blog, 'posts/2024-01-01-notepad.md'), utf16);
  const lint = runBlog(['lint', 'posts/2024-01-01-notepad.md'], { cwd: blog });
  assert.is(lint.status, 1);
  assert.match(lint.stdout, /1:1 +error +Unexpected UTF-16 text, expected UTF-8.*content\/encoding/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(build.stderr, 'Unexpected UTF-16 text');

  writeFileSync(join(blog, 'posts/2024-01-01-notepad.md'), text);
  // `é` in Windows-1252 is one byte that UTF-8 cannot read; a `�` written on purpose is fine.
  writeFileSync(
    join(blog, 'posts/2024-01-02-latin1.md'),
    Buffer.from('---\ntitle: Caf\xe9\ndate: 2024-01-02\n---\n\nNa\xefve.\n', 'latin1'),
  );
  writePost(
    blog,
    '2024-01-03-replacement.md',
    '---\ntitle: The \uFFFD sign\ndate: 2024-01-03\n---\n\nBody.\n',
  );
  const warn = runBlog(['lint', 'posts/2024-01-02-latin1.md', 'posts/2024-01-03-replacement.md'], {
    cwd: blog,
  });
  assert.match(warn.stdout, /2:11 +warning +Unexpected bytes that are not UTF-8.*content\/encoding/);
  assert.is(warn.stdout.match(/content\/encoding/g)?.length, 1);
  assert.is(runBlog(['build'], { cwd: blog }).status, 0);
});

test('a post saved as UTF-16 without a byte-order mark is named for its encoding; a stray NUL is named where it is', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  const text = '---\ntitle: PowerShell post\ndate: 2024-01-01\n---\n\nWritten by a script.\n';
  // Valid UTF-8 byte for byte (ASCII with a NUL after or before each letter): only the NULs tell.
  writeFileSync(join(blog, 'posts/2024-01-01-le.md'), Buffer.from(text, 'utf16le'));
  writeFileSync(join(blog, 'posts/2024-01-02-be.md'), Buffer.from(text, 'utf16le').swap16());
  writePost(blog, '2024-01-03-nul.md', '---\ntitle: Pasted\ndate: 2024-01-03\n---\n\nA NUL \0 here.\n');
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.is(lint.status, 1);
  const messages = Object.fromEntries(
    (
      JSON.parse(lint.stdout) as {
        filePath: string;
        messages: { ruleId: string; message: string; line: number; column: number; severity: number }[];
      }[]
    ).map((f) => [f.filePath, f.messages.filter((m) => m.ruleId === 'content/encoding')]),
  );
  for (const file of ['posts/2024-01-01-le.md', 'posts/2024-01-02-be.md']) {
    assert.equal(
      messages[file]!.map((m) => [m.line, m.column, m.severity]),
      [[1, 1, 2]],
      file,
    );
    assert.match(messages[file]![0]!.message, /^Unexpected UTF-16 text, expected UTF-8/);
  }
  assert.equal(
    messages['posts/2024-01-03-nul.md']!.map((m) => [m.line, m.column, m.severity]),
    [[6, 7, 1]],
  );
  assert.match(messages['posts/2024-01-03-nul.md']![0]!.message, /NUL/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(build.stderr, 'Unexpected UTF-16 text');
});

test('an image or other binary file saved as a post is named for what it is, not as Windows-1252 text', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'posts/2024-02-01-chart.md'),
    readFileSync(join(FIXTURES, 'images/static/images/hero.png')),
  );
  writeFileSync(join(blog, 'posts/2024-02-02-dump.md'), Buffer.from([0x41, 0x00, 0xc3, 0x28, 0x00, 0x7f]));
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1);
  assert.match(
    lint.stdout,
    /1:1 +error +Unexpected PNG image, expected Markdown text: this file is not a post/,
  );
  assert.match(lint.stdout, /Unexpected binary file \(it holds NUL bytes\), expected Markdown text/);
  assert.not.match(lint.stdout, /Windows-1252/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(build.stderr, 'Unexpected PNG image');
});

test('a tiny GIF saved as a post (14 bytes, all valid UTF-8) is named as a GIF image, and nothing else is said of it', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  // A 1×1 GIF: its bytes hold a NUL but none that is not UTF-8; the second has no NUL either.
  writeFileSync(
    join(blog, 'posts/2024-02-01-pixel.md'),
    Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
  );
  writeFileSync(
    join(blog, 'posts/2024-02-02-dot.md'),
    Buffer.from('GIF87a\x01\x01\x01\x01\x01\x01\x01;', 'latin1'),
  );
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1);
  for (const file of ['posts/2024-02-01-pixel.md', 'posts/2024-02-02-dot.md']) {
    const block = lint.stdout.split(`${file}\n`)[1]?.split('\n\n')[0] ?? '';
    assert.match(
      block,
      /^ {2}1:1 +error +Unexpected GIF image, expected Markdown text: this file is not a post/,
    );
    assert.is(block.split('\n').length, 1, block);
  }
  assert.not.match(lint.stdout, /Missing `title`|NUL character/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(build.stderr, 'Unexpected GIF image');
});

test('a byte-order mark before the front-matter is read, not shown', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-01-06-bom.md',
    '\uFEFF---\ntitle: BOM\ndate: 2025-01-06\ntags: [Backup]\n---\nBody.\n',
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(read(blog, 'dist/posts/bom/index.html'), /<h1[^>]*>BOM<\/h1>/);
});

test('lint --fix keeps a CRLF file CRLF', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  const path = writePost(
    blog,
    '2025-01-07-fix-me.md',
    toCrlf('---\ntitle: Fix me\ndate: 2025-1-7\ntags: Backup, Security\ndraft: false\n---\nBody.\n'),
  );
  const r = runBlog(['lint', '--fix'], { cwd: blog });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const text = readFileSync(path, 'utf8');
  assert.match(text, /date: 2025-01-07\r\n/);
  assert.match(text, /tags: \[ ?Backup, Security ?\]\r\n/);
  assert.not.match(text, /[^\r]\n/, 'no bare LF after the fix');
});

test('`---json` front-matter is read; invalid JSON is an error at its line', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-01-08-json.md',
    '---json\n{\n  "title": "From JSON",\n  "date": "2025-01-08",\n  "tags": ["Backup"],\n  "draft": false\n}\n---\nBody.\n',
  );
  const built = runBlog(['build'], { cwd: blog });
  assert.is(built.status, 0, built.stdout + built.stderr);
  assert.match(read(blog, 'dist/posts/json/index.html'), /From JSON/);
  writePost(blog, '2025-01-09-bad-json.md', '---json\n{\n  "title": "x",\n  date: 1\n}\n---\nBody.\n');
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1);
  assert.match(lint.stdout, /posts\/2025-01-09-bad-json\.md\n\s+4:\d+\s+error\s+Invalid JSON/);
});

test('lint --fix keeps `---json` front-matter valid JSON', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  const path = writePost(
    blog,
    '2025-01-11-json-fix.md',
    '---json\n{\n  "title": "Fix JSON",\n  "date": "2025-1-11",\n  "tags ": "Backup, Security"\n}\n---\nBody.\n',
  );
  runBlog(['lint', '--fix'], { cwd: blog });
  const text = readFileSync(path, 'utf8');
  const json = JSON.parse(text.slice(text.indexOf('\n') + 1, text.lastIndexOf('\n---'))) as Record<
    string,
    unknown
  >;
  assert.equal(json, { title: 'Fix JSON', date: '2025-01-11', tags: ['Backup', 'Security'] });
});

test('another front-matter language is refused with a clear message, never run', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '2025-01-10-coffee.md', '---coffee\ntitle: "x"\n---\nBody.\n');
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1);
  assert.match(lint.stdout, /1:4\s+error\s+Unexpected `coffee` front-matter, expected YAML or JSON/);
});

test('a Liquid `{{ x }}` left as a value is a problem at its line, with no warning from the YAML library', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-01-11-liquid.md',
    '---\ntitle: Liquid\ndate: 2025-01-11\ndescription: {{ page.excerpt }}\n---\nBody.\n',
  );
  const lint = runBlog(['lint'], { cwd: blog });
  assert.match(lint.stdout, /4:14\s+warning\s+Unexpected object for `description`, expected a string/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  for (const r of [lint, build])
    assert.not.match(r.stderr, /Warning:|Keys with collection values|--trace-warnings/);
});

test('front-matter never closed is named as such at its opener, not as YAML errors in the body', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-01-12-unclosed.md',
    '---\ntitle: Unclosed\ndate: 2025-01-12\nThe body: starts here.\n',
  );
  // Closed by YAML's document end `...` (as Jekyll reads it): read as closed since 9cd4d42, no error.
  writePost(blog, '2025-01-13-dots.md', '---\ntitle: Dots\ndate: 2025-01-13\n...\nBody.\n');
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.is(lint.status, 1);
  const results = JSON.parse(lint.stdout) as {
    filePath: string;
    messages: { line: number; column: number; message: string }[];
  }[];
  const messages = (file: string) =>
    results.find((r) => r.filePath === file)!.messages.map((m) => `${m.line}:${m.column} ${m.message}`);
  assert.equal(messages('posts/2025-01-12-unclosed.md'), [
    '1:1 Missing the closing `---` line of the front-matter opened here. Add a line of three dashes after the last key, before the body.',
  ]);
  assert.equal(messages('posts/2025-01-13-dots.md'), [
    '1:1 Missing `description`, recommended for search results and link previews',
  ]);
});

test('a post whose lines end in a lone CR is named for its line ends, not as an unknown front-matter language', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '2025-01-14-mac.md', '---\rtitle: Classic Mac\rdate: 2025-01-14\r---\rBody.\r');
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1);
  assert.match(
    lint.stdout,
    /posts\/2025-01-14-mac\.md\n {2}1:4 +error +Unexpected line ends of a lone CR \(classic Mac OS\), expected LF or CRLF/,
  );
  assert.not.match(lint.stdout, /classic mac\\u000D|front-matter, expected YAML or JSON/);
});

test('a `---json` syntax error names the post, the line and column in the file, for build and lint alike', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const post = (lines: string[]) => `---json\n{\n${lines.join('\n')}\n}\n---\nBody.\n`;
  const cases: [string, string, string][] = [
    // JSON.parse on Node 20 names no position for this one; the old report was the block's first line.
    [
      post(['  "title": "Hello",', '  "date": "2025-01-08",', '  "tags": ["a", "b",],', '  "draft": false']),
      '5:20',
      'Unexpected `,` before `]`: JSON allows no comma after the last item',
    ],
    [post(['  "title": "Hello"', '  "date": "2025-01-08"']), '4:3', 'Missing `,` before `"date"`'],
    [
      post(['  "title": "Hello",', '  // not yet: "draft": true', '  "date": "2025-01-08"']),
      '4:3',
      'Unexpected comment: JSON has no comments',
    ],
    [
      toCrlf(post(['  "title": "Hello",', '  "date": 2025-01-08'])),
      '4:11',
      'Unexpected `2025-01-08`, expected a value (`"text"`, a number, `true`, `false`, `null`, `{` or `[`)',
    ],
  ];
  for (const [text, at, message] of cases) {
    writePost(blog, '2025-01-08-json.md', text);
    for (const command of ['build', 'lint']) {
      const r = runBlog([command], { cwd: blog });
      assert.is(r.status, 1, `${command}: ${r.stdout}${r.stderr}`);
      assert.not.match(r.stdout + r.stderr, /Internal error/);
      const report = command === 'build' ? r.stderr : r.stdout;
      assert.ok(
        report.includes(
          `posts/2025-01-08-json.md\n  ${at}  error    Invalid JSON: ${message}  frontmatter/syntax\n`,
        ),
        `${command}: ${report}`,
      );
    }
  }
});

test.run();
