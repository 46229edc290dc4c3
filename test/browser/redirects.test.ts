/**
 * Old URLs in a real browser: a Jekyll `redirect_from` and a Hugo `aliases` entry, under a `/blog/` base
 * path, each land on the post; the redirect pages are valid HTML.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type Browser, findChromium, launchChromium, serveStatic, testWhen } from '../helpers/browser.ts';
import { copyFixture, runBlog } from '../helpers/cli.ts';
import { hasJava, vnuErrors } from '../helpers/site.ts';

const chromiumPath = findChromium();
const it = testWhen('chromium', chromiumPath);

let browser: Browser;
let site: { origin: string; server: Server };
let dist: string;

test.before(async () => {
  const blog = copyFixture('redirects');
  const built = runBlog(['build'], { cwd: blog });
  assert.is(built.status, 0, built.stderr);
  dist = join(blog, 'dist');
  if (!chromiumPath) return;
  site = await serveStatic(dist, '/blog/');
  browser = await launchChromium(chromiumPath);
});

test.after(async () => {
  await browser?.close();
  site?.server.close();
});

const cases = [
  [
    'Jekyll redirect_from',
    '/blog/2024/03/01/moved-from-jekyll.html',
    '/blog/posts/moved-from-jekyll/',
    'Moved from Jekyll',
  ],
  ['Hugo aliases', '/blog/post/moved-from-hugo/', '/blog/posts/moved-from-hugo/', 'Moved from Hugo'],
  [
    'Hugo alias without a leading slash',
    '/blog/old-hugo-name/',
    '/blog/posts/moved-from-hugo/',
    'Moved from Hugo',
  ],
] as const;

for (const [name, old, post, title] of cases) {
  it(`${name}: loading ${old} lands on the post`, async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(site.origin + old);
      await page.waitForURL(site.origin + post, { timeout: 10_000 });
      assert.is((await page.locator('h1').first().textContent())?.trim(), title);
    } finally {
      await page.close();
    }
  });
}

testWhen('java', hasJava() ? 'java' : undefined)('the redirect pages are valid HTML (vnu)', () => {
  assert.equal(vnuErrors(dist), []);
});

test.run();
