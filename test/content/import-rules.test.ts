import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { configSchema } from '../../src/config/schema.ts';
import { parseSourceFile } from '../../src/content/frontmatter.ts';
import { toPost } from '../../src/content/post.ts';
import type { Rule } from '../../src/content/rule.ts';
import { bodyBrokenLink } from '../../src/content/rules/body-broken-link.ts';
import { bodyMissingImage as missingImage } from '../../src/content/rules/body-missing-image.ts';
import { duplicateSlug } from '../../src/content/rules/duplicate-slug.ts';
import { filenameDate } from '../../src/content/rules/filename-date.ts';
import { missingOpener } from '../../src/content/rules/missing-opener.ts';
import { removedHtml } from '../../src/content/rules/removed-html.ts';
import { scriptEmbed } from '../../src/content/rules/script-embed.ts';
import { templateSyntax } from '../../src/content/rules/template-syntax.ts';
import { findTemplateSyntax } from '../../src/content/template-syntax.ts';
import { validatePosts } from '../../src/content/validate.ts';
import { sanitize } from '../../src/render/sanitize.ts';
import { tempDir } from '../helpers/cli.ts';

/** `line:col severity message ruleId` for each problem, as the stylish formatter reads. */
function lint(rule: Rule, files: Record<string, string>, config: Record<string, unknown> = {}): string[] {
  const root = tempDir('blog-rules-');
  const parsed = configSchema.parse({ timeZone: 'America/Chicago', ...config });
  const posts = Object.entries(files).map(([file, text]) => {
    const path = join(root, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return toPost(parseSourceFile({ path, file, text }), parsed);
  });
  return validatePosts(posts, parsed, root, { rules: [rule], lint: true }).map(
    (d) => `${d.file} ${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`,
  );
}

const scanner = suite('findTemplateSyntax');

scanner(
  'an HTML <pre> block is code: its Angular `{{ x | date }}` is left alone, Liquid after it is found',
  () => {
    // As in raymondcamden.com's older posts: code shown in `<pre><code>`, written with HTML entities.
    const body = [
      '<pre><code class="language-markup">', // 1
      '&lt;ion-note&gt;{{cat.lastRating | date:&#x27;shortDate&#x27;}}&lt;/ion-note&gt;', // 2
      '{% raw %}{{ page.title }}{% endraw %}</code></pre>', // 3: only the raw markers
      '', // 4
      'After: {{ page.title }}', // 5
      'a <pre>{{ x | y }}</pre> inline is prose', // 6: not a block
    ].join('\n');
    assert.equal(
      findTemplateSyntax(body).map((m) => `${m.kind} ${m.text}`),
      [
        'liquid-tag {% raw %}',
        'liquid-tag {% endraw %}',
        'liquid-output {{ page.title }}',
        'liquid-output {{ x | y }}',
      ],
    );
  },
);

scanner('finds Liquid tags, Liquid output and shortcodes; leaves code and {{closure}} alone', () => {
  const body = [
    '{% highlight ruby %}', // 1
    'a {{ site.baseurl }}/x and {{ x | relative_url }}', // 2
    '{{< figure src="a.png" >}} {{% notice %}}', // 3
    'the type {{closure}} and `{% not this %}`', // 4
    '```liquid', // 5
    '{% raw %}{{ page.title }}{% endraw %}', // 6: only the raw markers
    '```', // 7
  ].join('\n');
  assert.equal(
    findTemplateSyntax(body).map((m) => `${m.kind} ${m.text}`),
    [
      'liquid-tag {% highlight ruby %}',
      'liquid-output {{ site.baseurl }}',
      'liquid-output {{ x | relative_url }}',
      'shortcode {{< figure src="a.png" >}}',
      'shortcode {{% notice %}}',
      'liquid-tag {% raw %}',
      'liquid-tag {% endraw %}',
    ],
  );
});

scanner(
  "finds a call in `{{ }}` (Zola's `{{ toc() }}` on strugglers.net, a Nunjucks macro); not `{{closure}}` or `{{ a b }}`",
  () => {
    const body = [
      '{{ toc() }}',
      'Watch {{ youtube(id="dQw4w9WgXcQ") }} and {{ nav.menu( 2 ) }}.',
      'A {{closure}}, {{ a b }}.',
    ].join('\n');
    assert.equal(
      findTemplateSyntax(body).map((m) => `${m.kind} ${m.text}`),
      [
        'liquid-output {{ toc() }}',
        'liquid-output {{ youtube(id="dQw4w9WgXcQ") }}',
        'liquid-output {{ nav.menu( 2 ) }}',
      ],
    );
  },
);

scanner(
  "finds a shortcode, tag or call written over several lines, at its opener (strugglers.net's `{{ figure(`)",
  () => {
    const body = [
      '{{< gallery', // 1
      '  dir="/img/" >}}', // 2
      '', // 3
      '{{ figure(', // 4
      '    src="images/a.png",', // 5
      ') }}', // 6
      '', // 7
      '{% tabs build-tools', // 8
      '%}', // 9
      '', // 10
      'Set {{ and {% in prose alone, and 100{%.', // 11: not openers that start a line
    ].join('\n');
    assert.equal(
      findTemplateSyntax(body).map((m) => `${m.offset} ${m.kind} ${m.text}`),
      ['0 shortcode {{< gallery', '31 liquid-output {{ figure(', '72 liquid-tag {% tabs build-tools'],
    );
  },
);

scanner("finds kramdown's attribute lists (jekyll-theme-basically-basic's markup posts); not in code", () => {
  const body = [
    'Left aligned text.', // 1
    '{: .text-left}', // 2
    '[Docs](https://kramdown.gettalong.org/){:target="_blank"} and ![A cat](/cat.png){: .align-right}', // 3
    '* TOC', // 4
    '{:toc}', // 5
    'Write `{: .notice}` or `[x](y){:.b}` after a paragraph; a dict {:x} in prose is no list.', // 6
    '```markdown', // 7
    '{: .text-center}', // 8
    '```', // 9
  ].join('\n');
  assert.equal(
    findTemplateSyntax(body).map((m) => `${m.kind} ${m.text}`),
    [
      'kramdown {: .text-left}',
      'kramdown {:target="_blank"}',
      'kramdown {: .align-right}',
      'kramdown {:toc}',
    ],
  );
});

scanner(
  'a CRLF body has its line-end marks found too: a closing `:::`, `{: .x}`, `{:toc}`, at their own offsets',
  () => {
    const body = ['Intro.', ':::tip', 'A tip.', ':::', 'Para', '{: .text-left}', '* TOC', '{:toc}', ''].join(
      '\r\n',
    );
    const marks = findTemplateSyntax(body);
    assert.equal(
      marks.map((m) => `${m.kind} ${m.text}`),
      ['container :::tip', 'container :::', 'kramdown {: .text-left}', 'kramdown {:toc}'],
    );
    for (const m of marks) assert.is(body.slice(m.offset, m.end), m.text);
  },
);

scanner(
  'indented code is code, as the page shows it: its Liquid is left alone; in a list, 4 spaces continue the item',
  () => {
    // nicolashery.com's post about its Jekyll site shows the tags it used in blocks indented 4 spaces.
    const body = [
      'I wrote a custom Liquid tag:', // 1
      '', // 2
      '    {% image my-image.png "Image alt text" %}', // 3: code
      '', // 4
      '        {% include disqus.html %}', // 5: still code (blank lines inside)
      'After: {{ page.title }}', // 6: prose again
      'A paragraph', // 7
      '    {% continued %}', // 8: a paragraph's continuation, not code
      '', // 9
      '1. Install it:', // 10
      '', // 11
      '    {% code %}', // 12: the item's content (Hexo's 3.0 notes), shown as text
      '', // 13
      'Flush left ends the list.', // 14
      '', // 15
      '\t{% tabbed %}', // 16: a tab is 4 columns: code
    ].join('\n');
    assert.equal(
      findTemplateSyntax(body).map((m) => `${m.kind} ${m.text}`),
      ['liquid-output {{ page.title }}', 'liquid-tag {% continued %}', 'liquid-tag {% code %}'],
    );
  },
);

scanner.run();

const rules = suite('rules for posts from other generators');

rules('content/template-syntax points at each leftover', () => {
  assert.equal(
    lint(templateSyntax, { 'posts/2020-01-01-a.md': '---\ntitle: A\n---\nText {{closure}}.\n' }),
    [],
  );
  assert.equal(
    lint(templateSyntax, {
      'posts/2020-01-01-a.md': '---\ntitle: A\n---\n\nSee {% post_url 2019-01-01-b %}.\n',
    }),
    [
      'posts/2020-01-01-a.md 5:5 warning Unexpected Liquid `{% post_url 2019-01-01-b %}`, it is shown as written (bodies are Markdown only) content/template-syntax',
    ],
  );
});

rules('content/template-syntax names a kramdown attribute list as one, with what to do', () => {
  const found = lint(templateSyntax, {
    'posts/2020-01-01-a.md': '---\ntitle: A\n---\n\nCentered.\n{: .text-center}\n',
  });
  assert.equal(found, [
    'posts/2020-01-01-a.md 6:1 warning Unexpected kramdown attribute list `{: .text-center}`, it is shown as written (bodies are Markdown only) content/template-syntax',
  ]);
});

rules('content/filename-date notes a file name one day off from date:', () => {
  assert.equal(
    lint(filenameDate, { 'posts/2019-08-05-a.md': '---\ntitle: A\ndate: 2019-08-05 10:00:00 -0500\n---\n' }),
    [],
  );
  assert.equal(
    lint(filenameDate, { 'posts/2019-08-05-a.md': '---\ntitle: A\ndate: 2019-08-05 23:30:00 -0700\n---\n' }),
    [
      'posts/2019-08-05-a.md 3:7 warning Unexpected file name date 2019-08-05, `date:` gives 2019-08-06 in America/Chicago (the front-matter wins) content/filename-date',
    ],
  );
});

rules('body/missing-image reports body images that are not there', () => {
  const files = {
    'posts/b/index.md':
      '---\ntitle: B\ndate: 2020-01-01\n---\n![ok](here.png)\n![gone](gone.png)\n<img src="/nope.png">\n![remote](https://x.test/a.png)\n```\n![in code](code.png)\n```\n',
    'posts/b/here.png': 'png',
  };
  assert.equal(lint(missingImage, files), [
    'posts/b/index.md 6:9 error Unexpected image `gone.png`, no such file beside the post body/missing-image',
    'posts/b/index.md 7:11 error Unexpected image `/nope.png`, no such file under `static/` body/missing-image',
  ]);
});

rules('content/script-embed warns only when raw HTML is sanitized', () => {
  const files = {
    'posts/2020-01-01-a.md': '---\ntitle: A\n---\n<script src="https://gist.github.com/x.js"></script>\n',
  };
  assert.equal(lint(scriptEmbed, files).length, 1);
  assert.equal(lint(scriptEmbed, files, { markdown: { allowHtml: true } }), []);
});

rules(
  'content/script-embed follows fenced code as CommonMark does: only a like fence, alone, closes it',
  () => {
    const post = (body: string) => ({ 'posts/2020-01-01-a.md': `---\ntitle: A\n---\n${body}` });
    const script = '<script src="https://gist.github.com/x.js"></script>';
    // A ``` line inside a ```` fence is code, not a closing fence: the <script> after the ```` is on the page.
    assert.equal(lint(scriptEmbed, post(`\`\`\`\`md\n\`\`\`\n\`\`\`\`\n${script}\n`)), [
      'posts/2020-01-01-a.md 7:1 warning Unexpected `<script>` embed, it is removed from the page content/script-embed',
    ]);
    // A ~~~ fence is not closed by ```, nor a fence by a line with an info string: the <script> is still code.
    assert.equal(lint(scriptEmbed, post(`~~~\n\`\`\`\n${script}\n~~~\n`)), []);
    // Indented 4 spaces after a blank line, a script is code shown on the page, not an embed.
    assert.equal(lint(scriptEmbed, post(`Embed it so:\n\n    ${script}\n`)), []);
    assert.equal(lint(scriptEmbed, post(`\`\`\`\n\`\`\`html\n${script}\n\`\`\`\n`)), []);
  },
);

rules('content/removed-html names each raw tag and handler the sanitizer drops, once per tag name', () => {
  const body = [
    '<form action="/subscribe">Your email <input type="email"></form>',
    '<style>p { color: red }</style>',
    '<center>Hi</center> and <center>again</center>, <details><summary>More</summary>kept</details>',
    'A `<form>` in code, and a List<String> outside it.',
    '<b onclick="steal()">bold</b> <script src="x.js"></script>',
    '```html',
    '<object data="x.swf"></object>',
    '```',
  ].join('\n');
  const files = { 'posts/2020-01-01-a.md': `---\ntitle: A\n---\n${body}\n` };
  const w = 'posts/2020-01-01-a.md';
  assert.equal(lint(removedHtml, files), [
    `${w} 8:4 warning Unexpected \`onclick\` handler on \`<b>\`, it is removed from the page content/removed-html`,
    `${w} 4:1 warning Unexpected \`<form>\` tag, it is removed from the page content/removed-html`,
    `${w} 5:1 warning Unexpected \`<style>\` tag, it is removed from the page, with what it holds content/removed-html`,
    `${w} 6:1 warning Unexpected \`<center>\` tag, it is removed from the page (2 in this post) content/removed-html`,
    `${w} 7:31 warning Unexpected \`<String>\` tag, it is removed from the page content/removed-html`,
  ]);
  assert.equal(lint(removedHtml, files, { markdown: { allowHtml: true } }), []);
  // What the rule says is what the sanitizer does.
  const page = sanitize(
    '<form action="/s">Your email</form><style>p{}</style><center>Hi</center><b onclick="x()">bold</b>',
  );
  assert.is(page, 'Your emailHi<b>bold</b>');
});

rules('a drawing element outside an <svg> is named as removed; inside one, or in code, it is not', () => {
  const body = [
    'A <circle r="3">stray</circle>, <path d="M1 1"/> and another <circle r="1"></circle>.', // 4
    '<svg viewBox="0 0 9 9"><circle r="3"/><g><path d="M1 1"/></g></svg>', // 5
    'After it, `<rect>` in code and <rect width="1"> again.', // 6
  ].join('\n');
  const files = { 'posts/2020-01-01-a.md': `---\ntitle: A\n---\n${body}\n` };
  const w = 'posts/2020-01-01-a.md';
  assert.equal(lint(removedHtml, files), [
    `${w} 4:3 warning Unexpected \`<circle>\` tag outside an \`<svg>\`, it is removed from the page (2 in this post) content/removed-html`,
    `${w} 4:33 warning Unexpected \`<path>\` tag outside an \`<svg>\`, it is removed from the page content/removed-html`,
    `${w} 6:32 warning Unexpected \`<rect>\` tag outside an \`<svg>\`, it is removed from the page content/removed-html`,
  ]);
  assert.equal(lint(removedHtml, files, { markdown: { allowHtml: true } }), []);
  // What the rule says is what the sanitizer does.
  assert.is(sanitize('A <circle r="3">stray</circle>.'), 'A stray.');
});

rules('an image inside an <svg>’s <foreignObject> is named as removed with it, not as missing', () => {
  const body =
    '<svg viewBox="0 0 9 9"><foreignObject><img src="gone.png"><a href="./nope.md">x</a></foreignObject><circle r="1"/></svg>\n\n![here](gone.png)';
  const files = { 'posts/2020-01-01-a.md': `---\ntitle: A\n---\n${body}\n` };
  const w = 'posts/2020-01-01-a.md';
  assert.equal(lint(removedHtml, files), [
    `${w} 4:24 warning Unexpected \`<foreignObject>\` tag, it is removed from the page, with what it holds (the image \`gone.png\`) content/removed-html`,
  ]);
  // The image outside it is still checked; the one inside is not on the page to be missing.
  assert.equal(lint(missingImage, files), [
    `${w} 6:9 error Unexpected image \`gone.png\`, no such file beside the post body/missing-image`,
  ]);
  assert.equal(lint(bodyBrokenLink, files), []);
  assert.is(
    sanitize('<svg><foreignObject><img src="gone.png"></foreignObject><circle r="1"/></svg>'),
    '<svg><circle r="1"></circle></svg>',
  );
  // With raw HTML allowed nothing is removed, so the image inside is checked like any other.
  assert.equal(lint(missingImage, files, { markdown: { allowHtml: true } }).length, 2);
});

// A drawing's <style> is kept (scoped to it), so lint no longer says it is removed; one after the drawing still is.
rules('content/removed-html: a <style> inside an <svg> is kept, one outside it is named', () => {
  const body = [
    '<figure>',
    '<svg viewBox="0 0 9 9"><style>.l{fill:red}</style><text class="l">A</text></svg>',
    '</figure>',
    '',
    '<svg viewBox="0 0 9 9"><circle r="1"/></svg><style>p { color: red }</style>',
  ].join('\n');
  const w = 'posts/2020-01-01-a.md';
  assert.equal(lint(removedHtml, { [w]: `---\ntitle: A\n---\n${body}\n` }), [
    `${w} 8:45 warning Unexpected \`<style>\` tag, it is removed from the page, with what it holds content/removed-html`,
  ]);
});

rules('content/removed-html: an email autolink (`<government@github.com>`) is a link, not a tag', () => {
  // As in ben.balter.com: "contact <government@github.com>", which Markdown renders as a mailto: link.
  const files = {
    'posts/2020-01-01-a.md':
      '---\ntitle: A\n---\nWrite to <government@github.com> or <support+blog@mail.github.co.uk>, not <font>.\n',
  };
  assert.equal(lint(removedHtml, files), [
    'posts/2020-01-01-a.md 4:75 warning Unexpected `<font>` tag, it is removed from the page content/removed-html',
  ]);
});

rules('blog/duplicate-slug: same slug on different days is fine with a date permalink, not without', () => {
  const files = {
    'posts/2019-10-11-team-meeting.md': '---\ntitle: A\n---\n',
    'posts/2019-11-22-team-meeting.md': '---\ntitle: B\n---\n',
  };
  assert.is(lint(duplicateSlug, files).length, 2);
  assert.equal(lint(duplicateSlug, files, { permalink: '/:year/:month/:day/:slug/' }), []);
  // The same day still clashes.
  assert.is(
    lint(
      duplicateSlug,
      {
        'posts/2019-10-11-x.md': '---\ntitle: A\n---\n',
        'posts/x/index.md': '---\ntitle: B\ndate: 2019-10-11\n---\n',
      },
      { permalink: '/:year/:month/:day/:slug/' },
    ).length,
    2,
  );
});

rules('content/missing-opener: Hexo front-matter with only its closing line', () => {
  assert.equal(lint(missingOpener, { 'posts/2020-01-01-a.md': '---\ntitle: A\n---\nx\n' }), []);
  assert.equal(lint(missingOpener, { 'posts/2020-01-01-a.md': 'Just text: with a colon\n\n---\n' }), []);
  assert.equal(lint(missingOpener, { 'posts/2020-01-01-a.md': 'title: A\ntags:\n- x\n---\nBody.\n' }), [
    'posts/2020-01-01-a.md 1:1 error Unexpected front-matter without its opening `---`, it would be read as text content/missing-opener',
  ]);
});

rules(
  'content/missing-opener: an opening line of four dashes, or indented, is named, not "Missing `title`"',
  () => {
    for (const opener of ['----', ' ---', '-----  '])
      assert.equal(
        lint(missingOpener, { 'posts/2020-01-01-a.md': `${opener}\ntitle: A\ndate: 2020-01-01\n---\nx\n` }),
        [
          `posts/2020-01-01-a.md 1:1 error Unexpected ${opener.startsWith(' ') ? 'indented ' : ''}\`${opener.trim()}\` as the front-matter's opening line, expected \`---\` at its start, it would be read as text content/missing-opener`,
        ],
      );
    // A rule above a paragraph is Markdown.
    assert.equal(lint(missingOpener, { 'posts/2020-01-01-a.md': '----\n\nJust text: with a colon\n' }), []);
  },
);

rules.run();
