/** @fileoverview `blog build`: flags → options → buildSite → one summary line. */
import { resolve } from 'node:path';
import { buildSite } from '../build-site.ts';
import { loadConfig } from '../config/load.ts';
import { configSchema } from '../config/schema.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { fullMessage } from '../diagnostics/diagnostic.ts';
import { now } from '../util/clock.ts';
import { displayPath, plural } from '../util/plural.ts';
import type { CommandContext } from './context.ts';

export interface BuildFlags {
  out?: string;
  drafts?: boolean;
  future?: boolean;
  baseUrl?: string;
  /** False with `--no-cache`. */
  cache?: boolean;
  cacheDir?: string;
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
  const result = await buildSite({
    root: loaded.root,
    config,
    outDir,
    drafts: flags.drafts,
    future: flags.future,
    now: now(),
    warn: (message) => ctx.log.warn(message),
    cacheDir: flags.cache === false ? false : flags.cacheDir ? resolve(ctx.cwd, flags.cacheDir) : undefined,
  });

  // Files left out of the site (a FIFO in `static/`) are said here: `blog lint` does not look at `static/`.
  for (const d of result.warnings.filter((w) => w.ruleId?.startsWith('fs/')))
    ctx.log.warn(`${ctx.log.color.yellow('⚠')} ${d.file}: ${fullMessage(d)}`);
  for (const [phase, ms] of Object.entries(result.timings))
    ctx.log.debug(`  ${phase.padEnd(16)} ${ms.toFixed(0).padStart(6)} ms`);
  const work = result.work;
  if (work)
    ctx.log.debug(
      `  posts: ${work.postsRendered} rendered, ${work.postsCached} from the cache; ` +
        `files: ${work.written} written, ${work.kept} kept, ${work.removed} removed`,
    );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const skipped = [
    result.skippedDrafts ? plural(result.skippedDrafts, 'draft') : '',
    result.skippedFuture ? `${result.skippedFuture} future` : '',
  ].filter(Boolean);
  const warnings = result.warnings.length
    ? `, ${plural(result.warnings.length, 'warning')} (run \`blog lint\`)`
    : '';
  ctx.log.info(
    `Built ${plural(result.pages, 'page')} (${plural(result.posts, 'post')}, ${plural(result.indexPages, 'index page')}, ` +
      `${plural(result.tagPages, 'tag page')}) in ${seconds}s → ${displayPath(outDir)}/` +
      (skipped.length ? `; left out ${skipped.join(' and ')}` : '') +
      warnings,
  );
  return 0;
}
