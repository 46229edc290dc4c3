/** @fileoverview The one problem shape shared by lint, build and serve (modelled on ESLint's LintMessage). */
import { shortenQuoted } from './printable.ts';

export type Severity = 'error' | 'warning';

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Fix {
  /** 0-based offsets into the whole file, end exclusive. */
  range: [number, number];
  text: string;
}

export interface Diagnostic {
  /** Relative to the blog root, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  ruleId: string | null;
  message: string;
  hint?: string;
  fix?: Fix;
  related?: RelatedLocation[];
  fatal?: boolean;
}

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}

export type Formatter = (reports: FileReport[]) => string;

/** Groups diagnostics by file, sorted by file then position, so every formatter prints the same order. */
export function groupByFile(diagnostics: readonly Diagnostic[]): FileReport[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    let list = byFile.get(d.file);
    if (!list) {
      list = [];
      byFile.set(d.file, list);
    }
    list.push(d);
  }
  return [...byFile.keys()].sort(compareStrings).map((file) => {
    const list = byFile.get(file)!.sort(compareDiagnostics);
    const errorCount = list.filter((d) => d.severity === 'error').length;
    return { file, diagnostics: list, errorCount, warningCount: list.length - errorCount };
  });
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || compareStrings(a.ruleId ?? '', b.ruleId ?? '');
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The message with its hint, as every formatter prints it: `Unexpected key \`tag\`. Did you mean \`tags\`?` */
export function fullMessage(d: Pick<Diagnostic, 'message' | 'hint'>): string {
  // Long quoted values (a 10,000-character title) are cut here, for every formatter at once; the message and
  // the hint each on their own, so a stray backtick in one cannot turn the other's prose into a quoted value.
  return d.hint ? `${shortenQuoted(d.message)}. ${shortenQuoted(d.hint)}` : shortenQuoted(d.message);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
