/**
 * Notes and warnings as other generators write them become GitHub alerts: markdown-it containers (`:::note` …
 * `:::`, as v8.dev's Eleventy site wrote 26 of its 155 posts' notes and tables), Hexo's `{% note %}` and
 * kramdown's `{: .notice--warning}`; lint names a container left in a post.
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
  assert.match(page, '<table tabindex="0">');
  assert.not.match(page, ':::table-wrapper');
  assert.not.match(page, '<strong>Note:</strong>');
  const lint = runBlog(['lint'], { cwd: blog });
  assert.not.match(lint.stdout, 'content/template-syntax');
});

test("import eleventy: v8.dev's `::: figure Caption` keeps its caption under the images, as a paragraph of its own", () => {
  const site = tempDir('blog-eleventy-figure-');
  mkdirSync(join(site, 'src/blog'), { recursive: true });
  // v8.dev's src/blog/sparkplug.md: the caption was the `<figcaption>` of markdown-it-container's figure.
  writeFileSync(
    join(site, 'src/blog/sparkplug.md'),
    '---\ntitle: Sparkplug\ndate: 2021-05-27\n---\nResults.\n\n::: figure Median improvement, 10 repeats <of> bots.\n![Linux](https://example.com/a.svg) ![Mac](https://example.com/b.svg)\n:::\n\nAfter.\n',
  );
  const blog = tempDir('blog-import-');
  mkdirSync(join(blog, 'posts'));
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify({ title: 'Imported', ...WITHOUT_EXTRAS }));
  const run = runBlog(['import', 'eleventy', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  const post = read(blog, 'posts/2021-05-27-sparkplug.md');
  assert.match(
    post,
    '\n\n![Linux](https://example.com/a.svg) ![Mac](https://example.com/b.svg)\n<p><em>Median improvement, 10 repeats &lt;of&gt; bots.</em></p>\n\nAfter.\n',
  );
  assert.match(
    run.stdout,
    '7: removed `::: figure Median improvement, 10 repeats <of> bots.` (a container for the old theme; its content stays, its caption goes under it)',
  );
  assert.match(run.stdout, "9: `:::` → the figure's caption");
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/sparkplug/index.html');
  assert.match(
    page,
    /alt="Mac"[^>]*><\/p>\n<p><em>Median improvement, 10 repeats &lt;of&gt; bots\.<\/em><\/p>/,
  );
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

function importSite(kind: string, files: Record<string, string>): { blog: string; stdout: string } {
  const site = tempDir(`blog-${kind}-callouts-`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  const blog = tempDir('blog-import-');
  mkdirSync(join(blog, 'posts'));
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify({ title: 'Imported', ...WITHOUT_EXTRAS }));
  const run = runBlog(['import', kind, site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  return { blog, stdout: run.stdout };
}

test('import hexo: `{% note warning %}` becomes an alert (its codeblock too), `{% blockquote %}` a quote with its author', () => {
  const { blog, stdout } = importSite('hexo', {
    '_config.yml': 'title: Hexo\n',
    'source/_posts/notes.md': [
      '---',
      'title: Notes',
      'date: 2021-03-04 10:00:00',
      '---',
      '{% note warning %}',
      '**Warning:** back up first.',
      '{% codeblock lang:sh %}',
      'tar czf backup.tgz data/',
      '{% endcodeblock %}',
      '{% endnote %}',
      '',
      "{% note blue 'fas fa-bullhorn' simple %}",
      'Butterfly.',
      '{% endnote %}',
      '',
      '{% blockquote David Levithan, Wide Awake %}',
      'Do not just live your life.',
      '{% endblockquote %}',
      '',
    ].join('\n'),
  });
  const post = read(blog, 'posts/2021-03-04-notes.md');
  assert.match(post, '\n> [!WARNING]\n> back up first.\n> ```sh\n> tar czf backup.tgz data/\n> ```\n\n');
  assert.match(post, '\n> [!NOTE]\n> Butterfly.\n');
  assert.match(post, '\n>\n> Do not just live your life.\n> <footer>— David Levithan, Wide Awake</footer>\n');
  assert.not.match(post, '{%');
  assert.match(stdout, '5: `{% note warning %}` → `> [!WARNING]` (a GitHub alert)');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/notes/index.html');
  assert.match(page, '<div class="markdown-alert markdown-alert-warning">');
  assert.match(page, /<p>back up first.<\/p>\n<pre tabindex="0"><code class="hljs language-sh">/);
  assert.match(
    page,
    /<p>Do not just live your life.<\/p>\n<footer>— David Levithan, Wide Awake<\/footer><\/blockquote>/,
  );
});

test('import hexo: a blockquote or codeblock whose link is percent-encoded (a Chinese page) is converted too', () => {
  // As Rmtdi/RBlog quotes a Microsoft answer: the `%` of `%E5%85%B3` ended the tag for the old pattern.
  const { blog, stdout } = importSite('hexo', {
    '_config.yml': 'title: Hexo\n',
    'source/_posts/launcher.md': [
      '---',
      'title: 启动器',
      'date: 2023-02-20 10:00:00',
      '---',
      '{% blockquote 关于启动器无法下载 https://answers.example.com/zh-hans/%E5%85%B3%E4%BA%8E/1 %}',
      '参考：',
      '{% endblockquote %}',
      '',
      '{% blockquote Seth Godin https://island.example/welcome.html Welcome to Island Marketing %}',
      'Every interaction is both precious and an opportunity.',
      '{% endblockquote %}',
      '',
      '{% codeblock run.sh lang:sh https://example.com/a%20b/run.sh %}',
      'echo hi',
      '{% endcodeblock %}',
      '',
    ].join('\n'),
  });
  const post = read(blog, 'posts/2023-02-20-launcher.md');
  assert.not.match(post, '{%');
  assert.match(
    post,
    '\n>\n> 参考：\n> <footer>— 关于启动器无法下载, <cite><a href="https://answers.example.com/zh-hans/%E5%85%B3%E4%BA%8E/1">answers.example.com</a></cite></footer>\n',
  );
  assert.match(
    post,
    '> <footer>— Seth Godin, <cite><a href="https://island.example/welcome.html">Welcome to Island Marketing</a></cite></footer>\n',
  );
  assert.match(post, '\n```sh title="run.sh"\necho hi\n```\n');
  assert.not.match(stdout, 'is shown as written');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/posts/launcher/index.html'),
    '<footer>— Seth Godin, <cite><a href="https://island.example/welcome.html">Welcome to Island Marketing</a></cite></footer></blockquote>',
  );
});

test('import hexo: a codeblock\'s quoted title (3ks.dev\'s `{% codeblock "main.go" lang:go %}`) is the title without its quotes', () => {
  const { blog, stdout } = importSite('hexo', {
    '_config.yml': 'title: Hexo\n',
    'source/_posts/go.md': [
      '---',
      'title: Go',
      'date: 2020-07-14 10:00:00',
      '---',
      '{% codeblock "main.go" lang:go https://www.google.com 查看源文件 %}',
      'package main',
      '{% endcodeblock %}',
      '',
      "{% codeblock 'my file.sh' lang:sh %}",
      'echo hi',
      '{% endcodeblock %}',
      '',
    ].join('\n'),
  });
  const post = read(blog, 'posts/2020-07-14-go.md');
  assert.match(post, '\n```go title="main.go"\npackage main\n```\n');
  assert.match(post, '\n```sh title="my file.sh"\necho hi\n```\n');
  assert.match(stdout, 'fenced code block titled `main.go`');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(read(blog, 'dist/posts/go/index.html'), '<figcaption>main.go</figcaption>');
});

test('import jekyll: a paragraph with `{: .notice--warning}` under it becomes a warning alert', () => {
  const { blog } = importSite('jekyll', {
    '_config.yml': 'title: Jekyll\n',
    '_posts/2019-05-06-notice.md': [
      '---',
      'title: Notice',
      '---',
      'Intro.',
      '',
      '**Watch out!** This paragraph',
      'is a warning.',
      '{: .notice--warning}',
      '',
      'A plain one.',
      '{: .notice}',
      '',
    ].join('\n'),
  });
  const post = read(blog, 'posts/2019-05-06-notice.md');
  assert.match(post, '\n> [!WARNING] **Watch out!** This paragraph\n> is a warning.\n\n');
  assert.match(post, '\n> [!NOTE] A plain one.\n\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/notice/index.html');
  assert.match(
    page,
    /<div class="markdown-alert markdown-alert-warning">\n<p class="markdown-alert-title">Warning<\/p>\n<p> <strong>Watch out!<\/strong> This paragraph/,
  );
  assert.match(page, '<div class="markdown-alert markdown-alert-note">');
});

test('import hugo: Docsy `{{% alert %}}`, hugo-notice, LoveIt `admonition` and Kubernetes `{{< note >}}` become alerts', () => {
  const { blog, stdout } = importSite('hugo', {
    'hugo.toml': 'title = "Hugo"\n',
    'content/posts/alerts.md': [
      '---',
      'title: Alerts',
      'date: 2025-06-01',
      '---',
      '{{% alert title="Update (October 21, 2025)" color="warning" %}}',
      'We fixed two more issues.',
      '{{% /alert %}}',
      '',
      '{{< notice tip "Tip" >}}',
      'Back up first.',
      '{{< /notice >}}',
      '',
      '{{< admonition type=danger title="Hot" >}}',
      'Do not touch.',
      '{{< /admonition >}}',
      '',
      '{{< note >}}',
      'A Kubernetes note.',
      '{{< /note >}}',
      '',
      '```',
      '{{< note >}} is shown as code',
      '```',
      '',
    ].join('\n'),
  });
  const post = read(blog, 'posts/2025-06-01-alerts.md');
  assert.match(post, '\n> [!WARNING] **Update (October 21, 2025)**\n> We fixed two more issues.\n\n');
  // Its title says only what the alert's own does.
  assert.match(post, '\n> [!TIP]\n> Back up first.\n');
  assert.match(post, '\n> [!CAUTION] **Hot**\n> Do not touch.\n');
  assert.match(post, '\n> [!NOTE]\n> A Kubernetes note.\n');
  assert.match(post, '```\n{{< note >}} is shown as code\n```');
  assert.match(
    stdout,
    '5: `{{% alert title="Update (October 21, 2025)" color="warning" %}}` → `> [!WARNING]',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/alerts/index.html');
  for (const kind of ['warning', 'tip', 'caution', 'note'])
    assert.match(page, `<div class="markdown-alert markdown-alert-${kind}">`);
  const lint = runBlog(['lint'], { cwd: blog });
  assert.not.match(lint.stdout, 'content/template-syntax');
});

test.run();
