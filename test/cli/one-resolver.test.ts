/**
 * @fileoverview One reference resolver: the same cover image named three ways (a bare name found in `images.dir`,
 * a site path, a path relative to the post) is found by `blog lint`, the build's reference policy and the images
 * stage alike, and reported by all of them alike once it is gone.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, read, runBlog, tempDir } from '../helpers/cli.ts';

const POSTS: Record<string, string> = {
  'posts/2024-01-01-bare/index.md': 'image: hero.png\n',
  'posts/2024-01-02-site-path.md': 'image: /blog/images/hero.png?v=2\n',
  'posts/2024-01-03-relative.md': 'image: ../static/images/h%65ro.png\n',
};
const PAGES = ['bare', 'site-path', 'relative'].map((slug) => `dist/posts/${slug}/index.html`);

function coverBlog(): string {
  const blog = tempDir('blog-one-resolver-');
  writeFileSync(
    join(blog, 'blog.config.json'),
    JSON.stringify({ title: 'Covers', baseUrl: 'https://example.com/blog/', images: { widths: [320] } }),
  );
  mkdirSync(join(blog, 'static/images'), { recursive: true });
  copyFileSync(join(FIXTURES, 'images/static/images/hero.png'), join(blog, 'static/images/hero.png'));
  for (const [file, cover] of Object.entries(POSTS)) {
    mkdirSync(dirname(join(blog, file)), { recursive: true });
    const date = /(\d{4}-\d\d-\d\d)/.exec(file)![1];
    // The first post also shows it in its body, by the same bare name.
    const body = file.includes('bare') ? '![The hero again](hero.png)\n' : 'Text.\n';
    writeFileSync(
      join(blog, file),
      `---\ntitle: Cover ${date}\ndate: ${date}\ndescription: The same cover image, named another way.\n${cover}imageAlt: A red gradient\n---\n${body}`,
    );
  }
  return blog;
}

type JsonReport = { filePath: string; messages: { ruleId: string; severity: number }[] }[];
const references = (json: string) =>
  (JSON.parse(json) as JsonReport).flatMap((f) =>
    f.messages
      .filter((m) => /^(frontmatter\/image|body\/missing-image)$/.test(m.ruleId))
      .map((m) => `${f.filePath} ${m.ruleId}`),
  );

/** The `srcset` of the hero picture of a page. */
const heroSrcset = (html: string) =>
  /<figure class="post-hero"><picture><source type="image\/webp" srcset="([^"]+)"/.exec(html)?.[1];

test('found three ways: lint has nothing to say, build reports nothing and shows one picture on all three pages', () => {
  const blog = coverBlog();
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.equal(references(lint.stdout), []);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.not.match(build.stdout, /broken reference/);
  assert.not.match(build.stderr, /build\/image/);
  const srcsets = PAGES.map((page) => heroSrcset(read(blog, page)));
  assert.match(srcsets[0] ?? '', /^\/blog\/_img\/[0-9a-f]{16}-320\.webp 320w$/);
  assert.equal(srcsets, [srcsets[0], srcsets[0], srcsets[0]]);
  // The body image, by the same bare name, is the same picture.
  const pictures = read(blog, PAGES[0]!).split('<picture>');
  const body = pictures.find((p) => p.includes('alt="The hero again"'));
  assert.is(/srcset="([^"]+)"/.exec(body ?? '')?.[1], srcsets[0]);
});

test('gone: lint, build and --strict report the same four references; no page shows a picture', () => {
  const blog = coverBlog();
  rmSync(join(blog, 'static/images/hero.png'));
  const expected = [
    'posts/2024-01-01-bare/index.md body/missing-image',
    'posts/2024-01-01-bare/index.md frontmatter/image',
    'posts/2024-01-02-site-path.md frontmatter/image',
    'posts/2024-01-03-relative.md frontmatter/image',
  ];
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.is(lint.status, 1);
  assert.equal(references(lint.stdout).sort(), expected);
  const build = runBlog(['build', '--format', 'json'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.equal(references(build.stdout).sort(), expected);
  assert.not.match(build.stdout + build.stderr, /build\/image/);
  for (const page of PAGES) assert.not.ok(read(blog, page).includes('<picture>'), page);
  const strict = runBlog(['build', '--strict', '--format', 'json', '--no-cache'], { cwd: blog });
  assert.is(strict.status, 1);
  assert.equal(references(strict.stdout).sort(), expected);
});

test.run();
