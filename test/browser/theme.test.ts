/**
 * The default theme against a blog with every kind of content (test/fixtures/theme-kitchen-sink: alerts, a wide
 * table, footnotes, marked code lines, long words and addresses, CJK and RTL text, wide, tall and inline
 * images, math, a series with a long name, two posts a page so index, tag and author pages have more than one): axe-core at phone and desktop widths in light and dark colour schemes, nothing pushing the page
 * sideways, and what a printed page keeps.
 */
import type { Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  findChromium,
  horizontalOverflow,
  inParallel,
  runAxe,
  type ServedBlog,
  screenshot,
  serveBuiltBlog,
  TAKE_SCREENSHOTS,
  testWhen,
} from '../helpers/browser.ts';
import { copyFixture } from '../helpers/cli.ts';

const chromiumPath = findChromium();
const it = testWhen('chromium', chromiumPath);

const POSTS = {
  long: '/posts/a-remarkably-long-title/',
  callouts: '/posts/callouts-and-tables/',
  words: '/posts/long-words/',
  images: '/posts/images/',
  math: '/posts/formulas/',
};
const SERIES = {
  series: '/series/',
  seriesPage: '/series/moving-mail-and-everything-around-it-a-long-running-series/',
};
const PAGES = [
  '/',
  '/page/2/',
  ...Object.values(POSTS),
  '/tags/security/',
  '/tags/',
  '/archive/',
  '/archive/2025/',
  '/authors/',
  '/authors/theme-tester/',
  ...Object.values(SERIES),
  '/404.html',
];
const SEARCH = '/search/?q=callout';

let site: ServedBlog;

test.before(async () => {
  if (!chromiumPath) return;
  site = await serveBuiltBlog(copyFixture('theme-kitchen-sink'), chromiumPath);
});

test.after(() => site?.close());

async function open(path: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await site.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  await page.goto(site.origin + path, { waitUntil: 'load' });
  if (path.startsWith('/search/')) await page.locator('.search-results li').first().waitFor();
  return page;
}

/**
 * At 390 px axe looks at one page of each layout the phone changes (the index's cards, a post's prose and
 * tables, formulas, a list, the search box and its results, the 404) in both schemes; every page is still
 * checked there for sideways scroll. At 1280 px every page, in both schemes.
 */
const PHONE_AXE = new Set(['/', POSTS.callouts, POSTS.math, '/tags/', '/archive/', SEARCH, '/404.html']);

