import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';

const HEAD = (title: string, date: string) =>
  `---\ntitle: ${title}\ndate: ${date}\ntags: [Backup]\n---\nIntro.\n\n`;
const nestedList = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');

test('deep lists, a 200 KB line of `<` and a 120 KB run of `_a` are refused at their line; nothing is built', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(blog, '2025-06-01-deep.md', HEAD('Deep', '2025-06-01') + nestedList(1200));
  writePost(blog, '2025-06-02-angles.md', `${HEAD('Angles', '2025-06-02')}${'<'.repeat(200_000)}\n`);
  writePost(blog, '2025-06-03-emphasis.md', `${HEAD('Emphasis', '2025-06-03')}${'_a'.repeat(60_000)}\n`);
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1, lint.stderr);
  assert.match(
    lint.stdout,
    /2025-06-01-deep\.md\n[^\n]*\n\s+72:1\s+error\s+Unexpected list nested 65 deep, expected at most 64.*body\/markdown-limits/,
  );
  assert.match(
    lint.stdout,
    /2025-06-02-angles\.md\n[^\n]*\n\s+8:1\s+error\s+Unexpected 200000 `<` in one paragraph, expected at most 5000/,
  );
  assert.match(
    lint.stdout,
    /2025-06-03-emphasis\.md\n[^\n]*\n\s+8:1\s+error\s+Unexpected 60000 `_`\/`\*` marks in one paragraph/,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(build.stdout + build.stderr, /body\/markdown-limits/);
  assert.not.ok(existsSync(join(blog, 'dist')));
  const off = runBlog(['lint', '--rule', 'body/markdown-limits=off'], { cwd: blog });
  assert.is(off.status, 2);
});

test('the same shapes inside a fenced code block, posts just under the limits, and long lists, build', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-06-04-fenced.md',
    `${HEAD('Fenced', '2025-06-04')}\`\`\`text\n${'<'.repeat(200_000)}\n${'_a'.repeat(60_000)}\n\`\`\`\n`,
  );
  writePost(
    blog,
    '2025-06-05-under.md',
    `${HEAD('Under', '2025-06-05')}${nestedList(64)}\n\n${'_a'.repeat(500)}\n`,
  );
  // A release's change log, as on the Node.js blog: a list of 600 commits, each with its `**area**`. Each item
  // is parsed on its own, so the marks are counted per item (the list was refused as one paragraph of 2,400).
  const commits = Array.from({ length: 600 }, (_, i) => `- \\[[\`c0ffee${i}\`](/c/${i})] - **fs**: fix ${i}`);
  writePost(blog, '2025-06-06-changelog.md', `${HEAD('Changelog', '2025-06-06')}${commits.join('\n')}\n`);
  // A lazy continuation line still belongs to its item, so one item cannot hide a run of marks.
  writePost(
    blog,
    '2025-06-07-lazy.md',
    `${HEAD('Lazy', '2025-06-07')}- one\n- two\n${'_a'.repeat(600)}\n${'_a'.repeat(600)}\n`,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1, build.stdout + build.stderr);
  const said = build.stdout + build.stderr;
  assert.match(
    said,
    /2025-06-07-lazy\.md\n\s+10:1\s+error\s+Unexpected 1200 `_`\/`\*` marks in one paragraph/,
  );
  assert.not.match(said, /changelog\.md|fenced\.md|under\.md/);
  writePost(blog, '2025-06-07-lazy.md', `${HEAD('Lazy', '2025-06-07')}- one\n`);
  const again = runBlog(['build'], { cwd: blog });
  assert.is(again.status, 0, again.stdout + again.stderr);
  assert.ok(existsSync(join(blog, 'dist/posts/fenced/index.html')));
  assert.ok(existsSync(join(blog, 'dist/posts/under/index.html')));
  assert.match(
    readFileSync(join(blog, 'dist/posts/changelog/index.html'), 'utf8'),
    /<strong>fs<\/strong>: fix 599/,
  );
});

test('link reference definitions are no paragraph: otelbin.io URLs with thousands of `*` and `_` build', () => {
  // opentelemetry.io's content/en/blog/2026/devex-skyscanner: `[gateway-otelbin]:` with its 16 kB URL on the next line.
  const url = `https://www.otelbin.io/#config=connectors%3A*N__spanmetrics%3A*N____aggregation*_temporality${'*N____-_name%3A_http.status*_code'.repeat(300)}`;
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-06-08-otelbin.md',
    `${HEAD('Otelbin', '2025-06-08')}See the [gateway config][gateway-otelbin] and [the agent's][agent].\n\n[gateway-otelbin]:\n  ${url}\n[agent]: ${url}\n`,
  );
  // A definition cannot interrupt a paragraph: there it is text, and counted.
  writePost(
    blog,
    '2025-06-09-text.md',
    `${HEAD('Text', '2025-06-09')}A paragraph\n[not-a-definition]: ${'_a'.repeat(1100)}\n`,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1, build.stdout + build.stderr);
  const said = build.stdout + build.stderr;
  assert.match(
    said,
    /2025-06-09-text\.md\n\s+9:1\s+error\s+Unexpected 1100 `_`\/`\*` marks in one paragraph/,
  );
  assert.not.match(said, /otelbin\.md/);
  writePost(blog, '2025-06-09-text.md', `${HEAD('Text', '2025-06-09')}A paragraph.\n`);
  const again = runBlog(['build'], { cwd: blog });
  assert.is(again.status, 0, again.stdout + again.stderr);
  assert.match(
    readFileSync(join(blog, 'dist/posts/otelbin/index.html'), 'utf8'),
    '<a href="https://www.otelbin.io/#config=connectors%3A*N__spanmetrics',
  );
});

test('100,000 references to one footnote are refused at the line; a post of 300 cited notes builds with its links', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-06-10-cited.md',
    `${HEAD('Cited', '2025-06-10')}${'a[^1] '.repeat(100_000)}\n\n[^1]: The note.\n`,
  );
  const notes = Array.from({ length: 300 }, (_, i) => `Claim ${i}.[^n${i}]`).join('\n\n');
  const defs = Array.from({ length: 300 }, (_, i) => `[^n${i}]: Source ${i}.`).join('\n');
  writePost(blog, '2025-06-11-essay.md', `${HEAD('Essay', '2025-06-11')}${notes}\n\n${defs}\n`);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1, build.stdout + build.stderr);
  const said = build.stdout + build.stderr;
  assert.match(
    said,
    /2025-06-10-cited\.md\n\s+8:1\s+error\s+Unexpected footnote `\[\^…\]` past the 5,000th in one post/,
  );
  assert.not.match(said, /essay\.md/);
  assert.not.ok(existsSync(join(blog, 'dist')));
  writePost(
    blog,
    '2025-06-10-cited.md',
    `${HEAD('Cited', '2025-06-10')}${'a[^1] '.repeat(3)}\n\n[^1]: The note.\n`,
  );
  const again = runBlog(['build'], { cwd: blog });
  assert.is(again.status, 0, again.stdout + again.stderr);
  const essay = readFileSync(join(blog, 'dist/posts/essay/index.html'), 'utf8');
  assert.match(essay, '<li id="footnote-n299">');
  assert.match(readFileSync(join(blog, 'dist/posts/cited/index.html'), 'utf8'), 'href="#footnote-ref-1-3"');
});

test.run();
