/**
 * @fileoverview `draft: yes` (the Kubernetes contributor site's ai-conformance-spotlight post), which Hugo's and
 * Jekyll's YAML 1.1 read as a boolean, is imported as `draft: true`, so the first build does not stop at it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('hugo: `draft: yes` → `draft: true`, `draft: off` → `draft: false`; the build succeeds', () => {
  const source = sourceSite({
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/posts/spotlight.md': '---\ntitle: Spotlight\ndate: 2024-07-09\ndraft: yes\n---\nBody.\n',
    'content/posts/done.md': '---\ntitle: Done\ndate: 2024-07-10\ndraft: off\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, '4: `draft: yes` → `draft: true`');
  assert.match(read(blog, 'posts/2024-07-09-spotlight.md'), '\ndraft: true\n');
  assert.match(read(blog, 'posts/2024-07-10-done.md'), '\ndraft: false\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  assert.match(build.stdout, 'left out 1 draft');
});

test.run();
