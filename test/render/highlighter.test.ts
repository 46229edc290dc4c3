/**
 * @fileoverview Highlighting with languages loaded on demand gives the same HTML as highlight.js with all of
 * them, for every language and alias; the committed table matches the installed highlight.js.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HLJSApi } from 'highlight.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { HIGHLIGHT_LANGUAGES } from '../../src/render/highlight-languages.ts';
import { highlighterFor, languageTable } from '../../src/render/highlighter.ts';

const require = createRequire(import.meta.url);
const TABLE_FILE = join(import.meta.dirname, '../../src/render/highlight-languages.ts');

/**
 * Every language in a new instance, registered in the order `highlight.js` registers them (an alias two
 * languages claim goes to the later one). Not `require('highlight.js')`: that registers them all in the
 * shared core instance, which the module under test must load one by one.
 */
function fullHighlighter(): HLJSApi {
  const hljs = (require('highlight.js/lib/core') as HLJSApi).newInstance();
  const index = readFileSync(join(require.resolve('highlight.js/lib/core'), '..', 'index.js'), 'utf8');
  for (const [, name, module] of index.matchAll(
    /registerLanguage\('([^']+)', require\('\.\/languages\/([^']+)'\)\)/g,
  ))
    hljs.registerLanguage(name!, require(`highlight.js/lib/languages/${module}`));
  return hljs;
}

test('the committed language table is the installed highlight.js’s', () => {
  const version = (require('highlight.js/package.json') as { version: string }).version;
  const table = languageTable(fullHighlighter(), version);
  if (process.env.UPDATE_HIGHLIGHT_LANGUAGES === '1') {
    const head = readFileSync(TABLE_FILE, 'utf8').split('\n').slice(0, 6).join('\n');
    writeFileSync(TABLE_FILE, `${head.replace(/ = \{[\s\S]*$/, '')} = ${JSON.stringify(table, null, 2)};\n`);
    return;
  }
  assert.equal(
    HIGHLIGHT_LANGUAGES,
    table,
    'run UPDATE_HIGHLIGHT_LANGUAGES=1 on this test, then biome format',
  );
  assert.ok(Object.keys(table.modules).length > 300);
  assert.equal(table.modules.js, 'javascript');
  assert.ok(table.embeds.xml?.includes('css') && table.embeds.xml.includes('javascript'));
});

const SAMPLE = `<!doctype html>
<html><head><style>a { color: red }</style><script>const x = 1; // c
</script></head>
<?php echo "hi"; ?>
{{ name }} {% if x %}y{% endif %}
$ ls -la | grep "x" # shell
SELECT * FROM t WHERE a = 'b';
def f(x): return x + 1
fn main() { println!("{}", 1); }
</html>
`;

test('every language and alias highlights as with all languages loaded', () => {
  const full = fullHighlighter();
  let checked = 0;
  for (const alias of Object.keys(HIGHLIGHT_LANGUAGES.modules)) {
    const lazy = highlighterFor(alias);
    assert.ok(lazy, alias);
    assert.is(
      lazy!.highlight(SAMPLE, { language: alias, ignoreIllegals: true }).value,
      full.highlight(SAMPLE, { language: alias, ignoreIllegals: true }).value,
      alias,
    );
    checked++;
  }
  assert.ok(checked > 300);
  assert.is(highlighterFor('no-such-language'), undefined);
  assert.is(highlighterFor('__proto__'), undefined);
});

test('a fence names one language: only it (and what it embeds) is loaded', () => {
  // In a fresh process: other suites run in this one may have loaded languages already.
  const script = `
    import { createRequire } from 'node:module';
    import { highlighterFor } from './src/render/highlighter.ts';
    const core = createRequire(import.meta.url)('highlight.js/lib/core');
    highlighterFor('py');
    console.log(JSON.stringify(core.listLanguages().sort()));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: join(import.meta.dirname, '../..'),
    encoding: 'utf8',
  });
  assert.is(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout), ['python']);
});

test.run();
