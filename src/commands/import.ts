/** @fileoverview `blog import <kind> <source-dir>`: flags → plan → report, then write unless --dry-run. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { planImport } from '../import/plan-import.ts';
import { formatImportReport } from '../import/report.ts';
import { SOURCE_KINDS, type SourceKind } from '../import/types.ts';
import { skipExisting, writeImport } from '../import/write-import.ts';
import { displayPath } from '../util/plural.ts';
import type { CommandContext } from './context.ts';

export async function importCommand(
  ctx: CommandContext,
  kind: string,
  sourceDir: string,
  flags: { dryRun?: boolean },
): Promise<number> {
  if (!SOURCE_KINDS.includes(kind as SourceKind))
    throw new BlogError(
      'USAGE',
      `Unexpected source \`${kind}\`, expected one of ${SOURCE_KINDS.join(', ')}.`,
    );
  const { root, config } = loadConfig(ctx.cwd);
  const source = resolve(ctx.cwd, sourceDir);
  let plan = skipExisting(planImport(kind as SourceKind, source, root, config), root);
  if (!flags.dryRun) plan = { ...plan, skipped: [...plan.skipped, ...writeImport(plan, root)] };
  const report = formatImportReport(plan, { source: displayPath(source), dryRun: Boolean(flags.dryRun) });
  ctx.log.out(report);
  if (!flags.dryRun) {
    let name = 'import-report.txt';
    for (let n = 2; existsSync(join(root, name)); n++) name = `import-report-${n}.txt`;
    writeImport(
      { ...plan, files: [{ target: name, content: { text: report }, source: '', kind: 'asset' }] },
      root,
    );
    ctx.log.info(`The report is in ${name}.`);
  }
  return 0;
}
