/** @fileoverview `blog import` given a file (a config, a post) instead of the old site's folder says so, exit 2. */
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('a file as the source: a usage error naming it, nothing written', () => {
  const source = sourceSite({
    '_config.yml': 'title: Old\n',
    '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nA.\n',
  });
  const blog = emptyBlog();
  const file = join(source, '_config.yml');
  const r = runBlog(['import', 'jekyll', file], { cwd: blog });
  assert.is(r.status, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, `Unexpected file ${file}, expected the old site's folder.`);
  assert.match(r.stderr, 'Pass the folder of the whole site, the one with its config file.');
});

test.run();
