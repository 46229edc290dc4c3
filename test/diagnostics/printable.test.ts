import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fullMessage } from '../../src/diagnostics/diagnostic.ts';
import { MAX_QUOTED, shortenQuoted } from '../../src/diagnostics/printable.ts';

const long = 'x'.repeat(200);
const shortened = `${'x'.repeat(MAX_QUOTED - 1)}…`;

test('prose between two quoted values is never cut, however long', () => {
  const message =
    'Unexpected file name date 2024-01-13, `date:` gives 2024-01-14 in UTC (the front-matter wins). Rename the file to start with 2024-01-14, or correct `date:`.';
  assert.is(shortenQuoted(message), message);
  const liquid =
    'Unexpected Liquid `{% include note.html %}`, it is shown as written (bodies are Markdown only). Rewrite it as Markdown or remove it; `blog import` converts the common ones.';
  assert.is(shortenQuoted(liquid), liquid);
});

test('only the long quoted value is cut, among several, and the prose around each is kept', () => {
  assert.is(
    shortenQuoted(
      `Unexpected tag \`${long}\`, close to \`backup\` that 25 posts use. Did you mean \`backup\`?`,
    ),
    `Unexpected tag \`${shortened}\`, close to \`backup\` that 25 posts use. Did you mean \`backup\`?`,
  );
  assert.is(
    shortenQuoted(`\`a\` then \`${long}\` then \`b\` and \`${long}\`.`),
    `\`a\` then \`${shortened}\` then \`b\` and \`${shortened}\`.`,
  );
});

test('after a backtick nothing closes comes prose, left whole', () => {
  const message = `Unexpected \`x\` and a stray \` followed by ${long}`;
  assert.is(shortenQuoted(message), message);
});

test('the message and its hint are shortened each on their own', () => {
  // The message's odd backtick must not make the hint's prose look quoted.
  const hint = `Rename \`a\` ${'to something else '.repeat(8)}and keep \`${long}\``;
  assert.is(
    fullMessage({ message: 'Unexpected `` ` ``', hint }),
    `Unexpected \`\` \` \`\`. Rename \`a\` ${'to something else '.repeat(8)}and keep \`${shortened}\``,
  );
});

test.run();
