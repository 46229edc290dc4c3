/**
 * @fileoverview Congo's exampleSite: posts in the section `params.mainSections` names (`samples/`), set in a
 * split config's language file (`config/_default/languages.en.toml`), translations named `index.zh-Hans.md`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileOfKey, readHugoConfigFiles } from '../../src/import/hugo-config.ts';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

const post = (title: string) => `---\ntitle: "${title}"\ndate: 2019-03-11\n---\nBody.\n`;

/** The layout of jpanther/congo's exampleSite, cut down. */
const congo = () =>
  sourceSite({
    'config/_default/config.toml': 'theme = "congo"\ndefaultContentLanguage = "en"\n',
    'config/_default/languages.en.toml':
      'languageCode = "en-AU"\ntitle = "Congo"\n\n[params]\n  mainSections = ["samples"]\n  description = "A theme."\n',
    'config/_default/languages.zh-Hans.toml':
      'languageCode = "zh-Hans"\ntitle = "Congo"\n\n[params]\n  mainSections = ["samples"]\n',
    'config/_default/params.en.toml': 'showEdit = false\n',
    'content/samples/_index.md': '---\ntitle: "Content Samples"\n---\n',
    'content/samples/markdown/index.md': post('Markdown'),
    'content/samples/markdown/index.zh-Hans.md': post('Markdown 中文'),
    'content/docs/_index.md': '---\ntitle: "Docs"\n---\n',
    'content/docs/installation/index.md': post('Installation'),
  });

test("a language's own config file is that language's table, as Hugo's LoadConfigFromDir reads it", () => {
  const config = readHugoConfigFiles(congo());
  const languages = config.data.languages as Record<string, Record<string, unknown>>;
  assert.equal(languages.en!.params, { mainSections: ['samples'], description: 'A theme.', showEdit: false });
  assert.is(languages['zh-Hans']!.languageCode, 'zh-Hans');
  assert.equal(fileOfKey(config, ['languages', 'en', 'params', 'description']), {
    file: 'config/_default/languages.en.toml',
    path: ['params', 'description'],
  });
  assert.equal(fileOfKey(config, ['languages', 'en', 'params', 'showEdit']), {
    file: 'config/_default/params.en.toml',
    path: ['showEdit'],
  });
  assert.equal(fileOfKey(config, ['defaultContentLanguage']), {
    file: 'config/_default/config.toml',
    path: ['defaultContentLanguage'],
  });
});

test('hugo, as in Congo: the mainSections section is imported, one language, the settings from its file', () => {
  const blog = emptyBlog();
  const r = runBlog(['import', 'hugo', congo()], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^Imported 1 post /);
  assert.ok(existsSync(join(blog, 'posts/2019-03-11-markdown/index.md')));
  assert.match(
    r.stdout,
    'content/samples/markdown/index.zh-Hans.md: another language (`--lang zh-hans` imports it)',
  );
  assert.match(
    r.stdout,
    "1: the old site's `languageCode` (config/_default/languages.en.toml:1) not applied",
  );
  assert.match(
    r.stdout,
    "1: the old site's `params.description` (config/_default/languages.en.toml:6) not applied",
  );
  assert.match(read(blog, 'posts/2019-03-11-markdown/index.md'), '  - /samples/markdown/\n');
  const build = runBlog(['build'], { cwd: blog });
  assert.is(build.status, 0, build.stdout + build.stderr);
});

test.run();
