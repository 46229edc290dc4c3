/** Which pages Pagefind is asked to read for one part of the index: exactly that part's post pages. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { partGlob } from '../../src/build/search-index.ts';
import { searchPartCount, searchPartOf, searchPartOfFile } from '../../src/site/search-parts.ts';

test('the pages of a part, as one glob of alternatives between their shared folders and file name', () => {
  assert.equal(partGlob(['posts/a/index.html', '2020/b/index.html']), {
    glob: '{posts/a,2020/b}/index.html',
    others: [],
  });
  assert.equal(partGlob(['posts/a/index.html', 'posts/b/c/index.html']), {
    glob: 'posts/{a,b/c}/index.html',
    others: [],
  });
  // Shared letters that are not whole folders or a whole file name stay in the alternatives.
  assert.equal(partGlob(['posts/ab/index.html', 'posts/cb/index.html', 'postsx/b/index.htm']), {
    glob: '{posts/ab/index.html,posts/cb/index.html,postsx/b/index.htm}',
    others: [],
  });
  // A path that is all shared ends keeps its name: no alternative is empty.
  assert.equal(partGlob(['posts/index.html', 'posts/a/index.html']), {
    glob: 'posts/{index.html,a/index.html}',
    others: [],
  });
  assert.equal(partGlob(['posts/a/index.html']), { glob: 'posts/a/index.html', others: [] });
});

test('glob characters in a path are escaped; a path no glob can match is handed over on its own', () => {
  assert.equal(partGlob(['posts/a,b/index.html', 'posts/q[1]/index.html', 'posts/{x}*?/index.html']), {
    glob: 'posts/{a\\,b,q\\[1\\],\\{x\\}\\*\\?}/index.html',
    others: [],
  });
  assert.equal(partGlob(['[x]/a/in{dex}.html', '[x]/b/in{dex}.html']), {
    glob: '\\[x\\]/{a,b}/in\\{dex\\}.html',
    others: [],
  });
  assert.equal(partGlob(['posts/wow!/index.html', 'posts/c#/index.html', 'posts/ok/index.html']), {
    glob: 'posts/ok/index.html',
    others: ['posts/wow!/index.html', 'posts/c#/index.html'],
  });
  assert.equal(partGlob(['posts/back\\slash/index.html']), {
    glob: undefined,
    others: ['posts/back\\slash/index.html'],
  });
});

test('parts: one below 900 posts, one per 600 above or per 4.5 MB of HTML, at most 16; a page keeps its part', () => {
  // Posts of 7 KB of HTML, as the benchmark's: the count of posts decides.
  const typical = (posts: number) => searchPartCount(posts, posts * 7_000);
  assert.is(typical(0), 1);
  assert.is(typical(800), 1);
  assert.is(typical(1_000), 2);
  assert.is(typical(2_000), 3);
  assert.is(typical(6_000), 10);
  assert.is(typical(10_000), 16);
  assert.is(typical(100_000), 16);
  // Release notes of 22 KB each, as the Node.js blog's: the bytes decide.
  assert.is(searchPartCount(1_042, 23_490_311), 5);
  assert.is(searchPartCount(300, 22_000_000), 5);
  assert.is(searchPartCount(5_000, 200_000_000), 16);
  const paths = Array.from({ length: 10_000 }, (_, i) => `posts/p-${i}/index.html`);
  const sizes = new Array(10).fill(0);
  for (const path of paths) sizes[searchPartOf(path, 10)]++;
  // Spread evenly enough that no part costs twice another to index.
  assert.ok(Math.min(...sizes) > 800 && Math.max(...sizes) < 1_200, sizes.join(' '));
  assert.is(searchPartOf('posts/p-1/index.html', 10), searchPartOf('posts/p-1/index.html', 10));
  assert.is(searchPartOf('posts/p-1/index.html', 1), 0);
  assert.is(searchPartOfFile('pagefind/pagefind.js'), 0);
  assert.is(searchPartOfFile('pagefind/part-3/index/en_1.pf_index'), 2);
});

test.run();
