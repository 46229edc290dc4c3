/** @fileoverview Control characters typed or pasted into a post never reach a page, the feed or the sitemap. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBlog, WITHOUT_EXTRAS } from '../helpers/cli.ts';
import { freshBlog, writePost } from '../helpers/fresh-blog.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is looked for.
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

test('a NUL, bell or terminal escape in the title, description, a tag or the body is left off every page', () => {
  const blog = freshBlog(WITHOUT_EXTRAS);
  writePost(
    blog,
    '2025-06-01-pasted.md',
    '---\ntitle: "Pasted\\0 from \\x1b[1ma terminal\\uFFFE"\ndate: 2025-06-01\n' +
      'description: "Output copied\\x0b from a terminal session, escape codes and all, into a post"\n' +
      'tags: ["Ops\\x07"]\n---\nThe log said \u0001 \u001b[31mfailed\u001b[0m.\n\n`code \u0000 span`\n',
  );
  const r = runBlog(['build'], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const dist = join(blog, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(html|xml)$/.test(f),
  );
  for (const file of files) {
    const text = readFileSync(join(dist, file), 'utf8');
    assert.not.match(text, CONTROL, `${file} holds a control character`);
  }
  const page = readFileSync(join(dist, 'posts/pasted/index.html'), 'utf8');
  assert.match(page, '<h1 class="post-title" data-pagefind-meta="title">Pasted from [1ma terminal</h1>');
  assert.match(page, '<p>The log said  [31mfailed[0m.</p>');
  // The JSON-LD headline kept the U+FFFE the heading dropped (a noncharacter, an HTML parse error).
  const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}';
  const article = JSON.parse(ld)['@graph'].find((n: { '@type': string }) => n['@type'] === 'BlogPosting');
  assert.is(article.headline, 'Pasted from [1ma terminal');
});

test.run();
