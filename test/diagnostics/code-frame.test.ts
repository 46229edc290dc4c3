/** @fileoverview codeFrame: the lines around a problem with a caret under its column. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BlogError } from '../../src/diagnostics/blog-error.ts';
import { codeFrame } from '../../src/diagnostics/code-frame.ts';
import { toOverlayError } from '../../src/serve/overlay.ts';

const TEXT = '---\ntitle: Hi\ntags: [a, b\n---\nbody\n';

test('marks the line and puts the caret under the column', () => {
  assert.is(
    codeFrame(TEXT, 3, 7),
    ['  1 | ---', '  2 | title: Hi', '> 3 | tags: [a, b', '    |       ^', '  4 | ---', '  5 | body'].join(
      '\n',
    ),
  );
});

test('CRLF text, the first line, a line out of range', () => {
  assert.is(codeFrame('a\r\nb\r\n', 1, 1, { context: 0 }), '> 1 | a\n    | ^');
  assert.is(codeFrame(TEXT, 99, 1), '');
});

test('a very long line is cut around the column, caret still under it', () => {
  const long = `${'x'.repeat(5000)}Y${'x'.repeat(5000)}`;
  const frame = codeFrame(long, 1, 5001, { context: 0, maxWidth: 40 });
  const [code, caret] = frame.split('\n') as [string, string];
  assert.ok(code.length < 60);
  assert.is(code[caret.indexOf('^')], 'Y');
});

test('the serve overlay carries Diagnostics with a frame, and explains fs errors', () => {
  const error = new BlogError('CONTENT_INVALID', '1 error', {
    diagnostics: [
      {
        file: 'x.md',
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'frontmatter/title',
        message: 'Missing',
      },
    ],
  });
  const overlay = toOverlayError(error, '/no/such/blog');
  assert.is(overlay.problems[0]?.ruleId, 'frontmatter/title');
  assert.is(overlay.problems[0]?.severity, 'error');
  const fs = toOverlayError(
    Object.assign(new Error('x'), { code: 'EACCES', syscall: 'open', path: '/b/p.md' }),
    '/b',
  );
  assert.match(fs.message, /Permission denied reading/);
});

test.run();
