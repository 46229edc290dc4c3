/**
 * @fileoverview Hugo's front-matter `params:` table (Hugo 0.123+; every post on linkerd.io keeps its author
 * there): its keys move to the top, where the blog reads them, so the post keeps its author.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('hugo, as on linkerd.io: `params: { author, showCover }` → top-level keys; one the top has stays', () => {
  const source = sourceSite({
    'hugo.toml': 'baseURL = "https://linkerd.io/"\n',
    'content/blog/2019/0524-smi/index.md':
      '---\ndate: 2019-05-24T00:00:00Z\ntitle: Linkerd and SMI\nkeywords: [community, linkerd]\nparams:\n  author: william\n  showCover: true\n---\nBody.\n',
    'content/blog/2019/0601-both/index.md':
      '---\ndate: 2019-06-01T00:00:00Z\ntitle: Both\nauthor: alex\nparams:\n  author: william\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    "5: `params.author`, `params.showCover` → `author`, `showCover` (Hugo reads a page's params from either place)",
  );
  const smi = read(blog, 'posts/2019-05-24-0524-smi/index.md');
  assert.match(smi, '\nauthor: william\nshowCover: true\n');
  assert.not.match(smi, 'params');
  assert.match(
    read(blog, 'posts/2019-06-01-0601-both/index.md'),
    '\nauthor: alex\nparams:\n  author: william\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
});

test.run();
