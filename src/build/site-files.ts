/**
 * @fileoverview Stage 6: the site's files that are not theme pages (feed, sitemap, robots.txt), as text.
 * A new stage that makes whole files from the plan (a search index, redirects, social cards) returns
 * `OutputFile[]` the same way and `build-site.ts` adds them to the list given to `writeSite`.
 */
import type { SiteConfig } from '../config/schema.ts';
import { renderFeed } from '../site/feed.ts';
import type { SitePlan } from '../site/plan.ts';
import { renderRobots, renderSitemap } from '../site/sitemap.ts';

/** A file of the output made whole in memory; `outputPath` is relative to the output folder. */
export interface OutputFile {
  outputPath: string;
  content: string | Uint8Array;
}

export function renderSiteFiles(plan: SitePlan, config: SiteConfig): OutputFile[] {
  return [
    { outputPath: plan.feed.path.slice(1), content: renderFeed(config, plan.urls, plan.feed.entries) },
    { outputPath: 'sitemap.xml', content: renderSitemap(plan.urls, plan.sitemap) },
    { outputPath: 'robots.txt', content: renderRobots(plan.urls) },
  ];
}
