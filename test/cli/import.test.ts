import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURES, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

/** An empty blog to import into (or to copy posts into by hand); no social cards or search (not tested here). */
function emptyBlog(config: Record<string, unknown> = {}): string {
  const dir = tempDir('blog-import-');
  mkdirSync(join(dir, 'posts'));
  writeFileSync(
    join(dir, 'blog.config.json'),
    JSON.stringify({ title: 'Imported', ...WITHOUT_EXTRAS, ...config }),
  );
  return dir;
}

const DATED = { permalink: '/:year/:month/:day/:slug/' };

/** Every post page in a build, by its path, with the title it shows. */
function postPages(dist: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, 'utf8');
    const title = /<h1 class="post-title" data-pagefind-meta="title">(.*?)<\/h1>/.exec(html)?.[1];
    if (title) pages.set(path.slice(dist.length + 1), title);
  }
  return pages;
}

/** Each title once, and exactly the titles expected: no post lost, none doubled. */
function assertOnePagePerPost(dist: string, titles: string[]): Map<string, string> {
  const pages = postPages(dist);
  assert.equal([...pages.values()].sort(), [...titles].sort());
  return pages;
}

const JEKYLL_TITLES = [
  'Announcing Rust 1.17',
  'Welcome to Jekyll!',
  'First post of the day',
  'Second post of the day',
  'Late night release',
  'Team meeting (October)',
  'Team meeting (November)',
  'HTML, embeds and footnotes',
  'Summary in another key',
  'A post without tags',
];

const jekyll = suite('jekyll');

jekyll('posts copied as they are: same slug after the date names both files and the fix', () => {
  const blog = emptyBlog({ timeZone: 'America/Chicago' });
  cpSync(join(FIXTURES, 'import-jekyll/_posts'), join(blog, 'posts'), { recursive: true });
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(
    build.stderr,
    'Unexpected duplicate slug `team-meeting`, also used by posts/2019-11-22-team-meeting.md',
  );
  assert.match(build.stderr, 'also used by posts/2019-10-11-team-meeting.md');
  assert.match(build.stderr, '`slug:`');
  assert.match(build.stderr, '/:year/:month/:day/:slug/');
  assert.not.ok(existsSync(join(blog, 'dist')));
});

jekyll(
  'posts copied as they are build with a date permalink: one page each, oddities taken in stride',
  () => {
    const blog = emptyBlog({ timeZone: 'America/Chicago', ...DATED });
    cpSync(join(FIXTURES, 'import-jekyll/_posts'), join(blog, 'posts'), { recursive: true });
    cpSync(join(FIXTURES, 'import-jekyll/assets'), join(blog, 'static/assets'), { recursive: true });
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    assert.match(
      build.stdout,
      /\(10 posts, .*left out 1 draft; (\d+ broken references? and )?\d+ warnings, run `blog lint`/,
    );
    const pages = assertOnePagePerPost(join(blog, 'dist'), JEKYLL_TITLES);
    // `.17` is part of the name, not an extension; the date comes from the file name.
    assert.is(pages.get('2017/04/27/rust-1-17/index.html'), 'Announcing Rust 1.17');
    // `-0700` at 23:30 is the next day in Chicago: the front-matter wins over the file name.
    assert.ok(pages.has('2019/08/06/late-night-release/index.html'));
    const rust = read(blog, 'dist/2017/04/27/rust-1-17/index.html');
    assert.match(rust, 'in prose the type reads {{closure}} too');
    assert.match(rust, '<code class="hljs language-rust">');
    assert.match(rust, '<th>Version</th>');
    const welcome = read(blog, 'dist/2019/08/04/welcome-to-jekyll/index.html');
    assert.match(welcome, '{% highlight ruby %}'); // shown as written, never run
    assert.match(welcome, '{% include note.html');
    const html = read(blog, 'dist/2020/02/29/html-and-embeds/index.html');
    assert.match(html, '<section class="footnotes">');
    assert.match(html, '<details>');
    assert.match(html, '<td>Basic</td>');
    // Embeds are removed; the only script is the page's own JSON-LD metadata.
    assert.not.match(html, /<script(?! type="application\/ld\+json")/);
    // One tag page for `Release`/`release`, in the most used spelling; `category:` and `categories:` count.
    const release = read(blog, 'dist/tags/release/index.html');
    assert.match(release, 'Tagged “Release”');
    for (const title of ['First post of the day', 'Second post of the day', 'Welcome to Jekyll!'])
      assert.match(release, title);
    // Authors as `author: x`, `authors: [x, y]` or `authors: x`.
    // Bylines link each author to their page: compared as the text a reader sees.
    const text = (html: string) => html.replace(/<[^>]+>/g, '');
    assert.match(
      text(read(blog, 'dist/2019/08/05/second-post-of-the-day/index.html')),
      'By Ann Example, Bob Example',
    );
    assert.match(text(read(blog, 'dist/2021/06/01/summary-keys/index.html')), 'By Ann Example');
    assert.match(text(rust), 'By The Rust Core Team');
    assert.match(
      read(blog, 'dist/2019/08/05/first-post-of-the-day/index.html'),
      'content="The first of three posts written on the same day',
    );
    // Same-day posts in a stable order.
    const index = read(blog, 'dist/index.html');
    assert.ok(index.indexOf('First post of the day') < index.indexOf('Second post of the day'));
    // The summary from `excerpt`, `teaser`, `subtitle` or a folded `summary` is the description.
    assert.match(
      read(blog, 'dist/2021/06/01/summary-keys/index.html'),
      'content="A folded summary that spans two lines in the YAML."',
    );
  },
);

jekyll("frontMatter.aliases maps a migrated blog's own keys without editing its files", () => {
  const blog = emptyBlog({
    frontMatter: { aliases: { tags: ['topics'], description: ['blurb'], author: ['writer'] } },
  });
  writeFileSync(
    join(blog, 'posts/2020-01-01-custom-keys.md'),
    '---\ntitle: Custom keys\ntopics: [Migration]\nblurb: A blurb that the config says is the description of this post.\nwriter: Cy Example\n---\nBody.\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/custom-keys/index.html');
  assert.match(page, 'content="A blurb that the config says is the description of this post."');
  assert.match(page, /By <a href="[^"]+" rel="author">Cy Example<\/a>/);
  assert.ok(existsSync(join(blog, 'dist/tags/migration/index.html')));
});

jekyll('a byline kept as `by:` is the author, with no unknown-key warning', () => {
  const blog = emptyBlog();
  writeFileSync(
    join(blog, 'posts/2020-01-01-byline.md'),
    '---\ntitle: Byline\nby: Martin Example\ndescription: A post whose author is named by a by key, as scala-lang writes it.\n---\nBody.\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(
    read(blog, 'dist/posts/byline/index.html'),
    /By <a href="[^"]+" rel="author">Martin Example<\/a>/,
  );
  const lint = runBlog(['lint'], { cwd: blog });
  assert.not.match(lint.stdout, 'unknown-key');
});

