/** @fileoverview Debian's Chromium through playwright-core, a static server for a built site, and the tool checks. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createSiteHandler } from '../../src/serve/site-handler.ts';
import { REPO, runBlog } from './cli.ts';

export const SCREENSHOTS = join(REPO, 'test-output', 'screenshots');
const require = createRequire(import.meta.url);

/** The system Chromium (never a downloaded one): CHROMIUM_PATH when set, else Debian's, else one on PATH. */
export function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given) return existsSync(given) ? given : undefined;
  for (const c of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(c)) return c;
  return onPath('chromium') ?? onPath('chromium-browser');
}

export function findJava(): string | undefined {
  return onPath('java');
}

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * `test`, or `test.skip` when a tool is missing on a developer's machine. In CI (CI=true) a missing tool
 * is a failing test instead: the browser checks must never pass by not running.
 */
export type TestFn = (name: string, fn: () => Promise<void> | void) => void;

export function testWhen(tool: string, found: string | undefined): TestFn {
  if (found) return test;
  if (process.env.CI && process.env.CI !== 'false') {
    test(`${tool} is installed (required in CI)`, () => {
      throw new Error(`${tool} was not found; .ci/run installs it with apt-get.`);
    });
    return test.skip;
  }
  console.warn(`  (skipping: ${tool} not found; CI runs these tests)`);
  return test.skip;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'blog-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Playwright's 30 s default is the whole wait for one page: CI runs this beside other suites on 2 cores.
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves a built folder on a free loopback port, exactly as built: no reload script. */
export async function serveStatic(
  outDir: string,
  basePath = '/',
): Promise<{ origin: string; server: Server }> {
  const server = createServer(createSiteHandler({ outDir, basePath: () => basePath }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** A built blog served on a loopback port, and one Chromium for the whole suite to open pages in. */
export interface ServedBlog {
  /** The blog folder; its output is `<blog>/dist`. */
  blog: string;
  /** `http://127.0.0.1:<port>`: paths under the base path are appended to it. */
  origin: string;
  context: BrowserContext;
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

/**
 * Builds `blog` with `blog build <args>` (the build must succeed), serves its `dist/` under `basePath`
 * exactly as built, and launches Chromium: the set-up every browser suite shares, done once per suite.
 */
export async function serveBuiltBlog(
  blog: string,
  executablePath: string,
  options: { args?: string[]; basePath?: string; env?: Record<string, string> } = {},
): Promise<ServedBlog> {
  const built = runBlog(['build', ...(options.args ?? [])], { cwd: blog, env: options.env });
  assert.is(built.status, 0, built.stderr);
  const { origin, server } = await serveStatic(join(blog, 'dist'), options.basePath);
  const browser = await launchChromium(executablePath).catch((error: unknown) => {
    server.close();
    throw error;
  });
  return {
    blog,
    origin,
    context: browser.context,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Every HTML page of a built site as a site path: `posts/x/index.html` → `posts/x/`. */
export function sitePages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) =>
      f
        .split('\\')
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
}

export interface PageProblems {
  console: string[];
  failed: string[];
}

/** Records console errors, page errors, failed requests and 4xx/5xx answers; only loopback may be fetched. */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { console: [], failed: [] };
  await page.route(/^(?!https?:\/\/127\.0\.0\.1[:/])/, (route) => {
    if (route.request().url().startsWith('data:')) return route.continue();
    problems.failed.push(`outside request ${route.request().url()}`);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
  });
  page.on('pageerror', (error) => problems.console.push(String(error)));
  // A request the browser gave up on because the tab moved to the next page is not a broken resource (a
  // missing one answers 404, an outside one is refused above); late, it would be blamed on the next page.
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.failed.push(`${req.url()} ${reason}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failed.push(`${res.url()} ${res.status()}`);
  });
  return problems;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core inside the page (its source injected, nothing fetched) and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // A string, not a function: the tests are compiled without the DOM's types.
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`);
}

/** Runs `fn` on every item, at most `limit` at once (pages in one browser: one loads while another computes). */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  const next = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, next));
}

/** Horizontal overflow in CSS pixels (0 when the page fits its viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/**
 * Screenshots are for people to look at (`npm run screenshots`), not asserted: without `BLOG_SCREENSHOTS` the
 * tests take none, and the suites that only take screenshots are skipped (28 full pages took 29 s of CI).
 */
export const TAKE_SCREENSHOTS = !!process.env.BLOG_SCREENSHOTS;

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
