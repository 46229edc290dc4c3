/**
 * @fileoverview A post whose `date:` is there but empty (vijayanant.github.io's drafts: `date: ` under the title)
 * gets the file's modification day, as a post without the key does, so the first build does not stop on it.
 */
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('hugo: `date:` left empty → the file’s modification day, noted for a person; lint and build pass', () => {
  const source = sourceSite({
    'hugo.toml': 'title = "A Blog"\n',
    'content/posts/why-complex/index.md':
      '---\ntitle: "Why Is All Software Complex"\ndate: \ndraft: true\n---\nWhat makes software complex?\n',
    'content/posts/quoted.md': '---\ntitle: Quoted\ndate: ""\n---\nBody.\n',
  });
  const day = new Date('2024-06-15T12:00:00Z');
  utimesSync(join(source, 'content/posts/why-complex/index.md'), day, day);
  utimesSync(join(source, 'content/posts/quoted.md'), day, day);
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, "3: no date: used the file's modification day 2024-06-15; check it");
  assert.not.match(r.stdout, 'Missing `date`');
  assert.match(read(blog, 'posts/2024-06-15-why-complex/index.md'), '\ndate: 2024-06-15\n');
  assert.match(read(blog, 'posts/2024-06-15-quoted.md'), '\ndate: "2024-06-15"\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
});

test.run();
