import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFixture, runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { brokenLinks, hasJava, htmlFiles, vnuErrors } from '../helpers/site.ts';

const HOSTILE = `---
title: "<script>alert(1)</script> & \\"quotes\\""
date: 2024-01-01
tags: ["<b>bold</b>", "R&D", "C++"]
description: "A description with <tags> & \\"quotes\\" in it, long enough to pass the length check."
---
Text with <details><summary>More</summary>inside</details> and a [link](./2023-02-10-t-mobile-security-woes.md).

| a | b |
|---|---|
| 1 | 2 |
`;

function buildStarter(args: string[] = []): string {
  const blog = copyFixture('starter', WITHOUT_EXTRAS);
  writeFileSync(join(blog, 'posts/2024-01-01-hostile.md'), HOSTILE);
  // Enough posts for index and tag pagination.
  for (let i = 1; i <= 12; i++) {
    const d = String(i).padStart(2, '0');
    writeFileSync(
      join(blog, `posts/2024-02-${d}-filler-${i}.md`),
      `---\ntitle: Filler post ${i}\ndate: 2024-02-${d}\ntags: [Security]\ndescription: A filler post that pushes the index and the Security tag onto a second page.\n---\nFiller ${i}.\n`,
    );
  }
  const r = runBlog(['build', ...args], { cwd: blog });
  assert.is(r.status, 0, r.stderr);
  return blog;
}

test('every internal link of the built site resolves (root base URL)', () => {
  const blog = buildStarter(['--drafts']);
  const dist = join(blog, 'dist');
  assert.ok(htmlFiles(dist).includes('page/2/index.html'));
  assert.ok(htmlFiles(dist).includes('tags/security/page/2/index.html'));
  assert.equal(brokenLinks(dist, 'https://blog.example.com/'), []);
});

test('every internal link resolves under a base URL with a path', () => {
  const blog = buildStarter(['--base-url', 'https://example.com/blog/']);
  assert.equal(brokenLinks(join(blog, 'dist'), 'https://example.com/blog/'), []);
});

const needJava = !hasJava() && !process.env.CI;
test(`every page passes the Nu HTML Checker with 0 errors${needJava ? ' (skipped: no java here)' : ''}`, () => {
  if (needJava) return;
  const blog = buildStarter(['--drafts']);
  const errors = vnuErrors(join(blog, 'dist'));
  assert.equal(errors, []);
});

test.run();
