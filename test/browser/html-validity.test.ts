/** The Nu HTML Checker (vnu-jar, needs Java) over every page of two built blogs: zero errors. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateBlog } from '../../bench/generate.ts';
import { findJava, sitePages, testWhen } from '../helpers/browser.ts';
import { copyFixture, REPO, runBlog, tempDir } from '../helpers/cli.ts';
import { VNU_JAR } from '../helpers/site.ts';

const java = findJava();
const it = testWhen('java', java);

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

it('every page of the starter blog, a 25-post blog under /blog/, a blog with images and one with series has 0 vnu errors', () => {
  const starter = copyFixture('starter');
  assert.is(runBlog(['build'], { cwd: starter }).status, 0);
  const drafts = copyFixture('starter');
  assert.is(runBlog(['build', '--drafts'], { cwd: drafts }).status, 0);
  const gen = tempDir('blog-generated-');
  generateBlog(gen, 25);
  assert.is(runBlog(['build', '--base-url', 'https://example.com/blog/'], { cwd: gen }).status, 0);
  // Covers, pictures, a logo and a broken image (left as written).
  const images = copyFixture('images');
  assert.is(runBlog(['build'], { cwd: images }).status, 0);
  // A series box, the /series/ pages.
  const series = copyFixture('series');
  assert.is(runBlog(['build'], { cwd: series }).status, 0);
  // A control page with known errors: proves the checker ran and that its errors reach us.
  const control = tempDir('blog-vnu-control-');
  mkdirSync(control, { recursive: true });
  writeFileSync(
    join(control, 'bad.html'),
    '<!doctype html><html lang="en"><title>x</title><p><div></p></html>',
  );

  const dirs = [
    join(starter, 'dist'),
    join(drafts, 'dist'),
    join(gen, 'dist'),
    join(images, 'dist'),
    join(series, 'dist'),
  ];
  const pages = dirs.reduce((n, d) => n + sitePages(d).length, 0);
  const run = spawnSync(
    java!,
    ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...dirs, control],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  const [controlErrors, siteErrors] = [
    errors.filter((m) => m.url.includes('blog-vnu-control-')),
    errors.filter((m) => !m.url.includes('blog-vnu-control-')),
  ];
  assert.ok(controlErrors.length > 0, 'the control page should have errors: is vnu running?');
  assert.equal(
    siteErrors.map((m) => `${m.url.replace(/^file:.*?\/dist\//, '')}:${m.lastLine}: ${m.message}`),
    [],
  );
  assert.ok(pages > 75, `only ${pages} pages checked`);
  mkdirSync(join(REPO, 'test-output'), { recursive: true });
  writeFileSync(
    join(REPO, 'test-output', 'vnu-figures.json'),
    `${JSON.stringify({ pages, errors: siteErrors.length })}\n`,
  );
});

test.run();
