/** @fileoverview `blog build`: flags → options → buildSite → one summary line (and the diagnostics, with `--format`). */
import { resolve } from 'node:path';
import { CARD_FONT_RULE } from '../build/card-coverage.ts';
import { IMAGE_RULE } from '../build/images.ts';
import { buildSite } from '../build-site.ts';
import { loadConfig } from '../config/load.ts';
import { configSchema } from '../config/schema.ts';
import { listUnsupportedPostFiles } from '../content/load.ts';
import { isBrokenReference } from '../content/references.ts';
import { ruleCatalogue } from '../content/rules/index.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { type Diagnostic, fullMessage, groupByFile } from '../diagnostics/diagnostic.ts';
import { getFormatter } from '../diagnostics/format/index.ts';
import { formatStylish } from '../diagnostics/format/stylish.ts';
import { SHADOWED_RULE } from '../output/check-conflicts.ts';
import { assertSafeCacheDir } from '../output/safe-out-dir.ts';
import { removeStagingOnSignal } from '../output/staging.ts';
import { now } from '../util/clock.ts';
import { displayPath, plural } from '../util/plural.ts';
import { shellWord } from '../util/shell-word.ts';
import { VERSION } from '../util/version.ts';
import type { CommandContext } from './context.ts';

export interface BuildFlags {
  out?: string;
  drafts?: boolean;
  future?: boolean;
  baseUrl?: string;
  /** False with `--no-cache`. */
  cache?: boolean;
  cacheDir?: string;
  /** Broken references are errors, as in `blog lint` (what CI runs as its gate). */
  strict?: boolean;
  /** Print the build's diagnostics (warnings too) in this lint format on stdout. */
  format?: string;
}

