/** @fileoverview Reading a font file's format and characters from its bytes (the check behind `socialCardFonts`). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fontCharacters, fontFormat, woffToSfnt } from '../../src/fs/font-file.ts';
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

test('a WOFF unwrapped is the TrueType font inside it: satori lays out the same card from either', async () => {
  const { default: satori } = await import('satori');
  const woff = [400, 700].map((weight) => readFileSync(join(inter, `inter-latin-${weight}-normal.woff`)));
  const sfnt = woff.map((font) => woffToSfnt(font)!);
  for (const font of sfnt) assert.is(fontFormat(font), 'ttf');
  assert.equal(fontCharacters(sfnt[1]!), fontCharacters(woff[1]!));
  const cjkSfnt = woffToSfnt(readFileSync(cjk))!;
  assert.ok(fontCharacters(cjkSfnt)!.has('表'.codePointAt(0)!));
  const card = {
    type: 'div',
    props: {
      style: { display: 'flex', flexDirection: 'column', fontSize: 60 },
      children: [
        { type: 'div', props: { style: { fontWeight: 700 }, children: 'Zero Trust, Ünïcode & 2025 — 表' } },
        { type: 'div', props: { children: 'The quick brown fox' } },
      ],
    },
  };
  const draw = (data: Buffer[], extra: Buffer) =>
    satori(card, {
      width: 1200,
      height: 630,
      fonts: [
        ...data.map(
          (font, i) => ({ name: 'Inter', weight: i ? 700 : 400, style: 'normal', data: font }) as const,
        ),
        { name: 'CJK', weight: 700, style: 'normal', data: extra },
      ],
    });
  assert.is(await draw(sfnt, cjkSfnt), await draw(woff, readFileSync(cjk)));
});

test('a damaged WOFF is not unwrapped (the caller keeps it as it is), nor is any other font', () => {
  const latin = readFileSync(join(inter, 'inter-latin-700-normal.woff'));
  assert.is(woffToSfnt(latin.subarray(0, 200)), undefined, 'cut short');
  const garbled = Buffer.from(latin);
  // The first table's compressed bytes, overwritten: zlib refuses them.
  garbled.fill(0xff, garbled.readUInt32BE(44 + 4), garbled.readUInt32BE(44 + 4) + 16);
  assert.is(woffToSfnt(garbled), undefined, 'a table that does not inflate');
  const huge = Buffer.from(latin);
  huge.writeUInt32BE(0x7fffffff, 44 + 12);
  assert.is(woffToSfnt(huge), undefined, 'a table claiming 2 GB');
  assert.is(woffToSfnt(woffToSfnt(latin)!), undefined, 'already TrueType');
  assert.is(woffToSfnt(Buffer.from('wOFF')), undefined);
});

test.run();