jekyll('blog import jekyll converts, reports per file and line, and the result builds', () => {
  const blog = emptyBlog({ timeZone: 'America/Chicago', ...DATED });
  const result = runBlog(['import', 'jekyll', join(FIXTURES, 'import-jekyll')], { cwd: blog });
  assert.is(result.status, 0, result.stderr);
  const out = result.stdout;
  assert.match(out, /^Imported 12 posts and 1 other file from the jekyll site in /);
  assert.match(out, '    14: `{% highlight ruby %}` → fenced code block');
  assert.match(out, '    5: `categories` → `tags`');
  assert.match(
    out,
    '    22: `{% post_url 2019-08-05-second-post-of-the-day %}` → `./2019-08-05-second-post-of-the-day.md`',
  );
  assert.match(out, '    27: removed `{% raw %}`');
  assert.match(out, '    1: `.markdown` → `.md`');
  assert.match(out, '    4: `published: false` → `draft: true`');
  // Left for a person, at lines of the new files.
  assert.match(out, /posts\/2019-08-04-welcome-to-jekyll\.md\n {4}31: `\{% include note\.html/);
  assert.match(out, '35: image `/assets/images/missing.png` not found in the source site');
  assert.match(out, '27: Unexpected `<script>` embed');
  assert.match(out, '39: image `/../../secret.png` points outside the site; not copied');
  assert.match(out, 'Unexpected file name date 2019-08-05, `date:` gives 2019-08-06');
  assert.match(out, 'Not imported (pages, not posts): `about.md`, `index.md`');
  assert.match(out, /Next: run `blog lint` to see what is left, then `blog build`\.\n/);
  assert.ok(existsSync(join(blog, 'import-report.txt')));

  const posts = readdirSync(join(blog, 'posts')).sort();
  assert.is(posts.length, 12);
  assert.ok(posts.includes('2019-08-04-welcome-to-jekyll.md'));
  assert.ok(posts.includes('2017-04-27-Rust-1.17.md'));
  const welcome = read(blog, 'posts/2019-08-04-welcome-to-jekyll.md');
  assert.match(welcome, '```ruby\ndef print_hi(name)');
  assert.not.match(welcome, '{% raw %}');
  assert.match(welcome, 'tags:\n  - jekyll\n  - Release\n');
  assert.not.match(welcome, 'layout:');
  assert.ok(existsSync(join(blog, 'static/assets/images/screenshot.png')));

  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assertOnePagePerPost(join(blog, 'dist'), JEKYLL_TITLES);
  const page = read(blog, 'dist/2019/08/04/welcome-to-jekyll/index.html');
  assert.match(page, 'href="/2019/08/05/second-post-of-the-day/"');
  assert.match(page, '<code class="hljs language-ruby">');
  // The image is kept, as a responsive picture made from it (or as written when it cannot be read).
  assert.match(page, /src="\/(assets\/images\/screenshot\.png|_img\/[^"]+\.png)"/);
});

