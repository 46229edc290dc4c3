import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createMarkdownRenderer, markedLinesOf } from '../../src/render/markdown.ts';

const render = createMarkdownRenderer({ allowHtml: false });

test('headings get anchors, code is highlighted, unsafe links are neutralised', () => {
  const out = render('Intro [x](javascript:alert(1)).\n\n## Part One\n\n```js\nconst a = 1;\n```\n');
  assert.match(out.html, /<h2 id="part-one">/);
  assert.match(out.html, /<span class="hljs-keyword">const<\/span>/);
  assert.match(out.html, /<a href="#">x<\/a>/);
  assert.is(out.excerptText, 'Intro x.');
});

test('code above `<!-- more -->` stays on the card but is not the description: its prose is, or the first paragraph', () => {
  const mixed = render('Set it up:\n\n```js\nconsole.log("hi");\n```\n\n<!-- more -->\n\nRest.\n');
  assert.match(mixed.excerptHtml, '<pre');
  assert.is(mixed.excerptText, 'Set it up:');
  const codeOnly = render('```js\nconsole.log("hi");\n```\n\n<!-- more -->\n\nWhat this prints.\n');
  assert.match(codeOnly.excerptHtml, '<pre');
  assert.is(codeOnly.excerptText, 'What this prints.');
  // With raw HTML in the post, the text is sanitized the same way.
  const html = render('<b>Bold</b> words.\n\n```\ncode\n```\n\n<!-- more -->\n\nRest.\n');
  assert.is(html.excerptText, 'Bold words.');
});

test('the excerpt is the first paragraph with words: a banner image alone on the first line is passed over', () => {
  assert.is(render('![A banner](banner.png)\n\nThe first words.\n\nMore.\n').excerptText, 'The first words.');
  assert.is(
    render('## Intro\n\n[![badge](b.svg)](https://ci.example)\n\nAfter the badge.\n').excerptText,
    'After the badge.',
  );
  assert.is(render('![Only a picture](p.png)\n').excerptText, '');
});

test('void elements in raw HTML get no end tag: a <picture> as react.dev writes it stays valid HTML', () => {
  const out = render(
    '<picture>\n  <source srcset="/logo.png" />\n  <img src="/logo.webp" alt="Logo" />\n</picture>\n\nA<wbr>B\n',
  );
  assert.match(out.html, '<source srcset="/logo.png" />');
  assert.match(out.html, 'A<wbr />B');
  assert.not.match(out.html, /<\/(source|wbr)>/);
});

