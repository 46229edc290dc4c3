/** @fileoverview Config mistakes found by config validation, at the key's line:col, the same for build and lint (fresh `blog init`). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlogBeside as freshBlog } from '../helpers/fresh-blog.ts';

function editConfig(root: string, edit: (text: string) => string) {
  const path = join(root, 'blog.config.json');
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

test('"language": "en_US" is a config error at its line with a BCP 47 hint, not an internal error', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  editConfig(root, (t) => t.replace('"language": "en"', '"language": "en_US"'));
  const line =
    readFileSync(join(root, 'blog.config.json'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('en_US')) + 1;
  // `blog serve` shows a broken config in its overlay and keeps serving (test/cli/serve.test.ts), so it is not here.
  for (const command of ['build', 'lint']) {
    const r = runBlog([command], { cwd: root });
    assert.is(r.status, 2, `${command}: ${r.stderr}`);
    assert.match(
      r.stderr,
      new RegExp(`${line}:3\\s+error\\s+Invalid \`language\`: Expected a BCP 47 language tag`),
    );
    assert.match(r.stderr, /Did you mean `en-US`\?/);
    assert.not.match(r.stderr, /Internal error/);
  }
  editConfig(root, (t) => t.replace('"en_US"', '"pt-BR"'));
  assert.is(runBlog(['build'], { cwd: root }).status, 0);
});

test('an unknown rule id in lint.rules fails build and lint alike, at its line, with a did-you-mean', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  editConfig(root, (t) =>
    t.replace('"outDir": "dist",', '"outDir": "dist",\n  "lint": { "rules": { "body/no-h2": "off" } },'),
  );
  const outputs = ['build', 'lint'].map((command) => {
    const r = runBlog([command], { cwd: root });
    assert.is(r.status, 2, `${command}: ${r.stderr}`);
    assert.match(
      r.stderr,
      /\d+:\d+\s+error\s+Invalid `lint\.rules\.body\/no-h2`: Unknown rule `body\/no-h2`\. Did you mean `body\/no-h1`\?/,
    );
    return r.stderr;
  });
  assert.is(outputs[0], outputs[1]);
});

test('a permalink placeholder that is not one, and a baseUrl with a query, are config errors at their line', () => {
  const { root } = freshBlog(WITHOUT_EXTRAS);
  editConfig(root, (t) =>
    t
      .replace('"/posts/:slug/"', '"/:year/:nope/:slug/"')
      .replace('"https://blog.example.com/"', '"https://blog.example.com/?ref=feed"'),
  );
  const lines = readFileSync(join(root, 'blog.config.json'), 'utf8').split('\n');
  const at = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
  for (const command of ['build', 'lint']) {
    const r = runBlog([command], { cwd: root });
    assert.is(r.status, 2, `${command}: ${r.stderr}`);
    assert.match(
      r.stderr,
      new RegExp(
        `${at(':nope')}:3\\s+error\\s+Invalid \`permalink\`: Unexpected \`:nope\`, expected one of \`:year\`, \`:month\`, \`:day\`, \`:slug\``,
      ),
    );
    assert.match(
      r.stderr,
      new RegExp(
        `${at('?ref=feed')}:3\\s+error\\s+Invalid \`baseUrl\`: Expected a URL without a query or fragment`,
      ),
    );
  }
  assert.ok(!existsSync(join(root, 'dist')));
});

test.run();