jekyll(
  "a date Jekyll read leniently but a build cannot takes the file name's day, left for a person to check",
  () => {
    // As in Jekyll's own blog (docs/_posts/2023-01-29-jekyll-3-9-3-released.markdown). It used to be copied as it
    // was, and the first build stopped on it; the file name's day lets the blog build, the note keeps the value.
    const site = tempDir('blog-import-odd-date-');
    mkdirSync(join(site, '_posts'));
    writeFileSync(join(site, '_config.yml'), 'title: Odd dates\n');
    writeFileSync(
      join(site, '_posts/2023-01-29-jekyll-3-9-3-released.markdown'),
      "---\ntitle: 'Jekyll 3.9.3 Released'\ndate: 2023-01-29 18:30:22 2023 -0800\nauthor: parkr\n---\n\nFixed.\n",
    );
    writeFileSync(
      join(site, '_posts/2023-01-20-jekyll-4-3-2-released.markdown'),
      "---\ntitle: 'Jekyll 4.3.2 Released'\ndate: 2023-01-20 10:00:00 -0800\n---\n\nFixed too.\n",
    );
    const blog = emptyBlog();
    const result = runBlog(['import', 'jekyll', site], { cwd: blog });
    assert.is(result.status, 0, result.stderr);
    const left = result.stdout.slice(result.stdout.indexOf('Left for a person'));
    assert.match(
      left,
      /posts\/2023-01-29-jekyll-3-9-3-released\.md\n {4}3: `date: 2023-01-29 18:30:22 2023 -0800` is no date here \(expected YYYY-MM-DD\): used the file name's day 2023-01-29; check it/,
    );
    // A date the build reads, only spelt differently, is not a problem to report here.
    assert.not.match(left, /4-3-2-released\.md\n {4}\d+(:\d+)?: (Unexpected date|`date)/);
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
  },
);

jekyll(
  'an impossible date in a file name is not carried over: `date:` names the post, else a person is told',
  () => {
    const site = tempDir('blog-import-impossible-name-date-');
    mkdirSync(join(site, '_posts'));
    writeFileSync(join(site, '_config.yml'), 'title: Impossible days\n');
    writeFileSync(
      join(site, '_posts/2015-02-30-dated.md'),
      '---\ntitle: Dated\ndate: 2015-03-02\n---\nBody.\n',
    );
    writeFileSync(join(site, '_posts/2015-05-00-undated.md'), '---\ntitle: Undated\n---\nBody.\n');
    // The old site's title too, so its settings leave nothing for a person.
    const blog = emptyBlog({ timeZone: 'UTC', title: 'Impossible days' });
    const result = runBlog(['import', 'jekyll', site], { cwd: blog });
    assert.is(result.status, 0, result.stderr);
    // The post's own date names the file, so lint has nothing to say about its name.
    assert.equal(readdirSync(join(blog, 'posts')).sort(), ['2015-03-02-dated.md', '2015-05-00-undated.md']);
    assert.match(
      result.stdout,
      /_posts\/2015-02-30-dated\.md\n(?: {4}.*\n)*? {4}3: file name date 2015-02-30 is not a real date: named by `date:` 2015-03-02\n/,
    );
    const left = result.stdout.slice(result.stdout.indexOf('Left for a person'));
    assert.match(
      left,
      /^Left for a person \(1\), at lines of the new files:\n {2}posts\/2015-05-00-undated\.md\n {4}1: Unexpected file name date 2015-05-00: not a real date, and no `date:` to use instead/,
    );
    // No old URL on a day that does not exist.
    assert.not.match(read(blog, 'posts/2015-05-00-undated.md'), 'aliases');
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 1, build.stderr);
    assert.match(
      build.stderr,
      /^posts\/2015-05-00-undated\.md\n {2}1:1 {2}error {4}Unexpected file name date 2015-05-00/m,
    );
  },
);

jekyll(
  'a file name date with one-digit month or day dates the post, as in Jekyll, and is written in full',
  () => {
    // As Let's Encrypt names its posts (`content/en/post/2015-7-1-legal-transparency-report.markdown`).
    const site = tempDir('blog-import-short-name-date-');
    mkdirSync(join(site, '_posts'));
    writeFileSync(join(site, '_config.yml'), 'title: Short dates\n');
    writeFileSync(
      join(site, '_posts/2015-7-1-transparency-report.md'),
      '---\ntitle: Transparency\n---\nBody.\n',
    );
    writeFileSync(
      join(site, '_posts/2015-10-8-sponsors.md'),
      '---\ntitle: Sponsors\n---\nSee {% post_url 2015-7-1-transparency-report %}.\n',
    );
    const blog = emptyBlog({ timeZone: 'UTC' });
    const result = runBlog(['import', 'jekyll', site], { cwd: blog });
    assert.is(result.status, 0, result.stderr);
    assert.equal(readdirSync(join(blog, 'posts')).sort(), [
      '2015-07-01-transparency-report.md',
      '2015-10-08-sponsors.md',
    ]);
    // Dated by its name, not by the file's modification day; the old URL is Jekyll's.
    assert.not.match(result.stdout, 'modification day');
    assert.match(
      read(blog, 'posts/2015-07-01-transparency-report.md'),
      '/2015/07/01/transparency-report.html',
    );
    assert.match(read(blog, 'posts/2015-10-08-sponsors.md'), 'See ./2015-07-01-transparency-report.md.');
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    assert.match(read(blog, 'dist/posts/transparency-report/index.html'), '<time datetime="2015-07-01');
  },
);

jekyll(
  '`{% link _posts/… %}` becomes a link to that post’s new file; a link to a page not imported stays',
  () => {
    // As on jekyllrb.com: `[3.4.1]({% link _posts/2017-03-02-jekyll-3-4-1-released.markdown %})`.
    const site = tempDir('blog-import-jekyll-link-');
    mkdirSync(join(site, '_posts'));
    writeFileSync(join(site, '_config.yml'), 'title: Links\n');
    writeFileSync(join(site, '_posts/2017-03-02-older.markdown'), '---\ntitle: Older\n---\nBody.\n');
    writeFileSync(
      join(site, '_posts/2017-04-01-newer.md'),
      '---\ntitle: Newer\n---\nSee [older]({{ site.baseurl }}{% link _posts/2017-03-02-older.markdown %}) and [history]({% link _docs/history.md %}).\n\nAs ruby-lang.org links it: [older]({% link en/news/_posts/2017-03-02-older.markdown %}).\n',
    );
    const blog = emptyBlog({ timeZone: 'UTC' });
    const result = runBlog(['import', 'jekyll', site], { cwd: blog });
    assert.is(result.status, 0, result.stderr);
    assert.match(result.stdout, '`{% link _posts/2017-03-02-older.markdown %}` → `./2017-03-02-older.md`');
    assert.match(
      read(blog, 'posts/2017-04-01-newer.md'),
      'See [older](./2017-03-02-older.md) and [history]({% link _docs/history.md %}).\n\nAs ruby-lang.org links it: [older](./2017-03-02-older.md).',
    );
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    assert.match(read(blog, 'dist/posts/newer/index.html'), '<a href="/posts/older/">older</a>');
  },
);

jekyll('--dry-run prints the report and writes nothing', () => {
  const blog = emptyBlog();
  const result = runBlog(['import', 'jekyll', join(FIXTURES, 'import-jekyll'), '--dry-run'], { cwd: blog });
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Would import 12 posts and 1 other file .*\(dry run: nothing written\)/);
  assert.match(result.stdout, 'Next: run the same command without --dry-run.');
  assert.equal(readdirSync(blog).sort(), ['blog.config.json', 'posts']);
  assert.equal(readdirSync(join(blog, 'posts')), []);
});

jekyll('never overwrites: an existing post is skipped and reported, a second import changes nothing', () => {
  const blog = emptyBlog(DATED);
  writeFileSync(join(blog, 'posts/2019-10-11-team-meeting.md'), '---\ntitle: Mine\n---\nMy own words.\n');
  const first = runBlog(['import', 'jekyll', join(FIXTURES, 'import-jekyll')], { cwd: blog });
  assert.is(first.status, 0, first.stderr);
  assert.match(
    first.stdout,
    'posts/2019-10-11-team-meeting.md\n    1: exists already, not overwritten (from _posts/2019-10-11-team-meeting.md)',
  );
  assert.is(read(blog, 'posts/2019-10-11-team-meeting.md'), '---\ntitle: Mine\n---\nMy own words.\n');
  const before = read(blog, 'posts/2019-08-04-welcome-to-jekyll.md');
  const second = runBlog(['import', 'jekyll', join(FIXTURES, 'import-jekyll')], { cwd: blog });
  assert.is(second.status, 0, second.stderr);
  assert.match(second.stdout, /^Imported 0 posts and 0 other files/);
  assert.match(second.stdout, 'Skipped (12):');
  // Nothing was converted the second time, so nothing is reported as changed; only the old site's settings
  // this blog does not have (its config is not the one `blog init` wrote) are left for a person, as each time.
  assert.not.match(second.stdout, 'Changed (');
  assert.match(
    second.stdout,
    /\nLeft for a person \(3\), at lines of the new files:\n {2}blog\.config\.json\n( {4}1: the old site's `[^`]+` \(_config\.yml:\d\) not applied .*\n){3}\nSkipped/,
  );
  assert.match(
    second.stdout,
    'posts/2019-08-04-welcome-to-jekyll.md\n    1: imported already, unchanged (from _posts/2019-08-04-welcome-to-jekyll.markdown)',
  );
  assert.is(read(blog, 'posts/2019-08-04-welcome-to-jekyll.md'), before);
  assert.ok(existsSync(join(blog, 'import-report-2.txt')));
  assert.not.ok(readdirSync(join(blog, 'posts')).some((f) => f.endsWith('.tmp')));
});

jekyll('a bad source kind or folder is a usage error', () => {
  const blog = emptyBlog();
  const kind = runBlog(['import', 'wordpress', '.'], { cwd: blog });
  assert.is(kind.status, 2);
  assert.match(kind.stderr, 'Unexpected source `wordpress`, expected one of jekyll, hugo, hexo, eleventy.');
  const empty = runBlog(['import', 'jekyll', blog], { cwd: blog });
  assert.is(empty.status, 2);
  assert.match(empty.stderr, 'No jekyll posts found in');
});

jekyll.run();

const HUGO_TITLES = [
  'First post with TOML',
  'Scheduled post',
  'A page bundle',
  'Team meeting 2019',
  'Team meeting 2020',
  'Summary, authors and aliases',
  'No title',
];

const hugo = suite('hugo');

hugo('TOML posts copied as they are fail clearly, pointing at blog import hugo', () => {
  const blog = emptyBlog(DATED);
  cpSync(join(FIXTURES, 'import-hugo/content/posts'), join(blog, 'posts'), { recursive: true });
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(build.stderr, /posts\/first-post\.md\n {2}1:1 +error +Unexpected TOML front-matter/);
  assert.match(build.stderr, 'blog import hugo');
});

hugo(
  'a post it cannot read is copied unchanged where it belongs: a bundle with its files, UTF-16 byte for byte',
  () => {
    const site = tempDir('blog-import-unreadable-');
    mkdirSync(join(site, 'content/posts/my-bundle'), { recursive: true });
    writeFileSync(join(site, 'hugo.toml'), 'baseURL = "https://example.org/"\n');
    writeFileSync(
      join(site, 'content/posts/my-bundle/index.md'),
      '---\ntitle: [unclosed\ndate: 2024-01-01\n---\n![Pic](pic.png)\n',
    );
    writeFileSync(join(site, 'content/posts/my-bundle/pic.png'), 'picture bytes');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('---\ntitle: Notepad\ndate: 2024-01-02\n---\nBody.\n', 'utf16le'),
    ]);
    writeFileSync(join(site, 'content/posts/notepad.md'), utf16);
    const blog = emptyBlog();
    const result = runBlog(['import', 'hugo', site], { cwd: blog });
    assert.is(result.status, 0, result.stderr);
    // Not `posts/index.md`, which is no post at all, and not without its picture.
    assert.is(read(blog, 'posts/my-bundle/pic.png'), 'picture bytes');
    assert.match(read(blog, 'posts/my-bundle/index.md'), 'title: [unclosed');
    // The position is the file's (2:8), never yaml's own count within the block.
    assert.match(
      result.stdout,
      /posts\/my-bundle\/index\.md\n {4}1: front-matter not read \(Invalid YAML: [^)\n]*\]\); copied unchanged\n {4}2:8: Invalid YAML/,
    );
    assert.ok(readFileSync(join(blog, 'posts/notepad.md')).equals(utf16));
    assert.match(
      result.stdout,
      /posts\/notepad\.md\n {4}1: not UTF-8 text \(UTF-16, or Windows-1252 bytes\); copied unchanged/,
    );
    const lint = runBlog(['lint'], { cwd: blog });
    assert.match(lint.stdout, /posts\/notepad\.md\n {2}1:1 +error +Unexpected UTF-16 text/);
  },
);