test('a post with raw HTML keeps the search index out of its heading links and of what the writer marks', () => {
  const out = render('<div data-pagefind-ignore>Not for search</div>\n\n## Part <em>One</em>\n');
  assert.match(out.html, '<div data-pagefind-ignore>Not for search</div>');
  assert.match(out.html, /<h2 id="part-one"><a class="anchor"[^>]* data-pagefind-ignore>#<\/a>Part/);
});

test('input nested past the parser stack renders as text instead of throwing', () => {
  const out = render(`${'>'.repeat(20000)} deep`);
  assert.match(out.html, /^<pre>&gt;&gt;&gt;/);
});

test('`## Title {#id}` gives the heading that id and does not show the attribute', () => {
  const out = render(
    '## Install the tool {#install}\n\n### With `npm` {#npm .note}\n\n## Install the tool {#install}\n',
  );
  assert.match(out.html, /<h2 id="install">.*>Install the tool<\/h2>/);
  assert.match(out.html, /<h3 id="npm">.*>With <code>npm<\/code><\/h3>/);
  assert.not.match(out.html, /\{#/);
  // A repeated id would make two anchors with one name: the second gets a slug of its own.
  assert.equal(
    out.headings.map((h) => h.id),
    ['install', 'npm', 'install-the-tool'],
  );
});

test('`{ #id }` with spaces (v8.dev, Hugo’s goldmark, markdown-it-attrs) and kramdown’s `{: #id}` give the id too', () => {
  // v8.dev's src/blog/array-sort.md and cost-of-javascript-2019.md.
  const out = render(
    '### More fun with accessors and prototype-chain interactions{ #accessors-prototype }\n\n## Tip 1: do nothing { #do-nothing }\n\n## Kramdown {: #kd .note }\n',
  );
  assert.equal(
    out.headings.map((h) => [h.id, h.text]),
    [
      ['accessors-prototype', 'More fun with accessors and prototype-chain interactions'],
      ['do-nothing', 'Tip 1: do nothing'],
      ['kd', 'Kramdown'],
    ],
  );
  assert.not.match(out.html, /\{/);
  // Text in braces that is no id attribute stays.
  assert.match(render('## Sets { a, b }\n').html, /<h2 id="sets--a-b-">.*Sets \{ a, b \}<\/h2>/);
});

test('react.dev’s `## Title {/*id*/}` (MDX’s comment form of a custom id) gives the id, in-page links reach it', () => {
  const out = render(
    '## Installation {/*installation*/}\n\nSee [above](#installation).\n\n### With `npm` and *care* {/* with_npm */}\n\nSetext {/*setext*/}\n---\n',
  );
  assert.match(out.html, /<h2 id="installation">.*>Installation<\/h2>/);
  assert.match(out.html, /<h3 id="with_npm">.*>With <code>npm<\/code> and <em>care<\/em><\/h3>/);
  assert.match(out.html, /<h2 id="setext">.*>Setext<\/h2>/);
  assert.not.match(out.html, /\{\/|<em>installation/);
  assert.equal(
    out.headings.map((h) => [h.id, h.text]),
    [
      ['installation', 'Installation'],
      ['with_npm', 'With npm and care'],
      ['setext', 'Setext'],
    ],
  );
  // Only at the end of the heading, as `{#id}`.
  assert.match(render('## a {/*id*/} b\n').html, /<h2 id="a-id-b">/);
});

test('a body with `#` headings is shifted down a level, so the page keeps one <h1>', () => {
  const out = render('# Intro\n\nText\n\n## Part\n\n> # Quoted\n\n<h1>Raw</h1>\n\n###### Six\n');
  assert.not.match(out.html, /<h1/);
  assert.match(out.html, /<h2 id="intro">/);
  assert.match(out.html, /<h3 id="part">/);
  assert.match(out.html, /<blockquote>\n<h2 id="quoted">/);
  assert.match(out.html, /<h2>Raw<\/h2>/);
  assert.match(out.html, /<h6 id="six">/);
  // Without a level-1 heading nothing moves.
  assert.match(render('## Part\n').html, /^<h2 id="part">/);
});

test('raw HTML `<a href>` is resolved like a Markdown link: a post’s file becomes its page, a site path gets the base', () => {
  // eleventy-base-blog's secondpost.md: `<a href="/blog/firstpost.md">First post</a>`, imported as a relative link.
  const resolve = (url: string) =>
    url === './2018-05-01-firstpost.md'
      ? '/blog/posts/firstpost/'
      : url.startsWith('/')
        ? `/blog${url}`
        : url;
  const out = render(
    '<a href="./2018-05-01-firstpost.md">First post</a>\n<a class="x" href=\'/about/?a=1&amp;b=2\'>About</a>\n\nInline <a href="https://example.com/">out</a> and <a href="">empty</a> <a name="top">top</a>.\n',
    resolve,
  );
  assert.match(out.html, '<a href="/blog/posts/firstpost/">First post</a>');
  assert.match(out.html, '>About</a>');
  assert.match(out.html, 'href="/blog/about/?a=1&amp;b=2"');
  assert.match(out.html, '<a href="https://example.com/">out</a>');
  assert.not.match(out.html, 'href="#"');
  assert.match(out.html, '<a name="top">top</a>');
});

test('GitHub alerts (`> [!NOTE]` … `> [!CAUTION]`, in any case) become titled boxes; other quotes stay quotes', () => {
  const kinds = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'];
  for (const kind of kinds) {
    const out = render(`> [!${kind}]\n> Mind **this**.\n`);
    const type = kind.toLowerCase();
    assert.match(out.html, `<div class="markdown-alert markdown-alert-${type}">`);
    assert.match(out.html, `<p class="markdown-alert-title">${kind[0]}${type.slice(1)}</p>`);
    assert.match(out.html, '<p>Mind <strong>this</strong>.</p>');
    assert.not.match(out.html, '[!');
    assert.not.match(out.html, '<blockquote>');
  }
  // Obsidian writes the marker in lower case; GitHub reads it too.
  assert.match(render('> [!warning]\n> Hot.\n').html, 'markdown-alert-warning');
  const plain = render('> [!FOO]\n> x\n\n> Quoted.\n').html;
  assert.is(plain.match(/<blockquote>/g)?.length, 2);
  assert.not.match(plain, 'markdown-alert');
});

test('an alert survives the sanitizer of a post with raw HTML, with footnotes, and is no excerpt', () => {
  const out = render('> [!NOTE]\n> A <b>bold</b> note[^1].\n\nFirst paragraph.\n\n[^1]: Footnote.\n');
  assert.match(
    out.html,
    /<div class="markdown-alert markdown-alert-note">\n<p class="markdown-alert-title">Note<\/p>/,
  );
  assert.match(out.html, '<b>bold</b>');
  assert.match(out.html, 'class="footnotes"');
  assert.is(out.excerptText, 'First paragraph.');
});

test('footnote back-links are named by the number the reader sees, each mention of a note apart', () => {
  // Were "Back to reference note" under the note numbered 2, and "Back to reference a" twice.
  const source =
    'First[^a], again[^a], a named one[^note].\n\n[^a]: Shared.\n[^note]: Named, with "quotes".\n';
  for (const r of [render, createMarkdownRenderer({ allowHtml: true })]) {
    const out = r(source);
    assert.equal(
      [...out.html.matchAll(/data-footnote-backref aria-label="([^"]*)"/g)].map((m) => m[1]),
      ['Back to reference 1', 'Back to reference 1, mention 2', 'Back to reference 2'],
    );
    assert.not.match(out.html, '\u0000');
  }
  // A second post rendered by the same renderer numbers its own notes from 1.
  assert.match(render('Only[^z].\n\n[^z]: One.\n').html, 'aria-label="Back to reference 1"');
});

test('footnotes and alerts speak the site’s language, with the config’s `strings` over it', () => {
  const german = createMarkdownRenderer({ allowHtml: false, language: 'de-AT' });
  const out = german('Eins[^a], zwei[^a].\n\n[^a]: Fußnote.\n\n> [!WARNING]\n> Vorsicht.\n').html;
  assert.equal(
    [...out.matchAll(/data-footnote-backref aria-label="([^"]*)"/g)].map((m) => m[1]),
    ['Zurück zum Verweis 1', 'Zurück zum Verweis 1, Erwähnung 2'],
  );
  assert.match(out, /<h2 id="footnote-label" class="visually-hidden">Fußnoten<\/h2>/);
  assert.match(out, /markdown-alert-title"[^>]*>Warnung</);
  const own = createMarkdownRenderer({
    allowHtml: false,
    language: 'de',
    strings: { alertWarning: 'Achtung <b>', footnotes: 'Anmerkungen' },
  });
  const html = own('Eins[^a].\n\n[^a]: Fußnote.\n\n> [!WARNING]\n> Vorsicht.\n').html;
  assert.match(html, />Achtung &lt;b&gt;</);
  assert.match(html, '>Anmerkungen</h2>');
});

test('a paragraph, heading or list item in Arabic or Hebrew reads right to left in a left-to-right blog; others keep the page direction', () => {
  // An Arabic sentence with an English word in it was laid out left to right: its first half on the left.
  const html = render(
    '## عنوان\n\nهذا نص مع كلمة English في الوسط.\n\n- פריט\n- an item\n\nPlain words.\n\n> اقتباس\n',
  ).html;
  assert.match(html, /<h2 id="[^"]+" dir="auto">/);
  assert.match(html, '<p dir="auto">هذا نص مع كلمة English في الوسط.</p>');
  assert.match(html, '<li dir="auto">פריט</li>\n<li>an item</li>');
  assert.match(html, '<p>Plain words.</p>');
  assert.match(html, '<blockquote>\n<p dir="auto">اقتباس</p>');
});

test('a paragraph that is one picture is marked as such; a picture in a sentence or a row of badges is not', () => {
  assert.match(
    render('![A chart](chart.png)\n').html,
    /^<p class="picture"><img src="chart.png" alt="A chart"/,
  );
  assert.match(
    render('[![A chart](chart.png)](big.png)\n').html,
    /^<p class="picture"><a href="big.png"><img/,
  );
  assert.match(render('Press the ![gear](gear.svg) icon.\n').html, /^<p>Press the <img/);
  assert.match(render('[![ci](ci.svg)](https://ci) [![npm](npm.svg)](https://npm)\n').html, /^<p><a href/);
});

test('a table can be reached by keyboard to scroll it sideways on a phone, also in a post with raw HTML', () => {
  const table = '| Tool | Notes |\n| --- | --- |\n| restic | fast |\n';
  assert.match(render(table).html, /^<table tabindex="0">\n<thead>/);
  const sanitized = createMarkdownRenderer({ allowHtml: false })(`<b>raw</b>\n\n${table}`);
  assert.match(sanitized.html, '<table tabindex="0">');
  assert.match(sanitized.html, '<td>restic</td>');
});

test('a code block keeps its tabindex in a post with raw HTML (the sanitizer dropped it: no keyboard scrolling)', () => {
  const out = render('<kbd>Ctrl</kbd>\n\n```sh\nls\n```\n');
  assert.match(out.html, '<kbd>Ctrl</kbd>');
  assert.match(out.html, '<pre tabindex="0"><code class="hljs language-sh">');
});

test('a fence\'s title (`title="app.js"`, `{title=x}`, VitePress\'s `[app.js]`) is a caption on top of its code', () => {
  for (const info of ['js title="app.js"', "js title='app.js'", 'js {title=app.js}', 'js [app.js]']) {
    const out = render(`\`\`\`${info}\nconst a = 1;\n\`\`\`\n`);
    assert.match(
      out.html,
      /^<figure class="code-block"><figcaption>app\.js<\/figcaption><pre tabindex="0"><code class="hljs language-js">/,
    );
  }
  assert.match(render('```js title="<b>"\nx\n```\n').html, '<figcaption>&lt;b&gt;</figcaption>');
  assert.not.match(render('```js\nx\n```\n').html, 'figure');
  // A post with raw HTML goes through the sanitizer: the figure stays.
  assert.match(
    render('<kbd>K</kbd>\n\n```js title="a.js"\nx\n```\n').html,
    '<figure class="code-block"><figcaption>a.js</figcaption>',
  );
});

test('lines a fence marks (`{2,4-5}`, VitePress `js{2}`, Hugo `hl_lines`) are read as line numbers from 1', () => {
  const lines = (info: string, count = 10) => [...markedLinesOf(info, count)];
  assert.equal(lines('js {1,3-4}'), [1, 3, 4]);
  assert.equal(lines('js{2}'), [2]);
  assert.equal(lines('js title="app.js" {2}'), [2]);
  assert.equal(lines('go {hl_lines=[1,"4-5"],linenostart=199}'), [1, 4, 5]);
  assert.equal(lines('go {linenos=table,hl_lines="2 4-5"}'), [2, 4, 5]);
  // Past the block's last line, from 0 or the wrong way round: nothing more than there is.
  assert.equal(lines('js {0-2,7-6,99999999}', 3), [1, 2]);
  assert.equal(lines('js {title=x}'), []);
  assert.equal(lines('js'), []);
});

test('a marked line is a <mark> of its own, and a comment across lines is closed and opened again at each line', () => {
  const out = render('```js {2,3}\nconst a = 1;\n/* one\n two */\nlet b;\n```\n').html;
  assert.match(out, '<pre tabindex="0" class="marked-lines"><code class="hljs language-js">');
  const marks = [...out.matchAll(/<mark class="code-line">([\s\S]*?)<\/mark>/g)].map((m) => m[1]);
  assert.equal(marks, [
    '<span class="hljs-comment">/* one</span>\n',
    '<span class="hljs-comment"> two */</span>\n',
  ]);
  // Every span opened is closed, and the text reads as written once the tags are gone.
  assert.is((out.match(/<span/g) ?? []).length, (out.match(/<\/span>/g) ?? []).length);
  const text = out.replace(/<[^>]+>/g, '').trimEnd();
  assert.is(text, 'const a = 1;\n/* one\n two */\nlet b;');
  // No marks, no class; a block without a language marks lines too; the sanitizer keeps them.
  assert.not.match(render('```js\nx\n```\n').html, /mark|marked-lines/);
  assert.match(render('```\na\nb\n```\n').html, '<code class="hljs">a\nb</code>');
  assert.match(render('```text {2}\na\nb\n```\n').html, 'a\n<mark class="code-line">b\n</mark></code>');
  assert.match(render('<kbd>K</kbd>\n\n```js {1}\nx\n```\n').html, '<mark class="code-line">x\n</mark>');
});

test('inline SVG is kept in SVG spelling inside <svg> only; its labels are no excerpt', () => {
  const out = render(
    '<SVG VIEWBOX="0 0 4 4"><LinearGradient ID="g"></LinearGradient><title>&lt;img src=x onerror=alert(1)&gt;</title><text>4 MB</text><use xlink:href=" java\tscript:x"/><use xlink:href="#g"/></SVG>\n\nThe prose.\n\nA <title>t</title> and <rect>r</rect> outside.\n',
  );
  assert.match(out.html, '<svg viewBox="0 0 4 4"><linearGradient id="g"></linearGradient>');
  assert.match(out.html, '<title>&lt;img src=x onerror=alert(1)&gt;</title>');
  assert.match(out.html, '<use></use><use xlink:href="#g"></use>');
  assert.match(out.html, '<p>A t and r outside.</p>');
  assert.is(out.excerptText, 'The prose.');
});

test.run();
