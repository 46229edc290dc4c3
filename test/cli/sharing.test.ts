/**
 * @fileoverview Link previews and feeds as other sites see them: canonical, Open Graph, Twitter and JSON-LD in
 * every head, generated social cards (PNG, 1200×630), and feed content with absolute URLs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, read, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { htmlFiles } from '../helpers/site.ts';

const HOSTILE_TITLE = `</script><script>alert(1)</script> "Quotes" & 'apostrophes' 🚀 日本語`;
const HOSTILE = `---
title: ${JSON.stringify(HOSTILE_TITLE)}
date: 2024-01-01
tags: [Security]
description: "Ends the script? </script><!-- and U+2028 \u2028 here, long enough for the check."
---
Body of the hostile post.
`;

/** The starter with a card per post (`"socialCards": "posts"`; the default draws the site's card only). */
function starterWithPostCards(): string {
  const blog = copyFixture('starter');
  const config = JSON.parse(read(blog, 'blog.config.json')) as Record<string, unknown>;
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify({ ...config, socialCards: 'posts' }, null, 2));
  return blog;
}

/** The starter blog with a hostile post, built under a base path (the harder case for URLs). */
function buildStarter(baseUrl = 'https://example.com/blog/', extra: string[] = []): string {
  const blog = starterWithPostCards();
  writeFileSync(join(blog, 'posts/2024-01-01-hostile.md'), HOSTILE);
  const r = runBlog(['build', '--base-url', baseUrl, ...extra], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  return blog;
}

interface Head {
  meta: Map<string, string[]>;
  links: Map<string, string>;
  jsonLd: string[];
}

/** The head's `<meta property|name>` values (decoded), `<link rel>` hrefs and JSON-LD script bodies. */
function readHead(html: string): Head {
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string[]>();
  for (const m of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g))
    meta.set(m[1]!, [...(meta.get(m[1]!) ?? []), decodeHTML(m[2]!)]);
  const links = new Map<string, string>();
  for (const m of head.matchAll(/<link rel="([^"]+)"[^>]* href="([^"]*)"/g))
    links.set(m[1]!, decodeHTML(m[2]!));
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
  return { meta, links, jsonLd };
}