hugo('blog import hugo: TOML → YAML, publishDate, bundles and static images; the result builds', () => {
  const blog = emptyBlog(DATED);
  const result = runBlog(['import', 'hugo', join(FIXTURES, 'import-hugo')], { cwd: blog });
  assert.is(result.status, 0, result.stderr);
  const out = result.stdout;
  assert.match(out, /^Imported 8 posts and 2 other files/);
  assert.match(out, 'TOML front-matter (`+++`) → YAML');
  assert.match(out, '`publishDate` → `date` (the day it appears)');
  assert.match(out, '`{{< ref "my-bundle" >}}` → `./2020-07-04-my-bundle/index.md`');
  assert.match(out, '`{{< figure … >}}` → `![The cover](cover.png)<br>*A cover image*`');
  assert.match(
    out,
    '`{{< youtube dQw4w9WgXcQ >}}` → `[YouTube video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)` (a link: embeds are not shown here)',
  );
  assert.not.match(out, 'youtube dQw4w9WgXcQ >}}` is shown as written');
  assert.match(
    read(blog, 'posts/2020-07-04-my-bundle/index.md'),
    '[YouTube video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
  );
  assert.match(out, 'no `title`: made `No title` from the file name');
  assert.match(
    out,
    'Not imported (pages, not posts): `content/_index.md`, `content/about.md`, `content/posts/_index.md`',
  );
  const first = read(blog, 'posts/2019-03-05-first-post.md');
  assert.match(first, /^---\ntitle: First post with TOML\ndate: 2019-03-05T10:00:00-05:00\ndraft: false\n/);
  // `Release` from categories is the same tag; the old URL (`[permalinks]` in hugo.toml) is kept as an alias.
  assert.match(first, 'tags:\n  - Hugo\n  - release\naliases:\n  - /2019/03/first-post-with-toml/\n---');
  assert.match(read(blog, 'posts/2020-05-01-draft-post.md'), 'draft: true');
  assert.ok(existsSync(join(blog, 'posts/2020-07-04-my-bundle/cover.png')));
  assert.ok(existsSync(join(blog, 'static/images/diagram.png')));

  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  assert.match(build.stdout, 'left out 1 draft');
  const pages = assertOnePagePerPost(join(blog, 'dist'), HUGO_TITLES);
  assert.ok(pages.has('2021/02/01/scheduled-post/index.html'));
  assert.ok(existsSync(join(blog, 'dist/2020/07/04/my-bundle/cover.png')));
  assert.match(read(blog, 'dist/2019/03/05/first-post/index.html'), 'href="/2020/07/04/my-bundle/"');
});