it('every kind of page, search results open: no serious axe violation at 390 and 1280 px, light and dark, nothing scrolls sideways', async () => {
  const found: string[] = [];
  const views = [390, 1280].flatMap((width) =>
    (['light', 'dark'] as const).flatMap((scheme) =>
      [...PAGES, SEARCH]
        .filter((path) => width === 1280 || scheme === 'light' || PHONE_AXE.has(path))
        .map((path) => ({ width, scheme, path, axe: width === 1280 || PHONE_AXE.has(path) })),
    ),
  );
  // A few pages at once: one page's axe run computes while another loads (72 one at a time took 110 s).
  await inParallel(views, 3, async ({ width, scheme, path, axe }) => {
    const page = await open(path, width, scheme);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) found.push(`${path} @${width}: scrolls sideways by ${overflow}px`);
    for (const v of axe ? await runAxe(page) : [])
      if (v.impact === 'serious' || v.impact === 'critical')
        found.push(
          `${path} @${width} ${scheme}: ${v.impact} ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
    await page.close();
  });
  // Fewer would mean a phone path that is no page here (a typo), so axe skipped it.
  assert.is(views.filter((v) => v.axe).length, 2 * (PAGES.length + 1) + 2 * PHONE_AXE.size);
  assert.equal(found.sort(), []);
});

it('the header at 1280 px: brand, nav and search on one line; at 800 and 390 px the search box stays inside it', async () => {
  const desktop = await open('/', 1280);
  const centre = async (selector: string) => {
    const b = (await desktop.locator(selector).first().boundingBox())!;
    return Math.round(b.y + b.height / 2);
  };
  const brand = await centre('.site-brand');
  const nav = await centre('.site-nav');
  const search = await centre('.site-search');
  assert.ok(
    Math.abs(nav - brand) <= 4 && Math.abs(search - brand) <= 4,
    `at 1280 px the brand's, nav's and search box's middles are at ${brand}, ${nav} and ${search} px`,
  );
  await desktop.close();
  for (const width of [800, 390]) {
    const page = await open('/', width);
    const header = (await page.locator('.site-header-inner').boundingBox())!;
    const search = (await page.locator('.site-search').boundingBox())!;
    assert.ok(search.x + search.width <= header.x + header.width, `the search box sticks out at ${width} px`);
    await page.close();
  }
});

it("tables: a column the Markdown aligns right or centre (| ---: | :---: |) keeps that alignment, the others start at the text's start; cells read from the top", async () => {
  const page = await open(POSTS.callouts, 1280);
  const align = (selector: string): Promise<string> =>
    page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).textAlign`);
  // The align attribute is -webkit-right / -webkit-center to Chromium.
  assert.match(await align('.prose td[align="right"]'), /right$/);
  assert.match(await align('.prose td[align="center"]'), /center$/);
  assert.match(await align('.prose th[align="right"]'), /right$/);
  assert.is(await align('.prose th:not([align])'), 'start');
  assert.is(await align('.prose td:not([align])'), 'start');
  // A short cell beside a long one reads from the top of its row, not floating in its middle.
  assert.is(
    await page.evaluate('getComputedStyle(document.querySelector(".prose td")).verticalAlign'),
    'top',
  );
  await page.close();
});

it("a long title wraps into lines of even length (the post's, a card's, a heading in the post), not a last line of one word", async () => {
  const page = await open(POSTS.long, 390);
  for (const selector of ['.post-title', '.post-card-title', '.prose h2', '.post-nav-title'])
    assert.is(
      await page.evaluate(
        `getComputedStyle(document.querySelector(${JSON.stringify(selector)})).textWrapStyle`,
      ),
      'balance',
      selector,
    );
  await page.close();
});

it('boxes with a coloured bar on the left (a quote, an alert, the series box) share one shape: a straight bar, the right corners rounded', async () => {
  const page = await open(POSTS.callouts, 1280);
  for (const selector of ['.prose blockquote', '.prose .markdown-alert', '.series-box']) {
    const corners = await page.evaluate(
      `(() => { const s = getComputedStyle(document.querySelector(${JSON.stringify(selector)})); return [s.borderTopLeftRadius, s.borderTopRightRadius]; })()`,
    );
    assert.equal(corners, ['0px', '10px'], selector);
  }
  await page.close();
});

it("in a right-to-left language the page is mirrored: bars on the right, the search button's outer corners round, nothing scrolls sideways", async () => {
  const rtl = await serveBuiltBlog(copyFixture('theme-kitchen-sink', { language: 'ar' }), chromiumPath!);
  try {
    for (const width of [390, 1280]) {
      const page = await rtl.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      for (const path of [POSTS.callouts, POSTS.words, '/page/2/']) {
        await page.goto(rtl.origin + path);
        assert.is(await page.evaluate('document.documentElement.dir'), 'rtl');
        assert.is(await horizontalOverflow(page), 0, `${path} @${width} scrolls sideways`);
      }
      await page.goto(rtl.origin + POSTS.callouts);
      for (const selector of ['.prose blockquote', '.prose .markdown-alert', '.series-box']) {
        const style: string[] = await page.evaluate(
          `(() => { const s = getComputedStyle(document.querySelector(${JSON.stringify(selector)})); return [s.borderRightWidth, s.borderLeftWidth, s.borderTopRightRadius, s.borderTopLeftRadius]; })()`,
        );
        // The bar was on the left, where a right-to-left line ends, with its straight corners.
        assert.equal(style.slice(0, 1), ['4px'], selector);
        assert.equal(style.slice(2), ['0px', '10px'], selector);
      }
      const button = await page.evaluate(
        '(() => { const s = getComputedStyle(document.querySelector(".site-search-button")); return [s.borderTopLeftRadius, s.borderTopRightRadius]; })()',
      );
      assert.equal(button, ['10px', '0px'], 'the search button sits on the left: its left corners round');
      await page.close();
    }
  } finally {
    await rtl.close();
  }
});

it('at 390 px a post\'s byline ("By Theme Tester") moves to the next line whole, not split after "Theme"', async () => {
  const page = await open(POSTS.callouts, 390);
  const byline = (await page.locator('.post-meta .byline').boundingBox())!;
  const line = Number.parseFloat(
    await page.evaluate('getComputedStyle(document.querySelector(".post-meta")).lineHeight'),
  );
  assert.ok(byline.height < 1.5 * line, `the byline is ${byline.height}px tall, a line ${line}px`);
  await page.close();
});

it('pictures: an icon stays in its sentence, a tall one fits the screen, a figure lines up with the text', async () => {
  for (const width of [390, 1280]) {
    const page = await open(POSTS.images, width);
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    // The sentence with the icon is one line, as tall as the text's lines.
    const sentence = await box('.prose p:has(img[alt="gear"])');
    assert.ok(sentence.height < 40, `the icon's sentence is ${sentence.height}px tall at ${width}px`);
    const tall = await box('.prose img[alt="A tall purple column"]');
    assert.ok(tall.height <= 0.85 * 900 + 1, `the tall picture is ${tall.height}px tall at ${width}px`);
    const text = await box('.prose p:has(img[alt="gear"])');
    const figure = await box('.prose figure');
    assert.is(Math.round(figure.x), Math.round(text.x), `the figure is indented at ${width}px`);
    assert.is(
      Math.round(figure.width),
      Math.round(text.width),
      `the figure is narrower than the text at ${width}px`,
    );
    await page.close();
  }
});

