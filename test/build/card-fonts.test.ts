/** @fileoverview The fonts a social card is laid out with: Latin always, other Inter subsets when its text needs them. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fontLoader } from '../../src/build/social-cards.ts';
import { FIXTURES } from '../helpers/cli.ts';

const families = (fonts: { name: string; weight: number }[]) => [...new Set(fonts.map((f) => f.name))];

test('an English card gets Latin only, regular and bold', () => {
  const fonts = fontLoader()('Hello, world — “quoted” · 2024 €');
  assert.equal(families(fonts), ['Inter']);
  assert.equal(
    fonts.map((f) => f.weight),
    [400, 700],
  );
});

test('Cyrillic, Greek, Vietnamese and Latin Extended letters bring their subsets, in a fixed order', () => {
  const fontsFor = fontLoader();
  assert.equal(families(fontsFor('Привет')), ['Inter', 'Inter cyrillic']);
  assert.equal(families(fontsFor('Ελληνικά')), ['Inter', 'Inter greek']);
  assert.equal(families(fontsFor('Tiếng Việt')), ['Inter', 'Inter vietnamese']);
  assert.equal(families(fontsFor('ş ğ Ελλ Привет')), [
    'Inter',
    'Inter latin-ext',
    'Inter greek',
    'Inter cyrillic',
  ]);
  // The same needs give the same array: satori parses each array's fonts once.
  assert.is(fontsFor('Привет'), fontsFor('мир'));
});

test("the blog's own fonts come after Inter, and only on a card with a letter Inter lacks", () => {
  const data = readFileSync(join(FIXTURES, 'card-fonts-cjk/static/fonts/noto-sans-sc-118-700-normal.woff'));
  const fontsFor = fontLoader([{ path: 'static/fonts/cjk.woff', data, characters: new Set([0x8868]) }]);
  assert.equal(families(fontsFor('Hello — Привет')), ['Inter', 'Inter cyrillic']);
  assert.equal(families(fontsFor('jQuery 表格')), ['Inter', 'Card font 1']);
  assert.is(fontsFor('表'), fontsFor('格'));
});

test.run();
