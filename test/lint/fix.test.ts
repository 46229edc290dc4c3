import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { disabledRules } from '../../src/content/disable-comments.ts';
import { applyFixes, replaceScalar } from '../../src/content/fix.ts';

test('applyFixes: in position order, overlapping ones left for the next pass, the rest untouched', () => {
  const text = 'a: 1\nb: 2\nc: 3\n';
  const r = applyFixes(text, [
    { id: 'c', fix: { range: [13, 14] as [number, number], text: '30' } },
    { id: 'a', fix: { range: [3, 4] as [number, number], text: '10' } },
    { id: 'a2', fix: { range: [3, 9] as [number, number], text: 'x' } },
  ]);
  assert.is(r.text, 'a: 10\nb: 2\nc: 30\n');
  assert.equal(
    r.applied.map((x) => x.id),
    ['a', 'c'],
  );
  assert.equal(
    r.skipped.map((x) => x.id),
    ['a2'],
  );
});

test('replaceScalar keeps the quotes the writer used', () => {
  const text = `d: "2024-3-5"\ne: '2024-3-5'\nf: 2024-3-5\n`;
  assert.equal(replaceScalar(text, { offset: 3, end: 13 }, '2024-03-05'), {
    range: [4, 12],
    text: '2024-03-05',
  });
  assert.equal(replaceScalar(text, { offset: 17, end: 27 }, '2024-03-05'), {
    range: [18, 26],
    text: '2024-03-05',
  });
  assert.equal(replaceScalar(text, { offset: 31, end: 39 }, '2024-03-05'), {
    range: [31, 39],
    text: '2024-03-05',
  });
});

test('disable comments: listed ids, a reason after --, or every rule', () => {
  assert.is(disabledRules('no directive'), undefined);
  assert.equal(
    disabledRules('<!-- blog-lint-disable body/no-h1, body/image-alt -- imported post -->'),
    new Set(['body/no-h1', 'body/image-alt']),
  );
  assert.is(disabledRules('x\n<!--blog-lint-disable-->\n'), 'all');
});

test.run();
