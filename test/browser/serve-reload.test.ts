/**
 * `blog serve` end to end in Chromium: edit → reload, broken front-matter → overlay, fix → recovery. The reload
 * latency is recorded in test-output/reload-latency.json, not asserted: speed belongs in the benchmark.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findChromium, launchChromium, screenshot, testWhen } from '../helpers/browser.ts';
import { copyFixture, REPO } from '../helpers/cli.ts';
import { startServe } from '../helpers/serve.ts';

const chromiumPath = findChromium();
const it = testWhen('chromium', chromiumPath);
const SEED = 'posts/2023-02-10-t-mobile-security-woes.md';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

it('edits reload the page; a broken post shows the overlay over the last good page; a fix recovers', async () => {
  const blog = copyFixture('starter');
  const serve = await startServe(blog);
  const browser = await launchChromium(chromiumPath!);
  try {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.setViewportSize({ width: 1280, height: 900 });
    const connected = () => page.waitForResponse((r) => r.url().endsWith('/__blog/events'));
    let sse = connected();
    await page.goto(new URL('/posts/t-mobile-security-woes/', serve.url).href);
    await sse;
    const file = join(blog, SEED);
    const good = readFileSync(file, 'utf8');

    // Edit, and time from the write to the new text on screen in the reloaded page.
    const latencies: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const text = `Edit number ${i} while serving`;
      const loaded = page.waitForEvent('load');
      sse = connected();
      const started = performance.now();
      writeFileSync(file, good.replace('Bad news for T-Mobile users', text));
      await loaded;
      await page.getByText(text).waitFor({ state: 'visible', timeout: 20_000 });
      latencies.push(performance.now() - started);
      await sse; // the reloaded page is listening again before the next edit
    }

    // Break the front-matter: the overlay names the file and line, over the last good page.
    writeFileSync(file, good.replace(/^title: .*$/m, 'title: [unclosed'));
    const overlay = page.locator('#blog-serve-overlay');
    await overlay.waitFor({ state: 'visible', timeout: 20_000 });
    const shown = (await overlay.textContent()) ?? '';
    assert.match(shown, `${SEED}:2:8`);
    assert.match(shown, /Invalid YAML/);
    assert.ok(/> 2 \| title: \[unclosed\n {4}\| {8}\^\n {2}3 \| date: 2023-02-10/.test(shown), shown);
    assert.ok(await page.getByText('Edit number 5 while serving').isVisible());
    mkdirSync(join(REPO, 'test-output', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(REPO, 'test-output', 'screenshots', 'serve-overlay-1280.png') });
    // A page opened while the build is broken gets the last good page and the overlay at once.
    sse = connected();
    await page.reload();
    await sse;
    await overlay.waitFor({ state: 'visible', timeout: 20_000 });
    assert.ok(await page.getByText('Edit number 5 while serving').isVisible());

    // Fix it: the page reloads with the fixed text and no overlay.
    const recovered = page.waitForEvent('load');
    writeFileSync(file, good);
    await recovered;
    await page.getByText('Bad news for T-Mobile users').waitFor({ state: 'visible', timeout: 20_000 });
    assert.is(await overlay.count(), 0);
    assert.equal(pageErrors, []);
    await screenshot(page, 'serve-post-1280');

    const figures = { latenciesMs: latencies.map(Math.round), medianMs: Math.round(median(latencies)) };
    writeFileSync(join(REPO, 'test-output', 'reload-latency.json'), `${JSON.stringify(figures)}\n`);
  } finally {
    await browser.close();
    assert.is(await serve.stop(), 0);
  }
});

test.run();
