/** @fileoverview Escaping for HTML text and attributes, and XML (feed, sitemap). */
import { decodeHTML } from 'entities';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters XML 1.0 forbids anywhere, even escaped: C0 controls other than tab, LF and CR (a vertical tab pasted
 * from Word, NUL), U+FFFE/U+FFFF, and lone surrogates. One of them makes a feed reader reject the whole feed.
 * HTML counts them as parse errors too (a NUL shows as �), so page text drops them as well.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this removes.
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters above; the same string when it has none (nearly always). */
export function withoutForbidden(text: string): string {
  NOT_XML.lastIndex = 0;
  return NOT_XML.test(text) ? text.replace(NOT_XML, '') : text;
}

/**
 * Text or an attribute value for a page: escaped, and without the characters no page may hold (`title: "A\0B"`
 * put a NUL in the page's <title>, its heading and every list that names the post).
 */
export function escapeHtml(value: unknown): string {
  const text = withoutForbidden(value === undefined || value === null ? '' : String(value));
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!) : text;
}

/**
 * Text or an attribute value for any XML file (feed, sitemap): the forbidden characters dropped and escaped, as
 * for HTML. Every XML writer goes through here, so no post can make one ill-formed.
 */
export function escapeXml(value: unknown): string {
  return escapeHtml(value);
}

/**
 * The prose of an HTML fragment: tags dropped, entities decoded, whitespace collapsed (linear: no tag spans a `<`).
 * A drawing's labels are no prose: a chart's `80 MB 60 MB` is never a description or an excerpt.
 */
export function htmlToText(html: string): string {
  return decodeHTML(withoutDrawings(html).replace(/<[^<>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The fragment without its `<svg>…</svg>` (one scan, no backtracking); an unclosed one runs to the end. */
function withoutDrawings(html: string): string {
  // Most posts have none: no lower-case copy of every post's HTML for them.
  if (!/<svg/i.test(html)) return html;
  const lower = html.toLowerCase();
  let at = lower.indexOf('<svg');
  let kept = '';
  let from = 0;
  while (at >= 0) {
    kept += html.slice(from, at);
    const end = lower.indexOf('</svg>', at);
    from = end < 0 ? html.length : end + '</svg>'.length;
    at = lower.indexOf('<svg', from);
  }
  return kept + html.slice(from);
}

const SCRIPT_JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for inside a `<script>` element (JSON-LD): `<`, `>` and `&` as `\u` escapes, so no value can close the
 * element (`</script>`) or open a comment, and U+2028/U+2029 escaped for older JavaScript parsers; the
 * characters no page may hold (`withoutForbidden`) dropped from its strings, as from the page's text.
 */
export function jsonForScript(value: unknown): string {
  // Its strings say what the page says: without the characters page text drops (`title: "A\uFFFEB"` left a
  // noncharacter, an HTML parse error, in the JSON-LD headline while the <h1> had none).
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? withoutForbidden(v) : v));
  return text.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_JSON_ESCAPES[c]!);
}
