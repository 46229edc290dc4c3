/** `encodeUrl`: every absolute URL in the feed, sitemap and robots.txt, percent-encoded exactly once. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { wellFormed } from '../../src/util/text.ts';
import { encodeUrl } from '../../src/util/urls.ts';

test('lone surrogates become U+FFFD; pairs and other text stay as they are', () => {
  assert.is(wellFormed('a\ud800b'), 'a\ufffdb');
  assert.is(wellFormed('a\udc00'), 'a\ufffd');
  assert.is(wellFormed('\udc00\ud800'), '\ufffd\ufffd', 'a low then a high surrogate are not a pair');
  assert.is(wellFormed('🦀 ok'), '🦀 ok');
  assert.is(wellFormed(''), '');
});

test('a URL is encoded once: escapes already there stay, the rest is encoded as UTF-8', () => {
  assert.is(encodeUrl('https://x.test/bl%C3%B6g/'), 'https://x.test/bl%C3%B6g/');
  assert.is(encodeUrl('https://x.test/blög/'), 'https://x.test/bl%C3%B6g/');
  assert.is(encodeUrl('https://x.test/a b/100%/'), 'https://x.test/a%20b/100%25/');
  assert.is(encodeUrl('https://x.test/🦀/'), 'https://x.test/%F0%9F%A6%80/');
  assert.is(
    encodeUrl('https://x.test/half\ud83e/'),
    'https://x.test/half%EF%BF%BD/',
    'half an emoji as U+FFFD',
  );
});

test.run();
