/**
 * Full-text search as a reader uses it: the header's search box of a built 25-post blog under /blog/, on a
 * phone and on a desktop, finds the one post whose body has a word, and nothing for the nav's or footer's words.
 * The index is split into three parts (as a blog of thousands of posts would be), which the page merges.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateBlog } from '../../bench/generate.ts';
import {
  findChromium,
  horizontalOverflow,
  runAxe,
  type ServedBlog,
  screenshot,
  serveBuiltBlog,
  testWhen,
  watchPage,
} from '../helpers/browser.ts';
import { setConfig, tempDir } from '../helpers/cli.ts';

const chromiumPath = findChromium();
const it = testWhen('chromium', chromiumPath);
/** In no generated post: the generator writes from a fixed vocabulary. */
const WORD = 'quokkanaut';
/** Added to every post, to find them all whichever part of the index they are in. */
const EVERYWHERE = 'zebrafinch';
/** Each in one post only: its title, its tag, its body. */
const [TITLE_WORD, TAG_WORD, BODY_WORD] = ['Wombatics', 'Kookaburra', 'platypode'];

let site: ServedBlog;
let target: { title: string; path: string };
let published = 0;

test.before(async () => {
  if (!chromiumPath) return;
  const blog = tempDir('blog-search-');
  generateBlog(blog, 25);
  // Social cards are not what this suite looks at (sharing and social-card do): none drawn.
  setConfig(blog, { socialCards: false });
  // One post (not the newest, so ranking by date could not put it first) gets the word, deep in its body.
  const file = readdirSync(join(blog, 'posts'))
    .sort()
    .filter((f) => !readFileSync(join(blog, 'posts', f), 'utf8').includes('\ndraft: true'))[7]!;
  const text = readFileSync(join(blog, 'posts', file), 'utf8');
  writeFileSync(
    join(blog, 'posts', file),
    `${text}\nThe team named the new ${WORD} process after a quokka.\n`,
  );
  // A post whose title and tag have words its body does not: they find it, and stay out of its excerpt.
  writeFileSync(
    join(blog, 'posts', '2024-12-31-own-words.md'),
    `---\ntitle: ${TITLE_WORD} Handbook\ndate: 2024-12-31\ntags: [${TAG_WORD}]\n---\n\nA short body about the ${BODY_WORD} rotation.\n`,
  );
  for (const f of readdirSync(join(blog, 'posts')))
    writeFileSync(
      join(blog, 'posts', f),
      `${readFileSync(join(blog, 'posts', f), 'utf8')}\nEvery team keeps a ${EVERYWHERE}.\n`,
    );
  published = readdirSync(join(blog, 'posts')).filter(
    (f) => !readFileSync(join(blog, 'posts', f), 'utf8').includes('\ndraft: true'),
  ).length;
  const title = JSON.parse(/^title: (.*)$/m.exec(text)![1]!) as string;
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  target = { title, path: `/blog/posts/${slug}/` };
  site = await serveBuiltBlog(blog, chromiumPath, {
    args: ['--base-url', 'https://example.com/blog/'],
    basePath: '/blog/',
    // 25 posts in parts of about 8: three parts.
    env: { BLOG_SEARCH_PART_POSTS: '8' },
  });
  assert.ok(
    existsSync(join(blog, 'dist/pagefind/part-3/pagefind-entry.json')),
    'the index is not in 3 parts',
  );
});

test.after(() => site?.close());

async function openAt(
  width: number,
  path: string,
): Promise<{ page: Page; problems: { console: string[]; failed: string[] } }> {
  const page = await site.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const problems = await watchPage(page);
  await page.goto(site.origin + path);
  return { page, problems };
}

