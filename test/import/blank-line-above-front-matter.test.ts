/**
 * @fileoverview A post whose file starts with a blank line, then its `---` front-matter (7 of the 16 posts of
 * jointlike.github.io, a Hexo blog in Chinese). Hexo read the block past the blank line; the import read it as
 * the body: each post was titled from its file name (`Ceph cmd`), dated the day of the import, its tags lost,
 * and its front-matter shown as text at the top of the page.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

const POST = [
  '',
  '---',
  'title: ceph 概念命令',
  'date: 2018-05-24 14:50:25',
  'categories: 大数据&区块链&分布式存储系统',
  "tags: ['分布式存储','ceph']",
  '---',
  '',
  '结合网络、官网整理ceph维护管理常用命令。',
  '',
  '{% codeblock lang:sh %}',
  'ceph -s',
  '{% endcodeblock %}',
  '',
].join('\n');

for (const [name, eol] of [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const)
  test(`hexo: a blank line above the front-matter's \`---\` (${name}) leaves title, date and tags as they were`, () => {
    const source = sourceSite({
      '_config.yml': 'title: jointlike\ntimezone: Asia/Shanghai\n',
      'source/_posts/ceph_cmd.md': POST.replace(/\n/g, eol),
    });
    const blog = emptyBlog({ timeZone: 'Asia/Shanghai' });
    const r = runBlog(['import', 'hexo', source], { cwd: blog });
    assert.is(r.status, 0, r.stdout + r.stderr);
    const text = read(blog, 'posts/2018-05-24-ceph_cmd.md');
    assert.match(text, /^---\ntitle: ceph 概念命令\ndate: 2018-05-24 14:50:25\ntags:\n/);
    assert.match(text, '  - 分布式存储\n  - ceph\n  - 大数据&区块链&分布式存储系统\n');
    assert.match(text, '---\n\n结合网络、官网整理ceph维护管理常用命令。\n\n```sh\nceph -s\n```\n');
    assert.match(
      r.stdout,
      '1: removed the blank line above the opening `---`, so that the front-matter is read as one',
    );
    // The code block's change is placed at its line in the source, counting the blank line.
    assert.match(r.stdout, '11: `{% codeblock lang:sh %}` → fenced code block');
    assert.not.match(r.stdout, 'no `title`');
    const lint = runBlog(['lint'], { cwd: blog });
    assert.is(lint.status, 0, lint.stdout + lint.stderr);
  });

test.run();
