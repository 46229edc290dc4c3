/**
 * @fileoverview Stage 6b: every file of the output besides the pages, from the plan: the site files (feed,
 * sitemap, robots…), the theme's assets, `static/` and the page bundles' files, the images' variants, the math
 * stylesheet and fonts, and the redirect pages; then the copies that a page or generated file would replace are
 * left out, each with a warning.
 */
import type { SiteConfig } from '../config/schema.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { shadowedCopies } from '../output/check-conflicts.ts';
import type { CopyJob } from '../output/site-writer.ts';
import type { Theme } from '../render/templates.ts';
import type { RenderedPost, SitePlan } from '../site/plan.ts';
import { SEARCH_DIR } from '../site/search-parts.ts';
import { planCopies } from './copies.ts';
import type { MathAssets } from './math-assets.ts';
import { planRedirects } from './redirects.ts';
import { type OutputFile, renderSiteFiles } from './site-files.ts';

export interface PlannedFiles {
  /** Files whose content is made by the build, written like pages. */
  files: OutputFile[];
  /** Files copied as they are. */
  copies: CopyJob[];
  warnings: Diagnostic[];
}

/**
 * @param imageCopies the images' variants and originals to publish (the images stage's)
 * @param math the math assets, when a post has math
 */
export function planFiles(
  root: string,
  config: SiteConfig,
  theme: Theme,
  posts: readonly RenderedPost[],
  plan: SitePlan,
  imageCopies: readonly CopyJob[],
  math: MathAssets | undefined,
): PlannedFiles {
  const copied = planCopies(root, theme, posts, plan.postPaths, { allowHtml: config.markdown.allowHtml });
  const siteFiles = renderSiteFiles(plan, config);
  const copies = [...copied.copies, ...imageCopies, ...(math?.copies ?? [])];
  const made = [...siteFiles, ...copied.files, ...(math?.files ?? [])];
  // Redirect pages go where nothing else is written: they are planned once every other file is known.
  const redirects = planRedirects(posts, config, plan, { files: made, copies }, root);
  const files = [...siteFiles, ...redirects, ...copied.files, ...(math?.files ?? [])];
  const shadowed = shadowedCopies(
    root,
    copies,
    [...plan.pages.map((page) => page.outputPath), ...files.map((file) => file.outputPath)],
    config.search ? [`${SEARCH_DIR}/`] : [],
  );
  return { files, copies: shadowed.kept, warnings: [...copied.warnings, ...shadowed.warnings] };
}
