/**
 * @fileoverview `blog import` brings the images that sit beside a single-file post (Jekyll `_posts/pic.png`, Hugo
 * `content/posts/img.png`) to the same place beside the new post; never a file outside the source site, never
 * over a file of the blog; each copy is reported. The new blog then lints clean and shows them as pictures.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, read, runBlog, tempDir } from '../helpers/cli.ts';

const PNG = join(FIXTURES, 'images/static/images/hero.png');

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

function png(root: string, file: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  copyFileSync(PNG, join(root, file));
}

function emptyBlog(): string {
  const blog = tempDir('blog-import-into-');
  mkdirSync(join(blog, 'posts'));
  writeFileSync(
    join(blog, 'blog.config.json'),
    JSON.stringify({ title: 'Imported', images: { widths: [320] } }),
  );
  return blog;
}

const post = (title: string, body: string) =>
  `---\ntitle: ${title}\ndate: 2024-01-01\ndescription: A post whose images sit beside it.\n---\n\n${body}`;

test('jekyll: images beside _posts/x.md are copied beside the new post; outside and taken ones are not', () => {
  const base = tempDir('blog-jekyll-site-');
  const site = join(base, 'site');
  write(site, '_config.yml', 'title: Old\n');
  write(
    site,
    '_posts/2024-01-01-beside.md',
    post(
      'Beside',
      'Intro.\n\n![A chart](pic.png)\n\n![Out](../../secret.png)\n\n![A diagram](img/diagram%20v2.png?raw=1)\n\n![Mine](taken.png)\n\n![Gone](gone.png)\n',
    ),
  );
  png(site, '_posts/pic.png');
  png(site, '_posts/img/diagram v2.png');
  png(site, '_posts/taken.png');
  // Outside the site: never read (a link in `_posts/` leading out stops the import, by the one walker's policy).
  writeFileSync(join(base, 'secret.png'), 'SECRET');

  const blog = emptyBlog();
  writeFileSync(join(blog, 'posts/taken.png'), 'the user’s own file');
  const r = runBlog(['import', 'jekyll', site], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  // Reported, at the source's lines.
  assert.match(
    r.stdout,
    /_posts\/2024-01-01-beside\.md\n(?: {4}.*\n)*? {4}9: image `pic\.png` copied to `posts\/pic\.png`/,
  );
  assert.match(r.stdout, '13: image `img/diagram%20v2.png?raw=1` copied to `posts/img/diagram v2.png`');
  assert.match(r.stdout, 'image `../../secret.png` points outside the site; not copied');
  assert.match(r.stdout, 'image `gone.png` not found beside the post');
  assert.match(r.stdout, /posts\/taken\.png\n {4}1: exists already, not overwritten/);
  assert.not.match(r.stdout, 'image `taken.png` copied');
  // Copied byte for byte; nothing from outside; the user's file untouched.
  assert.ok(readFileSync(join(blog, 'posts/pic.png')).equals(readFileSync(PNG)));
  assert.ok(existsSync(join(blog, 'posts/img/diagram v2.png')));
  assert.not.ok(existsSync(join(blog, 'secret.png')));
  assert.is(read(blog, 'posts/taken.png'), 'the user’s own file');

  // The new blog finds them as written: only the missing and the outside one are left for lint.
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  const missing = (JSON.parse(lint.stdout) as { messages: { ruleId: string; message: string }[] }[])
    .flatMap((f) => f.messages)
    .filter((m) => m.ruleId === 'body/missing-image')
    .map((m) => m.message);
  assert.equal(missing, [
    'Unexpected image `../../secret.png`, it points outside the blog',
    'Unexpected image `gone.png`, no such file beside the post',
  ]);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/beside/index.html');
  assert.match(
    page,
    /<picture><source type="image\/webp" srcset="\/_img\/[0-9a-f]{16}-320\.webp 320w"[\s\S]*alt="A chart"/,
  );
});

test('hugo: content/posts/x.md with content/posts/img.png, the same way; a second import copies nothing again', () => {
  const site = tempDir('blog-hugo-site-');
  write(site, 'hugo.toml', 'title = "Old"\n');
  write(site, 'content/posts/with-image.md', post('With image', '![An image](img.png)\n'));
  png(site, 'content/posts/img.png');
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Imported 1 post and 1 other file /);
  assert.match(r.stdout, 'image `img.png` copied to `posts/img.png`');
  assert.ok(existsSync(join(blog, 'posts/img.png')));
  const again = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.match(again.stdout, /^Imported 0 posts and 0 other files /);
});

test('hugo: `../x/figure.png` that stays inside the site is named for where it is, not as outside the site', () => {
  // As on etcd.io: content/en/blog/2021/announcing-etcd-3.5.md shows `../announcing-etcd-3.5/figure-1.png`.
  const site = tempDir('blog-hugo-sibling-folder-');
  write(site, 'hugo.toml', 'baseURL = "https://example.org/"\n');
  write(
    site,
    'content/blog/2021/announcing.md',
    post('Announcing', '![Figure](../announcing/figure-1.png)\n'),
  );
  png(site, 'content/blog/2021/announcing/figure-1.png');
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    "image `../announcing/figure-1.png` is outside the post's folder, at `content/blog/2021/announcing/figure-1.png`; not copied",
  );
  assert.not.match(r.stdout, 'points outside the site');
});

test('hugo: `../x/missing.png` that would be inside the site but is not there is not found, not "outside the site"', () => {
  const site = tempDir('blog-hugo-sibling-missing-');
  write(site, 'hugo.toml', 'baseURL = "https://example.org/"\n');
  write(site, 'content/blog/2021/announcing.md', post('Announcing', '![Figure](../announcing/gone.png)\n'));
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    'image `../announcing/gone.png` not found in the source site (looked for `content/blog/announcing/gone.png`)',
  );
  assert.not.match(r.stdout, 'points outside the site');
});

test.run();
