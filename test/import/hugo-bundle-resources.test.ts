/**
 * @fileoverview A Markdown file inside a Hugo leaf bundle (a folder with `index.md`) is one of the page's
 * resources, never a page of its own: vijayanant.github.io keeps earlier drafts (`v3_merged.md`) beside a post's
 * `index.md`. They are left out and listed, not published as posts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('hugo: `v3_merged.md` beside a bundle’s index.md is left out and named; the bundle and a lone post come in', () => {
  const source = sourceSite({
    'hugo.toml': 'title = "A Blog"\n',
    'content/posts/sync-paradox/index.md': '---\ntitle: The Sync Paradox\ndate: 2025-04-03\n---\nFinal.\n',
    'content/posts/sync-paradox/v3_merged.md': '---\ntitle: Older draft\ndate: 2025-03-01\n---\nDraft.\n',
    'content/posts/sync-paradox/notes/outline.md': '# Outline\n',
    'content/posts/sync-paradox/fork.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'content/posts/series/_index.md': '---\ntitle: A series\n---\n',
    'content/posts/series/part-1.md': '---\ntitle: Part 1\ndate: 2025-01-01\n---\nOne.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, 'Imported 2 posts');
  assert.match(
    r.stdout,
    '  content/posts/sync-paradox/v3_merged.md: a file of the page bundle `content/posts/sync-paradox/` (Hugo publishes no page for it)\n',
  );
  assert.match(r.stdout, '  content/posts/sync-paradox/notes/outline.md: a file of the page bundle');
  assert.equal(readdirSync(join(blog, 'posts')).sort(), ['2025-01-01-part-1.md', '2025-04-03-sync-paradox']);
  assert.ok(existsSync(join(blog, 'posts/2025-04-03-sync-paradox/fork.svg')));
});

test.run();
