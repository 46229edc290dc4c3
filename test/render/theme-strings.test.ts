/** The theme's words: every language complete, the same placeholders as English, plurals and fallbacks. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  baseMessage,
  placeholdersOf,
  THEME_LANGUAGES,
  THEME_STRING_IDS,
  themeLanguageOf,
  themeStrings,
} from '../../src/render/theme-strings.ts';

test('the theme speaks at least the languages promised', () => {
  for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'zh'])
    assert.ok(THEME_LANGUAGES.includes(lang), lang);
});

test('every language has every message, with the placeholders of the English one and a text for `other`', () => {
  for (const lang of THEME_LANGUAGES) {
    const { messages } = themeStrings(lang);
    for (const id of THEME_STRING_IDS) {
      const message = messages[id];
      assert.ok(message !== undefined, `${lang} ${id}`);
      assert.equal(
        placeholdersOf(message).sort(),
        placeholdersOf(baseMessage(id)).sort(),
        `${lang} ${id}: placeholders`,
      );
      if (typeof message !== 'string') assert.type(message.other, 'string', `${lang} ${id}: other`);
      // A plural message in English is plural in every language, and a plain one plain.
      assert.is(typeof message, typeof baseMessage(id), `${lang} ${id}: kind`);
    }
  }
});

test('a tag reads its language’s table: de-AT → de, pt-BR → pt, zh-CN → zh; none → English', () => {
  assert.is(themeLanguageOf('de-AT'), 'de');
  assert.is(themeLanguageOf('pt-BR'), 'pt');
  assert.is(themeLanguageOf('zh-CN'), 'zh');
  assert.is(themeLanguageOf('zh'), 'zh');
  assert.is(themeLanguageOf('zh-TW'), undefined, 'traditional characters are not simplified');
  assert.is(themeLanguageOf('sv'), undefined);
  assert.is(themeLanguageOf('not a tag'), undefined);
  assert.is(themeStrings('de-AT').t('relatedPosts'), 'Ähnliche Beiträge');
  assert.is(themeStrings('sv').t('relatedPosts'), 'Related posts');
  assert.is(themeStrings('sv').table, 'en');
});

test('plurals by the language’s rules; counts as the language writes numbers; other values as they are', () => {
  const en = themeStrings('en');
  assert.is(en.t('seriesParts', { count: 1 }), '1 part');
  assert.is(en.t('seriesParts', { count: 5 }), '5 parts');
  const de = themeStrings('de');
  assert.is(de.t('postCount', { count: 1 }), 'Beitrag');
  assert.is(de.t('postCount', { count: 3 }), 'Beiträge');
  assert.is(de.t('minRead', { count: 1234 }), '1.234 Min. Lesezeit');
  assert.is(de.t('postsFromYear', { year: '2023' }), 'Beiträge aus 2023');
  assert.is(de.t('pageOf', { page: 2, total: 3 }), 'Seite 2 von 3');
  // French counts 0 and 1 as `one`.
  assert.is(themeStrings('fr').t('seriesParts', { count: 0 }), '0 partie');
});

test('an override replaces the table’s message; one text serves every plural form', () => {
  const de = themeStrings('de', { relatedPosts: 'Lies auch', minRead: '{count} Minuten' });
  assert.is(de.t('relatedPosts'), 'Lies auch');
  assert.is(de.t('minRead', { count: 1 }), '1 Minuten');
  assert.is(de.t('olderPosts'), 'Ältere Beiträge');
});

test('an id the table does not have (a template of the blog’s own) is an error with a did-you-mean', () => {
  const { t } = themeStrings('de');
  assert.throws(
    () => t('relatedPost' as never),
    /Unknown theme string `relatedPost`; did you mean `relatedPosts`\?/,
  );
  assert.throws(() => t('constructor' as never), /Unknown theme string `constructor`/);
});

test.run();
