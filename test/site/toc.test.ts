/** A post's table of contents: its `##` and `###` headings, when the post's `toc` (or the config's) asks. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tocOf } from '../../src/site/plan.ts';
import { read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';

const h = (depth: number, id: string) => ({ depth, id, text: id.toUpperCase() });

test('the ### headings nest under the ## before them; #### and a lone ### before any ## stay as they fit', () => {
  const toc = tocOf([h(3, 'lead'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(3, 'a2'), h(2, 'b')], true, false);
  assert.equal(toc, [
    { id: 'lead', text: 'LEAD', children: [] },
    {
      id: 'a',
      text: 'A',
      children: [
        { id: 'a1', text: 'A1' },
        { id: 'a2', text: 'A2' },
      ],
    },
    { id: 'b', text: 'B', children: [] },
  ]);
});

test('the post decides over the config; the config shows one only from three headings, a post asking from two', () => {
  const two = [h(2, 'a'), h(2, 'b')];
  const three = [...two, h(3, 'c')];
  assert.equal(tocOf(three, undefined, false), []);
  assert.equal(tocOf(three, false, true), []);
  assert.is(tocOf(three, undefined, true).length, 2);
  assert.equal(tocOf(two, undefined, true), []);
  assert.is(tocOf(two, true, false).length, 2);
  assert.equal(tocOf([h(2, 'a')], true, false), []);
  // Not a boolean (lint warns): the config decides.
  assert.is(tocOf(three, 'yes', true).length, 2);
});

test('blog build: `toc: true` links each heading of the page, `toc: false` under a config `toc: true` shows none; lint fixes `toc: "yes"`', () => {
  const blog = freshBlog({ ...WITHOUT_EXTRAS, toc: true });
  const body = '\n## Why it matters\n\nText.\n\n### The cost\n\nText.\n\n## What to do\n\nText.\n';
  writePost(blog, '2025-01-02-with-toc.md', `---\ntitle: With a TOC\ndate: 2025-01-02\n---\nIntro.\n${body}`);
  writePost(
    blog,
    '2025-01-03-without.md',
    `---\ntitle: Without\ndate: 2025-01-03\ntoc: false\n---\nIntro.\n${body}`,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/with-toc/index.html');
  const toc = /<details class="toc" open data-pagefind-ignore>[\s\S]*?<\/details>/.exec(page)?.[0] ?? '';
  const links = [...toc.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
  assert.equal(links, [
    ['why-it-matters', 'Why it matters'],
    ['the-cost', 'The cost'],
    ['what-to-do', 'What to do'],
  ]);
  for (const [id] of links) assert.match(page, `<h${id === 'the-cost' ? 3 : 2} id="${id}">`);
  assert.not.match(read(blog, 'dist/posts/without/index.html'), 'class="toc"');

  writePost(blog, '2025-01-04-yes.md', '---\ntitle: Yes\ndate: 2025-01-04\ntoc: "yes"\n---\nIntro.\n');
  const lint = runBlog(['lint'], { cwd: blog });
  assert.match(
    lint.stdout,
    /4:6\s+warning\s+Unexpected string `yes` for `toc`, expected `true` or `false`.*frontmatter\/toc/,
  );
  assert.is(runBlog(['lint', '--fix'], { cwd: blog }).status, 0);
  assert.match(read(blog, 'posts/2025-01-04-yes.md'), '\ntoc: true\n');
});

test("import hugo: PaperMod's `ShowToc: true` becomes `toc: true`", () => {
  const site = tempDir('blog-hugo-toc-');
  mkdirSync(join(site, 'content/posts'), { recursive: true });
  writeFileSync(join(site, 'hugo.toml'), 'title = "Hugo"\n');
  writeFileSync(
    join(site, 'content/posts/long.md'),
    '---\ntitle: Long\ndate: 2024-02-03\nShowToc: true\n---\n## A\n\n## B\n',
  );
  const blog = tempDir('blog-import-');
  mkdirSync(join(blog, 'posts'));
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify({ title: 'Imported', ...WITHOUT_EXTRAS }));
  const run = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, "`ShowToc` → `toc` (the theme's switch for a table of contents)");
  assert.match(read(blog, 'posts/2024-02-03-long.md'), '\ntoc: true\n');
});

test.run();
