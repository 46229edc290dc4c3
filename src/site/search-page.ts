/** @fileoverview The `/search/` page: a form that works without script, and Pagefind's results with it. */

import type { Message, ThemeStringId, ThemeStrings } from '../render/theme-strings.ts';
import { outputPathOf, type SiteUrls } from '../util/urls.ts';
import type { Page, PageData } from './plan.ts';
import { SEARCH_DIR, searchPartCount, searchPartDir } from './search-parts.ts';

export const SEARCH_PATH = '/search/';

export type PageMeta = (
  title: string,
  description: string,
  path: string,
  kind: PageData['page']['kind'],
  noindex?: boolean,
) => PageData['page'];

/** What the theme's search script says as it searches, in the site's language (plural ones by `{count}`). */
const SCRIPT_STRINGS: ThemeStringId[] = [
  'searching',
  'searchNoResults',
  'searchResults',
  'searchUnavailable',
  'moreResults',
];
export type SearchScriptStrings = Partial<Record<ThemeStringId, Message>>;

/**
 * @param script the theme's search script (`/assets/search.js?v=…`), as a site path
 * @param index the post pages the index has, and their HTML's size: past about a thousand posts, or 7 MB, it
 *   is in parts (`search-parts.ts`)
 */
export function planSearchPage(
  site: PageData['site'],
  pageMeta: PageMeta,
  urls: SiteUrls,
  strings: ThemeStrings,
  script: string,
  index: { posts: number; htmlBytes: number },
): Page {
  const parts = Array.from({ length: searchPartCount(index.posts, index.htmlBytes) - 1 }, (_, i) =>
    urls.link(`/${searchPartDir(i + 1)}/`),
  );
  return {
    path: SEARCH_PATH,
    outputPath: outputPathOf(SEARCH_PATH),
    template: 'search',
    data: {
      site,
      // A results page is not a page to list in search engines or the sitemap.
      page: pageMeta(
        strings.t('searchTitle'),
        strings.t('searchDescription', { site: site.title }),
        SEARCH_PATH,
        'search',
        true,
      ),
      search: {
        index: urls.link(`/${SEARCH_DIR}/pagefind.js`),
        parts,
        script: urls.link(script),
        strings: Object.fromEntries(SCRIPT_STRINGS.map((id) => [id, strings.messages[id]])),
      },
    },
  };
}
