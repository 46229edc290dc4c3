/** @fileoverview The one reference resolver: each form a writer uses, and where it lands (or why it does not). */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type ReferenceKind, resolveReference } from '../../src/content/resolve-reference.ts';
import { tempDir } from '../helpers/cli.ts';

const base = tempDir('blog-resolve-');
const root = join(base, 'blog');
const files = [
  'posts/2024-01-01-flat.md',
  'posts/pic.png',
  'posts/2024-01-02-bundle/index.md',
  'posts/2024-01-02-bundle/chart.png',
  'posts/2024-01-02-bundle/my chart.png',
  'static/logo.svg',
  'static/images/cover.png',
  'static/images/sub/deep.png',
  'static/docs/guide.pdf',
  'notes/beside-root.png',
];
for (const file of files) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), 'x');
}
mkdirSync(join(base, 'outside'));
writeFileSync(join(base, 'outside/secret.png'), 'x');
writeFileSync(join(base, 'blog-other.png'), 'x');
symlinkSync(join(base, 'outside/secret.png'), join(root, 'static/linked.png'));
symlinkSync(join(base, 'outside'), join(root, 'posts/2024-01-02-bundle/out'));
mkdirSync(join(root, 'static/folder.png'));

const flat = join(root, 'posts');
const bundle = join(root, 'posts/2024-01-02-bundle');

/** `[reference, from, kind, basePath, expected]`; expected is the blog file, or `remote`, `outside`, `missing <first place>`. */
const cases: [string, string, ReferenceKind, string, string][] = [
  // Relative: beside the post first.
  ['pic.png', flat, 'image', '/', 'posts/pic.png'],
  ['./pic.png', flat, 'image', '/', 'posts/pic.png'],
  ['chart.png', bundle, 'image', '/', 'posts/2024-01-02-bundle/chart.png'],
  ['../pic.png', bundle, 'image', '/', 'posts/pic.png'],
  // Percent-encoded, with a query or a hash, surrounding space.
  ['my%20chart.png', bundle, 'image', '/', 'posts/2024-01-02-bundle/my chart.png'],
  ['chart.png?v=2#top', bundle, 'image', '/', 'posts/2024-01-02-bundle/chart.png'],
  [' chart.png ', bundle, 'image', '/', 'posts/2024-01-02-bundle/chart.png'],
  // A bare image name: beside the post, then `static/`, then `images.dir`.
  ['logo.svg', flat, 'image', '/', 'static/logo.svg'],
  ['cover.png', flat, 'image', '/', 'static/images/cover.png'],
  ['sub/deep.png', bundle, 'image', '/', 'static/images/sub/deep.png'],
  // A link is followed by the browser as written: beside the post only.
  ['logo.svg', flat, 'file', '/', 'missing posts/logo.svg'],
  ['cover.png', flat, 'file', '/', 'missing posts/cover.png'],
  // Root-relative: under `static/`, with or without the base path; `/../` stays in `static/`.
  ['/logo.svg', flat, 'image', '/', 'static/logo.svg'],
  ['/images/cover.png', bundle, 'image', '/', 'static/images/cover.png'],
  ['/blog/images/cover.png', bundle, 'image', '/blog/', 'static/images/cover.png'],
  ['/images/cover.png', bundle, 'image', '/blog/', 'static/images/cover.png'],
  ['/../images/cover.png', bundle, 'image', '/', 'static/images/cover.png'],
  ['/docs/guide.pdf', flat, 'file', '/', 'static/docs/guide.pdf'],
  ['/cover.png', flat, 'image', '/', 'missing static/cover.png'],
  // Not files of the blog.
  ['https://example.com/x.png', flat, 'image', '/', 'remote'],
  ['//cdn.example.com/x.png', flat, 'image', '/', 'remote'],
  ['data:image/png;base64,AAAA', flat, 'image', '/', 'remote'],
  ['mailto:a@example.com', flat, 'file', '/', 'remote'],
  ['#top', flat, 'file', '/', 'remote'],
  ['', flat, 'image', '/', 'remote'],
  // Outside the blog, by name or through a link; nothing out there is named.
  ['../../blog-other.png', flat, 'image', '/', 'outside'],
  ['../../../outside/secret.png', bundle, 'image', '/', 'outside'],
  ['/linked.png', flat, 'image', '/', 'outside'],
  ['linked.png', flat, 'image', '/', 'outside'],
  ['out/secret.png', bundle, 'image', '/', 'outside'],
  // Missing: the first place looked is named (lint's suggestion looks beside it); a folder is not a file.
  ['gone.png', bundle, 'image', '/', 'missing posts/2024-01-02-bundle/gone.png'],
  ['/folder.png', flat, 'image', '/', 'missing static/folder.png'],
  ['../notes/beside-root.png', flat, 'image', '/', 'notes/beside-root.png'],
];

for (const [reference, fromDir, kind, basePath, expected] of cases) {
  test(`${kind} \`${reference}\` from ${fromDir.slice(root.length + 1)} (base ${basePath}) → ${expected}`, () => {
    const found = resolveReference(reference, { root, fromDir, imagesDir: 'static/images', basePath }, kind);
    const answer =
      found.kind === 'found' ? found.file : found.kind === 'missing' ? `missing ${found.file}` : found.kind;
    assert.is(answer, expected);
    if (found.kind === 'found') assert.is(found.path, join(root, found.file));
  });
}

test('images.dir is where a bare name is looked for last', () => {
  const context = { root, fromDir: flat, imagesDir: 'static/docs', basePath: '/' };
  const found = resolveReference('guide.pdf', context, 'image');
  assert.is(found.kind === 'found' && found.file, 'static/docs/guide.pdf');
  assert.is(resolveReference('cover.png', context, 'image').kind, 'missing');
});

test.run();
