/**
 * The built site in a real browser, as readers see it: every page of the starter blog and of a generated
 * 25-post blog under a base path, at phone and desktop widths, with axe-core; screenshots for people.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateBlog } from '../../bench/generate.ts';
import {
  type AxeViolation,
  type Browser,
  findChromium,
  horizontalOverflow,
  inParallel,
  launchChromium,
  runAxe,
  SCREENSHOTS,
  screenshot,
  serveStatic,
  sitePages,
  TAKE_SCREENSHOTS,
  testWhen,
  watchPage,
} from '../helpers/browser.ts';
import { copyFixture, REPO, runBlog, tempDir } from '../helpers/cli.ts';

const chromiumPath = findChromium();
const it = testWhen('chromium', chromiumPath);
const WIDTHS = [375, 1280] as const;
const SEED = '/posts/t-mobile-security-woes/';

let browser: Browser;
let starter: { origin: string; server: Server; pages: string[] };
let generated: { origin: string; server: Server; pages: string[] };
const axeFigures: Record<string, number> = { pages: 0, minor: 0, moderate: 0, serious: 0, critical: 0 };

test.before(async () => {
  if (!chromiumPath) return;
  const blog = copyFixture('starter');
  const built = runBlog(['build'], { cwd: blog });
  assert.is(built.status, 0, built.stderr);
  starter = { ...(await serveStatic(join(blog, 'dist'))), pages: sitePages(join(blog, 'dist')) };

  // More posts than postsPerPage (10), so the index and the big tags have several pages; under /blog/.
  const gen = tempDir('blog-generated-');
  generateBlog(gen, 25);
  const genBuilt = runBlog(['build', '--base-url', 'https://example.com/blog/'], { cwd: gen });
  assert.is(genBuilt.status, 0, genBuilt.stderr);
  generated = { ...(await serveStatic(join(gen, 'dist'), '/blog/')), pages: sitePages(join(gen, 'dist')) };
  browser = await launchChromium(chromiumPath);
});

test.after(async () => {
  if (!chromiumPath) return;
  await browser?.close();
  starter?.server.close();
  generated?.server.close();
  mkdirSync(join(REPO, 'test-output'), { recursive: true });
  writeFileSync(join(REPO, 'test-output', 'axe-figures.json'), `${JSON.stringify(axeFigures, null, 2)}\n`);
});

async function newPage(
  width: number,
): Promise<{ page: Page; problems: Awaited<ReturnType<typeof watchPage>> }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  return { page, problems: await watchPage(page) };
}

function countAxe(violations: AxeViolation[]): void {
  axeFigures.pages!++;
  for (const v of violations)
    axeFigures[v.impact ?? 'minor'] = (axeFigures[v.impact ?? 'minor'] ?? 0) + v.nodes.length;
}

/** Loads each page at each width; returns every problem found, one line each, so a failure lists them all. */
async function checkPages(
  origin: string,
  paths: string[],
  axeOn: (path: string) => boolean,
): Promise<string[]> {
  const found: string[] = [];
  // Three tabs per width, each through its share of the pages: one page computes while another loads.
  const tabs = WIDTHS.flatMap((width) => [0, 1, 2].map((tab) => ({ width, tab })));
  await inParallel(tabs, tabs.length, async ({ width, tab }) => {
    const { page, problems } = await newPage(width);
    for (const path of paths.filter((_, i) => i % 3 === tab)) {
      problems.console.length = 0;
      problems.failed.length = 0;
      const res = await page.goto(origin + path, { waitUntil: 'load' });
      if (res?.status() !== 200) found.push(`${path}: status ${res?.status()}`);
      // Lazy images load after `load`: make them load now and wait, so each shows up on its own page.
      const broken = (await page.evaluate(`Promise.all([...document.images].map((img) => {
        img.loading = 'eager';
        return img.decode().then(() => null, () => img.currentSrc || img.src);
      })).then((srcs) => srcs.filter(Boolean))`)) as string[];
      for (const src of broken) found.push(`${path} @${width}: broken image ${src}`);
      for (const c of problems.console) found.push(`${path} @${width}: console error: ${c}`);
      for (const f of problems.failed) found.push(`${path} @${width}: failed request: ${f}`);
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) found.push(`${path} @${width}: scrolls sideways by ${overflow}px`);
      if (width === 1280 && axeOn(path)) {
        const violations = await runAxe(page);
        countAxe(violations);
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
          found.push(
            `${path}: axe ${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
      }
    }
    await page.close();
  });
  return found.sort();
}

it('every page of the starter blog: no console errors, no failed requests, no sideways scroll, axe clean', async () => {
  assert.ok(starter.pages.length >= 13, `only ${starter.pages.length} pages`);
  const problems = await checkPages(
    starter.origin,
    starter.pages.map((p) => `/${p}`),
    () => true,
  );
  assert.equal(problems, []);
});

it('every page of a 25-post blog under /blog/: same checks, axe on two pages of each kind', async () => {
  assert.ok(generated.pages.length > 40, `only ${generated.pages.length} pages`);
  // axe on each kind of page (the same templates as the starter's, so a sample is enough here).
  const sampled = new Map<string, number>();
  const problems = await checkPages(
    generated.origin,
    generated.pages.map((p) => `/blog/${p}`),
    (path) => {
      const kind = /^\/blog\/(posts|tags\/[^/]+|page)\//.exec(path)?.[1]?.replace(/\/.*/, '') ?? path;
      sampled.set(kind, (sampled.get(kind) ?? 0) + 1);
      return sampled.get(kind)! <= 2;
    },
  );
  assert.equal(problems, []);
});

it('the seed post shows header, nav, title, date, sections, post links, related posts and the call to action', async () => {
  for (const width of WIDTHS) {
    const { page, problems } = await newPage(width);
    await page.goto(starter.origin + SEED);
    const visible = async (selector: string, text?: string | RegExp) => {
      const loc = text === undefined ? page.locator(selector) : page.locator(selector, { hasText: text });
      assert.ok(await loc.first().isVisible(), `${selector} ${text ?? ''} not visible at ${width}px`);
      return loc;
    };
    await visible('header.site-header .site-title', 'First Column IT Tech Blog');
    for (const label of ['Home', 'Blog', 'Tags'])
      await visible('nav[aria-label="Main"] a', new RegExp(`^${label}$`));
    assert.is(await page.locator('h1').count(), 1);
    await visible('h1', 'How Can T-Mobile’s Security Woes Help Your Efforts?');
    const date = await visible('.post-header time', 'February 10, 2023');
    assert.match((await date.getAttribute('datetime')) ?? '', /^2023-02-10/);
    await visible('.prose h2', 'Why Did This Happen Again?');
    await visible('.prose h2', 'What Can You Learn from This Incident?');
    // The oldest post links on to the newer one; the previous-post link is checked on the next post below.
    await visible('.post-nav a[rel="next"]', 'The Power of Your Pocket Office');
    const cards = page.locator('.related-posts .post-card');
    assert.ok((await cards.count()) >= 1, 'no related posts');
    await visible('.related-posts h2', 'Related posts');
    for (const card of await cards.all()) {
      assert.ok(await card.locator('time').isVisible(), 'related post without a visible date');
      assert.ok(await card.locator('.post-card-title a').isVisible(), 'related post without a visible title');
      assert.ok(
        await card.locator('.post-card-excerpt').isVisible(),
        'related post without a visible excerpt',
      );
    }
    await visible('.cta h2', 'Have a project in mind?');
    await visible('.cta p', /free consultation for VA, DC and MD companies/);
    const button = await visible('.cta a', 'Free Consultation - Sign Up Here');
    assert.is(await button.getAttribute('href'), 'https://www.example.com/free-consultation/');

    // The previous-post link, from the next post back to the seed.
    await page.goto(`${starter.origin}/posts/the-power-of-your-pocket-office/`);
    const prev = await visible('.post-nav a[rel="prev"]', 'Previous Post');
    await prev.click();
    await page.waitForURL(starter.origin + SEED);
    assert.equal(problems, { console: [], failed: [] });
    await page.close();
  }
});

it('pagination and tag links navigate, under the base path', async () => {
  const { page, problems } = await newPage(1280);
  await page.goto(`${generated.origin}/blog/`);
  assert.is(await page.locator('.post-list .post-card').count(), 10);
  await page.locator('a[rel="next"]', { hasText: 'Older posts' }).click();
  await page.waitForURL(`${generated.origin}/blog/page/2/`);
  assert.match((await page.locator('.pagination-status').textContent()) ?? '', /Page 2 of 3/);
  await page.locator('a[rel="next"]').click();
  await page.waitForURL(`${generated.origin}/blog/page/3/`);
  assert.is(await page.locator('.post-list .post-card').count(), 5);
  assert.is(await page.locator('a[rel="next"]').count(), 0);
  await page.locator('a[rel="prev"]').click();
  await page.waitForURL(`${generated.origin}/blog/page/2/`);

  // From a post, a tag link leads to that tag's page, which lists the post.
  const firstPost = page.locator('.post-card-title a').first();
  const postTitle = (await firstPost.textContent())!.trim();
  await firstPost.click();
  await page.waitForURL(/\/blog\/posts\/[^/]+\/$/);
  const tag = page.locator('.tag-list a.tag').first();
  const tagName = (await tag.textContent())!.trim();
  await tag.click();
  await page.waitForURL(/\/blog\/tags\/[^/]+\/$/);
  assert.match((await page.locator('h1').textContent()) ?? '', tagName);
  // The tag may span pages; follow them until the post shows up.
  for (;;) {
    if ((await page.locator('.post-card-title a', { hasText: postTitle }).count()) > 0) break;
    const next = page.locator('a[rel="next"]');
    assert.ok((await next.count()) > 0, `${postTitle} not listed under ${tagName}`);
    await next.click();
    await page.waitForLoadState('load');
  }

  // The footer's tag index reaches every tag page.
  await page.locator('footer a', { hasText: 'All tags' }).click();
  await page.waitForURL(`${generated.origin}/blog/tags/`);
  assert.ok((await page.locator('.tag-cloud a').count()) > 5);
  assert.equal(problems, { console: [], failed: [] });
  await page.close();
});

if (TAKE_SCREENSHOTS)
  it('screenshots of the home page, a post and a tag page at 375 and 1280 px', async () => {
    const shots: [string, string][] = [
      ['home', '/'],
      ['post', SEED],
      ['tag', '/tags/security/'],
      ['archive', '/archive/'],
      ['archive-year', '/archive/2025/'],
      ['author', '/authors/first-column-it/'],
    ];
    for (const width of WIDTHS) {
      const { page } = await newPage(width);
      for (const [name, path] of shots) {
        await page.goto(starter.origin + path);
        await screenshot(page, `${name}-${width}`);
      }
      await page.close();
    }
    // And a list page with pagination, from the bigger blog.
    const { page } = await newPage(375);
    await page.goto(`${generated.origin}/blog/page/2/`);
    await screenshot(page, 'list-page-2-375');
    await page.close();
    assert.ok(SCREENSHOTS);
  });

test.run();