export async function buildCommand(ctx: CommandContext, flags: BuildFlags): Promise<number> {
  const started = performance.now();
  const loaded = loadConfig(ctx.cwd);
  let config = loaded.config;
  if (flags.baseUrl !== undefined) {
    const parsed = configSchema.shape.baseUrl.safeParse(flags.baseUrl);
    if (!parsed.success)
      throw new BlogError(
        'USAGE',
        `Unexpected --base-url \`${flags.baseUrl}\`, expected an absolute http(s) URL.`,
      );
    config = { ...config, baseUrl: parsed.data };
  }
  const outDir = flags.out ? resolve(ctx.cwd, flags.out) : resolve(loaded.root, config.outDir);
  const cacheDir =
    flags.cache === false ? false : flags.cacheDir ? resolve(ctx.cwd, flags.cacheDir) : undefined;
  if (cacheDir) assertSafeCacheDir(loaded.root, cacheDir, outDir);
  const print = flags.format ? diagnosticPrinter(ctx, flags.format) : undefined;
  let result: Awaited<ReturnType<typeof buildSite>>;
  const stopGuard = removeStagingOnSignal();
  try {
    result = await buildSite({
      root: loaded.root,
      config,
      outDir,
      drafts: flags.drafts,
      future: flags.future,
      now: now(),
      cacheDir,
      strict: flags.strict,
      warn: (message) => ctx.log.warn(message),
    });
  } catch (error) {
    // With a format, the errors go to stdout in it (annotations in CI) and the failure's message to stderr.
    if (!print || !(error instanceof BlogError) || error.diagnostics.length === 0) throw error;
    print(error.diagnostics);
    throw new BlogError(error.code, error.message, { hint: error.hint, exitCode: error.exitCode });
  } finally {
    stopGuard();
  }
  print?.(result.warnings);

  // Files left out of the site (a FIFO in `static/`) are said here: `blog lint` does not look at `static/`.
  for (const d of result.warnings.filter((w) => w.ruleId?.startsWith('fs/')))
    ctx.log.warn(`${ctx.log.color.yellow('⚠')} ${d.file}: ${fullMessage(d)}`);
  // The same phases whether or not anything changed, so two runs' tables can be read side by side.
  for (const [phase, ms] of Object.entries(result.timings)) {
    const note = !result.unchanged ? '' : phase === 'read' ? '  nothing changed' : '  cached';
    ctx.log.debug(`  ${phase.padEnd(16)} ${ms.toFixed(0).padStart(6)} ms${note}`);
  }
  const work = result.work;
  if (work)
    ctx.log.debug(
      `  posts: ${work.postsRendered} rendered, ${work.postsCached} from the cache; ` +
        `related posts: ${work.relatedScored} scored, ${work.postsRendered + work.postsCached - work.relatedScored} kept; ` +
        `files: ${work.written} written, ${work.kept} kept, ${work.removed} removed`,
    );
  if (result.images?.images)
    ctx.log.debug(
      `  images: ${result.images.images} found, ${plural(result.images.encoded, 'file')} encoded, ${result.images.reused} reused`,
    );
  // Image and card-font problems are found by the build alone (an unreadable file, a letter no card font has):
  // shown here, not left to `blog lint`.
  // Only the build finds these (it opens images, draws cards, lays the files out): `blog lint` would not show them.
  const BUILD_ONLY: Record<string, [one: string, many: string]> = {
    [IMAGE_RULE]: ['unreadable image', 'unreadable images'],
    [CARD_FONT_RULE]: ['card font warning', 'card font warnings'],
    [SHADOWED_RULE]: ['file not published', 'files not published'],
  };
  const buildProblems = result.warnings.filter((d) => d.ruleId && d.ruleId in BUILD_ONLY);
  if (buildProblems.length > 0 && !print)
    ctx.log.warn(formatStylish(groupByFile(buildProblems), { color: ctx.log.colorEnabled }).trimEnd());
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const skipped = [
    result.skippedDrafts ? plural(result.skippedDrafts, 'draft') : '',
    result.skippedFuture ? plural(result.skippedFuture, 'future post') : '',
  ].filter(Boolean);
  const references = result.warnings.filter(isBrokenReference).length;
  const others = result.warnings.length - references;
  const problems = [
    references ? plural(references, 'broken reference') : '',
    others ? plural(others, 'warning') : '',
  ].filter(Boolean);
  // Those were listed above.
  const listed = Object.entries(BUILD_ONLY)
    .map(([rule, label]) => [buildProblems.filter((d) => d.ruleId === rule).length, label] as const)
    .filter(([n]) => n > 0)
    .map(([n, [one, many]]) => plural(n, one, many));
  const where =
    buildProblems.length === result.warnings.length
      ? 'listed above'
      : buildProblems.length
        ? `${listed.join(' and ')} listed above, the rest in \`blog lint\``
        : 'run `blog lint`';
  const warnings = problems.length ? `; ${problems.join(' and ')}, ${where}` : '';
  const mdx = listUnsupportedPostFiles(loaded.root);
  const unsupported = mdx.length
    ? `; ${plural(mdx.length, '.mdx file')} not read (MDX runs JSX components; convert to Markdown): ${mdx.slice(0, 3).join(', ')}${mdx.length > 3 ? ', …' : ''}`
    : '';
  // With a format, stdout holds only the report (JSON and SARIF are parsed): the summary goes to stderr.
  const summary = (line: string) =>
    flags.format ? !ctx.globals.quiet && ctx.log.warn(line) : ctx.log.info(line);
  // Every page counted once, so the parts add up to the total; the families a blog may not have are left out at 0.
  const parts = [
    plural(result.posts, 'post'),
    plural(result.indexPages, 'index page'),
    plural(result.tagPages, 'tag page'),
    result.archivePages ? plural(result.archivePages, 'archive page') : '',
    result.authorPages ? plural(result.authorPages, 'author page') : '',
    result.seriesPages ? plural(result.seriesPages, 'series page') : '',
    result.otherPages ? plural(result.otherPages, 'other page') : '',
  ].filter(Boolean);
  summary(
    `Built ${plural(result.pages, 'page')} (${parts.join(', ')}) in ${seconds}s → ${displayPath(outDir)}/` +
      (skipped.length ? `; left out ${skipped.join(' and ')}` : '') +
      warnings +
      unsupported,
  );
  // Where to look at it next: a person reads this, CI's log does not (and with a format, stdout is the report).
  if (!flags.format && !inCi()) ctx.log.info(`Preview: ${previewCommand(loaded.root)}`);
  return 0;
}

/** CI services set `CI` (`true`, `1`); `CI=false` or `CI=0` is a person saying it is not one. */
function inCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** `blog serve`, with `-C <blog>` when the blog is not the folder the shell is in. */
function previewCommand(root: string): string {
  const where = displayPath(root);
  if (where === '.') return 'blog serve';
  return `blog serve -C ${shellWord(where)}`;
}

/** Prints diagnostics as `blog lint --format <name>` would, to stdout. */
function diagnosticPrinter(ctx: CommandContext, name: string): (diagnostics: Diagnostic[]) => void {
  const format = getFormatter(name, ctx.log.colorEnabled, {
    rules: ruleCatalogue(),
    toolVersion: VERSION,
  });
  return (diagnostics) => {
    const shown = ctx.globals.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    const text = format(groupByFile(shown));
    if (text) ctx.log.out(text);
  };
}
