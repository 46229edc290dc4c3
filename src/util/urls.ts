/** @fileoverview Site URLs: the base path from `baseUrl`, permalinks from the pattern, and output paths. */
export interface SiteUrls {
  /** `https://example.com` */
  origin: string;
  /** `/` or `/blog/`: always starts and ends with a slash. */
  basePath: string;
  /** A site path (`/posts/x/`) as a link under the base path (`/blog/posts/x/`). */
  link(path: string): string;
  /** A site path as an absolute URL, for feeds, sitemaps and canonical links. */
  absolute(path: string): string;
}

export function createUrls(baseUrl: string): SiteUrls {
  const url = new URL(baseUrl);
  const basePath = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const link = (path: string) => basePath + path.replace(/^\//, '');
  return { origin: url.origin, basePath, link, absolute: (path) => url.origin + link(path) };
}

/** `/posts/:slug/` or `/:year/:month/:day/:slug/` for one post. */
export function permalink(
  pattern: string,
  post: { slug: string; date: { year: string; month: string; day: string } },
): string {
  return pattern
    .replace(/:year/g, post.date.year)
    .replace(/:month/g, post.date.month)
    .replace(/:day/g, post.date.day)
    .replace(/:slug/g, post.slug);
}

/** The file a site path is written to: `/posts/x/` → `posts/x/index.html`. */
export function outputPathOf(path: string): string {
  const clean = path.replace(/^\//, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** `/` for page 1, `/page/2/` after; tag pages nest the same way under their own path. */
export function pagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}
