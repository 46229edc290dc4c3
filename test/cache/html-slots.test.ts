/**
 * The build's post HTML lives in the cache's packs once written, and is read back when a page needs it
 * (src/cache/post-cache.ts): a pack changed or removed during the build, or compacted, still gives the
 * right HTML, and a post edited during the build is an error rather than stale HTML.
 */
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hashOf } from '../../src/cache/fingerprint.ts';
import { PostCache } from '../../src/cache/post-cache.ts';
import { openCacheStore } from '../../src/cache/store.ts';
import { parseConfig } from '../../src/config/load.ts';
import type { SourceFile } from '../../src/content/frontmatter.ts';
import { BlogError } from '../../src/diagnostics/blog-error.ts';
import type { RenderedMarkdown } from '../../src/render/markdown.ts';
import { tempDir } from '../helpers/cli.ts';

const config = parseConfig('{"title":"T","baseUrl":"https://example.com/"}', 'blog.config.json');

function blog(posts: Record<string, string>): { root: string; sources: SourceFile[] } {
  const root = tempDir();
  const sources = Object.entries(posts).map(([file, text]) => {
    const path = join(root, file);
    writeFileSync(path, text);
    return { path, file, text };
  });
  return { root, sources };
}

/** A renderer that says what it rendered, and counts its calls. */
function counter() {
  const calls: string[] = [];
  const render = (body: string): RenderedMarkdown => {
    calls.push(body);
    const html = `<p>${body.trim()}</p>`;
    return {
      html,
      excerptHtml: '',
      excerptText: '',
      wordCount: 1,
      htmlBytes: Buffer.byteLength(html),
      headings: [],
      images: [],
      math: false,
    };
  };
  return { calls, render };
}

const open = (root: string) =>
  new PostCache(openCacheStore(join(root, '.cache')), 'config', 'render', 'listing');

/** Two file names whose entries share a pack (the shard is a hash of the name). */
function sameShard(): [string, string] {
  const shard = (file: string) => Number.parseInt(hashOf(file).slice(0, 8), 16) % 16;
  const first = 'a.md';
  for (let i = 0; ; i++) if (shard(`b${i}.md`) === shard(first)) return [first, `b${i}.md`];
}

/** One build of one post: loaded, rendered, kept, saved; with its renderer's calls. */
function renderOne(root: string, source: SourceFile) {
  const cache = open(root);
  const post = cache.loadPost(source, config);
  const { calls, render } = counter();
  const kept = cache.keepRender(post, render(post.body), [], render);
  cache.save();
  return { calls, kept };
}

test('fresh HTML is read back from its pack; a pack removed during the build renders the post again', () => {
  const { root, sources } = blog({ 'a.md': '---\ntitle: A\ndate: 2024-01-01\n---\nhello\n' });
  const { calls, kept } = renderOne(root, sources[0]!);
  assert.is(kept.rendered.html, '<p>hello</p>');
  assert.is(calls.length, 1, 'read from the pack, not rendered again');
  rmSync(join(root, '.cache', 'packs'), { recursive: true });
  assert.is(kept.rendered.html, '<p>hello</p>');
  assert.is(calls.length, 2, 'rendered again from the file');
});

test('a post edited during the build, whose pack is gone, is an error naming it, not stale HTML', () => {
  const { root, sources } = blog({ 'a.md': '---\ntitle: A\ndate: 2024-01-01\n---\nhello\n' });
  const { kept } = renderOne(root, sources[0]!);
  writeFileSync(sources[0]!.path, '---\ntitle: A\ndate: 2024-01-01\n---\nedited\n');
  rmSync(join(root, '.cache', 'packs'), { recursive: true });
  try {
    void kept.rendered.html;
    assert.unreachable('should throw');
  } catch (error) {
    assert.instance(error, BlogError);
    assert.match((error as Error).message, 'a.md changed while the site was being built');
  }
});

test('a pack that cannot be written keeps its HTML in memory', () => {
  const { root, sources } = blog({ 'a.md': '---\ntitle: A\ndate: 2024-01-01\n---\nhello\n' });
  // A file where the cache's folder would be: nothing can be written under it.
  writeFileSync(join(root, '.cache'), 'not a folder');
  const { calls, kept } = renderOne(root, sources[0]!);
  assert.is(kept.rendered.html, '<p>hello</p>');
  assert.is(calls.length, 1);
});

test('a compacted pack moves the cached posts’ HTML, which is still read from it', () => {
  const [a, b] = sameShard();
  const big = `${'x'.repeat(1_500_000)}\n`;
  const first = blog({
    [a]: `---\ntitle: A\ndate: 2024-01-01\n---\n${big}`,
    [b]: '---\ntitle: B\ndate: 2024-01-02\n---\nbee\n',
  });
  const one = open(first.root);
  const { render } = counter();
  for (const source of first.sources) {
    const post = one.loadPost(source, config);
    one.keepRender(post, render(post.body), [], render);
  }
  one.save();
  const packs = () => readdirSync(join(first.root, '.cache', 'packs'));
  assert.equal(packs().length, 1, 'both posts in one pack');

  // The big post shrinks: its old HTML outweighs the live HTML, so this build rewrites the pack.
  writeFileSync(first.sources[0]!.path, '---\ntitle: A\ndate: 2024-01-01\n---\nsmall\n');
  const edited = { ...first.sources[0]!, text: '---\ntitle: A\ndate: 2024-01-01\n---\nsmall\n' };
  const two = open(first.root);
  const again = counter();
  const postA = two.loadPost(edited, config);
  const postB = two.loadPost(first.sources[1]!, config);
  const cachedB = two.cachedRender(postB, (url) => url, again.render);
  assert.ok(cachedB, 'B comes from the cache');
  const keptA = two.keepRender(postA, again.render(postA.body), [], again.render);
  two.save();
  assert.ok(statSync(join(first.root, '.cache', 'packs', packs()[0]!)).size < 1000, 'the pack was rewritten');
  assert.is(again.calls.length, 1, 'only A rendered');
  assert.is(cachedB.rendered.html, '<p>bee</p>');
  assert.is(cachedB.rendered.htmlBytes, 10, 'its size known without reading it');
  assert.is(keptA.rendered.html, '<p>small</p>');
  assert.is(keptA.rendered.htmlBytes, 12);
  assert.is(again.calls.length, 1, 'both read from the rewritten pack');

  const three = open(first.root);
  const postB3 = three.loadPost(first.sources[1]!, config);
  const third = counter();
  assert.is(three.cachedRender(postB3, (url) => url, third.render)?.rendered.html, '<p>bee</p>');
  assert.is(third.calls.length, 0, 'the next build reads B at its new place');
});

test.run();
