/**
 * @fileoverview Finds the `<img>` tags in a post's HTML and swaps each for the markup the caller makes
 * (a `<picture>` with sizes and formats). The HTML is marked's and the sanitizer's, or raw HTML the writer
 * allowed; attributes are read with or without quotes.
 */
import { decodeHTML } from 'entities';

export interface ImgTag {
  /** Attributes by lower-case name, entity-decoded, in the order written. */
  attributes: Map<string, string>;
  /** Index among the post's `<img>` tags, from 0. */
  index: number;
  /** Where the tag starts in the HTML. */
  offset: number;
}

const IMG = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeHTML(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

/**
 * Replaces each `<img>` for which `replace` returns markup; others stay as written. An `<img>` already
 * inside a `<picture>` the writer made is left alone.
 */
export function rewriteImgTags(html: string, replace: (tag: ImgTag) => string | undefined): string {
  if (!html.includes('<img')) return html;
  let index = 0;
  // Looked for only when the HTML has a picture: each look reads back to the start, and a post with math
  // (KaTeX's markup, megabytes of it) and images spent 0.3 s here.
  const pictures = html.includes('<picture');
  return html.replace(IMG, (whole, attrs: string, offset: number) => {
    if (pictures && html.lastIndexOf('<picture', offset) > html.lastIndexOf('</picture', offset))
      return whole;
    const out = replace({ attributes: parseAttributes(attrs.replace(/\/\s*$/, '')), index: index++, offset });
    return out ?? whole;
  });
}

/** Every `<img src>` in the HTML, in order, entity-decoded. */
export function imgSources(html: string): string[] {
  const sources: string[] = [];
  rewriteImgTags(html, ({ attributes }) => {
    const src = attributes.get('src');
    if (src) sources.push(src);
    return undefined;
  });
  return sources;
}
