/**
 * @fileoverview Hexo fills a permalink token it does not know from the post's front-matter, then from
 * `permalink_defaults` (hexo lib/plugins/filter/post_permalink.ts): hexo-abbrlink's `posts/:abbrlink/`, as
 * jerryc127/butterfly.js.org has, gives each post its old URL, and a link to it is no broken link.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('hexo, as on butterfly.js.org: `:abbrlink` from the front-matter, `:lang` from permalink_defaults', () => {
  const source = sourceSite({
    '_config.yml':
      'title: Butterfly\npermalink: :lang/posts/:abbrlink/\npermalink_defaults:\n  lang: zh\nabbrlink:\n  alg: crc32\n  rep: hex\n',
    'source/_posts/Butterfly-文檔-四-標簽外掛.md':
      '---\ntitle: Butterfly 文檔(四) 標簽外掛\ndate: 2020-05-28 10:00:00\nabbrlink: ceeb73f\n---\nSee [gallery](/zh/posts/ceeb73f/#Gallery).\n',
    'source/_posts/en.md':
      '---\ntitle: English\ndate: 2020-05-29 10:00:00\nabbrlink: 21cfbf15\nlang: en\n---\nBody.\n',
    'source/_posts/no-abbrlink.md': '---\ntitle: None\ndate: 2020-05-30 10:00:00\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hexo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    read(blog, 'posts/2020-05-28-Butterfly-文檔-四-標簽外掛.md'),
    '\naliases:\n  - /zh/posts/ceeb73f/\n',
  );
  assert.match(read(blog, 'posts/2020-05-29-en.md'), '\naliases:\n  - /en/posts/21cfbf15/\n');
  assert.match(
    r.stdout,
    'old URL not worked out: the old permalink pattern `:lang/posts/:abbrlink/` uses `:abbrlink`',
  );
  const lint = runBlog(['lint', 'posts/2020-05-28-Butterfly-文檔-四-標簽外掛.md'], { cwd: blog });
  assert.not.match(lint.stdout, 'body/broken-link');
});

test.run();