hugo(
  'cover images come along: a theme’s `featured_image` or `cover.image` becomes `image`, its file copied',
  () => {
    // As in gohugo-theme-ananke's exampleSite (`featured_image: "/images/esmeralda.jpg"` under static/) and
    // hugo-PaperMod's (`cover: { image: image.png, alt, caption }` in a bundle).
    const blog = emptyBlog();
    const run = runBlog(['import', 'hugo', join(FIXTURES, 'import-hugo-covers')], { cwd: blog });
    assert.is(run.status, 0, run.stderr);
    assert.match(run.stdout, '4: `featured_image` → `image` (the cover image)');
    assert.match(run.stdout, '5: `cover.image` → `image`, `cover.alt` → `imageAlt` (the cover image)');
    const chapter = read(blog, 'posts/2017-04-14-chapter-6.md');
    assert.match(chapter, '\nimage: /images/esmeralda.jpg\n');
    assert.not.match(chapter, 'featured_image');
    const bundle = read(blog, 'posts/2024-04-11-cover-page/index.md');
    assert.match(
      bundle,
      '\ncover:\n  caption: "This is a caption for the cover image."\nimage: image.png\nimageAlt: A sample cover image\n',
    );
    assert.match(run.stdout, 'kept `cover`, unused here');
    // The file under static/ is copied for the front-matter alone, for a theme's key and the plain `image`.
    assert.equal(
      readFileSync(join(blog, 'static/images/esmeralda.jpg')),
      readFileSync(join(FIXTURES, 'import-hugo-covers/static/images/esmeralda.jpg')),
    );
    const lint = runBlog(['lint', 'posts/2019-03-10-plain-image.md', 'posts/2024-04-11-cover-page'], {
      cwd: blog,
    });
    assert.not.match(lint.stdout, 'frontmatter/image ');
    const build = runBlog(['build', '--strict'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    assert.match(
      read(blog, 'dist/posts/chapter-6/index.html'),
      'og:image" content="http://localhost:4000/images/esmeralda.jpg"',
    );
    assert.match(read(blog, 'dist/posts/cover-page/index.html'), '/posts/cover-page/image.png');
  },
);

hugo('a byline written in Markdown (Docsy’s, as on opentelemetry.io) becomes the authors’ names', () => {
  const site = tempDir('blog-import-docsy-author-');
  mkdirSync(join(site, 'content/en/blog/2023/otel-arrow'), { recursive: true });
  writeFileSync(join(site, 'hugo.yaml'), 'baseURL: https://opentelemetry.io\ntitle: OpenTelemetry\n');
  writeFileSync(
    join(site, 'content/en/blog/2023/otel-arrow/index.md'),
    '---\ntitle: OTel Arrow\ndate: 2023-04-11\nauthor: >-\n  [Laurent Quérel](https://github.com/lquerel) (F5), [Joshua\n  MacDonald](https://github.com/jmacd) (ServiceNow)\n---\n\nBody.\n',
  );
  const blog = emptyBlog();
  const run = runBlog(['import', 'hugo', site], { cwd: blog });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, '4: `author` written in Markdown → `Laurent Quérel`, `Joshua MacDonald`');
  assert.match(
    read(blog, 'posts/2023-04-11-otel-arrow/index.md'),
    '\nauthor:\n  - Laurent Quérel\n  - Joshua MacDonald\n',
  );
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stderr);
  const page = read(blog, 'dist/posts/otel-arrow/index.html');
  assert.match(page, '<a href="/authors/laurent-querel/" rel="author">Laurent Quérel</a>');
  assert.not.match(page, '](https://github.com');
});

