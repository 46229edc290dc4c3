/**
 * @fileoverview `blog import jekyll ../old-site ../new-blog`, as a new user first types it ("from old, into
 * new"), said only "too many arguments for 'import'. Expected 2 arguments but got 3.": where an import writes,
 * and how to start the blog it writes into, are said beside it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, tempDir } from '../helpers/cli.ts';

test('import with a third folder: exit 2, the error, and where an import writes', () => {
  const cwd = tempDir('blog-import-usage-');
  const r = runBlog(['import', 'jekyll', '../old-site', '../new-blog'], { cwd });
  assert.is(r.status, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, "error: too many arguments for 'import'. Expected 2 arguments but got 3.");
  assert.match(
    r.stderr,
    '(`blog import` writes into the blog in this folder, or the one `-C <dir>` names: to start one, run `blog init new-blog`, then `cd new-blog && blog import <kind> ../old-site`)',
  );
  // Other commands keep the general pointer.
  assert.match(runBlog(['build', 'a', 'b'], { cwd }).stderr, '(run `blog --help` for usage)');
});

test.run();
