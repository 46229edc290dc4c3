/**
 * @fileoverview Which letters of a social card no card font draws: the bundled Inter subsets' characters plus
 * the blog's own fonts, read from their `cmap`s. The card stage leaves such letters out; a warning names them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CONFIG_FILE } from '../config/defaults.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { fontCharacters } from '../fs/font-file.ts';
import type { SocialCard } from '../site/social-card.ts';
import type { CardFont } from './card-fonts.ts';

const require = createRequire(import.meta.url);

/** Inter in every subset it ships (Latin, Latin Extended, Greek, Cyrillic, Vietnamese). */
export const INTER_SUBSETS = [
  'latin',
  'latin-ext',
  'greek',
  'greek-ext',
  'cyrillic',
  'cyrillic-ext',
  'vietnamese',
];

export const CARD_FONT_RULE = 'build/social-card-font';

/**
 * Never warned about: spaces and invisible marks, and emoji. Satori draws emoji as pictures, never from a font,
 * so no `socialCardFonts` entry could bring them back; they are left out quietly, as the README says.
 */
const QUIET = /^[\p{C}\p{Z}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]$/u;

/** True for a character Inter or one of `fonts` has a glyph for. */
export function fontsCover(fonts: readonly CardFont[]): (ch: string) => boolean {
  const inter = interCharacters();
  return (ch) => {
    const cp = ch.codePointAt(0)!;
    return inter.has(cp) || fonts.some((font) => font.characters.has(cp));
  };
}

/** True for a character some card font draws, or one no font is expected to (a space, a joiner, an emoji). */
export function cardCoverage(fonts: readonly CardFont[]): (ch: string) => boolean {
  const covered = fontsCover(fonts);
  return (ch) => covered(ch) || QUIET.test(ch);
}

let inter: Set<number> | undefined;

/** Every character of the bundled Inter (the regular weight; the bold has the same). */
function interCharacters(): Set<number> {
  if (inter) return inter;
  const base = join(require.resolve('@fontsource/inter/package.json'), '..');
  inter = new Set<number>();
  for (const subset of INTER_SUBSETS) {
    const chars = fontCharacters(readFileSync(join(base, 'files', `inter-${subset}-400-normal.woff`)));
    for (const cp of chars ?? []) inter.add(cp);
  }
  return inter;
}

/** The distinct characters of `text` that `covers` rejects, in the order they first appear. */
export function missingLetters(text: string, covers: (ch: string) => boolean): string[] {
  return [...new Set(text)].filter((ch) => !covers(ch));
}

/** What the theme's card template shows of a card (a blog's own template may show less): the description on the site's card only. */
function shownText(card: SocialCard): string {
  const { data } = card;
  const description = data.kind === 'site' ? data.description : '';
  return [
    data.title,
    description,
    data.date,
    ...data.tags.slice(0, 3),
    ...data.authors,
    data.site.title,
  ].join('\n');
}

/**
 * A warning for each card (the logo tile aside: its letter is the site card's too) whose text has letters no
 * card font draws, at the post's file or, for the site card, at the config. Computed from the card's data, so
 * a rebuild that takes the PNGs from the cache warns the same.
 */
export function cardFontWarnings(
  cards: readonly SocialCard[],
  covers: (ch: string) => boolean,
): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const card of cards) {
    if (card.data.kind === 'logo') continue;
    const missing = missingLetters(shownText(card), covers);
    if (missing.length === 0) continue;
    const shown = missing.length > 12 ? `${missing.slice(0, 12).join('')}…` : missing.join('');
    const what = card.data.kind === 'site' ? 'The site’s social card' : 'The social card of this post';
    warnings.push({
      file: card.source ?? CONFIG_FILE,
      line: 1,
      column: 1,
      severity: 'warning',
      ruleId: CARD_FONT_RULE,
      message: `${what} leaves out ${missing.length} ${missing.length === 1 ? 'letter' : 'letters'} no card font has: ${shown}`,
      hint: `Add a font that has them to \`socialCardFonts\` in ${CONFIG_FILE}, e.g. \`"socialCardFonts": ["static/fonts/NotoSansSC-Bold.otf"]\` (.ttf, .otf or .woff).`,
    });
  }
  return warnings;
}
