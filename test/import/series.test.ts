/**
 * @fileoverview A post series comes along: Hugo's `series` taxonomy (PaperMod) becomes `series: Name` with its
 * `series_weight` as `seriesOrder`; Jekyll's and Hexo's `series:` strings are kept; the imported blog builds
 * its series pages and lints clean of unknown keys.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('hugo: `series: ["X"]` → `series: X`, `series_weight` → `seriesOrder`, `Series:` in any case; more than one series is left for a person', () => {
  const source = sourceSite({
    'hugo.toml': 'baseURL = "https://example.org/"\n',
    'content/posts/one.md':
      '---\ntitle: One\ndate: 2024-01-01\nseries: ["Zero Trust Networks"]\nseries_weight: 2\n---\nBody.\n',
    'content/posts/two.md':
      '---\ntitle: Two\ndate: 2024-02-01\nSeries:\n  - Zero Trust Networks\n---\nBody.\n',
    'content/posts/three.md':
      '---\ntitle: Three\ndate: 2024-03-01\nseries: [Zero Trust Networks, Backups]\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const one = read(blog, 'posts/2024-01-01-one.md');
  assert.match(one, '\nseries: Zero Trust Networks\nseriesOrder: 2\n');
  assert.not.match(one, 'series_weight');
  assert.match(r.stdout, '`series_weight: 2` → `seriesOrder: 2`');
  assert.match(read(blog, 'posts/2024-02-01-two.md'), '\nseries: Zero Trust Networks\n');
  assert.match(read(blog, 'posts/2024-03-01-three.md'), '\nseries: Zero Trust Networks\n');
  assert.match(r.stdout, 'a part of 2 series (`Zero Trust Networks`, `Backups`)');
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  assert.not.match(lint.stdout, 'unknown-key', 'series keys are known');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  // The one post Hugo ordered explicitly comes first.
  const page = read(blog, 'dist/series/zero-trust-networks/index.html');
  const order = ['One', 'Two', 'Three'].map((t) => page.indexOf(`>${t}</a>`));
  assert.ok(order.every((i) => i > 0) && order[0]! < order[1]! && order[1]! < order[2]!, String(order));
});

test('jekyll and hexo: a `series:` string is kept as written', () => {
  for (const kind of ['jekyll', 'hexo'] as const) {
    const post = '---\ntitle: Part one\ndate: 2024-01-01\nseries: "Developing a Custom Theme"\n---\nBody.\n';
    const source = sourceSite(
      kind === 'jekyll'
        ? { '_config.yml': 'title: Old\n', '_posts/2024-01-01-part-one.md': post }
        : { '_config.yml': 'title: Old\n', 'source/_posts/part-one.md': post },
    );
    const blog = emptyBlog();
    const r = runBlog(['import', kind, source], { cwd: blog });
    assert.is(r.status, 0, r.stdout + r.stderr);
    assert.match(read(blog, 'posts/2024-01-01-part-one.md'), '\nseries: "Developing a Custom Theme"\n', kind);
    assert.not.match(r.stdout, '`series`, unused here', kind);
  }
});

test('jekyll: `series: {id: X, index: 2}` → `series: X` + `seriesOrder: 2`; the series page orders by it', () => {
  const source = sourceSite({
    '_config.yml': 'title: Old\n',
    '_posts/2024-01-01-part-two.md':
      '---\ntitle: Part two\ndate: 2024-01-01\nseries:\n  id: JEKYLL # from _data/series.yml\n  index: 2\n---\nBody.\n',
    '_posts/2024-02-01-part-one.md':
      '---\ntitle: Part one\ndate: 2024-02-01\nseries: {id: JEKYLL, index: "1"}\n---\nBody.\n',
    '_posts/2024-03-01-named.md':
      '---\ntitle: Named\ndate: 2024-03-01\nseries: {name: Zero Trust, part: 3}\nseriesOrder: 4\n---\nBody.\n',
    '_posts/2024-04-01-odd.md':
      '---\ntitle: Odd\ndate: 2024-04-01\nseries: {id: JEKYLL, colour: red}\n---\nBody.\n',
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const two = read(blog, 'posts/2024-01-01-part-two.md');
  assert.match(two, '\nseries: JEKYLL\n');
  assert.match(two, '\nseriesOrder: 2\n');
  assert.not.match(two, 'index:');
  assert.match(r.stdout, '`series: {id: "JEKYLL", index: 2}` → `series: JEKYLL` + `seriesOrder: 2`');
  assert.match(read(blog, 'posts/2024-02-01-part-one.md'), /\nseries: JEKYLL\nseriesOrder: 1\n/);
  // The post's own seriesOrder wins, and the report says the other one was not used.
  const named = read(blog, 'posts/2024-03-01-named.md');
  assert.match(named, '\nseries: Zero Trust\n');
  assert.match(named, '\nseriesOrder: 4\n');
  assert.match(r.stdout, "`series` placed the post at 3: kept the post's own `seriesOrder`");
  // A key this cannot place is left for a person, with the lint rule's hint.
  assert.match(read(blog, 'posts/2024-04-01-odd.md'), 'colour: red');
  const lint = runBlog(['lint', '--format', 'json'], { cwd: blog });
  const messages = (
    JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string }[] }[]
  ).flatMap((f) => f.messages.filter((m) => m.ruleId === 'frontmatter/series').map(() => f.filePath));
  assert.equal(messages, ['posts/2024-04-01-odd.md']);

  rmSync(join(blog, 'posts/2024-04-01-odd.md'));
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
  const page = read(blog, 'dist/series/jekyll/index.html');
  assert.ok(page.indexOf('>Part one</a>') < page.indexOf('>Part two</a>'), 'ordered by index, not date');
});

test.run();
