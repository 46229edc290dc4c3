/** @fileoverview Reading a font file's format and characters from its bytes (the check behind `socialCardFonts`). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fontCharacters, fontFormat } from '../../src/fs/font-file.ts';
import { FIXTURES } from '../helpers/cli.ts';

const require = createRequire(import.meta.url);
const inter = join(require.resolve('@fontsource/inter/package.json'), '..', 'files');
const cjk = join(FIXTURES, 'card-fonts-cjk', 'static', 'fonts', 'noto-sans-sc-118-700-normal.woff');

test('a WOFF font: its format and the letters it maps, from the zlib-compressed cmap', () => {
  const latin = readFileSync(join(inter, 'inter-latin-700-normal.woff'));
  assert.is(fontFormat(latin), 'woff');
  const chars = fontCharacters(latin)!;
  assert.ok(chars.has('A'.codePointAt(0)!));
  assert.ok(chars.has('€'.codePointAt(0)!));
  assert.not.ok(chars.has('表'.codePointAt(0)!));
  assert.ok(fontCharacters(readFileSync(cjk))!.has('表'.codePointAt(0)!));
});

test('TrueType, OpenType, WOFF2 and collections are told apart by their first bytes', () => {
  const head = (tag: string) => Buffer.concat([Buffer.from(tag, 'latin1'), Buffer.alloc(12)]);
  assert.is(fontFormat(head('\0\x01\0\0')), 'ttf');
  assert.is(fontFormat(head('OTTO')), 'otf');
  assert.is(fontFormat(head('wOF2')), 'woff2');
  assert.is(fontFormat(head('ttcf')), 'collection');
  assert.is(fontFormat(Buffer.from('---\ntitle: not a font\n---\n')), undefined);
});

test('a truncated or foreign file has no characters rather than throwing', () => {
  const latin = readFileSync(join(inter, 'inter-latin-700-normal.woff'));
  assert.is(fontCharacters(latin.subarray(0, 200)), undefined);
  assert.is(fontCharacters(Buffer.from('OTTO and then nothing a font would have')), undefined);
  assert.is(fontCharacters(Buffer.alloc(0)), undefined);
});

test.run();
