import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';

test('unknown config keys get a did-you-mean at their line; wrong types name the key', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(
    join(blog, 'blog.config.json'),
    '{\n  "title": "x",\n  "postsPerPag": 5,\n  "timeZone": "Mars/Olympus",\n  "related": { "count": "three" }\n}\n',
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(r.stderr, /blog\.config\.json\n/);
  assert.match(
    r.stderr,
    /3:3\s+error\s+Unexpected key `postsPerPag`\. Did you mean `postsPerPage`\?\s+config\/unknown-key/,
  );
  assert.match(r.stderr, /4:3\s+error\s+Invalid `timeZone`: Expected an IANA time zone/);
  assert.match(r.stderr, /5:16\s+error\s+Invalid `related\.count`: Invalid input: expected number/);
});

test('invalid JSON is reported at its line and column', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'blog.config.json'), '{\n  "title": "x",\n}\n');
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 2);
  assert.match(r.stderr, /blog\.config\.json\n\s+3:1\s+error\s+Invalid JSON/);
});

test('-C points at a blog from anywhere; the root is found by walking up', () => {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  assert.is(runBlog(['build', '-q'], { cwd: join(blog, 'posts') }).status, 0);
  const r = runBlog(['-C', blog, 'build'], { cwd: '/' });
  assert.is(r.status, 0, r.stderr);
});

test.run();
