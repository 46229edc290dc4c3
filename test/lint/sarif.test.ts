import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FileReport } from '../../src/diagnostics/diagnostic.ts';
import { formatSarif } from '../../src/diagnostics/format/sarif.ts';

const reports: FileReport[] = [
  {
    file: 'posts/a b.md',
    errorCount: 1,
    warningCount: 1,
    diagnostics: [
      {
        file: 'posts/a b.md',
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 17,
        severity: 'error',
        ruleId: 'frontmatter/date',
        message: 'Unexpected date',
        hint: 'Write YYYY-MM-DD.',
      },
      {
        file: 'posts/a b.md',
        line: 4,
        column: 7,
        severity: 'warning',
        ruleId: 'frontmatter/tags',
        message: 'Unexpected comma string',
        fix: { range: [40, 46], text: '[a, b]' },
      },
    ],
  },
  { file: 'posts/clean.md', errorCount: 0, warningCount: 0, diagnostics: [] },
];

test('SARIF: rules with default levels, results with regions, fixes as replacements, URIs encoded', () => {
  const log = JSON.parse(
    formatSarif(reports, {
      toolVersion: '1.2.3',
      rules: [
        { id: 'frontmatter/date', description: 'dates', severity: 'error' },
        { id: 'frontmatter/tags', description: 'tags', severity: 'error' },
      ],
    }),
  );
  assert.is(log.version, '2.1.0');
  const run = log.runs[0];
  assert.equal(run.tool.driver.rules[1], {
    id: 'frontmatter/tags',
    shortDescription: { text: 'tags' },
    defaultConfiguration: { level: 'error' },
  });
  assert.is(run.tool.driver.version, '1.2.3');
  assert.equal(run.results[0], {
    ruleId: 'frontmatter/date',
    ruleIndex: 0,
    level: 'error',
    message: { text: 'Unexpected date. Write YYYY-MM-DD.' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: 'posts/a%20b.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 17 },
        },
      },
    ],
  });
  assert.is(run.results[1].level, 'warning');
  assert.equal(run.results[1].fixes[0].artifactChanges[0].replacements[0], {
    deletedRegion: { charOffset: 40, charLength: 6 },
    insertedContent: { text: '[a, b]' },
  });
  assert.is(run.artifacts.length, 2);
});

test.run();
