import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAttributes } from '../../src/render/picture.ts';
import { copyFixture, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

/** Every HTML file under `dir`, relative, sorted. */
function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

/** Every `<img>` (as attributes) and `<source>` of a page. */
function tags(html: string, name: 'img' | 'source'): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((m) => parseAttributes(m[1]!));
}

/** `/blog/_img/x-320.webp 320w, …` → [[file under dist, width]]. */
function srcsetFiles(srcset: string): [string, number][] {
  return srcset.split(', ').map((entry) => {
    const [url, w] = entry.split(' ');
    assert.match(url!, /^\/blog\/_img\/[0-9a-f]{16}-\d+\.(jpg|png|webp)$/);
    return [url!.slice('/blog/'.length), Number(w!.slice(0, -1))];
  });
}

const blog = copyFixture('images');
const first = runBlog(['build', '--verbose'], { cwd: blog });
const dist = join(blog, 'dist');

test('a blog with covers, bundle images, no image and a broken image builds; the broken one is reported at its line', () => {
  assert.is(first.status, 0, first.stderr);
  assert.match(
    first.stdout,
    /^Built 13 pages \(4 posts, 1 index page, 3 tag pages, 2 archive pages, 1 author page, 2 other pages\)/m,
  );
  assert.match(
    first.stderr,
    /posts\/2024-01-03-broken-image\/index\.md\n\s+9:21\s+warning\s+Image `broken\.jpg` cannot be read as an image .*build\/image/,
  );
  // The broken image stays as written: the page still builds and shows its alt text.
  assert.match(
    read(blog, 'dist/posts/broken-image/index.html'),
    /<img src="broken\.jpg" alt="A broken picture"/,
  );
});

test('every local <img> on every page has width and height; remote and broken ones are left as written', () => {
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    for (const img of tags(readFileSync(join(dist, file), 'utf8'), 'img')) {
      const src = img.get('src')!;
      if (src.startsWith('https://') || src === 'broken.jpg') continue;
      assert.match(img.get('width') ?? '', /^\d+$/, `${file}: ${src} has no width`);
      assert.match(img.get('height') ?? '', /^\d+$/, `${file}: ${src} has no height`);
      assert.ok(img.has('alt'), `${file}: ${src} has no alt`);
      checked++;
    }
  }
  assert.ok(checked >= 20, `only ${checked} images checked`);
});

test('every srcset file exists and has the width it claims; nothing is upscaled', async () => {
  const claimed = new Map<string, number>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(join(dist, file), 'utf8');
    for (const tag of [...tags(html, 'img'), ...tags(html, 'source')]) {
      const srcset = tag.get('srcset');
      if (srcset) for (const [path, w] of srcsetFiles(srcset)) claimed.set(path, w);
    }
  }
  assert.ok(claimed.size >= 12, `only ${claimed.size} files`);
  for (const [path, width] of claimed) {
    const meta = await sharp(join(dist, path)).metadata();
    assert.is(meta.width, width, path);
  }
  // small.jpg is 400 px wide: offered at 320 and at its own 400, never at 640.
  const post = read(blog, 'dist/posts/cover-post/index.html');
  const small = tags(post, 'img').find((i) => i.get('alt') === 'A small purple photo')!;
  assert.equal(
    srcsetFiles(small.get('srcset')!).map(([, w]) => w),
    [320, 400],
  );
  assert.is(small.get('width'), '400');
  assert.is(small.get('class'), 'inline-photo');
});

