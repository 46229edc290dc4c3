/**
 * @fileoverview `blog build` as a pipeline of stages, each a module of `src/build/` passing plain data:
 * load posts → visible → render posts → images → relate → plan pages → plan files → begin write → write site (and
 * search index, and social cards). Related posts are linked into the plan last: nothing else depends on them,
 * so a rebuild with search counts them after `beginWrite` has started its search index.
 * To add a stage: one that makes whole files from the plan (redirects, site files) returns `OutputFile[]` and
 * joins `planFiles` (`build/plan-files.ts`), or goes in `later` when it is slow to start and should not hold up the pages (cards); one
 * that needs the written output takes `manifest`.
 */
import { join } from 'node:path';
import { loadCardFonts } from './build/card-fonts.ts';
import { type ImagesStage, imageWarnings, processImages } from './build/images.ts';
import { loadPosts } from './build/load-posts.ts';
import { planMathAssets } from './build/math-assets.ts';
import { planPages } from './build/plan.ts';
import { planFiles } from './build/plan-files.ts';
import { relate } from './build/relate.ts';
import { renderPosts } from './build/render-posts.ts';
import type { OutputFile } from './build/site-files.ts';
import { cardRendererKey, prepareSocialCards } from './build/social-cards.ts';
import { type BuildSummary, summarize, summarySchema } from './build/summary.ts';
import { isUpToDate } from './build/up-to-date.ts';
import { selectVisible } from './build/visible.ts';
import { beginWrite, type SiteWrite } from './build/write-site.ts';
import { type BuildCache, DEFAULT_CACHE_DIR, openBuildCache } from './cache/build-cache.ts';
import { claimCacheDir } from './cache/cache-dir.ts';
import { readHashedSources, releaseTexts } from './cache/source-stamps.ts';
import type { SiteConfig } from './config/schema.ts';
import { themeLanguageWarning } from './config/theme-language.ts';
import { yearIn } from './content/dates.ts';
import { listPostFiles, readSourceFiles } from './content/load.ts';
import { isBrokenReference } from './content/references.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { relativePosix, type SkippedFile, skippedWarning } from './fs/walk-files.ts';
import { assertSafeOutDir } from './output/safe-out-dir.ts';
import type { CopyJob } from './output/site-writer.ts';
import { loadTheme } from './render/templates.ts';
import { siteStrings } from './render/theme-strings.ts';
import { linkRelated, type SitePlan } from './site/plan.ts';
import { holdHeapGrowthFor } from './util/heap-growth.ts';
import { createUrls } from './util/urls.ts';

export { loadPosts } from './build/load-posts.ts';

export interface BuildOptions {
  root: string;
  config: SiteConfig;
  /** Absolute output folder. */
  outDir: string;
  drafts?: boolean;
  future?: boolean;
  /** The build's clock in ms: posts dated after it are left out unless `future`. */
  now: number;
  /**
   * The persistent cache folder (default `<root>/.blog-cache`), or false to neither read nor write one.
   * The cache only ever saves time: the output is the same bytes with or without it.
   */
  cacheDir?: string | false;
  /** Broken references (missing images, links to nothing) stop the build, as in `blog lint` (the CI gate). */
  strict?: boolean;
  /** Told about what went wrong but was worked around (a render worker that failed). */
  warn?: (message: string) => void;
  /**
   * Called once every page, file and copy is in the output, while the search index may still be in the making
   * (`blog serve` reloads the browser then). Not called when the build fails first, nor when nothing changed.
   */
  siteWritten?: () => void;
}

/**
 * The phases `timings` names, in the order a build without search runs them (with search, a rebuild relates
 * posts after `begin write`). A build that found nothing changed lists them all too, at 0 ms after `read`.
 */
export const BUILD_PHASES = [
  'read',
  'load',
  'render markdown',
  'images',
  'relate',
  'plan',
  'social cards',
  'begin write',
  'write',
  'save cache',
] as const;
type BuildPhase = (typeof BUILD_PHASES)[number];

export interface BuildResult extends BuildSummary {
  outDir: string;
  /** Milliseconds per phase of `BUILD_PHASES`. */
  timings: Record<string, number>;
  /** Nothing changed since the last build: only `read` (the sources' hashes) ran, the rest was the cache's. */
  unchanged?: boolean;
  /** What the cache saved, for `--verbose`: posts rendered now or taken from the cache, files written or kept. */
  work?: {
    postsRendered: number;
    postsCached: number;
    /** Posts whose related posts were scored; the others' were kept from the last build. */
    relatedScored: number;
    written: number;
    kept: number;
    removed: number;
  };
  /** Local images found, and how many variant files were encoded for them (0 when all were cached). */
  images?: { images: number; encoded: number; reused: number };
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { outDir } = options;
  const timings: Record<string, number> = {};
  let t = performance.now();
  const phase = (name: BuildPhase) => {
    const now = performance.now();
    timings[name] = now - t;
    t = now;
  };

