/**
 * markdown-it containers (`:::note` … `:::`), as v8.dev's Eleventy site wrote 26 of its 155 posts' notes and
 * tables: notes become GitHub alerts, wrappers lose their fences, and lint names any left in a post.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

const SOURCE = [
  '---',
  'title: Slack tracking',
  'date: 2020-09-24',
  '---',
  'Intro.',
  '',
  ':::note',
  '**Note:** I left out the details of the property backing store.',
  '',
  '```js',
  ':::',
  'const o = {};',
  '```',
  ':::',
  '',
  ':::table-wrapper',
  '| a | b |',
  '| --- | --- |',
  '| 1 | 2 |',
  ':::',
  '',
  '::: warning Mind the gap',
  'Hot.',
  ':::',
  '',
].join('\n');

function importV8Like(): { blog: string; stdout: string } {
  const site = tempDir('blog-eleventy-containers-');
  mkdirSync(join(site, 'src/blog'), { recursive: true });
  writeFileSync(join(site, 'src/blog/slack-tracking.md'), SOURCE);
  const blog = tempDir('blog-import-');
  mkdirSync(join(blog, 'posts'));
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify({ title: 'Imported', ...WITHOUT_EXTRAS }));
  const run = runBlog(['import', 'eleventy', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  return { blog, stdout: run.stdout };
}

test('import eleventy: a `:::note` becomes a GitHub alert (its code quoted too), a wrapper loses its fences', () => {
  const { blog, stdout } = importV8Like();
  const post = read(blog, 'posts/2020-09-24-slack-tracking.md');
  assert.match(
    post,
    '\n> [!NOTE]\n> I left out the details of the property backing store.\n>\n> ```js\n> :::\n> const o = {};\n> ```\n\n',
  );
  assert.match(post, '\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n');
  assert.match(post, '\n> [!WARNING] **Mind the gap**\n> Hot.\n');
  assert.not.match(post, /^:::/m);
  // Each change is reported on the source's own line.
  assert.match(stdout, '7: `:::note` → `> [!NOTE]` (a GitHub alert)');
  assert.match(stdout, '16: removed `:::table-wrapper`');

  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/slack-tracking/index.html');
  assert.match(
    page,
    /<div class="markdown-alert markdown-alert-note">\n<p class="markdown-alert-title">Note<\/p>/,
  );
  assert.match(page, '<div class="markdown-alert markdown-alert-warning">');
  assert.match(page, '<table>');
  assert.not.match(page, ':::table-wrapper');
  assert.not.match(page, '<strong>Note:</strong>');
  const lint = runBlog(['lint'], { cwd: blog });
  assert.not.match(lint.stdout, 'content/template-syntax');
});

test('lint names a container left in a post, with the alert to write instead, but not one shown as code', () => {
  const blog = tempDir('blog-containers-');
  mkdirSync(join(blog, 'posts'));
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify({ title: 'B', ...WITHOUT_EXTRAS }));
  writeFileSync(
    join(blog, 'posts/2024-01-01-left.md'),
    '---\ntitle: Left\ndate: 2024-01-01\n---\nIntro.\n\n:::tip\nA tip.\n:::\n\n```md\n:::danger\n```\n',
  );
  const lint = runBlog(['lint'], { cwd: blog });
  assert.match(lint.stdout, /7:1\s+warning\s+Unexpected markdown-it container `:::tip`.*> \[!NOTE\]/);
  assert.match(lint.stdout, /9:1\s+warning\s+Unexpected markdown-it container `:::`/);
  assert.not.match(lint.stdout, ':::danger');
});

test.run();
