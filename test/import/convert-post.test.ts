/** @fileoverview Where the import report places a front-matter key: its own line, whatever the line endings. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lineOfKey } from '../../src/import/convert-post.ts';

// The head of jekyll-theme-basically-basic's docs/_posts/2009-05-15-edge-case-nested-and-mixed-lists.md.
const POST = '---\ntitle: "Edge Case: Nested and Mixed Lists"\ncategories:\n  - Edge Case\n---\n';

test('a key is found on its own line', () => {
  assert.is(lineOfKey(POST, 'title'), 2);
  assert.is(lineOfKey(POST, 'categories'), 3);
  assert.is(lineOfKey(POST, 'tags'), 1, 'absent: line 1');
});

test('Windows line endings and blank lines above a key do not move it a line up', () => {
  assert.is(lineOfKey(POST.replace(/\n/g, '\r\n'), 'categories'), 3);
  assert.is(lineOfKey('---\ntitle: A\n\n\ncategories: [x]\n---\n', 'categories'), 5);
  assert.is(lineOfKey('+++\ntitle = "A"\r\n\r\ndate = 2020-01-01\r\n+++\r\n', 'date'), 4);
});

test.run();
