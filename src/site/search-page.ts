/** @fileoverview The `/search/` page: a form that works without script, and Pagefind's results with it. */

import { outputPathOf, type SiteUrls } from '../util/urls.ts';
import type { Page, PageData } from './plan.ts';

export const SEARCH_PATH = '/search/';
/** The index's folder in the output, written by the build's search stage. */
export const SEARCH_DIR = 'pagefind';

export type PageMeta = (
  title: string,
  description: string,
  path: string,
  kind: PageData['page']['kind'],
  noindex?: boolean,
) => PageData['page'];

/** @param script the theme's search script (`/assets/search.js?v=…`), as a site path */
export function planSearchPage(
  site: PageData['site'],
  pageMeta: PageMeta,
  urls: SiteUrls,
  script: string,
): Page {
  return {
    path: SEARCH_PATH,
    outputPath: outputPathOf(SEARCH_PATH),
    template: 'search',
    data: {
      site,
      // A results page is not a page to list in search engines or the sitemap.
      page: pageMeta('Search', `Search the posts of ${site.title}`, SEARCH_PATH, 'search', true),
      search: { index: urls.link(`/${SEARCH_DIR}/pagefind.js`), script: urls.link(script) },
    },
  };
}
