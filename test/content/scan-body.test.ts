import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { scanBody } from '../../src/content/body/scan-body.ts';

/** What the scan found, as `kind text@offset` strings, with the source text at each offset. */
function scan(body: string) {
  const text = `---\nx: 1\n---\n${body}`;
  const from = 13;
  const r = scanBody(text, from);
  return {
    headings: r.headings.map((h) => `h${h.depth} ${h.text} @${text.slice(h.offset, h.end)}`),
    links: r.links.map(
      (l) => `${l.kind}:${l.syntax} [${l.text ?? '-'}] ${l.url} @${text.slice(l.urlOffset, l.urlEnd)}`,
    ),
  };
}

test('headings: ATX, closing hashes, setext, HTML; not in code or comments', () => {
  const r = scan(
    '# One #\n\nTwo\n===\n\nThree\n---\n\n<h4 class="x">Four</h4>\n\n```\n# code\n```\n\n````md\n```\n# still code\n````\n\n<!--\n# comment\n-->\n\n    # indented\n\n#nospace\n',
  );
  assert.equal(r.headings, [
    'h1 One @# One #',
    'h1 Two @Two\n===',
    'h2 Three @Three\n---',
    'h4 Four @<h4 class="x">',
  ]);
});

test('links and images: inline, nested, titles, angle brackets, parentheses, references, HTML', () => {
  const r = scan(
    '[a](./a.md "title") ![b](<b c.png>) [![logo](l.png)](/x/)\n[wiki](https://e.com/A_(b)) [ref][r] [Short]\n\n[r]: ./r.md\n[short]: <./s.md>\n\n<img src="i.png" alt=""> <a href=\'./h.md\'>h</a>\n',
  );
  assert.equal(r.links, [
    'link:inline [a] ./a.md @./a.md',
    'image:inline [b] b c.png @b c.png',
    'link:inline [![logo](l.png)] /x/ @/x/',
    'image:inline [logo] l.png @l.png',
    'link:inline [wiki] https://e.com/A_(b) @https://e.com/A_(b)',
    'link:reference [ref] ./r.md @[ref][r]',
    'link:reference [Short] ./s.md @[Short]',
    'link:definition [-] ./r.md @./r.md',
    'link:definition [-] ./s.md @./s.md',
    'image:html [] i.png @i.png',
    'link:html [-] ./h.md @./h.md',
  ]);
});

test('a footnote is no link definition: its text is read, and the links in it are found', () => {
  // From the Rust blog: `...for` was taken for a link target, and the footnote's own link was missed.
  const r = scan(
    'Loved[^gleam], less sleep[^sleep]:\n\n[^gleam]: Gleam [came close](https://e.com/s) too.\n[^sleep]: ...for devs.\n',
  );
  assert.equal(r.links, ['link:inline [came close] https://e.com/s @https://e.com/s']);
});

test('code spans, escapes, autolinks and comments hide what looks like links', () => {
  const r = scan(
    '`[a](b.md)` `` {{ x }} `` \\[not](c.md) <https://e.com/[x](y)> <!-- [d](e.md) {% x %} -->\n\n- [ ] task\n',
  );
  assert.equal(r.links, []);
});

test('a link may wrap across lines of a paragraph; CRLF bodies keep exact offsets', () => {
  assert.equal(scan('See [the\nfirst](./a.md).\n').links, ['link:inline [the\nfirst] ./a.md @./a.md']);
  assert.equal(scan('Intro\r\n\r\n## Two\r\n\r\n[a](./a.md)\r\n').links, ['link:inline [a] ./a.md @./a.md']);
  assert.equal(scan('Intro\r\n\r\n## Two\r\n').headings, ['h2 Two @## Two']);
});

test('a thematic break is not the start of a setext heading', () => {
  assert.equal(scan('Intro\n\n---\nText\n---\n').headings, ['h2 Text @Text\n---']);
});

test('list items may hold indented text without it being code', () => {
  const r = scan('- item\n\n    continued [a](./a.md)\n');
  assert.equal(r.links, ['link:inline [a] ./a.md @./a.md']);
});

test('brackets nested 5,000 deep are scanned without running out of stack; an image in a link is found', () => {
  // "Internal error: Maximum call stack size exceeded" from `blog lint` and `blog build`.
  const deep = `${'['.repeat(5000)}x${']'.repeat(5000)}\n\n[![logo](l.png)](/x/)\n`;
  assert.equal(scan(deep).links, [
    'link:inline [![logo](l.png)] /x/ @/x/',
    'image:inline [logo] l.png @l.png',
  ]);
});

test('a paragraph of 100,000 failed links, comments or tags is scanned once, not from each (was minutes)', () => {
  // Each shape was searched to the post's end from every `[`, `(` or `<`: quadratic, 80 s for 500 KB.
  for (const unit of ['[a](x', '[a](x(y)', '[a](x (', '![a](<x', '<a href=x ', '<h1>', '[a][', '[']) {
    assert.equal(scan(`${unit.repeat(100_000)}\n\n[b](./b.md)\n`).links, ['link:inline [b] ./b.md @./b.md']);
  }
  assert.equal(scan(`${'x <!--'.repeat(100_000)}\n\n[b](./b.md)\n`).links, [
    'link:inline [b] ./b.md @./b.md',
  ]);
});

test('a comment left open over 200,000 lines of `<!-- a` is scanned once (4 minutes before); one closed later ends', () => {
  assert.equal(scan(`${'<!-- a\n'.repeat(200_000)}[x](./x.md)\n`).links, []);
  assert.equal(scan(`${'<!-- a\n'.repeat(1000)}-->\n\n[x](./x.md)\n`).links, [
    'link:inline [x] ./x.md @./x.md',
  ]);
});

test('an HTML tag ends at a `<` outside quotes, as in CommonMark; one inside quotes is kept', () => {
  const r = scan('<x <img src="a.png" alt="a"> <a title="1 < 2" href="./b.md">b</a>\n');
  assert.equal(r.links, ['image:html [a] a.png @a.png', 'link:html [-] ./b.md @./b.md']);
});

test.run();
