/**
 * Math as readers see it: KaTeX's stylesheet and fonts load (no 404), formulas take the text's colour in light
 * and dark mode, display formulas are centred and scroll sideways on a phone instead of widening the page.
 */
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
let served: ServedBlog;

test.before(async () => {
  if (!chromiumPath) return;
  served = await serveBuiltBlog(copyFixture('math'), chromiumPath);
});

test.after(async () => {
  await served?.close();
});

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    it(`a post with formulas at ${width}px, ${scheme}: fonts load, text colour, centred, nothing overflows`, async () => {
      const page = await served.context.newPage();
      try {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        const problems = await watchPage(page);
        await page.goto(`${served.origin}/posts/formulas/`, { waitUntil: 'networkidle' });
        await page.evaluate('document.fonts.ready');
        assert.equal(problems, { console: [], failed: [] });
        // KaTeX's own fonts drew the formulas (the stylesheet linked, the WOFF2 files found).
        const loaded = (await page.evaluate(
          `[...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family)`,
        )) as string[];
        assert.ok(loaded.includes('KaTeX_Main') && loaded.includes('KaTeX_Math'), loaded.join(', '));
        const colours = (await page.evaluate(
          `[getComputedStyle(document.querySelector('.post-body, .prose, main')).color, getComputedStyle(document.querySelector('.katex')).color]`,
        )) as string[];
        assert.is(colours[1], colours[0]);
        assert.is(await horizontalOverflow(page), 0);
        // The first display formula is centred in its box; the wide one scrolls inside its own.
        const [left, right] = (await page.evaluate(`(() => {
          const box = document.querySelector('.math-display').getBoundingClientRect();
          const formula = document.querySelector('.math-display .katex-html').getBoundingClientRect();
          return [formula.left - box.left, box.right - formula.right];
        })()`)) as number[];
        assert.ok(Math.abs(left! - right!) < 2, `${left} ${right}`);
        if (width === 390) {
          const scrolls = (await page.evaluate(
            `[...document.querySelectorAll('.math-display')].some((d) => d.scrollWidth > d.clientWidth)`,
          )) as boolean;
          assert.ok(scrolls, 'the wide formula scrolls in its box');
        }
        const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.equal(serious, []);
        await screenshot(page, `math-${width}-${scheme}`);
      } finally {
        await page.close();
      }
    });
  }
}

it('a post without math loads no KaTeX stylesheet', async () => {
  const page = await served.context.newPage();
  try {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${served.origin}/posts/no-math/`, { waitUntil: 'networkidle' });
    assert.equal(
      urls.filter((u) => u.includes('katex')),
      [],
    );
  } finally {
    await page.close();
  }
});

test.run();
