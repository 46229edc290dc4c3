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

/**
 * An old path as a clean site path, or why it cannot be one. Paths are inside the site: no scheme, no
 * `//`, no `.`/`..` segments, no query or fragment (a static file cannot answer those). A missing leading
 * `/` is added (Jekyll's plugin does the same); a last segment without an extension is a folder (`/old` →
 * `/old/`), since that is the file a static host serves for it.
 */
export function normaliseOldPath(raw: string): { path: string } | { problem: string } {
  const text = raw.trim();
  if (!text) return { problem: 'is empty' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//'))
    return { problem: 'is a URL, expected a path of this site such as `/old-post/`' };
  if (/[?#\\]/.test(text)) return { problem: 'has a query, fragment or `\\`, expected a plain path' };
  let decoded: string;
  try {
    decoded = decodeURI(text);
  } catch {
    return { problem: 'has a broken %-escape' };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return { problem: 'has a control character' };
  let path = decoded.startsWith('/') ? decoded : `/${decoded}`;
  const segments = path.split('/').slice(1);
  if (segments.slice(0, -1).some((s) => s === '') || segments.some((s) => s === '.' || s === '..'))
    return { problem: 'has an empty, `.` or `..` segment, expected a path inside the site' };
  const last = segments[segments.length - 1]!;
  if (last !== '' && !/\.[a-z0-9]{1,8}$/i.test(last)) path += '/';
  return { path };
}

/** An internal target: the site path itself; an absolute http(s) URL is kept as written. */
export function isExternalTarget(to: string): boolean {
  return /^https?:\/\//i.test(to);
}
