/** @fileoverview sitemap.xml and robots.txt. */
import { escapeXml } from '../render/escape.ts';
import { encodeUrl, type SiteUrls } from '../util/urls.ts';

export interface SitemapEntry {
  path: string;
  /** YYYY-MM-DD or a full ISO date, when the page has one. */
  lastmod?: string;
}

export function renderSitemap(urls: SiteUrls, entries: readonly SitemapEntry[]): string {
  const rows = entries.map(
    (e) =>
      `  <url><loc>${escapeXml(encodeUrl(urls.absolute(e.path)))}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
}

/**
 * robots.txt. Crawlers read it only at the host's root (`https://example.com/robots.txt`): a blog under a path
 * (`https://example.com/blog/`) cannot publish one that counts, and must not speak for the rest of the host
 * (`Allow: /`). Its file says so and holds the lines to add to the host's own, scoped to the blog's path, as
 * Hugo and Astro leave robots.txt to whoever owns the host root.
 */
export function renderRobots(urls: SiteUrls): string {
  const sitemap = `Sitemap: ${encodeUrl(urls.absolute('/sitemap.xml'))}\n`;
  if (urls.basePath === '/') return `User-agent: *\nAllow: /\n\n${sitemap}`;
  const root = encodeUrl(`${urls.origin}/robots.txt`);
  return [
    `# Crawlers read robots.txt only at ${root}, not here under ${encodeUrl(urls.basePath)}.`,
    '# This file has no effect: copy the lines below into the robots.txt at the root of the host.',
    '',
    'User-agent: *',
    `Allow: ${encodeUrl(urls.basePath)}`,
    '',
    sitemap,
  ].join('\n');
}
