/** @fileoverview ESLint's JSON result shape, so existing tools can read lint output. */
import { type FileReport, fullMessage } from '../diagnostic.ts';

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      filePath: r.file,
      messages: r.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        message: fullMessage(d),
        line: d.line,
        column: d.column,
        ...(d.endLine !== undefined ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
        ...(d.fix ? { fix: d.fix } : {}),
        ...(d.fatal ? { fatal: true } : {}),
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.diagnostics.filter((d) => d.fix && d.severity === 'error').length,
      fixableWarningCount: r.diagnostics.filter((d) => d.fix && d.severity === 'warning').length,
    })),
  );
}
