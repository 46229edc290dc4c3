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
