/** @fileoverview `blog init --ci github` and `blog ci github`: a workflow that parses, pins actions, and runs. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { dailyCronAfterMidnight } from '../../src/ci/github-workflow.ts';
import { BIN, copyFixture, read, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { schedule: { cron: string }[]; push: unknown; pull_request: unknown };
  jobs: Record<string, { steps: Step[]; if?: string; needs?: string }>;
}

const WORKFLOW = '.github/workflows/blog.yml';

test('blog init --ci github writes a workflow that parses, pins every action to a major version, and gates the build', () => {
  const dir = join(tempDir(), 'site');
  const r = runBlog(['init', dir, '--ci', 'github'], { cwd: tempDir() });
  assert.is(r.status, 0, r.stderr);
  const workflow = parse(read(dir, WORKFLOW)) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []));
  for (const action of uses) assert.match(action, /^[\w-]+\/[\w-]+@v\d+$/);
  assert.equal(uses, [
    'actions/checkout@v4',
    'actions/setup-node@v4',
    'actions/cache@v4',
    'actions/configure-pages@v5',
    'actions/upload-pages-artifact@v3',
    'actions/deploy-pages@v4',
  ]);
  const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
  assert.ok(runs.some((s) => /^blog lint --format github$/.test(s)));
  assert.ok(runs.some((s) => /^blog build --strict\b/.test(s)));
  const cache = steps.find((s) => s.uses?.startsWith('actions/cache'))!;
  assert.is(cache.with!.path, '.blog-cache');
  assert.match(String(cache.with!.key), /hashFiles\('blog\.config\.json'\)/);
  // The starter's zone is America/New_York: 05:05 UTC is just after midnight there in winter (01:05 in summer).
  assert.equal(workflow.on.schedule, [{ cron: '5 5 * * *' }]);
  assert.is(workflow.jobs.deploy!.needs, 'build');
  assert.match(workflow.jobs.deploy!.if!, /pull_request/);
});

test('blog ci github never overwrites a workflow; an unknown provider is a usage error', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  mkdirSync(join(blog, '.github/workflows'), { recursive: true });
  writeFileSync(join(blog, WORKFLOW), 'name: mine\n');
  const r = runBlog(['ci', 'github'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(r.stderr, /Refusing to overwrite \.github\/workflows\/blog\.yml/);
  assert.is(read(blog, WORKFLOW), 'name: mine\n');
  const unknown = runBlog(['ci', 'gitlab'], { cwd: blog });
  assert.is(unknown.status, 2);
  assert.match(unknown.stderr, /Unknown CI `gitlab`, expected one of github/);
});

test('blog ci github does not write through a `.github` link to a folder outside the blog', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const outside = tempDir();
  symlinkSync(outside, join(blog, '.github'));
  const r = runBlog(['ci', 'github'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(r.stderr, 'Refusing to write .github/workflows/blog.yml: `.github` leads outside the blog');
  // Before, the workflow was written to <outside>/workflows/blog.yml; now not even the folder is made.
  assert.not.ok(existsSync(join(outside, 'workflows')));
});

test("the workflow's run: steps, in order, lint and build a blog into its output folder", () => {
  const blog = copyFixture('lint-clean', WITHOUT_EXTRAS);
  // A blog that installs `blog` from its lockfile, as `npm ci` would leave it (the install itself needs the
  // network, so `node_modules/.bin/blog` points at this checkout instead).
  writeFileSync(join(blog, 'package.json'), '{ "private": true, "devDependencies": { "blog": "^0.1.0" } }\n');
  writeFileSync(join(blog, 'package-lock.json'), '{ "lockfileVersion": 3, "packages": {} }\n');
  const r = runBlog(['ci', 'github'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  const workflow = parse(read(blog, WORKFLOW)) as Workflow;
  const steps = workflow.jobs.build!.steps.filter((s) => s.run);
  assert.equal(
    steps.map((s) => s.run!.split(' ').slice(0, 3).join(' ')),
    ['npm ci', 'npx blog lint', 'npx blog build'],
  );
  mkdirSync(join(blog, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, join(blog, 'node_modules/.bin/blog'));
  // What GitHub fills in for `${{ steps.pages.outputs.base_url }}/`.
  const expressions = { 'steps.pages.outputs.base_url': 'https://example.github.io/blog' };
  for (const step of steps.slice(1)) {
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [
        k,
        v.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, e: keyof typeof expressions) => expressions[e]),
      ]),
    );
    const done = spawnSync('bash', ['-eo', 'pipefail', '-c', step.run!], {
      cwd: blog,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...env,
        npm_config_offline: 'true',
        NO_COLOR: '1',
        SOURCE_DATE_EPOCH: '1767225600',
      },
    });
    assert.is(done.status, 0, `${step.run}\n${done.stdout}\n${done.stderr}`);
  }
  assert.ok(existsSync(join(blog, 'dist/index.html')));
  assert.ok(existsSync(join(blog, '.blog-cache')));
  assert.match(readFileSync(join(blog, 'dist/index.html'), 'utf8'), /href="\/blog\/posts\/first\/"/);
});

test('a blog in a folder of a git repository gets its workflow at the repository root, run in that folder', () => {
  const repo = tempDir();
  mkdirSync(join(repo, '.git'));
  assert.is(runBlog(['init', 'site/our blog'], { cwd: repo }).status, 0);
  const blog = join(repo, 'site/our blog');
  const r = runBlog(['ci', 'github'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, `Wrote ${join(repo, WORKFLOW)}:`);
  // GitHub runs only the workflows at the repository's root.
  assert.not.ok(existsSync(join(blog, WORKFLOW)));
  const workflow = parse(read(repo, WORKFLOW)) as Workflow;
  const build = workflow.jobs.build! as Workflow['jobs'][string] & {
    defaults?: { run?: { 'working-directory'?: string } };
  };
  assert.is(build.defaults?.run?.['working-directory'], 'site/our blog');
  const uses = (name: string) => build.steps.find((s) => s.uses?.startsWith(name))!;
  assert.is(uses('actions/upload-pages-artifact').with!.path, 'site/our blog/dist');
  assert.is(uses('actions/cache').with!.path, 'site/our blog/.blog-cache');
  assert.match(String(uses('actions/cache').with!.key), "hashFiles('site/our blog/blog.config.json')");
  // A second run finds the workflow where the first one wrote it.
  assert.is(runBlog(['ci', 'github'], { cwd: blog }).status, 2);
});

test("a `.git` in the home folder (dotfiles) is not taken for the blog's repository: the workflow stays in the blog", () => {
  const home = tempDir();
  mkdirSync(join(home, '.git'));
  assert.is(runBlog(['init', 'blogs/ours'], { cwd: home }).status, 0);
  const blog = join(home, 'blogs/ours');
  const r = runBlog(['ci', 'github'], { cwd: blog, env: { HOME: home } });
  assert.is(r.status, 0, r.stderr);
  assert.ok(existsSync(join(blog, WORKFLOW)));
  assert.not.ok(existsSync(join(home, WORKFLOW)));
});

test('the daily run falls just after midnight in the site time zone, whatever the season', () => {
  assert.is(dailyCronAfterMidnight('UTC').expression, '5 0 * * *');
  assert.is(dailyCronAfterMidnight('Europe/Paris').expression, '5 23 * * *');
  assert.is(dailyCronAfterMidnight('Asia/Kolkata').expression, '35 18 * * *');
  assert.is(dailyCronAfterMidnight('America/Los_Angeles').expression, '5 8 * * *');
});

test.run();