test('pictures offer WebP beside the original format; the hero is fetched first, the rest lazily', () => {
  const post = read(blog, 'dist/posts/cover-post/index.html');
  const pictures = post.match(/<picture>.*?<\/picture>/g) ?? [];
  assert.ok(pictures.length >= 3, pictures.join('\n'));
  for (const p of pictures)
    assert.match(p, /^<picture><source type="image\/webp" srcset="[^"]+" sizes="[^"]+"><img /);
  const imgs = tags(post, 'img');
  const hero = imgs.find((i) => i.get('class') === 'post-hero-img')!;
  assert.is(hero.get('alt'), 'A blue gradient with a pale circle');
  assert.is(hero.get('fetchpriority'), 'high');
  assert.not.ok(hero.has('loading'));
  const chart = imgs.find((i) => i.get('alt') === 'A green chart')!;
  assert.is(chart.get('loading'), 'lazy');
  assert.is(chart.get('decoding'), 'async');
  assert.is(chart.get('title'), 'Growth');
  assert.match(chart.get('src')!, /-640\.png$/);
  // GIF and SVG pass through, with their sizes read.
  const stat = tags(read(blog, 'dist/posts/static-images/index.html'), 'img');
  const gif = stat.find((i) => i.get('alt') === 'A yellow animation')!;
  assert.match(gif.get('src')!, /^\/blog\/_img\/[0-9a-f]{16}\.gif$/);
  assert.equal([gif.get('width'), gif.get('height'), gif.has('srcset')], ['40', '30', false]);
});

test('covers are thumbnails on index and tag cards; a post without one has a plain card; logo and favicon in every page', () => {
  for (const [page, withCover] of [
    ['dist/index.html', 2],
    ['dist/tags/cloud/index.html', 1],
  ] as const) {
    const html = read(blog, page);
    assert.is(html.match(/<li class="post-card has-image">/g)?.length, withCover, page);
    assert.match(html, /<li class="post-card">\s*<article>\s*<p class="post-card-date">/);
    assert.match(
      html,
      /<img src="\/blog\/_img\/[0-9a-f]{16}\.svg" alt="" width="120" height="40"[^>]* class="site-logo">/,
    );
    assert.not.match(html, /class="site-mark"/);
    assert.match(html, /<link rel="icon" href="\/blog\/favicon\.svg" type="image\/svg\+xml">/);
  }
});

/** The `content` of a page's `<meta property|name="…">`, or undefined. */
function metaOf(html: string, name: string): string | undefined {
  for (const m of html.matchAll(/<meta\b([^>]*)>/g)) {
    const a = parseAttributes(m[1]!);
    if ((a.get('property') ?? a.get('name')) === name) return a.get('content');
  }
  return undefined;
}

test('a cover image’s og:image names its type and its own size (read from the file) and has alt text, the title if none is written', async () => {
  const copy = copyFixture('images', WITHOUT_EXTRAS);
  const post = join(copy, 'posts/2024-01-01-cover-post/index.md');
  writeFileSync(post, readFileSync(post, 'utf8').replace(/^imageAlt: .*\n/m, ''));
  assert.is(runBlog(['build'], { cwd: copy }).status, 0);
  const base = 'https://example.com/blog';
  for (const [page, file, url, type, alt] of [
    [
      'posts/cover-post',
      'posts/2024-01-01-cover-post/cover.jpg',
      `${base}/posts/cover-post/cover.jpg`,
      'image/jpeg',
      'A post with a cover and pictures',
    ],
    [
      'posts/static-images',
      'static/images/hero.png',
      `${base}/images/hero.png`,
      'image/png',
      'A red gradient',
    ],
  ] as const) {
    const html = read(copy, `dist/${page}/index.html`);
    const { width, height } = await sharp(join(copy, file)).metadata();
    assert.is(metaOf(html, 'og:image'), url, page);
    assert.is(metaOf(html, 'og:image:type'), type, page);
    assert.is(metaOf(html, 'og:image:width'), String(width), page);
    assert.is(metaOf(html, 'og:image:height'), String(height), page);
    assert.is(metaOf(html, 'og:image:alt'), alt, page);
    assert.is(metaOf(html, 'twitter:image:alt'), alt, page);
  }
});

