/**
 * Images as a reader's browser sees them: no layout shift while pictures load (CLS measured in the page),
 * pictures far below the fold not fetched until the reader scrolls, axe clean; screenshots for people.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
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
import { copyFixture } from '../helpers/cli.ts';

const chromiumPath = findChromium();
const it = testWhen('chromium', chromiumPath);
const LONG = '/blog/posts/long-read/';

let site: ServedBlog;

test.before(async () => {
  if (!chromiumPath) return;
  // Social cards are not what this suite looks at (sharing and social-card do): none drawn.
  const blog = copyFixture('images', { socialCards: false });
  // A long post whose only picture is far below the fold (further than Chromium's lazy-load margin).
  mkdirSync(join(blog, 'posts/2024-01-05-long-read'));
  copyFileSync(
    join(blog, 'posts/2024-01-01-cover-post/chart.png'),
    join(blog, 'posts/2024-01-05-long-read/deep.png'),
  );
  const paragraph =
    'A paragraph of plain words that takes up room on the page, so that the reader has to scroll. ';
  writeFileSync(
    join(blog, 'posts/2024-01-05-long-read/index.md'),
    `---\ntitle: A long read\ndate: 2024-01-05\ntags: [Cloud]\ndescription: A long post with one picture at the very end, to check lazy loading.\n---\n${`${paragraph.repeat(6)}\n\n`.repeat(60)}![A picture at the end](deep.png)\n`,
  );
  site = await serveBuiltBlog(blog, chromiumPath, { basePath: '/blog/' });
});

test.after(() => site?.close());

/** Starts summing layout shifts before the page's first byte, as Lighthouse's CLS does. */
async function observeLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(`
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  `);
}

async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, document.body.scrollHeight);
  })()`);
  await page.waitForLoadState('networkidle');
}

for (const width of [375, 1280]) {
  it(`no layout shift from images while pages load and scroll (${width} px)`, async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await observeLayoutShifts(page);
    const problems = await watchPage(page);
    try {
      for (const path of [
        '/blog/',
        '/blog/posts/cover-post/',
        '/blog/posts/static-images/',
        '/blog/tags/cloud/',
      ]) {
        // Images arrive late (as on a slow network), so any image without a reserved box would move the text.
        await page.route('**/_img/**', async (route) => {
          await new Promise((r) => setTimeout(r, 150));
          await route.continue();
        });
        await page.goto(site.origin + path, { waitUntil: 'networkidle' });
        await scrollThrough(page);
        const cls = (await page.evaluate('window.__cls')) as number;
        assert.is(cls, 0, `${path}: cumulative layout shift ${cls}`);
        const broken = await page.evaluate(
          `[...document.images].filter((i) => i.src.startsWith(location.origin) && !i.src.endsWith('broken.jpg') && i.complete && i.naturalWidth === 0).map((i) => i.src)`,
        );
        assert.equal(broken, [], path);
        assert.is(await horizontalOverflow(page), 0, `${path} scrolls sideways`);
        const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.equal(serious, [], `${path}: axe`);
        await page.unroute('**/_img/**');
        const name = path.replace(/^\/blog\/|\/$/g, '').replace(/\//g, '-') || 'home';
        await page.evaluate('window.scrollTo(0, 0)');
        await screenshot(page, `images-${name}-${width}`);
      }
      // Failed loads are checked one by one below, with their URLs.
      assert.equal(
        problems.console.filter((m) => !m.startsWith('Failed to load resource')),
        [],
      );
      // The fixture's remote image is blocked (tests never leave the machine) and its broken one is a 404.
      assert.equal(
        problems.failed.filter((f) => !/images\.example\.com|broken\.jpg/.test(f)),
        [],
      );
    } finally {
      await page.close();
    }
  });
}

it('a picture far below the fold is not fetched until the reader scrolls to it', async () => {
  const page = await site.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const fetched: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/_img/')) fetched.push(req.url());
  });
  try {
    await page.goto(site.origin + LONG, { waitUntil: 'networkidle' });
    const deep = (await page.evaluate(
      `(() => { const i = document.querySelector('img[alt="A picture at the end"]'); return { top: i.getBoundingClientRect().top, lazy: i.loading, current: i.currentSrc }; })()`,
    )) as { top: number; lazy: string; current: string };
    assert.ok(deep.top > 4000, `the picture is only ${deep.top}px down`);
    assert.is(deep.lazy, 'lazy');
    const before = fetched.filter((u) => !/\.svg$/.test(u));
    assert.equal(before, [], 'nothing but the logo was fetched before scrolling');
    await scrollThrough(page);
    // Then it is fetched (as WebP), with the related posts' thumbnails beside it at the end of the page.
    const current = (await page.evaluate(
      `document.querySelector('img[alt="A picture at the end"]').currentSrc`,
    )) as string;
    assert.match(current, /\/blog\/_img\/[0-9a-f]{16}-\d+\.webp$/);
    assert.ok(fetched.includes(current), fetched.join('\n'));
  } finally {
    await page.close();
  }
});

test.run();
