/**
 * @fileoverview A post's HTML made fit for a feed reader, which shows it away from the page: every URL
 * absolute (a bundle's `<img src="workflow.svg">`, `../other/`, `#fn-1`), no heading anchors, and the
 * cover image on top; formulas as MathML alone.
 */
import { decodeHTML } from 'entities';
import { escapeHtml } from '../render/escape.ts';
import { stripHeadingAnchors } from '../render/markdown.ts';
import { mathmlOnly } from '../render/math-extension.ts';

export interface FeedImage {
  url: string;
  alt: string;
}

const URL_ATTRIBUTE = /(\s(?:href|src|poster|cite)=)"([^"]*)"/g;
const SRCSET_ATTRIBUTE = /(\ssrcset=)"([^"]*)"/g;

/** `url` resolved against the page it sits on; left as written when it is not a URL at all. */
function absolute(url: string, pageUrl: string): string {
  try {
    return new URL(url, pageUrl).href;
  } catch {
    return url;
  }
}

/**
 * @param html the post's HTML as its page shows it (attribute values double-quoted and escaped, as the
 *   Markdown renderer and the sanitizer write them)
 * @param pageUrl the post's absolute URL, against which relative URLs resolve as they do on the page
 */
export function feedHtml(html: string, pageUrl: string, cover?: FeedImage): string {
  const body = mathmlOnly(stripHeadingAnchors(html))
    .replace(URL_ATTRIBUTE, (_, attr: string, value: string) => {
      return `${attr}"${escapeHtml(absolute(decodeHTML(value), pageUrl))}"`;
    })
    .replace(SRCSET_ATTRIBUTE, (_, attr: string, value: string) => {
      const candidates = decodeHTML(value)
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
        .map((c) => {
          const [url = '', ...descriptor] = c.split(/\s+/);
          return [absolute(url, pageUrl), ...descriptor].join(' ');
        });
      return `${attr}"${escapeHtml(candidates.join(', '))}"`;
    });
  return cover ? `<p><img src="${escapeHtml(cover.url)}" alt="${escapeHtml(cover.alt)}"></p>\n${body}` : body;
}
