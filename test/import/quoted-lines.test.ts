/**
 * @fileoverview A quoted front-matter value whose lines start at the left margin (18F's `excerpt: "…` over
 * four lines), which Eleventy, Jekyll and Hugo read: imported, reported, and the new post builds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { indentFlowLines, indentQuotedLines } from '../../src/import/indent-quoted-lines.ts';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('continuation lines are indented below their key; line count, quotes and escapes kept', () => {
  const source = [
    'title: "Workshop"',
    'excerpt: "You can’t learn agile',
    'from a \\"book\\" any more',
    '',
    'than a jump shot."',
    "note: 'it''s",
    "two lines'",
    'image:',
    '  alt: "a',
    '  b"',
  ].join('\n');
  const r = indentQuotedLines(source);
  assert.equal(r?.keys, ['excerpt', 'note', 'alt']);
  assert.is(
    r?.source,
    [
      'title: "Workshop"',
      'excerpt: "You can’t learn agile',
      '  from a \\"book\\" any more',
      '',
      '  than a jump shot."',
      "note: 'it''s",
      "  two lines'",
      'image:',
      '  alt: "a',
      '    b"',
    ].join('\n'),
  );
  assert.is(indentQuotedLines('title: "one line"\ntags: [a]'), undefined);
  // A quote never closed is not guessed at.
  assert.is(indentQuotedLines('title: "open\nx: y'), undefined);
});

test('eleventy, as on 18f.gsa.gov: the post is imported with its excerpt and description, and builds', () => {
  const source = sourceSite({
    '.eleventy.js': 'module.exports = () => ({ dir: { input: "." } });\n',
    'content/posts/2014-10-21-workshop.md': [
      '---',
      'title: "How to run your own three-sprint agile workshop"',
      'date: 2014-10-21',
      '',
      'excerpt: "You can’t learn agile software development from a book any more than you can',
      'learn to perform a one-handed jump shot."',
      '',
      'description: "You can’t learn agile',
      'from a book."',
      'tags:',
      '  - agile',
      '---',
      'Body.',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'eleventy', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^Imported 1 post /);
  assert.not.match(r.stdout, 'front-matter not read');
  assert.match(
    r.stdout,
    "5: `excerpt`: the quoted value's lines after the first indented, as YAML 1.2 needs",
  );
  assert.match(
    r.stdout,
    "8: `description`: the quoted value's lines after the first indented, as YAML 1.2 needs",
  );
  const post = read(blog, 'posts/2014-10-21-workshop.md');
  assert.match(post, 'title: "How to run your own three-sprint agile workshop"\n');
  assert.match(post, '\ndescription: "You can’t learn agile from a book."\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
});

test('a bracketed list with a line after a tab or at the margin gets spaces below its key; line count kept', () => {
  const source = [
    'title: x',
    'categories:',
    '  [',
    '    css,',
    '\tsvg,',
    'agile, "a, ]"',
    '  ]',
    'more: [a,',
    '\tb]',
  ].join('\n');
  const r = indentFlowLines(source);
  assert.equal(r?.keys, ['categories', 'more']);
  assert.is(
    r?.source,
    [
      'title: x',
      'categories:',
      '  [',
      '    css,',
      '  svg,',
      '  agile, "a, ]"',
      '  ]',
      'more: [a,',
      '  b]',
    ].join('\n'),
  );
  assert.is(indentFlowLines('tags: [a, b]\ntitle: x'), undefined);
  // A bracket never closed is not guessed at.
  assert.is(indentFlowLines('tags: [a,\n\tb\ntitle: x'), undefined);
});

test('jekyll, as on artsy.github.io: a category list with a tab-led line is imported and the post builds', () => {
  const source = sourceSite({
    '_posts/2019-11-04-css.md': [
      '---',
      'title: CSS is hard',
      'categories:',
      '  [',
      '    design,',
      '    css,',
      '\tcollection hubs,',
      '  ]',
      '---',
      'Body.',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'jekyll', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.not.match(r.stdout, 'front-matter not read');
  assert.match(
    r.stdout,
    "3: `categories`: the bracketed list's lines indented with spaces, as YAML 1.2 needs",
  );
  assert.match(read(blog, 'posts/2019-11-04-css.md'), /collection hubs/);
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
});

test.run();
