/** @fileoverview The build pipeline: load → validate → render → paginate/relate → write. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BuildCache, DEFAULT_CACHE_DIR, openBuildCache } from './cache/build-cache.ts';
import { hashOf, hashOfSource } from './cache/fingerprint.ts';
import { readTermCounts, writeTermCounts } from './cache/term-counts.ts';
import { OUTPUT_MARKER } from './config/defaults.ts';
import type { SiteConfig } from './config/schema.ts';
import { parseSourceFile, type SourceFile } from './content/frontmatter.ts';
import { readSourceFiles } from './content/load.ts';
import { type Post, toPost } from './content/post.ts';
import { validatePosts } from './content/validate.ts';
import { BlogError } from './diagnostics/blog-error.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { checkConflicts } from './output/check-conflicts.ts';
import { type CopySource, listCopies } from './output/list-copies.ts';
import { assertSafeOutDir } from './output/safe-out-dir.ts';
import { openSiteWriter } from './output/site-writer.ts';
import { createMarkdownRenderer, type RenderedMarkdown } from './render/markdown.ts';
import { renderAll } from './render/pool.ts';
import { resolveLink } from './render/resolve-link.ts';
import { loadTheme } from './render/templates.ts';
import { renderFeed } from './site/feed.ts';
import { type PageData, planSite, type RenderedPost, sortPosts } from './site/plan.ts';
import { relatedInputs, relatePosts } from './site/related.ts';
import { renderRobots, renderSitemap } from './site/sitemap.ts';
import { buildTaxonomy } from './site/taxonomy.ts';
import { createUrls, outputPathOf, permalink } from './site/urls.ts';

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
}

export interface BuildResult {
  outDir: string;
  posts: number;
  indexPages: number;
  tagPages: number;
  pages: number;
  files: number;
  skippedDrafts: number;
  skippedFuture: number;
  warnings: Diagnostic[];
  timings: Record<string, number>;
}

/** Loads and validates every post; throws a BlogError listing every error when there is one. */
export function loadPosts(
  root: string,
  config: SiteConfig,
  from?: { sources: readonly SourceFile[]; cache: BuildCache | undefined },
): { posts: Post[]; warnings: Diagnostic[] } {
  const sources = from?.sources ?? readSourceFiles(root);
  const cache = from?.cache;
  const posts = sources.map((s) =>
    cache ? cache.posts.loadPost(s, config) : toPost(parseSourceFile(s), config),
  );
  const diagnostics = validatePosts(posts, config, root, cache ? { cache: cache.posts.checks } : {});
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new BlogError(
      'CONTENT_INVALID',
      `${errors.length} error${errors.length === 1 ? '' : 's'} in the posts; nothing was written.`,
      {
        diagnostics: errors,
        hint: 'Fix the problems above (`blog lint` lists warnings too), then build again.',
      },
    );
  }
  return { posts, warnings: diagnostics };
}

