/** `toPosix`: a path below the blog as diagnostics print it; the fast path agrees with resolving both names. */
import { relative, sep } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toPosix } from '../../src/content/load.ts';

const cases: [root: string, path: string, expected: string][] = [
  ['/blog', '/blog/posts/a.md', 'posts/a.md'],
  ['/blog/', '/blog/posts/a.md', 'posts/a.md'],
  ['/blog', '/blog/posts/b/index.md', 'posts/b/index.md'],
  ['/blog', '/blog/posts/../x.md', 'x.md'],
  ['/blog', '/blog/posts/./c.md', 'posts/c.md'],
  ['/blog', '/blog//posts/d.md', 'posts/d.md'],
  ['/blog', '/blog2/e.md', '../blog2/e.md'],
  ['/blog', '/elsewhere/f.md', '../elsewhere/f.md'],
  ['/blog/x/..', '/blog/g.md', 'g.md'],
];
for (const [root, path, expected] of cases)
  test(`toPosix(${root}, ${path}) is ${expected}`, () => {
    assert.is(toPosix(root, path), expected);
    assert.is(toPosix(root, path), relative(root, path).split(sep).join('/'));
  });

test.run();
