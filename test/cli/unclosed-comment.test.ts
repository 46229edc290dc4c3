/** @fileoverview A `<!--` never closed: named at its line, instead of a page that silently ends there. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';

const HEAD = '---\ntitle: Notes\ndate: 2025-06-01\ntags: [Backup]\n---\n';

test('an unclosed comment is an error at its `<!--` in lint and build; closed, the text after it is on the page', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-06-01-notes.md',
    `${HEAD}First paragraph.\n\n<!-- a note to self\n\nSecond paragraph.\n`,
  );
  const lint = runBlog(['lint'], { cwd: blog });
  assert.is(lint.status, 1, lint.stdout + lint.stderr);
  assert.match(
    lint.stdout,
    /2025-06-01-notes\.md\n[^\n]*\n\s+8:1\s+error\s+Unexpected `<!--` that is never closed: everything after it is left off the page\..*body\/unclosed-comment/,
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1, build.stdout + build.stderr);
  assert.match(build.stdout + build.stderr, /body\/unclosed-comment/);
  assert.not.ok(existsSync(join(blog, 'dist')));

  writePost(
    blog,
    '2025-06-01-notes.md',
    `${HEAD}First paragraph.\n\n<!-- a note to self -->\n\nSecond paragraph.\n`,
  );
  const again = runBlog(['build'], { cwd: blog });
  assert.is(again.status, 0, again.stdout + again.stderr);
  assert.match(readFileSync(join(blog, 'dist/posts/notes/index.html'), 'utf8'), '<p>Second paragraph.</p>');
});

test.run();
