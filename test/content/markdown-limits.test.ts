/** @fileoverview The Markdown limits count only what the parser reads as a paragraph's inline text. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findMarkdownLimit } from '../../src/content/rules/body-markdown-limits.ts';

const marks = (n: number) => '*N_'.repeat(Math.ceil(n / 2)).slice(0, n * 1.5);

test('a link reference definition’s URL, on its line or the next, is not counted (opentelemetry.io’s otelbin links)', () => {
  const url = `https://www.otelbin.io/#config=${marks(3000)}`;
  assert.is(findMarkdownLimit(`Text [a] [b].\n\n[a]:\n  ${url}\n[b]: ${url} "title"\n`), undefined);
  assert.is(findMarkdownLimit(`  [a]: <${url}>\n`), undefined);
});

test('text after a definition, or a definition inside a paragraph (where it is text), is counted', () => {
  assert.ok(findMarkdownLimit(`[a]: /x\n${'_a'.repeat(1100)}\n`));
  assert.ok(findMarkdownLimit(`A paragraph\n[a]: ${'_a'.repeat(1100)}\n`));
  assert.ok(findMarkdownLimit(`[a]:\n  /x\n${'_a'.repeat(1100)}\n`));
});

test('fenced code is followed as CommonMark does: a ``` line with an info string inside code does not close it', () => {
  const prose = `${'_a'.repeat(1100)}\n`;
  // Code all through: the fence opened on the first line closes on the last.
  assert.is(findMarkdownLimit(`\`\`\`markdown\nTo start a block:\n\`\`\`js\n${prose}\`\`\`\n`), undefined);
  // The same line does not close the fence, so the ``` after it does, and the paragraph after that is counted.
  assert.ok(findMarkdownLimit(`\`\`\`\n\`\`\`js\n\`\`\`\n${prose}`));
});

test('footnotes are counted over the whole post, references and definitions, outside fenced code', () => {
  const refs = (n: number) => `${'a[^1] '.repeat(n)}\n`;
  // 100,000 references to one note: a 22 MB page; refused at the line where the count passes 5,000.
  const limit = findMarkdownLimit(`Intro.\n\n${refs(100_000)}\n[^1]: The note.\n`);
  assert.ok(limit);
  assert.is(limit.offset, 'Intro.\n\n'.length);
  assert.match(limit.message, /footnote `\[\^…\]` past the 5,000th in one post/);
  // Spread over paragraphs, and with many definitions (the library matches each reference with each one).
  const many = Array.from({ length: 3000 }, (_, i) => `Text[^${i}].`).join('\n\n');
  const defs = Array.from({ length: 3000 }, (_, i) => `[^${i}]: Note ${i}.`).join('\n');
  const spread = findMarkdownLimit(`${many}\n\n${defs}\n`);
  assert.ok(spread);
  assert.is(spread.offset, `${many}\n\n${defs}\n`.indexOf('[^2000]:'));
  // Exactly at the limit, and any number inside a fence, pass.
  assert.is(findMarkdownLimit(`${refs(4999)}\n[^1]: The note.\n`), undefined);
  assert.is(findMarkdownLimit(`\`\`\`regex\n${'[^a-z] '.repeat(10_000)}\n\`\`\`\n`), undefined);
});

test.run();
