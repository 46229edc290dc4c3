/**
 * @fileoverview Images a Hugo post shows by their published path, as the Kubernetes contributor site writes
 * them: a bundle's own file through the post's old URL becomes its name beside the new `index.md`, and a file
 * of a section folder that is no bundle comes along into `static/` at that path; the first build finds both.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';

test('hugo, as on kubernetes/contributor-site: images by their published paths are found', () => {
  const source = sourceSite({
    'hugo.yaml':
      "baseURL: https://www.kubernetes.dev/\ncontentDir: content/en\npermalinks:\n  blog: '/:section/:year/:month/:day/:slug/'\n",
    'content/en/blog/_index.md': '---\ntitle: Blog\n---\n',
    // A bundle whose body shows its files by the page's own URL.
    'content/en/blog/2023/2023-03-01-introducing-kwok/index.md':
      '---\ntitle: Introducing KWOK\ndate: 2023-03-01\nslug: introducing-kwok\n---\n![KWOK logo](/blog/2023/03/01/introducing-kwok/kwok.svg)\n\n<img src="/blog/2023/03/01/introducing-kwok/kwok.svg" alt="again">\n',
    'content/en/blog/2023/2023-03-01-introducing-kwok/kwok.svg': SVG,
    // A folder that is no bundle: the post is one page, its pictures the section's files at their path.
    'content/en/blog/2021/improve-with-mermaid-diagrams/mermaid-diagrams.md':
      '---\ntitle: Mermaid\ndate: 2021-12-01\n---\n![Outline](/blog/2021/improve-with-mermaid-diagrams/outline.svg)\n',
    'content/en/blog/2021/improve-with-mermaid-diagrams/outline.svg': SVG,
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    "6: `/blog/2023/03/01/introducing-kwok/kwok.svg` → `kwok.svg` (a file of the post's bundle, beside it now)",
  );
  assert.not.match(r.stdout, 'not found in the source site');
  const kwok = read(blog, 'posts/2023-03-01-introducing-kwok/index.md');
  assert.match(kwok, '![KWOK logo](kwok.svg)\n\n<img src="kwok.svg" alt="again">\n');
  assert.ok(existsSync(join(blog, 'posts/2023-03-01-introducing-kwok/kwok.svg')));
  assert.match(
    read(blog, 'posts/2021-12-01-mermaid-diagrams.md'),
    '(/blog/2021/improve-with-mermaid-diagrams/outline.svg)',
  );
  assert.ok(existsSync(join(blog, 'static/blog/2021/improve-with-mermaid-diagrams/outline.svg')));
  const build = runBlog(['build', '--strict'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
});

test.run();