/** Types into the header's box and submits with Enter, as a keyboard user would; waits for the answer. */
async function searchFromHeader(page: Page, words: string): Promise<string> {
  const box = page.getByRole('searchbox', { name: 'Search posts' });
  assert.ok(await box.isVisible(), 'the header search box is not visible');
  await box.focus();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.origin}/blog/search/?q=${encodeURIComponent(words)}`);
  const status = page.locator('.search-status');
  await page.waitForFunction(
    `/match/.test(document.querySelector('.search-status').textContent)`,
    undefined,
    { timeout: 15_000 },
  );
  return (await status.textContent()) ?? '';
}

for (const width of [375, 1280]) {
  it(`at ${width} px: a word from one post's body finds that post first, and its link opens it`, async () => {
    const { page, problems } = await openAt(width, '/blog/');
    const status = await searchFromHeader(page, WORD);
    assert.match(status, /^1 post matches/);
    const first = page.locator('.search-results .post-card').first();
    const link = first.locator('.post-card-title a');
    assert.is((await link.textContent())?.trim(), target.title);
    assert.ok(await first.locator('.post-card-date').isVisible(), 'no date on the result');
    assert.match((await first.locator('.post-card-excerpt mark').first().textContent()) ?? '', WORD);
    assert.is(await horizontalOverflow(page), 0);
    await screenshot(page, `search-results-${width}`);
    await link.click();
    await page.waitForURL(site.origin + target.path);
    assert.is((await page.locator('h1').textContent())?.trim(), target.title);
    assert.equal(problems, { console: [], failed: [] });
    await page.close();
  });
}

it('a word in every post finds every post, from every part of the index', async () => {
  const { page, problems } = await openAt(1280, '/blog/');
  const status = await searchFromHeader(page, EVERYWHERE);
  assert.is(status, `${published} posts match “${EVERYWHERE}”.`);
  assert.equal(problems, { console: [], failed: [] });
  await page.close();
});

it("a word of a post's title or tag finds it; its excerpt is the body's words, not the title and tags again", async () => {
  const { page, problems } = await openAt(1280, '/blog/');
  for (const words of [TITLE_WORD, TAG_WORD, BODY_WORD]) {
    assert.match(await searchFromHeader(page, words), /^1 post matches/, words);
    const card = page.locator('.search-results .post-card').first();
    assert.is(await card.locator('.post-card-title a').textContent(), `${TITLE_WORD} Handbook`, words);
    // The title is right above the excerpt and the tags are filters: an excerpt opening "Wombatics
    // Handbook. Kookaburra. A short body…" said them twice.
    const excerpt = (await card.locator('.post-card-excerpt').textContent()) ?? '';
    assert.match(excerpt, /^A short body about the platypode rotation\./, words);
    assert.not.match(excerpt, new RegExp(`${TITLE_WORD}|${TAG_WORD}`), words);
    await page.goto(`${site.origin}/blog/`);
  }
  assert.equal(problems, { console: [], failed: [] });
  await page.close();
});

it('words only in the nav, header or footer find nothing', async () => {
  const { page, problems } = await openAt(375, '/blog/');
  // "Generated Blog" is the site title (header and footer), "Subscribe" the footer's feed link, "Home" the nav.
  for (const words of ['subscribe', 'generated', 'home']) {
    const status = await searchFromHeader(page, words);
    assert.is(status, `No posts match “${words}”.`);
    assert.is(await page.locator('.search-results .post-card').count(), 0);
    await page.goto(`${site.origin}/blog/`);
  }
  assert.equal(problems, { console: [], failed: [] });
  await page.close();
});

it('Escape empties the search box, its results and the address: a reload does not bring them back', async () => {
  const { page, problems } = await openAt(1280, `/blog/search/?q=${EVERYWHERE}`);
  await page.locator('.search-results .post-card').first().waitFor();
  const box = page.getByRole('searchbox', { name: 'Words to find in the posts' });
  await box.focus();
  await page.keyboard.press('Escape');
  await page.waitForFunction(`!document.querySelector('.search-results li')`);
  assert.is(await box.inputValue(), '');
  assert.is(await page.locator('.search-status').textContent(), '');
  await page.waitForURL(`${site.origin}/blog/search/`);
  await page.reload();
  assert.is(await page.locator('.search-results .post-card').count(), 0);
  assert.equal(problems, { console: [], failed: [] });
  await page.close();
});

it('the search page runs a query from its own form and is axe clean', async () => {
  const { page, problems } = await openAt(1280, '/blog/search/');
  const box = page.getByRole('searchbox', { name: 'Words to find in the posts' });
  await box.fill('backup');
  await box.press('Enter');
  await page.waitForFunction(`/match/.test(document.querySelector('.search-status').textContent)`);
  assert.ok((await page.locator('.search-results .post-card').count()) > 0);
  assert.match(page.url(), /\/blog\/search\/\?q=backup$/);
  const violations = await runAxe(page);
  assert.equal(
    violations.map((v) => `${v.id}: ${v.help}`),
    [],
  );
  assert.equal(problems, { console: [], failed: [] });
  await page.close();
});

test.run();
