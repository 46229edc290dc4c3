/** @fileoverview The fonts a social card is laid out with: Latin always, other Inter subsets when its text needs them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fontLoader } from '../../src/build/social-cards.ts';

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

test.run();
