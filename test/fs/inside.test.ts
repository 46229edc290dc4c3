/** @fileoverview The one inside-folder check: by name, through links, and for output paths from plans and manifests. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isInside, isReallyInside, pathInside } from '../../src/fs/inside.ts';
import { tempDir } from '../helpers/cli.ts';
import { seededRandom } from '../helpers/random.ts';

const byName: [string, string, boolean][] = [
  ['/blog/dist', '/blog/dist', true],
  ['/blog/dist', '/blog/dist/a/b.html', true],
  ['/blog/dist', '/blog/dist/..b', true],
  ['/blog/dist/', '/blog/dist/x', true],
  ['/blog/dist', '/blog/dist2', false],
  ['/blog/dist', '/blog/dist2/x', false],
  ['/blog/dist', '/blog', false],
  ['/blog/dist', '/blog/dist/../posts/x.md', false],
  ['/blog/dist', '/etc/passwd', false],
  ['blog/dist', 'blog/dist/x', true],
];
for (const [folder, path, expected] of byName)
  test(`isInside(${folder}, ${path}) is ${expected}`, () => {
    assert.is(isInside(folder, path), expected);
  });

const outputs: [string, string | undefined][] = [
  ['index.html', '/out/dist/index.html'],
  ['posts/x/index.html', '/out/dist/posts/x/index.html'],
  ['a/..b/c', '/out/dist/a/..b/c'],
  ['', undefined],
  ['.', undefined],
  ['./', undefined],
  ['..', undefined],
  ['../posts/x.md', undefined],
  ['a/../../x', undefined],
  ['a/../b', undefined],
  ['../dist2/x', undefined],
  ['/etc/passwd', undefined],
  ['a\\..\\..\\x', undefined],
  ['a\0b', undefined],
];
for (const [outputPath, expected] of outputs)
  test(`pathInside(/out/dist, ${JSON.stringify(outputPath)}) is ${expected}`, () => {
    assert.is(pathInside('/out/dist', outputPath), expected);
  });

const moreOutputs: [string, string, string | undefined][] = [
  ['/out/dist', 'a/./b', '/out/dist/a/b'],
  ['/out/dist', 'a/.', '/out/dist/a'],
  ['/out/dist', '.. /x', '/out/dist/.. /x'],
  ['/out/dist', 'x/..', undefined],
  ['/out/dist/', 'index.html', '/out/dist/index.html'],
  ['/out/dist/', './', undefined],
  ['dist', 'posts/x.html', 'dist/posts/x.html'],
  ['dist', '.', undefined],
  ['/out/dist2', 'x', '/out/dist2/x'],
  ['/', 'x', '/x'],
  ['/', '.', undefined],
];
for (const [outDir, outputPath, expected] of moreOutputs)
  test(`pathInside(${outDir}, ${JSON.stringify(outputPath)}) is ${expected}`, () => {
    assert.is(pathInside(outDir, outputPath), expected);
    // Whatever it accepts is inside by the resolving check too.
    if (expected !== undefined) assert.ok(isInside(outDir, expected) && expected !== join(outDir, '.'));
  });

test('pathInside agrees with resolving both names, on 20,000 random paths', () => {
  // The reference: the path joined, then compared by `path.relative` (what `isInside` does).
  const reference = (outDir: string, p: string) => {
    if (p === '' || p.includes('\0') || p.includes('\\') || isAbsolute(p) || p.split('/').includes('..'))
      return undefined;
    const path = join(outDir, p);
    return relative(outDir, path) !== '' && isInside(outDir, path) ? path : undefined;
  };
  const random = seededRandom(16);
  const parts = ['a', 'b c', '.', '..', '...', '/', '//', '\\', '\0', 'x.html', '..a', 'a..'];
  for (let i = 0; i < 20_000; i++) {
    const length = 1 + Math.floor(random() * 6);
    const p = Array.from({ length }, () => parts[Math.floor(random() * parts.length)]).join('');
    for (const outDir of ['/out/dist', '/out/dist/', 'dist'])
      assert.is(pathInside(outDir, p), reference(outDir, p), `${outDir} + ${JSON.stringify(p)}`);
  }
});

test('pathInside refuses what is not a string (a manifest is data from outside)', () => {
  assert.is(pathInside('/out/dist', 42 as unknown as string), undefined);
});

test('isReallyInside follows links: a link in the folder that leads out is not inside; a missing path is not', () => {
  const base = tempDir('blog-inside-');
  mkdirSync(join(base, 'blog/static'), { recursive: true });
  mkdirSync(join(base, 'blog2'));
  writeFileSync(join(base, 'blog/static/a.png'), 'x');
  writeFileSync(join(base, 'blog2/secret.png'), 'x');
  symlinkSync(join(base, 'blog2/secret.png'), join(base, 'blog/static/link.png'));
  symlinkSync(join(base, 'blog/static/a.png'), join(base, 'blog2/in.png'));
  const blog = join(base, 'blog');
  assert.ok(isReallyInside(blog, join(blog, 'static/a.png')));
  assert.ok(isInside(blog, join(blog, 'static/link.png')));
  assert.not.ok(isReallyInside(blog, join(blog, 'static/link.png')));
  assert.not.ok(isReallyInside(blog, join(blog, 'static/gone.png')));
  assert.not.ok(isReallyInside(blog, join(base, 'blog2/secret.png')));
  // A link outside that leads in is inside (what counts is where the file really is).
  assert.ok(isReallyInside(blog, join(base, 'blog2/in.png')));
});

test.run();