const one = (head: Head, key: string) => {
  const values = head.meta.get(key);
  assert.ok(values && values.length === 1, `expected one ${key}, got ${JSON.stringify(values)}`);
  return values![0]!;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  assert.equal(
    [...data.subarray(0, 8)],
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    `${file} is not a PNG`,
  );
  assert.is(data.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The output file an absolute URL under the base points at. */
function fileOf(dist: string, url: string, base: string): string {
  assert.ok(url.startsWith(base), `${url} is not under ${base}`);
  return join(dist, decodeURIComponent(url.slice(base.length)));
}

type Json = Record<string, unknown>;
const graphOf = (text: string) => (JSON.parse(text) as { '@graph': Json[] })['@graph'];

test('each post page has canonical, og:*, twitter:* and one JSON-LD BlogPosting with absolute URLs under the base path', () => {
  const base = 'https://example.com/blog/';
  const blog = buildStarter(base);
  const dist = join(blog, 'dist');
  const posts = htmlFiles(dist).filter((f) => f.startsWith('posts/'));
  assert.is(posts.length, 5);
  for (const file of posts) {
    const head = readHead(read(dist, file));
    const url = base + file.replace(/index\.html$/, '');
    assert.is(head.links.get('canonical'), url, file);
    assert.is(one(head, 'og:type'), 'article');
    assert.is(one(head, 'og:url'), url);
    assert.is(one(head, 'og:site_name'), 'First Column IT Tech Blog');
    assert.is(one(head, 'og:locale'), 'en_US');
    assert.ok(one(head, 'og:title').length > 0);
    assert.ok(one(head, 'og:description').length > 0);
    assert.ok(one(head, 'description').length <= 200);
    assert.match(one(head, 'article:published_time'), /^\d{4}-\d{2}-\d{2}T/);
    assert.match(one(head, 'article:modified_time'), /^\d{4}-\d{2}-\d{2}T/);
    assert.ok((head.meta.get('article:tag') ?? []).length > 0, `${file} has no article:tag`);
    const image = one(head, 'og:image');
    assert.ok(image.startsWith(base), image);
    assert.is(one(head, 'og:image:width'), '1200');
    assert.is(one(head, 'og:image:height'), '630');
    assert.ok(one(head, 'og:image:alt').length > 0);
    assert.is(one(head, 'twitter:card'), 'summary_large_image');
    assert.is(one(head, 'twitter:image'), image);
    assert.is(one(head, 'twitter:title'), one(head, 'og:title'));

    assert.is(head.jsonLd.length, 1, `${file}: one JSON-LD block`);
    const graph = graphOf(head.jsonLd[0]!);
    const posting = graph.find((n) => n['@type'] === 'BlogPosting')!;
    assert.ok(posting, `${file}: no BlogPosting`);
    for (const key of [
      'headline',
      'description',
      'datePublished',
      'dateModified',
      'author',
      'image',
      'publisher',
    ])
      assert.ok(posting[key], `${file}: BlogPosting.${key} missing`);
    assert.is((posting.mainEntityOfPage as Json)['@id'], url);
    assert.is(posting.url, url);
    assert.is((posting.image as Json).url, image);
    const logo = ((posting.publisher as Json).logo as Json).url as string;
    assert.ok(logo.startsWith(base), logo);
    assert.equal(pngSize(fileOf(dist, logo, base)), { width: 512, height: 512 });
    assert.ok(Date.parse(posting.dateModified as string) >= Date.parse(posting.datePublished as string));
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList')!;
    const items = crumbs.itemListElement as Json[];
    assert.is(items[0]!.item, base);
    assert.is(items.at(-1)!.item, url);
    for (const item of items) assert.ok((item.item as string).startsWith(base), String(item.item));
  }
});

test('index, tag and tags pages are og:type=website, with Blog and BreadcrumbList JSON-LD', () => {
  const base = 'https://example.com/blog/';
  const dist = join(buildStarter(base), 'dist');
  const index = readHead(read(dist, 'index.html'));
  assert.is(one(index, 'og:type'), 'website');
  assert.is(index.links.get('canonical'), base);
  assert.ok(one(index, 'og:image').startsWith(`${base}cards/site-`));
  assert.is(index.jsonLd.length, 1);
  const blogNode = graphOf(index.jsonLd[0]!).find((n) => n['@type'] === 'Blog')!;
  assert.is(blogNode.url, base);
  assert.is((blogNode.blogPost as Json[]).length, 5);

  const tag = readHead(read(dist, 'tags/security/index.html'));
  assert.is(one(tag, 'og:type'), 'website');
  assert.is(tag.links.get('canonical'), `${base}tags/security/`);
  const crumbs = graphOf(tag.jsonLd[0]!).find((n) => n['@type'] === 'BreadcrumbList')!;
  assert.equal(
    (crumbs.itemListElement as Json[]).map((i) => i.item),
    [base, `${base}tags/`, `${base}tags/security/`],
  );
  assert.is(one(readHead(read(dist, 'tags/index.html')), 'og:type'), 'website');
});

test('a post without a usable image gets a 1200×630 PNG card; the card files are all PNGs of their size', () => {
  const base = 'https://example.com/blog/';
  const dist = join(buildStarter(base), 'dist');
  const cards = readdirSync(join(dist, 'cards')).sort();
  // Five posts (the bundle's cover is an SVG, which previews cannot show), the site card and the logo.
  assert.is(cards.length, 7, cards.join(' '));
  for (const name of cards) {
    const size = pngSize(join(dist, 'cards', name));
    assert.equal(
      size,
      name.startsWith('logo-') ? { width: 512, height: 512 } : { width: 1200, height: 630 },
      name,
    );
  }
  const head = readHead(read(dist, 'posts/t-mobile-security-woes/index.html'));
  assert.match(one(head, 'og:image'), /\/cards\/t-mobile-security-woes-[0-9a-f]{10}\.png$/);
  assert.is(one(head, 'og:image:type'), 'image/png');
});

test('a hostile title stays data in meta tags, JSON-LD and the card', () => {
  const dist = join(buildStarter(), 'dist');
  const html = read(dist, 'posts/hostile/index.html');
  assert.not.ok(html.includes('<script>alert(1)'), 'the title must not open a script');
  // Only the one JSON-LD script: the title's `</script>` closed nothing and opened nothing.
  assert.is(html.match(/<script/g)!.length, 1);
  const head = readHead(html);
  assert.is(one(head, 'og:title'), HOSTILE_TITLE);
  assert.is(one(head, 'twitter:title'), HOSTILE_TITLE);
  assert.not.ok(/[<>&\u2028]/.test(head.jsonLd[0]!), 'JSON-LD escapes <, >, & and U+2028');
  const posting = graphOf(head.jsonLd[0]!).find((n) => n['@type'] === 'BlogPosting')!;
  assert.is(posting.headline, HOSTILE_TITLE);
  assert.match(posting.description as string, /<\/script><!--/);
  const card = fileOf(dist, one(head, 'og:image'), 'https://example.com/blog/');
  assert.equal(pngSize(card), { width: 1200, height: 630 });
});

test('cards are reused from the cache: a rebuild from scratch gives the same bytes, a corrupt cached card is redrawn', () => {
  const blog = buildStarter();
  const dist = join(blog, 'dist');
  const name = readdirSync(join(dist, 'cards')).find((n) => n.startsWith('hostile-'))!;
  const first = readFileSync(join(dist, 'cards', name));
  const cached = readdirSync(join(blog, '.blog-cache', 'cards'));
  assert.is(cached.length, 7);
  // Corrupt every cached card; the next build must not publish them.
  for (const c of cached) writeFileSync(join(blog, '.blog-cache', 'cards', c), 'not a png');
  rmSync(dist, { recursive: true });
  const r = runBlog(['build', '--base-url', 'https://example.com/blog/'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.equal(readFileSync(join(dist, 'cards', name)), first);
  const again = runBlog(['build', '--base-url', 'https://example.com/blog/', '--no-cache'], { cwd: blog });
  assert.is(again.status, 0, again.stderr);
  assert.equal(readFileSync(join(dist, 'cards', name)), first);
});

test('a card template in the blog overrides the theme; a broken one is a clear error', () => {
  const blog = starterWithPostCards();
  mkdirSync(join(blog, 'templates'), { recursive: true });
  writeFileSync(
    join(blog, 'templates/social-card.eta'),
    '<div style="display:flex;width:1200px;height:630px;background:#fff;color:#000;font-size:60px;font-family:Inter"><%= it.card.title %></div>\n',
  );
  let r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const head = readHead(read(join(blog, 'dist'), 'posts/t-mobile-security-woes/index.html'));
  const card = fileOf(join(blog, 'dist'), one(head, 'og:image'), 'https://blog.example.com/');
  assert.equal(pngSize(card), { width: 1200, height: 630 });

  // Broken, with a post retitled: the build stops before it writes anything (the cards are drawn while the
  // pages are written, but laid out first).
  const page = join(blog, 'dist/posts/t-mobile-security-woes/index.html');
  const before = readFileSync(page);
  for (const name of readdirSync(join(blog, 'posts'))) {
    const path = join(blog, 'posts', name);
    if (/t-mobile-security-woes/.test(name))
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: "Retitled"'));
  }
  writeFileSync(join(blog, 'templates/social-card.eta'), '<div><%= it.card.nope.deeper %></div>\n');
  r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2, r.stderr);
  assert.match(r.stderr, /templates\/social-card\.eta/);
  assert.not.match(r.stderr, /Internal error/);
  assert.ok(readFileSync(page).equals(before), 'the post page is as the last build wrote it');
});

test('by default only the site card and the logo are drawn, and posts without a cover show the site card', () => {
  const blog = copyFixture('starter');
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const cards = readdirSync(join(blog, 'dist', 'cards')).sort();
  assert.equal(
    cards.map((n) => n.replace(/-[0-9a-f]{10}\.png$/, '')),
    ['logo', 'site'],
  );
  const site = cards.find((n) => n.startsWith('site-'))!;
  for (const page of ['posts/t-mobile-security-woes/index.html', 'index.html']) {
    const head = readHead(read(join(blog, 'dist'), page));
    assert.is(one(head, 'og:image'), `https://blog.example.com/cards/${site}`, page);
    assert.is(one(head, 'twitter:card'), 'summary_large_image', page);
  }
});

test('"socialCards": false draws no cards and names no image where there is none', () => {
  const blog = copyFixture('starter');
  const config = JSON.parse(read(blog, 'blog.config.json')) as Record<string, unknown>;
  writeFileSync(join(blog, 'blog.config.json'), JSON.stringify({ ...config, socialCards: false }));
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.not.ok(existsSync(join(blog, 'dist', 'cards')));
  const head = readHead(read(join(blog, 'dist'), 'posts/t-mobile-security-woes/index.html'));
  assert.not.ok(head.meta.has('og:image'));
  assert.is(one(head, 'twitter:card'), 'summary');
  assert.is(head.jsonLd.length, 1);
});

test('the feed has absolute URLs, no heading anchors, and the cover image', () => {
  const base = 'https://example.com/blog/';
  const blog = buildStarter(base);
  const atom = read(join(blog, 'dist'), 'atom.xml');
  const content = [...atom.matchAll(/<content type="html">([\s\S]*?)<\/content>/g)].map((m) =>
    decodeHTML(m[1]!),
  );
  assert.ok(content.length >= 5);
  for (const html of content) {
    assert.not.match(html, /class="anchor"/);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g))
      assert.match(m[1]!, /^(https?:|mailto:)/, `relative URL in the feed: ${m[1]}`);
  }
  const bundle = `${base}posts/technology-pinpoints-inefficiencies/workflow.svg`;
  assert.ok(
    content.some((html) => html.includes(`src="${bundle}"`)),
    'bundle image made absolute',
  );
  assert.ok(atom.includes(`<media:content url="${bundle}" medium="image">`), 'cover as media:content');

  writeFileSync(
    join(blog, 'blog.config.json'),
    read(blog, 'blog.config.json').replace('"format": "atom"', '"format": "rss"'),
  );
  const r = runBlog(['build', '--base-url', base], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const rss = read(join(blog, 'dist'), 'rss.xml');
  assert.ok(rss.includes(`<media:content url="${bundle}" medium="image">`));
  assert.ok(decodeHTML(rss).includes(`src="${bundle}"`));
  assert.not.match(decodeHTML(rss), /href="#/);
});

test('the footer year is the build clock’s year in the site’s time zone', () => {
  const blog = copyFixture('starter');
  // 2027-01-01 02:00 UTC is still 2026 in New York (the starter's time zone).
  let r = runBlog(['build'], {
    cwd: blog,
    env: { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 1, 2) / 1000) },
  });
  assert.is(r.status, 0, r.stderr);
  assert.match(read(join(blog, 'dist'), 'index.html'), /© 2026 /);
  r = runBlog(['build'], { cwd: blog, env: { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 1, 6) / 1000) } });
  assert.is(r.status, 0, r.stderr);
  assert.match(read(join(blog, 'dist'), 'index.html'), /© 2027 /);
});

