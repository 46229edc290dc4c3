/** The search index through `blog build`: where it goes, when it is made again, how to turn it off, and a missing binary. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateBlog } from '../../bench/generate.ts';
import { copyFixture, REPO, read, runBlog, setConfig, tempDir } from '../helpers/cli.ts';
import { searchFragments } from '../helpers/search-index.ts';

function build(blog: string, ...args: string[]): void {
  const r = runBlog(['build', ...args], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
}

test('search: the index is in pagefind/, kept while no post page changes, redone when one does', () => {
  const blog = copyFixture('archive-authors');
  build(blog);
  const files = () =>
    (readdirSync(join(blog, 'dist/pagefind'), { recursive: true }) as string[])
      .filter((f) => statSync(join(blog, 'dist/pagefind', f)).isFile())
      .sort();
  const before = files();
  assert.ok(before.includes('pagefind.js'));
  assert.ok(before.some((f) => f.endsWith('.pf_meta')));
  assert.not.ok(before.includes('pagefind-ui.js'), 'Pagefind’s own UI is not used by the theme');
  assert.match(read(blog, 'dist/search/index.html'), /data-pagefind="\/notes\/pagefind\/pagefind.js"/);
  assert.match(
    read(blog, 'dist/index.html'),
    /<form class="site-search" role="search" action="\/notes\/search\/" method="get">/,
  );
  const mtimes = () => before.map((f) => statSync(join(blog, 'dist/pagefind', f)).mtimeMs);
  const t0 = mtimes();

  // A new static file changes the build's inputs but no post page: the index is kept as it is.
  writeFileSync(join(blog, 'static/notes.txt'), 'hello\n');
  build(blog);
  assert.equal(files(), before);
  assert.equal(mtimes(), t0);

  // A post's body changes: the index is made again, and the old files are gone.
  const post = join(blog, 'posts/2025-07-01-patch-day.md');
  writeFileSync(post, `${readFileSync(post, 'utf8')}\nA new paragraph about firmware.\n`);
  build(blog);
  const after = files();
  assert.not.equal(after, before);
  assert.is(after.filter((f) => f.endsWith('.pf_meta')).length, 1);
  // Pagefind wrote the index beside the output and the writer moved it in: nothing of that is left over.
  assert.equal(
    readdirSync(blog).filter((name) => name.startsWith('.dist.')),
    [],
    'no staging or scratch folder is left beside dist/',
  );
  // Rebuilt in place and then with no cache at all: the same index files either way.
  rmSync(join(blog, '.blog-cache'), { recursive: true, force: true });
  build(blog, '--no-cache');
  assert.equal(files(), after);
});

function indexedUrls(blog: string, parts: readonly string[] = ['']): string[] {
  return searchFragments(blog, parts)
    .map((f) => f.url)
    .sort();
}

function indexedTitles(blog: string, parts: readonly string[]): string[] {
  return searchFragments(blog, parts).map((f) => f.meta.title ?? '');
}

test('search: the index holds exactly the post pages, and a deleted post leaves it on the next build', () => {
  const blog = copyFixture('archive-authors');
  build(blog);
  const posts = readdirSync(join(blog, 'dist/posts')).map((slug) => `/posts/${slug}/`);
  const urls = indexedUrls(blog);
  assert.ok(urls.length >= 4, urls.join(' '));
  // Post pages only: no list, tag, archive, author or search page.
  for (const url of urls) assert.ok(posts.includes(url), url);

  // Updated in place (with the cache): the deleted post's page is gone from the folder Pagefind reads.
  rmSync(join(blog, 'posts/2024-01-20-vpn-notes.md'));
  build(blog);
  const after = indexedUrls(blog);
  assert.is(after.length, urls.length - 1);
  assert.not.ok(
    after.some((u) => u.includes('vpn-notes')),
    after.join(' '),
  );
  build(blog, '--no-cache');
  assert.equal(indexedUrls(blog), after);

  // Every post a draft: an empty index, not one of the list pages.
  for (const file of readdirSync(join(blog, 'posts')))
    writeFileSync(
      join(blog, 'posts', file),
      readFileSync(join(blog, 'posts', file), 'utf8')
        .replace(/^draft:.*\n/m, '')
        .replace(/^---\n/, '---\ndraft: true\n'),
    );
  build(blog);
  assert.equal(indexedUrls(blog), []);
  assert.ok(existsSync(join(blog, 'dist/pagefind/pagefind.js')));
});

/** A generated blog of 30 posts whose index is in three parts of 10, its build, and its index's files. */
function blogInParts(name: string, config: Record<string, unknown>) {
  const blog = tempDir(name);
  generateBlog(blog, 30);
  setConfig(blog, { socialCards: false, ...config });
  const env = { BLOG_SEARCH_PART_POSTS: '10' };
  const buildParts = (...args: string[]) => {
    const r = runBlog(['build', ...args], { cwd: blog, env });
    assert.is(r.status, 0, r.stderr);
  };
  const index = join(blog, 'dist/pagefind');
  const files = () =>
    (readdirSync(index, { recursive: true }) as string[])
      .filter((f) => statSync(join(index, f)).isFile())
      .sort();
  return { blog, buildParts, index, files };
}

