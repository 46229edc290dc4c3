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

export function renderRobots(urls: SiteUrls): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${encodeUrl(urls.absolute('/sitemap.xml'))}\n`;
}