hugo(
  '`{{% param canonical_url %}}` becomes the post’s own value (opentelemetry.io); a site param is left for a person',
  () => {
    const site = tempDir('blog-import-hugo-param-');
    mkdirSync(join(site, 'content/en/blog/2019/opentelemetry-governance-committee-explained'), {
      recursive: true,
    });
    writeFileSync(join(site, 'hugo.yaml'), 'baseURL: https://opentelemetry.io\ntitle: OpenTelemetry\n');
    writeFileSync(
      join(site, 'content/en/blog/2019/opentelemetry-governance-committee-explained/index.md'),
      '---\ntitle: OpenTelemetry Governance Committee Explained\ndate: 2019-11-06\ncanonical_url: https://medium.com/opentelemetry/opentelemetry-governance-committee-explained-860353baba0\n---\n\n_A version of this article was [originally posted] on Medium._\n\nRun {{% param notes.docker-compose-v2 %}}.\n\n[originally posted]: <{{% param canonical_url %}}>\n',
    );
    const blog = emptyBlog();
    const run = runBlog(['import', 'hugo', site], { cwd: blog });
    assert.is(run.status, 0, run.stderr);
    assert.match(run.stdout, '11: `{{% param canonical_url %}}` → `https://medium.com/opentelemetry/');
    assert.match(run.stdout, '`{{% param notes.docker-compose-v2 %}}` is shown as written');
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    assert.match(
      read(blog, 'dist/posts/opentelemetry-governance-committee-explained/index.html'),
      '<a href="https://medium.com/opentelemetry/opentelemetry-governance-committee-explained-860353baba0">originally posted</a>',
    );
  },
);