test('a rebuild encodes nothing; after a cover changes, only that image is encoded again', async () => {
  const cacheFiles = () =>
    new Map(
      (readdirSync(join(blog, '.blog-cache', 'images')) as string[]).map((f) => [
        f,
        statSync(join(blog, '.blog-cache', 'images', f)).mtimeMs,
      ]),
    );
  assert.match(first.stderr + first.stdout, /images: 7 found, 18 files encoded, 0 reused/);
  const before = cacheFiles();
  // A post edit that leaves its images alone: nothing is encoded, no cached file is touched.
  const md = join(blog, 'posts/2024-01-02-no-image.md');
  writeFileSync(md, `${readFileSync(md, 'utf8')}\nOne more line.\n`);
  const again = runBlog(['build', '--verbose'], { cwd: blog });
  assert.is(again.status, 0, again.stderr);
  assert.match(again.stderr + again.stdout, /images: 7 found, 0 files encoded, 6 reused/);
  assert.equal(cacheFiles(), before);
  // A new cover: its variants (2 widths × JPEG and WebP) and nothing else.
  const cover = join(blog, 'posts/2024-01-01-cover-post/cover.jpg');
  await sharp({ create: { width: 800, height: 450, channels: 3, background: '#123456' } })
    .jpeg()
    .toFile(`${cover}.new`);
  writeFileSync(cover, readFileSync(`${cover}.new`));
  const changed = runBlog(['build', '--verbose'], { cwd: blog });
  assert.match(changed.stderr + changed.stdout, /images: 7 found, 4 files encoded, 5 reused/);
  const hero = tags(read(blog, 'dist/posts/cover-post/index.html'), 'img').find(
    (i) => i.get('class') === 'post-hero-img',
  )!;
  assert.equal([hero.get('width'), hero.get('height')], ['640', '360']);
});

/** Files and folders directly in `dir` whose names start with `prefix`. */
const named = (dir: string, prefix: string) => readdirSync(dir).filter((name) => name.startsWith(prefix));

