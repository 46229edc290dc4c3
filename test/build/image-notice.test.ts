import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import { processImages } from '../../src/build/images.ts';
import { parseConfig } from '../../src/config/load.ts';
import { createUrls } from '../../src/util/urls.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'images');

function setup(logo: string) {
  const root = mkdtempSync(join(tmpdir(), 'blog-image-notice-'));
  cpSync(FIXTURE, root, { recursive: true });
  const config = parseConfig(
    JSON.stringify({ title: 'T', baseUrl: 'https://example.com/', logo }),
    join(root, 'blog.config.json'),
  );
  return { root, config, urls: createUrls(config.baseUrl) };
}

test('a slow first encode says what the build is doing, naming the cache folder', async () => {
  const { root, config, urls } = setup('/logo-photo.jpg');
  cpSync(
    join(FIXTURE, 'posts', '2024-01-01-cover-post', 'cover.jpg'),
    join(root, 'static', 'logo-photo.jpg'),
  );
  // The images stage alone, telling what it says at once rather than after a few seconds.
  const encode = async () => {
    const said: string[] = [];
    const stage = await processImages({
      root,
      config,
      urls,
      posts: [],
      cacheDir: join(root, '.blog-cache'),
      outDir: join(root, 'dist'),
      notice: (m) => said.push(m),
      noticeAfterMs: 0,
    });
    stage.dispose();
    return said;
  };
  try {
    const said = await encode();
    assert.equal(said.length, 1, said.join('\n'));
    assert.match(said[0]!, /^Encoding 1 images? into responsive sizes/);
    assert.match(said[0]!, /kept in \.blog-cache\/images for later builds/);
    // The next build finds every image in the cache: nothing is encoded, nothing is said.
    assert.deepEqual(await encode(), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test.run();