hugo(
  'an `expiryDate` already past comes as a draft, as Hugo no longer published it; one to come is left for a person',
  () => {
    // As hugo-PaperMod's exampleSite writes it: `expiryDate: 2026-05-08` on content/posts/papermod/papermod-faq.md.
    const site = tempDir('blog-import-hugo-expiry-');
    mkdirSync(join(site, 'content/posts'), { recursive: true });
    writeFileSync(join(site, 'hugo.toml'), 'baseURL = "https://x.test/"\n');
    const post = (name: string, expiry: string, extra = '') =>
      writeFileSync(
        join(site, `content/posts/${name}.md`),
        `---\ntitle: "FAQs / How To's Guide"\ndate: 2021-01-20\nexpiryDate: ${expiry}\n${extra}---\n\nBody.\n`,
      );
    post('papermod-faq', '2026-05-08');
    post('later', '2999-01-01');
    post('old-draft', '2026-05-08', 'draft: true\n');
    const blog = emptyBlog();
    const run = runBlog(['import', 'hugo', site], { cwd: blog, env: { SOURCE_DATE_EPOCH: '1796256000' } });
    assert.is(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      '4: `expiryDate: 2026-05-08` has passed, so Hugo no longer published the post: `draft: true`, not back online',
    );
    assert.match(run.stdout, '4: removed `expiryDate: 2026-05-08` (a draft)');
    assert.match(
      run.stdout,
      '4: kept `expiryDate: 2999-01-01`, unused here: Hugo would stop publishing the post that day',
    );
    const faq = read(blog, 'posts/2021-01-20-papermod-faq.md');
    assert.match(faq, '\ndraft: true\n');
    assert.not.match(faq, /expiryDate|aliases/);
    const build = runBlog(['build'], { cwd: blog, env: { SOURCE_DATE_EPOCH: '1796256000' } });
    assert.is(build.status, 0, build.stderr);
    assert.not.ok(existsSync(join(blog, 'dist/posts/papermod-faq')));
    assert.ok(existsSync(join(blog, 'dist/posts/later/index.html')));
  },
);

hugo.run();

const hexo = suite('hexo');

hexo('posts copied as they are: front-matter without its opening line is an error that says so', () => {
  const blog = emptyBlog();
  cpSync(join(FIXTURES, 'import-hexo/source/_posts'), join(blog, 'posts'), { recursive: true });
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 1);
  assert.match(
    build.stderr,
    /posts\/no-opener\.md\n {2}1:1 +error +Unexpected front-matter without its opening `---`/,
  );
  assert.match(build.stderr, '`blog import hexo`');
});

hexo(
  'blog import hexo: codeblock, post_link, asset folders, opener-less front-matter; the result builds',
  () => {
    const blog = emptyBlog({ timeZone: 'Asia/Shanghai' });
    const result = runBlog(['import', 'hexo', join(FIXTURES, 'import-hexo')], { cwd: blog });
    assert.is(result.status, 0, result.stderr);
    const out = result.stdout;
    assert.match(out, /^Imported 4 posts and 2 other files/);
    assert.match(out, '`{% codeblock Array.map lang:js %}` → fenced code block');
    assert.match(out, '`{% post_link asset-post %}` → link to `./2019-02-03-asset-post/index.md`');
    assert.match(out, 'added the opening `---` of the front-matter');
    assert.match(out, '10: `{% blockquote David Levithan, Wide Awake %}` → a quote (`> `)');
    assert.not.match(out, 'is shown as written');
    assert.match(
      read(blog, 'posts/2018-05-01-hello-world.md'),
      'tags:\n  - Hexo\n  - release\n  - Diary\n  - Life\n  - Notes\n',
    );
    assert.match(
      read(blog, 'posts/2019-02-03-asset-post/index.md'),
      '![A picture from the asset folder](pic.png)',
    );

    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    assertOnePagePerPost(join(blog, 'dist'), [
      'Hello World',
      'A post with an asset folder',
      'Front-matter without an opening line',
    ]);
    assert.ok(existsSync(join(blog, 'dist/posts/asset-post/pic.png')));
    assert.match(read(blog, 'dist/posts/hello-world/index.html'), 'href="/posts/asset-post/"');
    assert.match(
      read(blog, 'dist/posts/asset-post/index.html'),
      '<blockquote>\n<p>Do not just seek happiness for yourself.</p>\n<footer>— David Levithan, Wide Awake</footer></blockquote>',
    );
  },
);

hexo.run();

const eleventy = suite('eleventy');

