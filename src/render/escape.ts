/** @fileoverview Escaping for HTML text and attributes, and XML (feed, sitemap). */
import { decodeHTML } from 'entities';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!) : text;
}

/**
 * Characters XML 1.0 forbids anywhere, even escaped: C0 controls other than tab, LF and CR (a vertical tab pasted
 * from Word, NUL), U+FFFE/U+FFFF, and lone surrogates. One of them makes a feed reader reject the whole feed.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this removes.
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text or an attribute value for any XML file (feed, sitemap): the forbidden characters dropped, then escaped
 * like HTML. Every XML writer goes through here, so no post can make one ill-formed.
 */
export function escapeXml(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return escapeHtml(text.replace(NOT_XML, ''));
}

/** Visible text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed (linear: no tag spans a `<`). */
export function htmlToText(html: string): string {
  return decodeHTML(html.replace(/<[^<>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
