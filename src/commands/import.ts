/** @fileoverview `blog import <kind> <source-dir>`: flags → plan → report, then write unless --dry-run. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE } from '../config/defaults.ts';
import { loadConfig } from '../config/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { planSiteSettings, withSettings, writeSiteSettings } from '../import/apply-site-settings.ts';
import { planImport } from '../import/plan-import.ts';
import { formatImportReport } from '../import/report.ts';
import { readSiteSettings, withImpliedZone } from '../import/site-settings.ts';
import { starterSampleNotes } from '../import/starter-samples.ts';
import { SOURCE_KINDS, type SourceKind } from '../import/types.ts';
import { skipExisting, writeImport } from '../import/write-import.ts';
import { offsetsText, zonesForOffsets } from '../import/zone-for-offsets.ts';
import { displayPath } from '../util/plural.ts';
import type { CommandContext } from './context.ts';
import { STARTER_DIR } from './init.ts';

export async function importCommand(
  ctx: CommandContext,
  kind: string,
  sourceDir: string,
  flags: { dryRun?: boolean; lang?: string },
): Promise<number> {
  if (!SOURCE_KINDS.includes(kind as SourceKind))
    throw new BlogError(
      'USAGE',
      `Unexpected source \`${kind}\`, expected one of ${SOURCE_KINDS.join(', ')}.`,
    );
  const loaded = loadConfig(ctx.cwd);
  const { root } = loaded;
  const source = resolve(ctx.cwd, sourceDir);
  // Before the posts: the old site's time zone, when applied, is the one their dates are read in.
  let oldSettings = existsSync(source) ? readSiteSettings(kind as SourceKind, source, flags.lang) : undefined;
  const starter = readFileSync(join(STARTER_DIR, CONFIG_FILE), 'utf8');
  let settings = oldSettings && planSiteSettings(oldSettings, loaded, starter);
  const planWith = (config: typeof loaded.config) =>
    skipExisting(
      planImport(
        kind as SourceKind,
        source,
        root,
        config,
        flags.lang === undefined ? {} : { lang: flags.lang },
      ),
      root,
    );
  let plan = planWith(settings?.config ?? loaded.config);
  // Hugo without a `timeZone` showed each date in the offset written with it: when UTC moves some of them to
  // another day, a zone with those offsets at those dates (winter and summer time alike) keeps every one.
  const offsets = plan.dayShifts?.offsets;
  const zone = oldSettings && settings?.timeZoneImplied && offsets ? zonesForOffsets(offsets)[0] : undefined;
  if (oldSettings && zone && offsets) {
    oldSettings = withImpliedZone(oldSettings, zone, offsetsText(offsets));
    settings = planSiteSettings(oldSettings, loaded, starter);
    plan = planWith(settings.config);
  }
  plan = withSettings(plan, settings, starterSampleNotes(root, STARTER_DIR));
  if (!flags.dryRun) plan = { ...plan, skipped: [...plan.skipped, ...writeImport(plan, root)] };
  if (!flags.dryRun && settings) plan = writeSiteSettings(plan, settings, root, loaded.source);
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
