/** @fileoverview Stage 5: every page of the site planned from the rendered posts; two pages on one path stop the build. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SiteConfig } from '../config/schema.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { checkConflicts } from '../output/check-conflicts.ts';
import type { Theme } from '../render/templates.ts';
import { type PlanOptions, planSite, type RenderedPost, type SitePlan } from '../site/plan.ts';

/** Plans the site, related posts left to link (`linkRelated`); throws before anything is written when two pages would share an output path. */
export function planPages(
  posts: readonly RenderedPost[],
  config: SiteConfig,
  theme: Theme,
  clock: { now: number; cardRenderer?: string; mathStylesheet?: string },
  images?: PlanOptions['images'],
): SitePlan {
  // The stylesheet's URL carries its hash, so browsers fetch it again exactly when it changed.
  const css = theme.assets.find((a) => a.name === 'assets/style.css');
  const stylesheet = `/assets/style.css${css ? `?v=${shortHash(readFileSync(css.path))}` : ''}`;
  const js = theme.assets.find((a) => a.name === 'assets/search.js');
  const searchScript = `/assets/search.js${js ? `?v=${shortHash(readFileSync(js.path))}` : ''}`;
  const plan = planSite(posts, config, {
    stylesheet,
    searchScript,
    ...clock,
    ...(images && { images }),
  });
  const conflicts = checkConflicts(plan.pages);
  if (conflicts.length > 0) {
    throw new BlogError(
      'CONTENT_INVALID',
      'Two pages would be written to the same place; nothing was written.',
      { diagnostics: conflicts },
    );
  }
  return plan;
}

function shortHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}
