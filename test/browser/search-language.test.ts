/**
 * The search page of a German blog says what it finds in German: the messages the page hands the theme's
 * script (`data-strings`), counted by the language's plural rules.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findChromium, type ServedBlog, serveBuiltBlog, testWhen, watchPage } from '../helpers/browser.ts';
import { copyFixture } from '../helpers/cli.ts';

const chromiumPath = findChromium();
const it = testWhen('chromium', chromiumPath);

let site: ServedBlog;

test.before(async () => {
  if (!chromiumPath) return;
  const blog = copyFixture('starter', { language: 'de', socialCards: false });
  site = await serveBuiltBlog(blog, chromiumPath, { args: ['--base-url', 'http://example.com/'] });
});

test.after(() => site?.close());

/** The search page's answer to `words`, once it has one. */
async function statusFor(words: string): Promise<string> {
  const page = await site.context.newPage();
  const problems = await watchPage(page);
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(words)}`);
  await page.waitForFunction(`/„/.test(document.querySelector('.search-status').textContent)`, undefined, {
    timeout: 15_000,
  });
  const status = (await page.locator('.search-status').textContent()) ?? '';
  assert.equal(problems, { console: [], failed: [] });
  await page.close();
  return status;
}

it('one post: "1 Beitrag zu „…“."; two: "2 Beiträge …"; none: "Keine Beiträge zu „…“."', async () => {
  assert.is(await statusFor('bottleneck'), '1 Beitrag zu „bottleneck“.');
  assert.is(await statusFor('T-Mobile'), '2 Beiträge zu „T-Mobile“.');
  assert.is(await statusFor('quokkanaut'), 'Keine Beiträge zu „quokkanaut“.');
});

test.run();
