/** @fileoverview The writing direction of a site's language, for `<html dir>`: Arabic, Hebrew, Persian, Urdu… read right to left. */

/** Scripts written right to left (ISO 15924 codes, lower case). */
const RTL_SCRIPTS = new Set([
  'arab',
  'hebr',
  'thaa',
  'syrc',
  'nkoo',
  'adlm',
  'rohg',
  'mand',
  'samr',
  'mend',
  'yezi',
]);

/** Languages whose usual script is one of those (CLDR's likely scripts), so `fa` needs no `-Arab`. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'bal',
  'bqi',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'iw',
  'khw',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'sd',
  'sdh',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/**
 * `rtl` for a language tag written right to left (`ar`, `he-IL`, `az-Arab`), else `ltr`; a script subtag decides
 * over the language (`sd-Deva` is `ltr`). A fixed list rather than `Intl.Locale#textInfo`, which Node versions
 * name differently: the same config gives the same pages everywhere.
 */
export function textDirection(language: string): 'rtl' | 'ltr' {
  const [lang = '', ...subtags] = language.toLowerCase().split('-');
  const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

/** A letter of a right-to-left script: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms. */
const RTL_LETTER =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDFFF]/;

/**
 * ` dir="auto"` for a block of text with right-to-left letters in it, else nothing: the browser then sets the
 * block right to left when its first strong letter is (an Arabic paragraph in an English blog), as GitHub does.
 * Blocks of left-to-right text only keep the page's direction, so an English post in an Arabic blog stays mirrored.
 */
export function dirAutoIfRightToLeft(text: string): string {
  return autoDirection(text) ? ' dir="auto"' : '';
}

/**
 * `auto` for a title or excerpt with right-to-left letters in it, else nothing, by the same rule as the body's
 * blocks: an Arabic title in an English blog is set right to left (its heading, card, archive line), an English
 * title in an Arabic blog keeps the page's direction. For a theme to write as `dir="auto"` on the element holding it.
 */
export function autoDirection(text: string): 'auto' | undefined {
  return RTL_LETTER.test(text) ? 'auto' : undefined;
}
