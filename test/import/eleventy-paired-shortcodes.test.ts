/**
 * @fileoverview An Eleventy site's paired shortcodes (mxb.dev's `config.addPairedShortcode('callout', …)`):
 * `{% callout "warning" %}` … `{% endcallout %}` came through as text around the note, in 11 posts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { read, runBlog } from '../helpers/cli.ts';
import { emptyBlog, sourceSite } from './source-site.ts';

test('eleventy: a paired shortcode of the config is a GitHub alert, or a quote when it names no note', () => {
  const source = sourceSite({
    'eleventy.config.js': [
      'export default function (config) {',
      "  config.addShortcode('icon', shortcodes.icon)",
      "  config.addPairedShortcode('signup', shortcodes.signup)",
      "  config.addPairedShortcode('callout', shortcodes.callout)",
      '  return { dir: { input: "src" } }',
      '}',
      '',
    ].join('\n'),
    'src/posts/2024-09-08-buildless.md': [
      '---',
      'title: Going Buildless',
      '---',
      '{% callout "warning" %}',
      'Import maps are **not** supported everywhere.',
      '{% endcallout %}',
      '',
      '{% callout %}',
      'A plain note.',
      '{% endcallout %}',
      '',
      '{% signup "By the way..." %}',
      'I send a newsletter.',
      '{% endsignup %}',
      '',
      '{% tabs %}',
      'Not a shortcode of the config.',
      '{% endtabs %}',
      '',
    ].join('\n'),
  });
  const blog = emptyBlog();
  const r = runBlog(['import', 'eleventy', source], { cwd: blog });
  assert.is(r.status, 0, r.stdout + r.stderr);
  const text = read(blog, 'posts/2024-09-08-buildless.md');
  assert.match(text, '> [!WARNING]\n> Import maps are **not** supported everywhere.\n');
  assert.match(text, '> [!NOTE]\n> A plain note.\n');
  assert.match(text, '> I send a newsletter.\n');
  assert.match(text, '{% tabs %}\nNot a shortcode of the config.\n{% endtabs %}');
  assert.match(
    r.stdout,
    '`{% callout "warning" %}` → `> [!WARNING]` (a GitHub alert; the old site\'s own block tag, defined in `eleventy.config.js`',
  );
  assert.match(r.stdout, '`{% tabs %}` is shown as written');
});

test.run();
