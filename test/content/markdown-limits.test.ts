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

test.run();
