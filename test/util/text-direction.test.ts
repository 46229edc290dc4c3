import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { textDirection } from '../../src/util/text-direction.ts';

test('languages written right to left, by language or by script', () => {
  for (const tag of [
    'ar',
    'ar-EG',
    'he',
    'he-IL',
    'fa',
    'ur',
    'yi',
    'ps',
    'dv',
    'ckb',
    'az-Arab',
    'pa-Arab-PK',
  ])
    assert.is(textDirection(tag), 'rtl', tag);
});

test('the others, and a script subtag over the language', () => {
  for (const tag of ['en', 'en-US', 'de', 'zh-Hant-TW', 'ja', 'tr', 'az', 'sd-Deva', 'ku', 'x'])
    assert.is(textDirection(tag), 'ltr', tag);
});

test.run();