export function buildSite(options: BuildOptions): BuildResult {
  const { root, config } = options;
  const timings: Record<string, number> = {};
  let t = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    timings[name] = now - t;
    t = now;
  };

  assertSafeOutDir(root, options.outDir);
  const sources = readSourceFiles(root);
  const cache =
    options.cacheDir === false
      ? undefined
      : openBuildCache(
          root,
          options.cacheDir ?? join(root, DEFAULT_CACHE_DIR),
          config,
          { drafts: !!options.drafts, future: !!options.future, outDir: options.outDir },
          sources,
        );
  const previous = cache?.readOutput<Omit<BuildResult, 'timings' | 'outDir'>>(options.outDir);
  if (
    previous &&
    previous.inputs === cache!.inputs &&
    (previous.nextFuture === null || options.now < previous.nextFuture) &&
    outputIsIntact(options.outDir, previous.files)
  ) {
    // Nothing the site is made from has changed, and the output is still what the last build wrote.
    phase('unchanged');
    return { ...previous.result, outDir: options.outDir, timings };
  }
  phase('read');
  const { posts: all, warnings } = loadPosts(root, config, { sources, cache });
  phase('load');

  let skippedDrafts = 0;
  let skippedFuture = 0;
  let nextFuture: number | null = null;
  const visible = all.filter((p): p is Post & { date: NonNullable<Post['date']> } => {
    if (p.draft && !options.drafts) {
      skippedDrafts++;
      return false;
    }
    if (p.date!.epoch > options.now && !options.future) {
      skippedFuture++;
      if (nextFuture === null || p.date!.epoch < nextFuture) nextFuture = p.date!.epoch;
      return false;
    }
    return true;
  });
  const sorted = sortPosts(visible);
  const urls = createUrls(config.baseUrl);
  const pathByFile = new Map(sorted.map((p) => [p.file, permalink(config.permalink, p)]));

  const render = createMarkdownRenderer({ allowHtml: config.markdown.allowHtml });
  /** Page fingerprints name a post's HTML by its hash rather than carrying the HTML. */
  const htmlHashes = new Map<string, string>();
  const renderedOf = new Map<Post, RenderedMarkdown>();
  const toRender: Post[] = [];
  for (const post of sorted) {
    const resolve = (url: string) => resolveLink(url, post.file, pathByFile, urls);
    const hit = cache?.posts.cachedRender(post, (r) => render(post.body, r), resolve);
    if (!hit) toRender.push(post);
    else {
      renderedOf.set(post, hit.rendered);
      htmlHashes.set(post.file, hit.htmlHash);
    }
  }
  const outputs = renderAll(
    toRender.map((p) => ({ file: p.file, body: p.body })),
    { allowHtml: config.markdown.allowHtml, baseUrl: config.baseUrl, pathByFile: [...pathByFile] },
    (job) => {
      const links: [string, string][] = [];
      const out = render(job.body, (url) => {
        const to = resolveLink(url, job.file, pathByFile, urls);
        links.push([url, to]);
        return to;
      });
      return { rendered: out, links };
    },
  );
  toRender.forEach((post, i) => {
    const { rendered: out, links } = outputs[i]!;
    renderedOf.set(post, out);
    if (cache) htmlHashes.set(post.file, cache.posts.keepRender(post, out, links).htmlHash);
  });
  const rendered: RenderedPost[] = sorted.map((post) => ({ ...post, rendered: renderedOf.get(post)! }));
  cache?.posts.save();
  phase('render markdown');

  const taxonomy = buildTaxonomy(rendered);
  const relatedInput = relatedInputs(rendered, (p) => taxonomy.tagsOf(p).map((t) => t.slug));
  // Each post's text by its hash: the key of its term counts, which a one-post edit recounts alone. The body
  // is the file's text after the front-matter, so the file's hash (already computed) stands for it.
  const sourceHashes = new Map(cache ? sources.map((s) => [s.file, hashOfSource(s)]) : []);
  const textKeys = relatedInput.map((r, i) =>
    r.text
      ? hashOf(r.text.title, r.text.description ?? '\0', sourceHashes.get(rendered[i]!.file) ?? r.text.body)
      : '',
  );
  // Kept while every post's slug, tags, date, pins and text are the same.
  const relatedKey = () => [
    relatedInput.map((r, i) => ({ ...r, text: r.text && textKeys[i] })),
    config.related,
  ];
  const related = cache
    ? cache.memo('related', relatedKey(), () =>
        relatePosts(relatedInput, config.related, {
          keys: textKeys,
          kept: readTermCounts(cache.store),
          keep: (counts, recounted) => {
            if (recounted > 0) writeTermCounts(cache.store, counts);
          },
        }),
      )
    : relatePosts(relatedInput, config.related);
  phase('relate');

  const theme = loadTheme(root);
  const css = theme.assets.find((a) => a.name === 'assets/style.css');
  const stylesheet = `/assets/style.css${css ? `?v=${hash(readFileSync(css.path))}` : ''}`;
  const plan = planSite(rendered, config, { stylesheet, related });
  phase('plan');

  const conflicts = checkConflicts(plan.pages);
  if (conflicts.length > 0) {
    throw new BlogError(
      'CONTENT_INVALID',
      'Two pages would be written to the same place; nothing was written.',
      { diagnostics: conflicts },
    );
  }

  const writer = openSiteWriter(options.outDir, previous?.files, () => cache?.forgetOutput(options.outDir));
  const themeKey = hashOf(theme.fingerprint);
  // Pages are rendered and written one at a time, so the site is never all in memory at once; with a
  // cache, a page whose inputs are unchanged and whose file is intact is neither rendered nor written.
  for (const page of plan.pages) {
    const fingerprint = cache
      ? `page:${hashOf(themeKey, page.template, pageJson(page.data), htmlHashes.get(page.source ?? '') ?? '')}`
      : 'page:';
    if (writer.isCurrent(page.outputPath, fingerprint)) continue;
    writer.write(page.outputPath, theme.render(page.template, page.data), fingerprint);
  }
  const extra = [
    { outputPath: plan.feed.path.slice(1), content: renderFeed(config, plan.urls, plan.feed.entries) },
    { outputPath: 'sitemap.xml', content: renderSitemap(plan.urls, plan.sitemap) },
    { outputPath: 'robots.txt', content: renderRobots(plan.urls) },
  ];
  for (const file of extra) {
    const fingerprint = `page:${hashOf(file.content)}`;
    if (!writer.isCurrent(file.outputPath, fingerprint))
      writer.write(file.outputPath, file.content, fingerprint);
  }
  phase('render pages');

  const copySources: CopySource[] = theme.assets.map((a) => ({ from: a.path, to: a.name, kind: 'file' }));
  copySources.push({ from: join(root, 'static'), to: '.', kind: 'static' });
  for (const post of rendered) {
    if (!post.bundleDir) continue;
    copySources.push({
      from: post.bundleDir,
      to: dirname(outputPathOf(pathByFile.get(post.file)!)),
      kind: 'bundle',
    });
  }
  const copyPlan = listCopies(root, copySources, { allowHtml: config.markdown.allowHtml });
  for (const file of copyPlan.writes) {
    const fingerprint = `page:${hashOf(file.content)}`;
    if (!writer.isCurrent(file.outputPath, fingerprint))
      writer.write(file.outputPath, file.content, fingerprint);
  }
  writer.copy(copyPlan.copies);
  warnings.push(...copyPlan.warnings);
  const manifest = writer.finish();
  phase('write');

  const tagPages = plan.pages.filter((p) => p.data.page.kind === 'tag').length;
  const indexPages = plan.pages.filter((p) => p.data.page.kind === 'index').length;
  const result = {
    posts: rendered.length,
    indexPages,
    tagPages,
    pages: plan.pages.length,
    files: plan.pages.length + extra.length,
    skippedDrafts,
    skippedFuture,
    warnings,
  };
  if (cache) {
    cache.writeOutput(options.outDir, { inputs: cache.inputs, nextFuture, result, files: manifest });
    phase('save cache');
  }
  return { ...result, outDir: options.outDir, timings };
}