  assertSafeOutDir(options.root, outDir, options.cacheDir === false ? undefined : cacheDirOf(options));
  // Before any stage writes to the cache (records, images, cards): a folder that is not the cache's is refused.
  if (options.cacheDir !== false) claimCacheDir(cacheDirOf(options), !options.cacheDir);
  // What a stage made outside the blog (the images' temporary folder) goes however the build ends.
  const cleanups: (() => void)[] = [];
  try {
    return await buildWith(options, phase, timings, cleanups);
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}

async function buildWith(
  options: BuildOptions,
  phase: (name: BuildPhase) => void,
  timings: Record<string, number>,
  cleanups: (() => void)[],
): Promise<BuildResult> {
  const { outDir } = options;
  const site = await planBuild(options, phase, cleanups);
  if ('unchanged' in site) {
    for (const name of BUILD_PHASES) timings[name] ??= 0;
    const { result, files } = site.unchanged;
    const work = { postsRendered: 0, postsCached: result.posts, relatedScored: 0 };
    return {
      ...result,
      outDir,
      timings,
      unchanged: true,
      work: { ...work, written: 0, kept: files, removed: 0 },
    };
  }
  const { cache, plan, files, images, warnings, cards } = site;
  const written = await site.write.finish({
    files,
    copies: site.copies,
    later: () => cards.draw(),
    written: options.siteWritten,
  });
  phase('write');

  const result = summarize(plan.pages, files.length, site.skipped, warnings);
  if (cache) {
    cache.writeOutput(outDir, {
      inputs: cache.inputs,
      nextFuture: site.skipped.nextFuture,
      result,
      files: written.manifest,
    });
    phase('save cache');
  }
  const work = { ...site.work, ...written.stats };
  return { ...result, outDir, timings, work, images: images.stats };
}

/** What the write stage needs of the planning stages: none of the posts themselves, so they are let go. */
interface PlannedBuild {
  cache: BuildCache | undefined;
  plan: SitePlan;
  /** The output opened, and the search index perhaps started already. */
  write: SiteWrite;
  cards: ReturnType<typeof prepareSocialCards>;
  files: OutputFile[];
  copies: CopyJob[];
  images: ImagesStage;
  warnings: Diagnostic[];
  skipped: { drafts: number; future: number; nextFuture: number | null };
  work: { postsRendered: number; postsCached: number; relatedScored: number };
}

/**
 * Stages 1 to 6: read → load posts → visible → render posts → images → relate → plan pages → plan files; or
 * the last build's result when nothing it depends on changed. The posts stay in this function's frame.
 */
async function planBuild(
  options: BuildOptions,
  phase: (name: BuildPhase) => void,
  cleanups: (() => void)[],
): Promise<PlannedBuild | { unchanged: { result: BuildSummary; files: number } }> {
  const { root, config, outDir } = options;
  const special: SkippedFile[] = [];
  const postPaths = listPostFiles(root, undefined, special);
  // Until the cache tells which posts it knows, expect to make every post's data anew.
  holdHeapGrowthFor(postPaths.length);
  // A missing or unreadable card font is a config error, found before anything is read or written.
  const cardFonts = config.socialCards ? loadCardFonts(root, config.socialCardFonts) : [];
  const cardRenderer = config.socialCards ? cardRendererKey(root, cardFonts) : undefined;
  const cache = openCache(options, postPaths, cardRenderer, special);
  const previous = cache?.readOutput(outDir, summarySchema);
  // A strict build must fail on what a plain build only counted, even when nothing changed since.
  const gated = options.strict && previous?.result.warnings.some(isBrokenReference);
  if (cache && previous && !gated && isUpToDate(previous, cache.inputs, options.now, outDir)) {
    holdHeapGrowthFor(0);
    // The sources were hashed to know: that is this build's `read`.
    phase('read');
    return { unchanged: { result: previous.result, files: Object.keys(previous.files).length } };
  }
  const hashed = cache?.takeSources();
  holdHeapGrowthFor(hashed ? hashed.filter((s) => s.text !== undefined).length : postPaths.length);
  const sources = hashed ? readHashedSources(hashed) : readSourceFiles(root, postPaths);
  phase('read');
  const { posts: all, warnings } = loadPosts(root, config, { sources, cache }, options.strict);
  warnings.push(...special.map((file) => skippedWarning(root, file)));
  const language = themeLanguageWarning(root, config);
  if (language) warnings.push(language);
  phase('load');
  const visible = selectVisible(all, options);
  const rendered = await renderPosts(visible.posts, config, cache, options.warn ?? (() => {}));
  phase('render markdown');
  const imagesCache =
    options.cacheDir === false ? false : (options.cacheDir ?? join(root, DEFAULT_CACHE_DIR));
  const urls = createUrls(config.baseUrl);
  const images = await processImages({
    root,
    config,
    urls,
    posts: rendered.posts,
    cacheDir: imagesCache,
    outDir,
    notice: options.warn,
  });
  cleanups.push(() => images.dispose());
  warnings.push(...imageWarnings(images, !!options.strict));
  phase('images');
  const theme = loadTheme(root, siteStrings(config));
  let relatedScored = 0;
  const countRelated = async () => {
    const related = await relate(rendered.posts, config, cache, sources, options.warn ?? (() => {}));
    relatedScored = related.scored;
    // Nothing from here on reads the posts' texts but a diagnostic's position, which reads its file again.
    releaseTexts(sources);
    phase('relate');
    return related.lists;
  };
  // Related posts are counted before planning, so that the texts are let go before the plan is made (a first
  // build at 10,000 posts peaked at 433 MB the other way, 358 MB this way); but after it in a rebuild with
  // search, which can start Pagefind on the edited pages first and have it index while they are counted.
  const indexFirst = config.search && !!cache && !!previous && !theme.overrides('post.eta');
  const counted = indexFirst ? undefined : await countRelated();
  const posts = images.withPictures(rendered.posts, (picture) => theme.render('partials/picture', picture));
  const math = planMathAssets(rendered.posts);
  const plan = planPages(
    posts,
    config,
    theme,
    { now: options.now, cardRenderer, mathStylesheet: math?.stylesheet },
    images,
  );
  const planned = planFiles(root, config, theme, rendered.posts, plan, images.copies, math);
  warnings.push(...planned.warnings);
  const { files, copies } = planned;
  phase('plan');
  // Before anything is written: a broken card template stops the build with the output untouched.
  const cards = prepareSocialCards(plan.cards, {
    theme,
    cacheDir: cache && cacheDirOf(options),
    fonts: cardFonts,
  });
  warnings.push(...cards.warnings);
  phase('social cards');
  const htmlHashes = images.withImageKeys(rendered.htmlHashes);
  const write = await beginWrite({
    outDir,
    pages: plan.pages,
    theme,
    previous: previous?.files,
    fingerprints: cache && { htmlHashes },
    beforeChange: () => cache?.forgetOutput(outDir),
    search: config.search ? { language: config.language } : undefined,
  });
  phase('begin write');
  try {
    linkRelated(plan, counted ?? (await countRelated()));
  } catch (error) {
    await write.abort();
    throw error;
  }
  return {
    cache,
    plan,
    write,
    cards,
    files,
    copies,
    images,
    warnings,
    skipped: { drafts: visible.skippedDrafts, future: visible.skippedFuture, nextFuture: visible.nextFuture },
    work: {
      postsRendered: rendered.renderedNow,
      postsCached: rendered.posts.length - rendered.renderedNow,
      relatedScored,
    },
  };
}

function openCache(
  options: BuildOptions,
  postPaths: readonly string[],
  cardRenderer: string | undefined,
  leftOut: readonly SkippedFile[],
): BuildCache | undefined {
  if (options.cacheDir === false) return undefined;
  const flags = {
    // Each is a warning of the build (`posts/.hidden.md`, a dot folder with its count of posts): one added or
    // removed since the last build must not leave its warning missing, or said again.
    leftOut: leftOut.map((file) => [relativePosix(options.root, file.path), file.kind, file.count]),
    drafts: !!options.drafts,
    future: !!options.future,
    outDir: options.outDir,
    // The footer's year follows the clock; the cards follow their libraries, which the code hash leaves out.
    year: yearIn(options.now, options.config.timeZone),
    cardRenderer,
  };
  return openBuildCache(options.root, cacheDirOf(options), options.config, flags, postPaths);
}

function cacheDirOf(options: BuildOptions): string {
  return options.cacheDir || join(options.root, DEFAULT_CACHE_DIR);
}
