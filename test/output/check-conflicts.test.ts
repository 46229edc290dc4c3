import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkConflicts } from '../../src/output/check-conflicts.ts';

test('a page path that climbs out of the output folder is an error', () => {
  const found = checkConflicts([
    { outputPath: '../../etc/index.html', source: 'posts/a.md' },
    { outputPath: 'posts/../../x/index.html', source: 'posts/b.md' },
    { outputPath: 'posts/ok/index.html', source: 'posts/c.md' },
  ]);
  assert.equal(
    found.map((d) => `${d.file} ${d.ruleId}`),
    ['posts/a.md build/output-outside', 'posts/b.md build/output-outside'],
  );
});

test('two pages at one path (case-insensitively) are reported on each post, naming the other', () => {
  const found = checkConflicts([
    { outputPath: 'posts/A/index.html', source: 'posts/a.md' },
    { outputPath: 'posts/a/index.html', source: 'posts/b.md' },
  ]);
  assert.is(found.length, 2);
  assert.match(found[0]!.message, /also written by posts\/b\.md/);
});

test.run();
