import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rules, syntaxRule } from '../../src/content/rules/index.ts';
import { REPO } from '../helpers/cli.ts';

test('the README documents every rule with its default severity, a bad and a good example', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  for (const rule of [syntaxRule, ...rules]) {
    const row = readme.split('\n').find((l) => l.startsWith('| ') && l.includes(`\`${rule.id}\` |`));
    assert.ok(row, `no README row for ${rule.id}`);
    const cells = row!.split(' | ');
    assert.is(cells.length, 5, row);
    assert.is(cells[1], rule.meta.severity, rule.id);
  }
});

test('every rule has an id of the form group/name and a description', () => {
  const ids = new Set<string>();
  for (const rule of rules) {
    assert.match(rule.id, /^(frontmatter|blog|body|content)\/[a-z0-9-]+$/);
    assert.ok(rule.meta.description.length > 10, rule.id);
    assert.not.ok(ids.has(rule.id), `duplicate ${rule.id}`);
    ids.add(rule.id);
  }
});

test.run();
