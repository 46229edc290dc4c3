/** @fileoverview Human output: file path, then `line:col  severity  message  rule`, then a summary line. */
import { Chalk } from 'chalk';
import { type FileReport, fullMessage } from '../diagnostic.ts';
import { printable, shortenQuoted } from '../printable.ts';

export interface StylishOptions {
  color?: boolean;
}

export function formatStylish(reports: FileReport[], options: StylishOptions = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    errors += report.errorCount;
    warnings += report.warningCount;
    out.push(c.underline(printable(report.file)));
    const rows = report.diagnostics.map((d) => {
      if (d.fix) fixable++;
      return [
        `${d.line}:${d.column}`,
        d.severity === 'error' ? c.red('error') : c.yellow('warning'),
        printable(fullMessage(d)),
        c.dim(d.ruleId ?? ''),
        d.related?.map((r) => printable(`${r.file}:${r.line}:${r.column} ${shortenQuoted(r.message)}`)) ?? [],
      ] as const;
    });
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w2 = Math.max(...rows.map((r) => r[2].length));
    for (const [pos, sev, msg, rule, related] of rows) {
      const sevPad = sev.includes('error') ? '  ' : '';
      out.push(`  ${pos.padEnd(w0)}  ${sev}${sevPad}  ${msg.padEnd(w2)}  ${rule}`.trimEnd());
      for (const r of related) out.push(`  ${' '.repeat(w0)}  ${c.dim(`↳ ${r}`)}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  out.push(errors ? c.red.bold(summary) : c.yellow.bold(summary));
  if (fixable) out.push(c.dim(`  ${fixable} fixable with --fix`));
  return `${out.join('\n')}\n`;
}
