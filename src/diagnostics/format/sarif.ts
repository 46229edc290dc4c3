/** @fileoverview SARIF 2.1.0, the format GitHub code scanning and other review tools read. */
import { type FileReport, fullMessage } from '../diagnostic.ts';

export interface SarifRule {
  id: string;
  description: string;
  severity: 'error' | 'warning';
}

export interface SarifOptions {
  rules: readonly SarifRule[];
  toolVersion: string;
  /** Where the rules are documented. */
  informationUri?: string;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function formatSarif(reports: FileReport[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => {
      const index = d.ruleId === null ? undefined : ruleIndex.get(d.ruleId);
      return {
        ...(d.ruleId ? { ruleId: d.ruleId } : {}),
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: d.severity === 'error' ? 'error' : 'warning',
        message: { text: fullMessage(d) },
        locations: [location(d.file, d.line, d.column, d.endLine, d.endColumn)],
        ...(d.related?.length
          ? {
              relatedLocations: d.related.map((r, id) => ({
                id,
                ...location(r.file, r.line, r.column),
                message: { text: r.message },
              })),
            }
          : {}),
        ...(d.fix
          ? {
              fixes: [
                {
                  description: { text: 'Safe fix (`blog lint --fix`)' },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: encodeUri(d.file), uriBaseId: '%SRCROOT%' },
                      replacements: [
                        {
                          deletedRegion: {
                            charOffset: d.fix.range[0],
                            charLength: d.fix.range[1] - d.fix.range[0],
                          },
                          insertedContent: { text: d.fix.text },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
      };
    }),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'blog lint',
            version: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: options.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: r.severity },
              ...(options.informationUri ? { helpUri: `${options.informationUri}#${anchor(r.id)}` } : {}),
            })),
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The blog folder (where blog.config.json is)' } },
        },
        artifacts: reports.map((r) => ({ location: { uri: encodeUri(r.file), uriBaseId: '%SRCROOT%' } })),
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(file: string, line: number, column: number, endLine?: number, endColumn?: number) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeUri(file), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: line,
        startColumn: column,
        ...(endLine !== undefined ? { endLine, endColumn } : {}),
      },
    },
  };
}

/** SARIF wants URI references: `posts/a b.md` is `posts/a%20b.md`. */
const encodeUri = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/** The README's anchor for a rule's row. */
const anchor = (id: string) => `rule-${id.replace(/[^a-z0-9]+/g, '-')}`;
