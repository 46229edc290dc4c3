/** @fileoverview GitHub Actions workflow commands, so problems show as annotations on the diff. */
import { type FileReport, fullMessage } from '../diagnostic.ts';
import { printable } from '../printable.ts';

/** Workflow-command data must escape `%`, CR and LF; property values also `:` and `,`. */
const escapeData = (s: string) =>
  printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`, `endColumn=${d.endColumn}`);
      if (d.ruleId) props.push(`title=${escapeProperty(d.ruleId)}`);
      lines.push(
        `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(fullMessage(d))}`,
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
