/** @fileoverview `blog lint`: flags → lintBlog (and fixFiles) → one formatter on stdout → exit 0, 1 or 2. */

import { loadConfig } from '../config/load.ts';
import { ruleCatalogue } from '../content/rules/index.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { type FileReport, groupByFile } from '../diagnostics/diagnostic.ts';
import { getFormatter } from '../diagnostics/format/index.ts';
import { fixFiles } from '../lint/fix-files.ts';
import { lintBlog } from '../lint/lint-blog.ts';
import { parseRuleFlags } from '../lint/rule-settings.ts';
import { plural } from '../util/plural.ts';
import { VERSION } from '../util/version.ts';
import type { CommandContext } from './context.ts';

export interface LintFlags {
  format: string;
  fix?: boolean;
  maxWarnings?: string;
  rule?: string[];
}

export async function lintCommand(ctx: CommandContext, paths: string[], flags: LintFlags): Promise<number> {
  const ruleSettings = parseRuleFlags(flags.rule ?? []);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  const format = getFormatter(flags.format, ctx.log.colorEnabled, {
    rules: ruleCatalogue(),
    toolVersion: VERSION,
  });
  const errorsOnly = Boolean(ctx.globals.quiet);
  const { root, config } = loadConfig(ctx.cwd);
  const lint = () => lintBlog({ root, config, paths, cwd: ctx.cwd, ruleSettings, errorsOnly });

  // Progress and fix reports go to stderr, so stdout holds only the formatter's output.
  const say = (line: string) => ctx.log.warn(line);
  let result: ReturnType<typeof lint>;
  if (flags.fix) {
    const outcome = fixFiles(lint);
    result = outcome.result;
    if (outcome.fixed.length > 0) {
      say(`Fixed ${plural(outcome.fixed.length, 'problem')} in ${plural(outcome.changed.length, 'file')}:`);
      for (const d of outcome.fixed) say(`  ${d.file}:${d.line}:${d.column}  ${d.message}  ${d.ruleId}`);
    } else if (!errorsOnly) say('Nothing to fix.');
    for (const file of outcome.conflicts)
      say(`Left ${file} alone: it changed while being linted. Run again.`);
    for (const file of outcome.notUtf8)
      say(
        `Left ${file} alone: it is not UTF-8, and fixing it would turn those bytes into \`�\`. Save it as UTF-8, then run again.`,
      );
    for (const file of outcome.readOnly)
      say(
        `Left ${file} alone: it is read-only. Make it writable (\`chmod u+w\`) if it may be fixed, then run again.`,
      );
    for (const { file, links } of outcome.hardLinked)
      say(
        `Left ${file} alone: it is hard-linked, and fixing it would make this name a separate copy while its ${plural(links - 1, 'other name')} would keep the old text. Fix it by hand in an editor.`,
      );
  } else result = lint();

  const byFile = new Map(groupByFile(result.diagnostics).map((r) => [r.file, r]));
  const reports: FileReport[] = result.files.map(
    (file) => byFile.get(file) ?? { file, diagnostics: [], errorCount: 0, warningCount: 0 },
  );
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  ctx.log.out(format(reports));
  if (flags.format === 'stylish' && errors + warnings === 0 && !errorsOnly)
    ctx.log.info(`✔ No problems in ${plural(result.files.length, 'post')}.`);
  if (flags.fix && errors + warnings > 0)
    say(`Left: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} to fix by hand.`);

  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    say(`✖ Too many warnings: ${warnings}, at most ${maxWarnings} allowed (--max-warnings).`);
    return 1;
  }
  return 0;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new BlogError(
      'USAGE',
      `Unexpected --max-warnings \`${value}\`, expected a whole number such as 0.`,
    );
  return Number(value);
}