test('search in parts: a post edited re-indexes its part only, and the index equals a clean build’s', () => {
  // Slugs are kept to letters, digits and dashes unless the blog turns that rule off.
  const { blog, buildParts, index, files } = blogInParts('blog-search-parts-', {
    lint: { rules: { 'frontmatter/slug': 'off' } },
  });
  // A post whose page path no glob can name (Pagefind is handed it on its own).
  const odd = readdirSync(join(blog, 'posts')).sort()[3]!;
  const oddPath = join(blog, 'posts', odd);
  writeFileSync(oddPath, readFileSync(oddPath, 'utf8').replace(/^---\n/, '---\nslug: "wow!-tips"\n'));
  // And one whose path has glob characters, escaped inside the part's glob.
  const globby = join(blog, 'posts', readdirSync(join(blog, 'posts')).sort()[4]!);
  writeFileSync(globby, readFileSync(globby, 'utf8').replace(/^---\n/, '---\nslug: "q[1],{x}"\n'));
  buildParts();
  const parts = ['', 'part-2/', 'part-3/'];
  for (const part of parts) assert.ok(files().includes(`${part}pagefind-entry.json`), part);
  // The merged parts use the main part's script and WebAssembly.
  assert.not.ok(files().some((f) => f.startsWith('part-') && /pagefind\.js$|\.wasm|wasm\./.test(f)));
  const search = read(blog, 'dist/search/index.html');
  assert.match(search, /data-pagefind-parts="\/pagefind\/part-2\/ \/pagefind\/part-3\/"/);
  assert.ok(indexedUrls(blog, parts).includes('/posts/wow!-tips/'), indexedUrls(blog, parts).join(' '));
  assert.ok(indexedUrls(blog, parts).some((url) => decodeURI(url) === '/posts/q[1],{x}/'));
  assert.is(indexedUrls(blog, parts).length, readdirSync(join(blog, 'dist/posts')).length);

  // One post's title: its own part is indexed again; the others (whose related lists and neighbours show
  // the new title outside the indexed body) keep their files untouched.
  const mtimes = () => new Map(files().map((f) => [f, statSync(join(index, f)).mtimeMs]));
  const before = mtimes();
  const post = join(blog, 'posts', readdirSync(join(blog, 'posts')).sort()[10]!);
  writeFileSync(post, readFileSync(post, 'utf8').replace(/^title: .*$/m, 'title: "A Renamed Post"'));
  buildParts();
  const after = mtimes();
  const changed = parts.filter((part) =>
    [...after].some(([f, t]) => (part ? f.startsWith(part) : !f.startsWith('part-')) && before.get(f) !== t),
  );
  assert.is(changed.length, 1, `parts indexed again: ${changed.join(', ')}`);
  // Within that part, only files with new bytes are written: the other posts' fragments keep their times.
  const newFragments = [...after].filter(([f, t]) => f.includes('fragment/') && before.get(f) !== t);
  assert.is(newFragments.length, 1, newFragments.map(([f]) => f).join(' '));
  const edited = indexedTitles(blog, parts);
  assert.ok(edited.includes('A Renamed Post'), edited.join(' | '));

  // A theme file of the blog's own: every part is indexed again (written beside the output, not in memory),
  // and the files whose bytes did not change keep their times.
  const footer = readFileSync(join(REPO, 'templates/theme/partials/footer.eta'), 'utf8');
  mkdirSync(join(blog, 'templates/partials'), { recursive: true });
  writeFileSync(join(blog, 'templates/partials/footer.eta'), `${footer}<!-- own footer -->\n`);
  const beforeTheme = mtimes();
  buildParts();
  assert.match(read(blog, 'dist/index.html'), /<!-- own footer -->/);
  const afterTheme = mtimes();
  assert.equal([...afterTheme.keys()], [...beforeTheme.keys()], 'the same files');
  assert.ok(
    [...afterTheme].filter(([f, t]) => f.includes('fragment/') && beforeTheme.get(f) === t).length > 20,
    'fragments with the same bytes kept',
  );

  // Byte for byte what a build without the cache makes.
  const kept = new Map(files().map((f) => [f, readFileSync(join(index, f))]));
  rmSync(join(blog, '.blog-cache'), { recursive: true, force: true });
  buildParts('--no-cache');
  assert.equal(files(), [...kept.keys()]);
  for (const [f, bytes] of kept) assert.ok(readFileSync(join(index, f)).equals(bytes), f);
});