it('printed, even from a dark-mode screen: dark text, no nav or search box, code wrapped, the search page its results only', async () => {
  const page = await site.context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto(site.origin + POSTS.long);
  // Light text on white paper (browsers print no backgrounds unless asked) could not be read.
  assert.is(await page.evaluate('getComputedStyle(document.body).color'), 'rgb(28, 35, 48)');
  for (const hidden of [
    '.site-header',
    'nav[aria-label="Main"]',
    '.site-search',
    '.site-footer',
    '.cta',
    '.post-nav',
    '.related-posts',
  ])
    assert.not.ok(await page.locator(hidden).first().isVisible(), `${hidden} is printed`);
  const cut = await page.evaluate(
    '[...document.querySelectorAll("pre")].filter((p) => p.scrollWidth > p.clientWidth).length',
  );
  assert.is(cut, 0, 'a code block is cut at the right edge of the paper');
  // A display formula wider than the paper wraps at its operators; it was clipped after `a_9 x^9`.
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(site.origin + POSTS.math);
  const formulas = await page.evaluate(`[...document.querySelectorAll('.math-display')].map((d) => {
    const k = d.querySelector('.katex-html'), r = d.getBoundingClientRect();
    return { scroll: d.scrollWidth - d.clientWidth, right: k.getBoundingClientRect().right - r.right };
  })`);
  for (const f of formulas as { scroll: number; right: number }[]) {
    assert.ok(f.scroll <= 1, `a formula is ${f.scroll}px wider than the paper`);
    assert.ok(f.right <= 1, `a formula sticks ${f.right}px out of the paper`);
  }
  await page.goto(`${site.origin}${SEARCH}`);
  await page.locator('.search-results li').first().waitFor({ state: 'attached' });
  assert.not.ok(await page.locator('.search-form').isVisible(), 'the search form is printed');
  assert.ok(await page.locator('.search-results li').first().isVisible(), 'the results are not printed');
  await page.close();
});

it('footnotes: a mark keeps its line the height of the others, the notes are set apart below a rule', async () => {
  const page = await open(POSTS.long, 1280);
  const line = Number.parseFloat(
    await page.evaluate('getComputedStyle(document.querySelector(".prose p")).lineHeight'),
  );
  const marked = (await page.locator('.prose p:has(sup)').boundingBox())!;
  assert.ok(
    Math.abs(marked.height - line) < 1,
    `a line with a footnote mark is ${marked.height}px, others ${line}px`,
  );
  assert.is(
    await page.evaluate('getComputedStyle(document.querySelector(".prose .footnotes")).borderTopStyle'),
    'solid',
  );
  await page.close();
});

it("a short page's footer sits at the window's foot, not above a blank band; a long page's follows its content", async () => {
  for (const scheme of ['light', 'dark'] as const)
    for (const [path, width] of [
      ['/series/', 1280],
      ['/tags/', 1280],
      ['/404.html', 1920],
    ] as const) {
      const page = await open(path, width, scheme);
      await page.setViewportSize({ width, height: 1400 });
      const bottom = await page.evaluate(
        'Math.round(document.querySelector(".site-footer").getBoundingClientRect().bottom)',
      );
      assert.is(bottom, 1400, `${path} @${width} ${scheme}: the footer ends at ${bottom}px of 1400`);
      await page.close();
    }
  const long = await open(POSTS.long, 390);
  const [footerBottom, height] = (await long.evaluate(
    '[Math.round(document.querySelector(".site-footer").getBoundingClientRect().bottom + scrollY), document.documentElement.scrollHeight]',
  )) as [number, number];
  assert.is(footerBottom, height, 'the footer of a long post is not at the end of its page');
  await long.close();
});

if (TAKE_SCREENSHOTS)
  it('screenshots of the kitchen-sink posts and series pages at 390 and 1280 px, light and dark', async () => {
    for (const width of [390, 1280])
      for (const scheme of ['light', 'dark'] as const)
        for (const [name, path] of Object.entries({ ...POSTS, ...SERIES })) {
          const page = await open(path, width, scheme);
          await screenshot(page, `theme-${name}-${width}-${scheme}`);
          await page.close();
        }
  });

test.run();
