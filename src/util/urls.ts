/** @fileoverview Site URLs: the base path from `baseUrl`, permalinks from the pattern, and output paths. */
import { wellFormed } from './text.ts';
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
 * Decodes the `%XX` escapes of a URL path (its `?query` and `#hash` already cut off) to the file name a host
 * serves, but never throws: an escape that is not valid UTF-8 (`100%-guide.md`, `%E0%A4`) is kept as written,
 * so a link to such a file still resolves. `%23` and `%3F` are how a URL names a file with `#` or `?` in its
 * name (`decodeURI` kept them, so `/h%23sh.svg` was "missing" beside `static/h#sh.svg`); `%2F` and `%5C` stay,
 * as a separator inside one segment is no file name.
 */
export function decodeUrlPath(path: string): string {
  if (!path.includes('%')) return path;
  return path.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) =>
    run
      .split(/(%2F|%5C)/i)
      .map((part, i) => (i % 2 === 1 ? part : decodeEscapes(part)))
      .join(''),
  );
}

function decodeEscapes(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run;
  }
}

/** Characters a URL may carry as they are (RFC 3986 unreserved and reserved); `%` only as the start of an escape. */
const NEEDS_ESCAPE = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]|%(?![0-9A-Fa-f]{2})/gu;

/**
 * Percent-encodes a URL exactly once: what is already an escape (`/bl%C3%B6g/` from `new URL`) stays, and
 * anything else outside the URL alphabet (`ö`, spaces, a lone surrogate as U+FFFD) is encoded. Every absolute
 * URL written into the feed, sitemap and robots.txt goes through here.
 */
export function encodeUrl(url: string): string {
  return wellFormed(url).replace(NEEDS_ESCAPE, (c: string) => encodeURIComponent(c));
}

/**
 * Why a slug cannot be used in a URL path, or undefined when it can: the one place that decides what a slug may
 * be, whatever the frontmatter/slug style rule says. It must stay a path below its permalink's folder (no `.` or
 * `..` segment, no leading or doubled `/`, no `\`), be reachable by a URL (no `?`, `#` or control
 * characters) and fit in a file name.
 */
export function unsafeSlug(slug: string): string | undefined {
  if (
    slug.includes('\\') ||
    slug.startsWith('/') ||
    slug.split('/').some((s) => s === '' || s === '.' || s === '..')
  )
    return 'it would leave its folder (`..`, `.`, `//`, a leading `/` or `\\`)';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[?#\x00-\x1f\x7f]/.test(slug)) return 'a URL cannot reach it (`?`, `#` or control characters)';
  const long = slug.split('/').find((s) => Buffer.byteLength(s) > MAX_SLUG_SEGMENT_BYTES);
  if (long)
    return `a part of ${Buffer.byteLength(long)} bytes is longer than a file name may be (at most ${MAX_SLUG_SEGMENT_BYTES})`;
  return undefined;
}

/**
 * File systems allow 255 bytes in one name; the page is written as `<slug>.html` (or in `<slug>/`), and its
 * temp file beside it adds a prefix and suffix, so a longer slug would pass lint and stop the build unnamed.
 */
const MAX_SLUG_SEGMENT_BYTES = 200;

/**
 * An old path as a clean site path, or why it cannot be one. Paths are inside the site: no scheme, no
 * `//`, no `.`/`..` segments, no query or fragment (a static file cannot answer those), no `*` or `:name`
 * (patterns to a redirect host). A missing leading
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
  // `_redirects` is a list of patterns: written there, `/old/*` or `/:year/x/` would send every URL of that
  // shape to the post. Refused here, where every old path passes, so no redirect file ever holds one.
  // A placeholder is a whole segment that starts with `:`; a colon inside a segment (`/talks/12:30/`) is text.
  const pattern = /\*|(?<=^|\/):\w+/.exec(decoded)?.[0];
  if (pattern === '*')
    return {
      problem:
        'has `*`, which redirect hosts (Netlify, Cloudflare Pages) read as a wildcard for any path, expected a literal path',
    };
  if (pattern)
    return {
      problem: `has \`${pattern}\`, which redirect hosts (Netlify, Cloudflare Pages) read as a placeholder for any segment, expected a literal path`,
    };
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