test('--no-cache gives the same site, byte for byte, and leaves no temporary folder behind', () => {
  const out = join(blog, 'fresh');
  const tmp = tempDir();
  const fresh = runBlog(['build', '--no-cache', '--out', 'fresh'], { cwd: blog, env: { TMPDIR: tmp } });
  assert.is(fresh.status, 0, fresh.stderr);
  assert.equal(readdirSync(tmp), [], 'nothing made in the system temp folder');
  assert.equal(named(blog, '.fresh.'), [], 'no staging folder left beside the output');
  const list = (dir: string) =>
    (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
  assert.equal(list(out), list(dist));
  for (const f of list(dist))
    assert.ok(readFileSync(join(dist, f)).equals(readFileSync(join(out, f))), relative(blog, join(dist, f)));
});

test('a --no-cache build that fails after encoding images leaves their temporary folder nowhere', () => {
  const copy = copyFixture('images');
  const tmp = tempDir();
  mkdirSync(join(copy, 'templates'));
  writeFileSync(join(copy, 'templates/post.eta'), '<%= it.nope.deeper %>');
  const failed = runBlog(['build', '--no-cache'], { cwd: copy, env: { TMPDIR: tmp } });
  assert.is(failed.status, 2, failed.stderr);
  assert.match(failed.stderr, /Template templates\/post\.eta failed/);
  assert.equal(readdirSync(tmp), []);
  assert.equal(named(copy, '.dist.'), []);
});

test('a --no-cache build killed half-way leaves its images folder to the next build, which removes it', () => {
  const copy = copyFixture('images');
  const killed = runBlog(['build', '--no-cache'], { cwd: copy, env: { BLOG_TEST_CRASH_AT: 'write:3' } });
  assert.is(killed.status, null, killed.stderr);
  assert.ok(named(copy, '.dist.tmp-').length >= 2, 'the killed build left its pages and its images staged');
  const next = runBlog(['build', '--no-cache'], { cwd: copy });
  assert.is(next.status, 0, next.stderr);
  assert.equal(named(copy, '.dist.'), []);
});

test('unreadable images beside other warnings: the summary says which are listed above and which are in lint', () => {
  const copy = copyFixture('images', WITHOUT_EXTRAS);
  writeFileSync(join(copy, 'static/images/photo.png'), 'not an image\n');
  writeFileSync(
    join(copy, 'posts/2024-01-05-text-cover.md'),
    '---\ntitle: A text cover\ndate: 2024-01-05\nimage: /images/photo.png\nimageAlt: A photo\n---\nBody.\n',
  );
  const build = runBlog(['build'], { cwd: copy });
  assert.is(build.status, 0, build.stderr);
  // The missing description is a warning `blog lint` shows; the unreadable cover only the build can.
  assert.match(
    build.stdout,
    /; 2 broken references and 1 warning, 2 unreadable images listed above, the rest in `blog lint`$/m,
  );
});

test('--strict: a file that is not an image stops the build at its line, even after a plain build was cached', () => {
  const copy = copyFixture('images', WITHOUT_EXTRAS);
  writeFileSync(join(copy, 'static/images/photo.png'), 'not an image either\n');
  writeFileSync(
    join(copy, 'posts/2024-01-05-text-cover.md'),
    '---\ntitle: A text cover\ndate: 2024-01-05\nimage: /images/photo.png\nimageAlt: A photo\ndescription: A cover that is a text file, for a build that opens it and a lint that does not.\n---\nBody.\n',
  );
  const plain = runBlog(['build'], { cwd: copy });
  assert.is(plain.status, 0, plain.stderr);
  // Counted, and listed by the build itself: `blog lint` does not open images, so it is not sent there.
  assert.match(plain.stdout, /; 2 broken references, listed above$/m);
  assert.match(
    plain.stderr,
    /^posts\/2024-01-05-text-cover\.md\n {2}4:8 {2}warning {2}Image `\/images\/photo\.png` cannot be read as an image .*\(`blog build` opens images, `blog lint` does not\)\. +build\/image$/m,
  );
  assert.not.match(plain.stderr, /`blog lint` checks/);
  const before = read(copy, 'dist/index.html');
  const strict = runBlog(['build', '--strict'], { cwd: copy });
  assert.is(strict.status, 1, strict.stderr);
  assert.match(
    strict.stderr,
    /^posts\/2024-01-03-broken-image\/index\.md\n {2}9:21 {2}error {4}Image `broken\.jpg` cannot be read as an image .*build\/image$/m,
  );
  assert.match(
    strict.stderr,
    /^posts\/2024-01-05-text-cover\.md\n {2}4:8 {2}error {4}Image `\/images\/photo\.png`/m,
  );
  assert.match(strict.stderr, /✖ 2 images in the posts cannot be shown; nothing was written\./);
  assert.is(read(copy, 'dist/index.html'), before);
  assert.equal(named(copy, '.dist.'), [], 'no staging folder left beside the output');
});

test('a PNG cut short (an interrupted copy) is named as a damaged PNG, not sent to "use a PNG"', () => {
  const copy = copyFixture('images', WITHOUT_EXTRAS);
  const hero = join(copy, 'static/images/hero.png');
  const bytes = readFileSync(hero);
  writeFileSync(hero, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const r = runBlog(['build', '--no-cache'], { cwd: copy });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stderr, /Image `\/images\/hero\.png` is a PNG file that cannot be decoded \(/);
  assert.match(
    r.stderr,
    /The file is damaged or cut short \(an interrupted download or copy\?\): save or export it again from the original\./,
  );
  assert.not.match(
    r.stderr,
    /hero\.png` is a PNG file that cannot be decoded[^\n]*\n[^\n]*Replace it with a JPEG, PNG/,
  );
});

test('blog lint asks for cover alt text', () => {
  const lint = runBlog(['lint', '--rule', 'frontmatter/description=off'], { cwd: blog });
  assert.not.match(lint.stdout, /image-alt/);
  const md = join(blog, 'posts/2024-01-04-static-images.md');
  writeFileSync(md, readFileSync(md, 'utf8').replace(', alt: A red gradient', ''));
  const bad = runBlog(['lint'], { cwd: blog });
  assert.is(bad.status, 1);
  assert.match(
    bad.stdout,
    /6:15\s+error\s+Unexpected cover image `\/images\/hero\.png` without alt text\. Add `alt: what it shows` under `image:`\.\s+frontmatter\/image-alt/,
  );
});

test.run();