eleventy(
  'blog import eleventy: collection tags dropped, url filters and highlight converted; the result builds',
  () => {
    const blog = emptyBlog();
    const result = runBlog(['import', 'eleventy', join(FIXTURES, 'import-eleventy')], { cwd: blog });
    assert.is(result.status, 0, result.stderr);
    assert.match(result.stdout, 'dropped the collection tag `posts`');
    assert.match(result.stdout, "`{{ '/img/cat.png' | url }}` → `/img/cat.png`");
    assert.match(
      result.stdout,
      '15: `{% image "./cat.png", "A cat, through the image shortcode" %}` is shown as written',
    );
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    assertOnePagePerPost(join(blog, 'dist'), ['First Eleventy post', 'Second Eleventy post']);
    assert.not.ok(existsSync(join(blog, 'dist/tags/posts')));
    assert.ok(existsSync(join(blog, 'dist/img/cat.png')));
  },
);

eleventy(
  'blog import eleventy: a `---js` front-matter of values comes as YAML; eleventy-base-blog builds on the first try',
  () => {
    const blog = emptyBlog();
    const result = runBlog(['import', 'eleventy', join(FIXTURES, 'import-eleventy-base-blog')], {
      cwd: blog,
    });
    assert.is(result.status, 0, result.stderr);
    assert.match(
      result.stdout,
      'content/blog/fifthpost.md\n    1: JavaScript front-matter (`---js`) → YAML: its values, read as data and never run',
    );
    assert.is(
      read(blog, 'posts/2023-01-23-fifthpost.md'),
      '---\ntitle: This is a fifth post\ndate: 2023-01-23\ndraft: true\n---\nThis is a draft post\n',
    );
    // Links to other posts' source files, which its InputPathToUrl plugin served as their URLs.
    assert.match(result.stdout, '11: link `/blog/firstpost.md` → `./2018-05-01-firstpost.md`');
    assert.match(result.stdout, '12: link `blog/thirdpost.md` → `./2018-08-24-thirdpost.md`');
    const second = read(blog, 'posts/2018-07-04-secondpost.md');
    assert.match(
      second,
      '<a href="./2018-05-01-firstpost.md">First post</a>\n<a href="./2018-08-24-thirdpost.md">Third post</a>',
    );
    assert.match(second, '[the fourth](./2018-09-30-fourthpost.md#section-header)');
    assert.match(second, '[a missing one](/blog/nope.md)');
    const build = runBlog(['build', '--drafts'], { cwd: blog });
    assert.is(build.status, 0, build.stderr);
    assert.match(read(blog, 'dist/posts/fifthpost/index.html'), 'This is a draft post');
    assert.match(
      read(blog, 'dist/posts/secondpost/index.html'),
      '<a href="/posts/firstpost/">First post</a>',
    );
  },
);

eleventy(
  'reference-style images and links to files of the site come along, as WordPress exports write them',
  () => {
    // zachleat.com's oldest posts: `[![Error Messages][2]][2]` with `[2]: /web/wp-content/uploads/2007/02/image2.jpg`,
    // and a thumbnail linking to its full-size image.
    const fixture = join(FIXTURES, 'import-eleventy-underscore-posts');
    const blog = emptyBlog();
    const run = runBlog(['import', 'eleventy', fixture], { cwd: blog });
    assert.is(run.status, 0, run.stderr);
    for (const file of ['image2.jpg', 'hierselects1.jpg', 'hierselects1.thumbnail.jpg', 'spec.pdf'])
      assert.equal(
        readFileSync(join(blog, 'static/web/wp-content/uploads/2007/02', file)),
        readFileSync(join(fixture, 'web/wp-content/uploads/2007/02', file)),
        file,
      );
    const lint = runBlog(['lint'], { cwd: blog });
    assert.not.match(lint.stdout, /body\/missing-image|wp-content.*body\/broken-link/);
    const build = runBlog(['build', '--strict'], { cwd: blog });
    assert.is(build.status, 0, build.stdout + build.stderr);
  },
);

eleventy(
  'Eleventy’s `date: git Last Modified` and `date: Created` name a source, not a date: the file gives it; the blog builds',
  () => {
    const site = tempDir('blog-import-eleventy-dates-');
    mkdirSync(join(site, 'posts'));
    writeFileSync(join(site, 'posts/notes.md'), '---\ntitle: Notes\ndate: git Last Modified\n---\nBody.\n');
    writeFileSync(
      join(site, 'posts/2021-03-04-created.md'),
      '---\ntitle: Created one\ndate: Created\n---\nBody.\n',
    );
    const blog = emptyBlog();
    const run = runBlog(['import', 'eleventy', site], { cwd: blog });
    assert.is(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      '3: removed `date: git Last Modified` (Eleventy read it from the file or git; not a date here)',
    );
    assert.match(run.stdout, '3: removed `date: Created`');
    assert.match(run.stdout, "no date: used the file's modification day");
    assert.is(read(blog, 'posts/2021-03-04-created.md').includes('date:'), false);
    const build = runBlog(['build'], { cwd: blog });
    assert.is(build.status, 0, build.stdout + build.stderr);
    assert.match(read(blog, 'dist/posts/created/index.html'), 'datetime="2021-03-04');
  },
);

eleventy.run();
