/** @fileoverview The config's list of rule ids is the rule registry's, so `lint.rules` is checked against the real rules. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ESSENTIAL_RULE_IDS, RULE_IDS } from '../../src/config/rule-ids.ts';
import { rules, syntaxRule } from '../../src/content/rules/index.ts';

test('RULE_IDS lists every rule, and only those', () => {
  const registry = [syntaxRule, ...rules];
  assert.equal([...RULE_IDS].sort(), registry.map((r) => r.id).sort());
  assert.equal(
    [...ESSENTIAL_RULE_IDS].sort(),
    registry
      .filter((r) => r === syntaxRule || ('essential' in r.meta && r.meta.essential))
      .map((r) => r.id)
      .sort(),
  );
});

test.run();