test('a post opening with a banner image is described by its first words: meta description, feed summary, card', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'posts/2025-10-02-banner-first.md'),
    '---\ntitle: Banner First\ndate: 2025-10-02\n---\n![A banner](/favicon.svg)\n\nThe first words & more.\n',
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const dist = join(blog, 'dist');
  // It had no description at all, an empty <summary> and a card with no excerpt.
  assert.match(
    read(dist, 'posts/banner-first/index.html'),
    '<meta name="description" content="The first words &amp; more.">',
  );
  assert.match(read(dist, 'atom.xml'), '<summary type="text">The first words &amp; more.</summary>');
  assert.match(read(dist, 'index.html'), /class="post-card-excerpt">The first words &amp; more\./);
});

test('a blog in Arabic or Hebrew reads right to left: <html dir="rtl"> on every page, redirects too', () => {
  const blog = copyFixture('starter', { ...WITHOUT_EXTRAS, language: 'he' });
  writeFileSync(
    join(blog, 'posts/2025-10-03-moved.md'),
    '---\ntitle: Moved\ndate: 2025-10-03\naliases: [/old/moved/]\n---\nText.\n',
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const dist = join(blog, 'dist');
  for (const file of htmlFiles(dist)) assert.match(read(dist, file), '<html lang="he" dir="rtl">', file);
  // A left-to-right blog's pages are as before, without `dir`.
  const ltr = copyFixture('starter', WITHOUT_EXTRAS);
  assert.is(runBlog(['build'], { cwd: ltr }).status, 0);
  assert.match(read(join(ltr, 'dist'), 'index.html'), /<html lang="en">/);
});

test('list pages say "Page 2 of 2" once, and cards show the description', () => {
  const blog = copyFixture('starter');
  for (let i = 1; i <= 10; i++)
    writeFileSync(
      join(blog, `posts/2024-02-${String(i).padStart(2, '0')}-filler-${i}.md`),
      `---\ntitle: Filler ${i}\ndate: 2024-02-${String(i).padStart(2, '0')}\ndescription: The description of filler ${i}, shown on cards.\n---\nThe first paragraph of filler ${i}.\n`,
    );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const page2 = read(join(blog, 'dist'), 'page/2/index.html');
  assert.is(page2.match(/Page 2 of 2/g)?.length, 1);
  // Not "First Column IT Tech Blog (page 2) · First Column IT Tech Blog": the site's name once.
  assert.match(page2, /<title>Page 2 · First Column IT Tech Blog<\/title>/);
  assert.match(page2, /<meta property="og:title" content="Page 2">/);
  // Nor the first page's description again, which search consoles list as a duplicate.
  assert.match(
    page2,
    '<meta name="description" content="Security, productivity and IT strategy for small and mid-sized companies in VA, DC and MD. (page 2 of 2)">',
  );
  const index = read(join(blog, 'dist'), 'index.html');
  assert.ok(index.includes('The description of filler 10, shown on cards.'));
  assert.not.ok(index.includes('The first paragraph of filler 10.'));
});

test.run();