test('search in parts: a kept part whose file in dist/ was deleted or edited is indexed again', () => {
  const { blog, buildParts, index, files } = blogInParts('blog-search-kept-', {});
  buildParts();
  const clean = new Map(files().map((f) => [f, readFileSync(join(index, f))]));
  // Every part's files damaged, by hand or by a sync gone wrong: one removed, one cut short.
  for (const part of ['', 'part-2/', 'part-3/']) {
    const ofPart = files().filter((f) => (part ? f.startsWith(part) : !f.startsWith('part-')));
    const fragment = ofPart.find((f) => f.includes('fragment/'))!;
    rmSync(join(index, ofPart.find((f) => f.endsWith('pagefind-entry.json'))!));
    writeFileSync(join(index, fragment), readFileSync(join(index, fragment)).subarray(0, 10));
  }
  // A rebuild for another reason (a post's title): each part is found damaged and made again.
  const post = join(blog, 'posts', readdirSync(join(blog, 'posts')).sort()[10]!);
  writeFileSync(post, readFileSync(post, 'utf8').replace(/^title: .*$/m, 'title: "A Renamed Post"'));
  buildParts();
  const rebuilt = new Map(files().map((f) => [f, readFileSync(join(index, f))]));
  assert.equal([...rebuilt.keys()].length, clean.size, 'every file there again');
  rmSync(join(blog, '.blog-cache'), { recursive: true, force: true });
  buildParts('--no-cache');
  assert.equal(files(), [...rebuilt.keys()]);
  for (const [f, bytes] of rebuilt) assert.ok(readFileSync(join(index, f)).equals(bytes), f);
});

test("a post's search record shows its own image or none, never a related post's cover", () => {
  // Pagefind takes a page's first image after its heading as the record's image, even outside the indexed
  // body: the related posts' cards come after the post, and one of them has a cover.
  const blog = copyFixture('images');
  build(blog);
  assert.match(
    read(blog, 'dist/posts/no-image/index.html'),
    /class="related-posts[^>]*>[\s\S]*post-card-img/,
  );
  const meta = new Map(searchFragments(blog, ['']).map((f) => [f.url, f.meta]));
  assert.is(meta.get('/posts/no-image/')?.title, 'A post without any image');
  assert.is(meta.get('/posts/no-image/')?.image, undefined);
  assert.match(meta.get('/posts/cover-post/')?.image ?? '', /^\/blog\/_img\/.*\.jpg$/);
});

test("a post's search record holds its words as text, its title and tags as metadata, not the headings' # links", () => {
  // Results showed "#Keep the Office Secure, Too" in their excerpts.
  const blog = copyFixture('images');
  writeFileSync(
    join(blog, 'posts/2024-01-02-no-image.md'),
    '---\ntitle: A post without any image\ndate: 2024-01-02\ntags: [Cloud, Wombat Care]\n---\nJust words here.\n\n## Keep the office secure\n\nMore words, and <em>raw HTML</em>, which is sanitized.\n',
  );
  build(blog);
  assert.match(read(blog, 'dist/posts/no-image/index.html'), /class="anchor"[^>]*>#<\/a>Keep the office/);
  const record = searchFragments(blog, ['']).find((f) => f.url === '/posts/no-image/') as
    | { content: string; filters: Record<string, string[]>; meta: Record<string, string> }
    | undefined;
  assert.ok(record, 'no search record for the post');
  assert.match(record.content, /Keep the office secure/);
  assert.not.match(record.content, /#/);
  // Pagefind searches metadata too: the title and tags find the post without opening its excerpt
  // ("A post without any image. Cloud Wombat Care. Just words here.").
  assert.match(record.content, /^Just words here\./);
  assert.is(record.meta.title, 'A post without any image');
  assert.match(record.meta.tags ?? '', /Cloud\W+Wombat Care/);
  assert.equal([...(record.filters.tag ?? [])].sort(), ['Cloud', 'Wombat Care']);
});

test('search: false builds no index, no search page and no search box', () => {
  const off = copyFixture('archive-authors');
  const config = JSON.parse(read(off, 'blog.config.json'));
  writeFileSync(join(off, 'blog.config.json'), JSON.stringify({ ...config, search: false }));
  build(off);
  assert.not.ok(existsSync(join(off, 'dist/pagefind')));
  assert.not.ok(existsSync(join(off, 'dist/search')));
  assert.not.match(read(off, 'dist/index.html'), /role="search"/);
  assert.not.match(read(off, 'dist/posts/vpn-notes/index.html'), /\/search\//);
});

test('without a Pagefind binary the build stops with a clear error and a way out, and writes nothing', () => {
  const blog = copyFixture('archive-authors');
  // Pagefind's own override of where its binary is: here, nowhere.
  const r = runBlog(['build'], { cwd: blog, env: { PAGEFIND_BINARY_PATH: join(blog, 'no-such-pagefind') } });
  assert.is(r.status, 2);
  assert.match(r.stderr, /Could not build the search index/);
  assert.match(r.stderr, /"search": false/);
  assert.not.match(r.stderr, /Internal error/);
  assert.not.ok(existsSync(join(blog, 'dist')));
});

test.run();
