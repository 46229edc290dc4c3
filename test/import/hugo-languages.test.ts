/** @fileoverview Which content folder `blog import hugo` reads for a language, as Hugo itself would. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hugoContent } from '../../src/import/hugo-languages.ts';
import { readHugoUrlConfig } from '../../src/import/hugo-url-config.ts';
import { tempDir } from '../helpers/cli.ts';

function site(config: string, dirs: string[]): string {
  const root = tempDir('blog-hugo-lang-');
  writeFileSync(join(root, 'hugo.toml'), config);
  for (const dir of dirs) mkdirSync(join(root, dir), { recursive: true });
  return root;
}

test('a language without its own contentDir reads the top-level contentDir (Kubernetes’ layout)', () => {
  const root = site(
    'contentDir = "content/en"\ndefaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\ncontentDir = "content/fr"\n',
    ['content/en/blog', 'content/fr/blog'],
  );
  const en = hugoContent(root, undefined);
  assert.is(en.dir, join(root, 'content/en'));
  assert.is(en.lang, 'en');
  assert.equal(en.others, [{ lang: 'fr', dir: join(root, 'content/fr') }]);
  const fr = hugoContent(root, 'fr');
  assert.is(fr.dir, join(root, 'content/fr'));
  assert.equal(fr.others, [{ lang: 'en', dir: join(root, 'content/en') }]);
});

test('without a top-level contentDir, such a language reads content/; languages sharing it are not left out', () => {
  const root = site(
    'defaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n[languages.fr]\ncontentDir = "content/fr"\n',
    ['content/posts', 'content/fr/posts'],
  );
  const en = hugoContent(root, undefined);
  assert.is(en.dir, join(root, 'content'));
  // `de` shares `content/` (Hugo tells its pages apart by file name): leaving that folder out would leave out `en` too.
  assert.equal(en.others, [{ lang: 'fr', dir: join(root, 'content/fr') }]);
});

test('languages without content folders share content/: the file name says the language; prefixes as Hugo gives them', () => {
  const config = 'defaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n';
  const root = site(config, ['content/posts']);
  const en = hugoContent(root, undefined);
  assert.equal(
    { ...en, dir: undefined },
    {
      dir: undefined,
      lang: 'en',
      others: [],
      languages: ['en', 'fr'],
      dirLang: 'en',
      prefix: '',
    },
  );
  assert.is(hugoContent(root, 'fr').prefix, 'fr');
  assert.is(hugoContent(site(`defaultContentLanguageInSubdir = true\n${config}`, []), 'en').prefix, 'en');
  // Multihost: each language on its own host, no prefix.
  assert.is(
    hugoContent(site(config.replace('weight = 2', 'baseURL = "https://fr.example.org/"'), []), 'fr').prefix,
    '',
  );
  assert.throws(() => hugoContent(root, 'de'), /No language `de` in this Hugo site's config/);
});

test('a language’s own `permalinks` replace the site’s for its posts', () => {
  const root = site(
    '[permalinks.page]\nposts = "/:year/:slug/"\n[languages.en]\nweight = 1\n[languages.de]\n[languages.de.permalinks.page]\nposts = "/artikel/:slug/"\n',
    [],
  );
  assert.equal(readHugoUrlConfig(root, { lang: 'de', prefix: 'de' }).patterns, { posts: '/artikel/:slug/' });
  assert.equal(readHugoUrlConfig(root, { lang: 'en', prefix: '' }).patterns, { posts: '/:year/:slug/' });
});

test.run();