/** Post cards are shared by many pages (lists, prev/next, related): each is serialised and hashed once. */
const cardKeys = new WeakMap<object, string>();
function cardKey<C extends object | undefined>(card: C): string | C {
  if (!card) return card;
  let key = cardKeys.get(card);
  if (key === undefined) {
    key = hashOf(JSON.stringify(card));
    cardKeys.set(card, key);
  }
  return key;
}

/**
 * The page data as JSON, with each post card by its hash and without the post's HTML (fingerprints use its
 * hash; the HTML may not be loaded). JSON.stringify without a replacer is several times faster.
 */
function pageJson(data: PageData): string {
  const { post, list } = data;
  let postView: Record<string, unknown> | undefined;
  if (post) {
    postView = {};
    for (const k of Object.keys(post)) if (k !== 'html') postView[k] = post[k as keyof typeof post];
    postView.prev = cardKey(post.prev);
    postView.next = cardKey(post.next);
    postView.related = post.related.map(cardKey);
  }
  return JSON.stringify({
    ...data,
    ...(postView && { post: postView }),
    ...(list && { list: { ...list, posts: list.posts.map(cardKey) } }),
  });
}

/** True when every file the manifest lists is still there, as written (size and modification time). */
function outputIsIntact(outDir: string, files: Record<string, [string, number, number]>): boolean {
  if (!existsSync(join(outDir, OUTPUT_MARKER))) return false;
  for (const [path, [, size, mtimeMs]] of Object.entries(files)) {
    try {
      const st = statSync(join(outDir, path));
      if (st.size !== size || st.mtimeMs !== mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function hash(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}
