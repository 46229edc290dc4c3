/** @fileoverview The build pipeline: load → validate → render → paginate/relate → write. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { SiteConfig } from './config/schema.ts';
import { parseSourceFile } from './content/frontmatter.ts';
import { readSourceFiles } from './content/load.ts';
import { type Post, toPost } from './content/post.ts';
import { validatePosts } from './content/validate.ts';
import { BlogError } from './diagnostics/blog-error.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { checkConflicts } from './output/check-conflicts.ts';
import { assertSafeOutDir } from './output/safe-out-dir.ts';
import { type CopyJob, type OutputFile, writeSite } from './output/write-site.ts';
import { createMarkdownRenderer } from './render/markdown.ts';
import { loadTheme } from './render/templates.ts';
import { renderFeed } from './site/feed.ts';
import { planSite, type RenderedPost, sortPosts } from './site/plan.ts';
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
export function loadPosts(root: string, config: SiteConfig): { posts: Post[]; warnings: Diagnostic[] } {
  const posts = readSourceFiles(root).map((s) => toPost(parseSourceFile(s), config));
  const diagnostics = validatePosts(posts, config, root);
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
  const { posts: all, warnings } = loadPosts(root, config);
  phase('load');

  let skippedDrafts = 0;
  let skippedFuture = 0;
  const visible = all.filter((p): p is Post & { date: NonNullable<Post['date']> } => {
    if (p.draft && !options.drafts) {
      skippedDrafts++;
      return false;
    }
    if (p.date!.epoch > options.now && !options.future) {
      skippedFuture++;
      return false;
    }
    return true;
  });
  const sorted = sortPosts(visible);
  const urls = createUrls(config.baseUrl);
  const pathByFile = new Map(sorted.map((p) => [p.file, permalink(config.permalink, p)]));

  const render = createMarkdownRenderer({ allowHtml: config.markdown.allowHtml });
  const rendered: RenderedPost[] = sorted.map((post) => ({
    ...post,
    rendered: render(post.body, (url) => resolveLink(url, post.file, pathByFile, urls)),
  }));
  phase('render markdown');

  const taxonomy = buildTaxonomy(rendered);
  const related = relatePosts(
    relatedInputs(rendered, (p) => taxonomy.tagsOf(p).map((t) => t.slug)),
    config.related,
  );
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

  const files: OutputFile[] = plan.pages.map((page) => ({
    outputPath: page.outputPath,
    content: theme.render(page.template, page.data),
  }));
  files.push(
    { outputPath: plan.feed.path.slice(1), content: renderFeed(config, plan.urls, plan.feed.entries) },
    { outputPath: 'sitemap.xml', content: renderSitemap(plan.urls, plan.sitemap) },
    { outputPath: 'robots.txt', content: renderRobots(plan.urls) },
  );
  phase('render pages');

  const copies: CopyJob[] = [];
  for (const asset of theme.assets) copies.push({ from: asset.path, to: asset.name });
  if (existsSync(join(root, 'static'))) copies.push({ from: join(root, 'static'), to: '.' });
  for (const post of rendered) {
    if (!post.bundleDir) continue;
    const out = dirname(outputPathOf(pathByFile.get(post.file)!));
    copies.push({
      from: post.bundleDir,
      to: out,
      filter: (src) => src === post.bundleDir || !/\.(md|markdown)$/i.test(src),
    });
  }
  writeSite(options.outDir, { files, copies });
  phase('write');

  const tagPages = plan.pages.filter((p) => p.data.page.kind === 'tag').length;
  const indexPages = plan.pages.filter((p) => p.data.page.kind === 'index').length;
  return {
    outDir: options.outDir,
    posts: rendered.length,
    indexPages,
    tagPages,
    pages: plan.pages.length,
    files: files.length,
    skippedDrafts,
    skippedFuture,
    warnings,
    timings,
  };
}

function hash(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}

/**
 * Links as writers write them, made to work on the site: `./2019-01-01-other.md` becomes that post's
 * permalink, and `/images/x.png` gains the base path when the blog lives under one (`/blog/`).
 */
function resolveLink(
  url: string,
  file: string,
  pathByFile: Map<string, string>,
  urls: ReturnType<typeof createUrls>,
): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url)) return url;
  const [pathPart, hashPart = ''] = url.split(/(?=#)/);
  if (url.startsWith('/')) return pathPart!.startsWith(urls.basePath) ? url : urls.link(pathPart!) + hashPart;
  if (/\.(md|markdown)$/i.test(pathPart!)) {
    const target = posix.normalize(posix.join(posix.dirname(file), decodeURI(pathPart!)));
    const path = pathByFile.get(target);
    if (path) return urls.link(path) + hashPart;
  }
  return url;
}
