/**
 * @fileoverview The link-preview images as a network fetches them: each post's `og:image` is served as a PNG
 * of the size its tags claim, and a screenshot of a card at 1200×630 for people to look at.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  findChromium,
  runAxe,
  type ServedBlog,
  screenshot,
  serveBuiltBlog,
  testWhen,
  watchPage,
} from '../helpers/browser.ts';
import { copyFixture } from '../helpers/cli.ts';

const chromiumPath = findChromium();
const it = testWhen('chromium', chromiumPath);
const BASE = 'https://example.com/blog/';

let site: ServedBlog;

test.before(async () => {
  if (!chromiumPath) return;
  site = await serveBuiltBlog(copyFixture('starter'), chromiumPath, {
    args: ['--base-url', BASE],
    basePath: '/blog/',
  });
});

test.after(() => site?.close());

/** The page's `og:image`, `og:image:width` and `og:image:height`, read in the browser. */
async function ogImage(path: string): Promise<{ url: string; width: number; height: number }> {
  const page = await site.context.newPage();
  await page.goto(site.origin + path);
  const read = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
  const [url, width, height] = await Promise.all([
    read('og:image'),
    read('og:image:width'),
    read('og:image:height'),
  ]);
  await page.close();
  return { url: url!, width: Number(width), height: Number(height) };
}

it('each post’s og:image is served as a PNG of the size its tags claim; a card at 1200×630', async () => {
  for (const slug of [
    't-mobile-security-woes',
    'the-power-of-your-pocket-office',
    'technology-pinpoints-inefficiencies',
  ]) {
    const og = await ogImage(`/blog/posts/${slug}/`);
    assert.ok(og.url.startsWith(BASE), og.url);
    const local = site.origin + new URL(og.url).pathname;
    const page = await site.context.newPage();
    await page.setViewportSize({ width: og.width, height: og.height });
    const res = await page.goto(local);
    assert.is(res?.status(), 200, local);
    assert.is(res?.headers()['content-type'], 'image/png');
    const size = (await page.evaluate(
      '({ width: document.images[0].naturalWidth, height: document.images[0].naturalHeight })',
    )) as { width: number; height: number };
    assert.equal(size, { width: 1200, height: 630 }, slug);
    if (slug === 't-mobile-security-woes') await screenshot(page, 'social-card-1200');
    await page.close();
  }
});

it('the home page and a post have no axe violations at all, with the new head', async () => {
  for (const path of ['/blog/', '/blog/posts/t-mobile-security-woes/', '/blog/tags/security/']) {
    const page = await site.context.newPage();
    const problems = await watchPage(page);
    await page.goto(site.origin + path, { waitUntil: 'load' });
    const violations = await runAxe(page);
    assert.equal(
      violations.map((v) => `${v.impact} ${v.id}`),
      [],
      path,
    );
    assert.equal(problems.console, [], path);
    await page.close();
  }
});

test.run();
