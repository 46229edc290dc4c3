/**
 * uvu runs the tests a suite has when its `.run()` is called: one added below it is never run, and its
 * failures never seen (three of render/markdown's passed unseen that way). Every suite file is checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const TEST_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Suites of `text` that register a test after their `.run()`, by name. */
export function testsAfterRun(text: string): string[] {
  const late: string[] = [];
  for (const run of text.matchAll(/^(\w+)\.run\(\);/gm)) {
    const name = run[1]!;
    const rest = text.slice(run.index + run[0].length);
    if (new RegExp(`^${name}(?:\\.only|\\.skip)?\\(`, 'm').test(rest)) late.push(name);
  }
  return late;
}

test('the check finds a test below run(), and none when run() is last', () => {
  assert.equal(testsAfterRun("test('a', () => {});\ntest.run();\ntest('b', () => {});\n"), ['test']);
  assert.equal(testsAfterRun("test('a', () => {});\ntest('b', () => {});\ntest.run();\n"), []);
});

test('no suite file adds a test after its run()', () => {
  const files = readdirSync(TEST_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.test.ts'),
  );
  assert.ok(files.length > 50);
  const late = files.filter((f) => testsAfterRun(readFileSync(join(TEST_DIR, f), 'utf8')).length > 0);
  assert.equal(late, []);
});

test.run();
