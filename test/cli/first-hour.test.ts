/**
 * What someone coming from Hugo or Astro types in their first hour: the next steps `blog init` prints, and
 * their old command names (`dev`, `preview`, `check`, `generate`), answered with ours.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog, tempDir, WITHOUT_EXTRAS } from '../helpers/cli.ts';

// It listed `blog build` and `blog new`, and no way to see the site while writing (`hugo server`, `astro dev`).
test('init: the next steps start with the live preview, then a post, then the build', () => {
  const dir = tempDir();
  const r = runBlog(['init', 'site'], { cwd: dir });
  assert.is(r.status, 0, r.stderr);
  const next = (r.stdout + r.stderr).split('Next:\n')[1];
  assert.ok(next, r.stdout + r.stderr);
  assert.equal(
    next
      .trimEnd()
      .split('\n')
      .map((line) => line.split('#')[0]!.trim()),
    ['cd site', 'blog serve', 'blog new "Title"', 'blog build'],
  );
  assert.match(next, 'blog serve        # previews it at http://127.0.0.1:4000/');
});

// `blog dev` was "unknown command 'dev'" and nothing more: too far from `serve` for commander's suggestion.
test("another generator's command or flag name: exit 2, naming ours", () => {
  const dir = tempDir();
  const cases: [string, string][] = [
    ['dev', '(Did you mean serve? `blog serve` is the live-reloading preview'],
    ['preview', '(Did you mean serve?'],
    ['check', '(Did you mean lint?'],
    ['generate', '(Did you mean build?'],
  ];
  for (const [name, hint] of cases) {
    const r = runBlog([name], { cwd: dir });
    assert.is(r.status, 2, name);
    assert.is(r.stdout, '');
    assert.ok(r.stderr.startsWith(`error: unknown command '${name}'\n${hint}`), r.stderr);
  }
  // `hugo server -D`, `hugo --buildFuture`: "unknown option '-D'" and nothing more.
  const options: [string[], string][] = [
    [['serve', '-D'], '(Did you mean --drafts? `blog build --drafts` includes drafts'],
    [['build', '--buildFuture'], '(Did you mean --future?'],
    [['build', '--destination', 'public'], '(Did you mean --out?'],
  ];
  for (const [args, hint] of options) {
    const r = runBlog(args, { cwd: dir });
    assert.is(r.status, 2, args.join(' '));
    assert.ok(r.stderr.startsWith(`error: unknown option '${args[1]}'\n${hint}`), r.stderr);
  }
  // Commander's own suggestion is left as it was.
  assert.is(
    runBlog(['biuld'], { cwd: dir }).stderr,
    "error: unknown command 'biuld'\n(Did you mean build?)\n(run `blog --help` for usage)\n",
  );
});

// `--verbose` on the starter (one image) said "images: 1 found, 1 files encoded".
test('build --verbose counts one encoded file in the singular', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  const r = runBlog(['build', '--verbose', '--no-cache'], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout + r.stderr, /\n {2}images: 1 found, 1 file encoded, 0 reused\n/);
});

test.run();
