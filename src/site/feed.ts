/**
 * @fileoverview The Atom or RSS feed of the latest posts.
 * Written here rather than with the `feed` package: it escapes only `&` in attributes and the first `]]>` in
 * CDATA, so a tag like `<img onerror=…>` or a post quoting `]]>` twice gave broken or unsafe XML.
 */
import type { SiteConfig } from '../config/schema.ts';
import { escapeXml } from '../render/escape.ts';
import { encodeUrl, type SiteUrls } from '../util/urls.ts';

export interface FeedEntry {
  title: string;
  path: string;
  /** ISO dates with offset. */
  published: string;
  updated: string | undefined;
  summary: string;
  html: string;
  authors: string[];
  tags: string[];
}

export const feedPath = (config: SiteConfig) => (config.feed.format === 'rss' ? '/rss.xml' : '/atom.xml');

export function renderFeed(config: SiteConfig, urls: SiteUrls, entries: readonly FeedEntry[]): string {
  return config.feed.format === 'rss' ? renderRss(config, urls, entries) : renderAtom(config, urls, entries);
}

const x = escapeXml;

/** The latest published-or-updated date, compared as instants (the offsets may differ). */
function newestDate(entries: readonly FeedEntry[]): string | undefined {
  let best: string | undefined;
  for (const e of entries) {
    const d = e.updated ?? e.published;
    if (best === undefined || Date.parse(d) > Date.parse(best)) best = d;
  }
  return best;
}
const href = (url: string) => x(encodeUrl(url));

function renderAtom(config: SiteConfig, urls: SiteUrls, entries: readonly FeedEntry[]): string {
  // No build clock in the output: the feed is as new as its newest post, so the same posts give the same bytes.
  const newest = newestDate(entries) ?? '1970-01-01T00:00:00Z';
  const siteAuthor = config.authors[0]?.name ?? config.title;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(config.language)}">`,
    `  <title>${x(config.title)}</title>`,
    config.tagline || config.description
      ? `  <subtitle>${x(config.tagline || config.description)}</subtitle>`
      : '',
    `  <id>${href(urls.absolute('/'))}</id>`,
    `  <link rel="alternate" type="text/html" href="${href(urls.absolute('/'))}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${href(urls.absolute(feedPath(config)))}"/>`,
    `  <updated>${x(newest)}</updated>`,
    `  <author><name>${x(siteAuthor)}</name></author>`,
    '  <generator>blog</generator>',
  ];
  for (const e of entries) {
    const link = urls.absolute(e.path);
    lines.push(
      '  <entry>',
      `    <title type="text">${x(e.title)}</title>`,
      `    <id>${href(link)}</id>`,
      `    <link rel="alternate" type="text/html" href="${href(link)}"/>`,
      `    <published>${x(e.published)}</published>`,
      `    <updated>${x(e.updated ?? e.published)}</updated>`,
      ...e.authors.map((a) => `    <author><name>${x(a)}</name></author>`),
      ...e.tags.map((t) => `    <category term="${x(t)}"/>`),
      `    <summary type="text">${x(e.summary)}</summary>`,
      `    <content type="html">${x(e.html)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.filter((l) => l !== '').join('\n');
}

function rfc822(iso: string): string {
  return new Date(iso).toUTCString().replace('GMT', '+0000');
}

function renderRss(config: SiteConfig, urls: SiteUrls, entries: readonly FeedEntry[]): string {
  const newest = newestDate(entries);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '  <channel>',
    `    <title>${x(config.title)}</title>`,
    `    <link>${href(urls.absolute('/'))}</link>`,
    `    <description>${x(config.description || config.tagline || config.title)}</description>`,
    `    <language>${x(config.language)}</language>`,
    `    <atom:link href="${href(urls.absolute(feedPath(config)))}" rel="self" type="application/rss+xml"/>`,
    newest ? `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '',
    '    <generator>blog</generator>',
  ];
  for (const e of entries) {
    const link = urls.absolute(e.path);
    lines.push(
      '    <item>',
      `      <title>${x(e.title)}</title>`,
      `      <link>${href(link)}</link>`,
      `      <guid isPermaLink="true">${href(link)}</guid>`,
      `      <pubDate>${rfc822(e.published)}</pubDate>`,
      ...e.tags.map((t) => `      <category>${x(t)}</category>`),
      `      <description>${x(e.summary)}</description>`,
      `      <content:encoded>${x(e.html)}</content:encoded>`,
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>', '');
  return lines.filter((l) => l !== '').join('\n');
}
