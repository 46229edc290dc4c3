/**
 * @fileoverview Hexo's `:hash` permalink token (`permalink: :year/:month/:day/:hash/`, moeyua.github.io): each
 * post's old URL is worked out and kept in `aliases`, as that site's published gh-pages branch has it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('hexo `:hash`: the old URL is kept, the date read in the old site’s `timezone`', () => {
  const source = sourceSite({
    '_config.yml': 'title: Moeyua\ntimezone: Asia/Shanghai\npermalink: :year/:month/:day/:hash/\n',
    'source/_posts/读书的意义.md':
      '---\ntitle: 读书的意义\ntags:\n  - \ndate: 2023-04-26 22:07:50\ncategories: 随便写点\n---\nSee [hello](/2021/12/31/72ee308fd988/).\n',
    'source/_posts/Hello 2022.md':
      '---\ntitle:  Hello 2022\ndate: 2021-12-31 14:28:09 \ncategories: 随便写点\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.not.match(r.stdout, 'not worked out');
  assert.match(read(blog, 'posts/2023-04-26-读书的意义.md'), '\naliases:\n  - /2023/04/26/9c6f6a605241/\n');
  assert.match(read(blog, 'posts/2021-12-31-Hello 2022.md'), '\naliases:\n  - /2021/12/31/72ee308fd988/\n');
  const lint = runBlog(['lint', 'posts/2023-04-26-读书的意义.md'], { cwd: blog });
  assert.not.match(lint.stdout, 'body/broken-link');
});

test('hexo `:hash` without a date: left for a person, as before', () => {
  const source = sourceSite({
    '_config.yml': 'title: X\npermalink: :year/:month/:day/:hash/\n',
    'source/_posts/2020-01-01-x.md': '---\ntitle: X\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    'old URL not worked out: the old permalink pattern `:year/:month/:day/:hash/` uses `:hash`',
  );
});

test.run();
