/**
 * @fileoverview The Atom or RSS feed of the latest posts.
 * Written here rather than with the `feed` package: it escapes only `&` in attributes and the first `]]>` in
 * CDATA, so a tag like `<img onerror=…>` or a post quoting `]]>` twice gave broken or unsafe XML.
 */
import type { SiteConfig } from '../config/schema.ts';
import { escapeXml } from '../render/escape.ts';
import { encodeUrl, type SiteUrls } from '../util/urls.ts';
import { type FeedImage, feedHtml } from './feed-html.ts';

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
  /** The cover image, absolute: shown on top of the content and as `media:content`. */
  image?: FeedImage;
}

const MEDIA_NS = 'http://search.yahoo.com/mrss/';

/** Media RSS, which feed readers use for an entry's picture (RSS's `<enclosure>` would need the byte length). */
const mediaContent = (image: FeedImage | undefined, indent: string) =>
  image
    ? `${indent}<media:content url="${href(image.url)}" medium="image">${image.alt ? `<media:description type="plain">${x(image.alt)}</media:description>` : ''}</media:content>`
    : '';

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
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="${MEDIA_NS}" xml:lang="${x(config.language)}">`,
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
      `    <content type="html">${x(feedHtml(e.html, link, e.image))}</content>`,
      mediaContent(e.image, '    '),
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
  const siteAuthor = config.authors[0] ? [config.authors[0].name] : [];
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="${MEDIA_NS}">`,
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
      // RSS's own <author> must be an email address; readers show Dublin Core's creator, a name, as the byline.
      // RSS has no feed-wide author for a post that names none, as Atom has: the site's is named on the item.
      ...(e.authors.length ? e.authors : siteAuthor).map((a) => `      <dc:creator>${x(a)}</dc:creator>`),
      ...e.tags.map((t) => `      <category>${x(t)}</category>`),
      `      <description>${x(e.summary)}</description>`,
      `      <content:encoded>${x(feedHtml(e.html, link, e.image))}</content:encoded>`,
      mediaContent(e.image, '      '),
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>', '');
  return lines.filter((l) => l !== '').join('\n');
}
