import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile())
      out[relative(dir, join(e.parentPath, e.name))] = readFileSync(join(e.parentPath, e.name), 'latin1');
  return out;
}

test('Markdown rendered on a worker thread gives the same site as on the main thread', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const here = runBlog(['build', '--no-cache', '--drafts', '--out', 'here'], {
    cwd: blog,
    env: { BLOG_RENDER_WORKERS: '0' },
  });
  assert.is(here.status, 0, here.stderr);
  // With a cache, so the links the worker resolved are recorded and checked on the next build.
  const pooled = runBlog(['build', '--drafts', '--out', 'pooled'], {
    cwd: blog,
    env: { BLOG_RENDER_WORKERS: '1' },
  });
  assert.is(pooled.status, 0, pooled.stderr);
  assert.equal(snapshot(join(blog, 'pooled')), snapshot(join(blog, 'here')));
  const again = runBlog(['build', '--drafts', '--out', 'pooled'], {
    cwd: blog,
    env: { BLOG_RENDER_WORKERS: '0' },
  });
  assert.is(again.status, 0, again.stderr);
  assert.equal(snapshot(join(blog, 'pooled')), snapshot(join(blog, 'here')));
});

test.run();
