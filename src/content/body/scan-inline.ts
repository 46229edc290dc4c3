/** @fileoverview The inline half of the body scan: links, images and HTML tags in one paragraph. */
import { matchInlineMath } from '../../render/math-syntax.ts';
import { DROPS_CONTENT } from '../../render/sanitize.ts';
import type { BodyFootnote, BodyHeading, BodyLink, BodyMath, BodyTag } from './scan-body.ts';

// An attribute's unquoted value holds no `<` (CommonMark): `<a b <a b …` is one short failed try per `<`, where
// `[^>]*` ran each to the next `>`, or the end of the post.
const HTML_TAG = /<([a-zA-Z][a-zA-Z0-9]*)\b((?:[^<>"']|"[^"]*"|'[^']*')*)>/y;
const CLOSE_TAG = /<\/([a-zA-Z][a-zA-Z0-9]*)\s*>/y;
const AUTOLINK = /<[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*>/y;
/** CommonMark's email autolink, `<government@github.com>`: a mailto: link, not a tag. */
const EMAIL_AUTOLINK =
  /<[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*>/y;
const INTERESTING = /[\\`<![$]/g;
/** marked-footnote's reference, tried before a link at each `[`. */
const FOOTNOTE_REFERENCE = /\[\^([^\]\n]+)\]/y;
/**
 * Link text is searched for images and code this many brackets deep, no deeper: `[[[…x…]]]` nested 5,000 deep
 * ran out of stack ("Internal error"). A link cannot hold a link, so real posts nest two deep at most.
 */
const MAX_LINK_NESTING = 32;

export const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

export interface InlineFindings {
  headings: BodyHeading[];
  links: BodyLink[];
  /** `[text][label]` and `[label]` uses, resolved against the definitions once the whole body is read. */
  references: { link: BodyLink; label: string }[];
  /** Formulas, as the renderer finds them (`render/math-syntax.ts`). */
  math: BodyMath[];
  /** Every HTML start tag, as marked passes it on to the sanitizer. */
  tags: BodyTag[];
  /** `[^note]` references (definitions are the block scan's). */
  footnotes: { references: BodyFootnote[] };
}

/** Returns `scanInline(start, end)`, which adds what it finds in `text[start, end)` to `found`. */
export function createInlineScanner(
  text: string,
  found: InlineFindings,
): (start: number, end: number) => void {
  const { headings, links, references, math, tags, footnotes } = found;
  const n = text.length;

  // Where the next character that can start something is, found by the regex engine rather than a loop over
  // every character; scanning only moves forward, so one search serves every paragraph up to that point.
  let searchedFrom = -1;
  let interesting = -1;
  const nextInteresting = (k: number): number => {
    if (searchedFrom < 0 || k < searchedFrom || interesting < k) {
      INTERESTING.lastIndex = k;
      interesting = INTERESTING.exec(text)?.index ?? n;
      searchedFrom = k;
    }
    return interesting;
  };

  // `text.indexOf(s, from)`, remembered per `s`: a search is answered from the last one when `from` lies between
  // where that one started and what it found. A paragraph of 100,000 `[a](x (`, `<!--` or `![a](<x` searched
  // to the post's end from each (quadratic: 80 s for 500 KB).
  const lastFound = new Map<string, { from: number; at: number }>();
  const find = (s: string, from: number): number => {
    const last = lastFound.get(s);
    if (last && last.from <= from && (last.at < 0 || from <= last.at)) return last.at;
    const at = text.indexOf(s, from);
    lastFound.set(s, { from, at });
    return at;
  };

  // Each `[`'s matching `]`, found for a whole paragraph in one pass: searched for `[` by `[`, a paragraph of
  // 100,000 unclosed `[` took 8 s (each search ran to the paragraph's end), and 5 MB of them for ever.
  // Where the parser stands in the HTML: how many `<svg>` are open, and the element being removed with its content.
  let svgDepth = 0;
  let dropped: { name: string; until: number } | undefined;
  /** Where `</name>` closes the element opened before `from`, remembered per name like `find` (the end if never). */
  const lastClose = new Map<string, { from: number; at: number }>();
  const closeTagOf = (name: string, from: number): number => {
    const last = lastClose.get(name);
    if (last && last.from <= from && from <= last.at) return last.at;
    const re = new RegExp(`</${name}\\s*>`, 'gi');
    re.lastIndex = from;
    const at = re.exec(text)?.index ?? n;
    lastClose.set(name, { from, at });
    return at;
  };
  const droppedAt = (offset: number): string | undefined =>
    dropped && offset < dropped.until ? dropped.name : undefined;

  const partner = new Map<number, number>();
  let pairedTo = -1;
  const closeOf = (open: number, end: number): number => {
    let close = partner.get(open);
    if (close === undefined || end > pairedTo) {
      pairBrackets(open, end);
      close = partner.get(open) ?? -1;
    }
    return close < end ? close : -1;
  };
  /** Pairs the brackets in [from, end) as a forward search from each `[` would (`\` escapes the next one). */
  const pairBrackets = (from: number, end: number) => {
    partner.clear();
    pairedTo = end;
    const open: number[] = [];
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 91) open.push(i);
      else if (c === 93 && open.length > 0) partner.set(open.pop()!, i);
    }
    for (const unclosed of open) partner.set(unclosed, -1);
  };

  /** Finds links, images and HTML tags in [start, end): one paragraph or heading, or a link's text. */
  const scanInline = (start: number, end: number, nesting = 0) => {
    let k = start;
    while (k < end) {
      k = nextInteresting(k);
      if (k >= end) break;
      const c = text.charCodeAt(k);
      if (c === 92 /* \ */ || c === 36 /* $ */) {
        const formula = matchInlineMath(text, k, end);
        if (formula) {
          math.push({ ...formula, offset: k });
          k = formula.end;
        } else k += c === 92 ? 2 : 1;
      } else if (c === 96 /* ` */) {
        k = skipCodeSpan(k, end);
      } else if (c === 60 /* < */) {
        k = scanHtml(k, end);
      } else if (c === 33 /* ! */ && text.charCodeAt(k + 1) === 91) {
        k = scanLink(k, k + 1, end, 'image', nesting);
      } else if (c === 91 /* [ */) {
        const note = text.charCodeAt(k + 1) === 94 /* ^ */ ? footnoteAt(k, end) : undefined;
        if (note) footnotes.references.push(note);
        // `[^x](url)` is a link when nothing defines `[^x]`: read on as one.
        k = note && !note.beforeParen ? note.end + 1 : scanLink(k, k, end, 'link', nesting);
      } else k++;
    }
  };

  const footnoteAt = (k: number, end: number): BodyFootnote | undefined => {
    FOOTNOTE_REFERENCE.lastIndex = k;
    const m = FOOTNOTE_REFERENCE.exec(text);
    if (!m || FOOTNOTE_REFERENCE.lastIndex > end) return undefined;
    const close = FOOTNOTE_REFERENCE.lastIndex - 1;
    return {
      label: m[1]!,
      offset: k,
      end: close,
      ...(text.charCodeAt(close + 1) === 40 ? { beforeParen: true } : {}),
    };
  };

  const skipCodeSpan = (k: number, end: number): number => {
    let run = 0;
    while (text.charCodeAt(k + run) === 96) run++;
    const fence = '`'.repeat(run);
    let at = k + run;
    for (;;) {
      const found = text.indexOf(fence, at);
      if (found < 0 || found >= end) return k + run;
      let after = found + run;
      while (text.charCodeAt(after) === 96) after++;
      if (after - found === run) return after;
      at = after;
    }
  };

  const scanHtml = (k: number, end: number): number => {
    if (text.startsWith('<!--', k)) {
      const close = find('-->', k + 4);
      return close < 0 || close >= end ? end : close + 3;
    }
    AUTOLINK.lastIndex = k;
    if (AUTOLINK.test(text)) return AUTOLINK.lastIndex;
    EMAIL_AUTOLINK.lastIndex = k;
    if (EMAIL_AUTOLINK.test(text)) return EMAIL_AUTOLINK.lastIndex;
    if (text.charCodeAt(k + 1) === 47 /* / */) {
      CLOSE_TAG.lastIndex = k;
      const close = CLOSE_TAG.exec(text);
      if (!close || CLOSE_TAG.lastIndex > end) return k + 1;
      if (close[1]!.toLowerCase() === 'svg' && svgDepth > 0 && !droppedAt(k)) svgDepth--;
      return CLOSE_TAG.lastIndex;
    }
    HTML_TAG.lastIndex = k;
    const m = HTML_TAG.exec(text);
    if (!m || HTML_TAG.lastIndex > end) return k + 1;
    const tag = m[1]!.toLowerCase();
    const stop = HTML_TAG.lastIndex;
    const droppedIn = droppedAt(k);
    tags.push({
      name: m[1]!,
      offset: k,
      end: stop,
      attributes: m[2]!,
      attributesAt: k + 1 + m[1]!.length,
      ...(svgDepth > 0 ? { inSvg: true } : {}),
      ...(droppedIn ? { droppedIn } : {}),
    });
    const selfClosing = m[2]!.trimEnd().endsWith('/');
    if (!droppedIn && !selfClosing && tag === 'svg') svgDepth++;
    if (!droppedIn && !selfClosing && DROPS_CONTENT.includes(tag))
      dropped = { name: m[1]!, until: closeTagOf(tag, stop) };
    if (/^h[1-6]$/.test(tag)) {
      const close = find('</', stop);
      const inner = close >= 0 && close < end ? text.slice(stop, close) : '';
      headings.push({ depth: Number(tag[1]), offset: k, end: stop, syntax: 'html', text: inner.trim() });
    } else if (tag === 'img' || tag === 'a') {
      const attrs = m[2]!;
      const attrsAt = k + 1 + m[1]!.length;
      const url = attribute(attrs, tag === 'img' ? 'src' : 'href');
      const alt = tag === 'img' ? attribute(attrs, 'alt') : undefined;
      if (url) {
        links.push({
          kind: tag === 'img' ? 'image' : 'link',
          syntax: 'html',
          ...(droppedIn ? { droppedIn } : {}),
          text: tag === 'img' ? alt?.value : undefined,
          url: url.value,
          offset: k,
          end: stop,
          urlOffset: attrsAt + url.offset,
          urlEnd: attrsAt + url.offset + url.value.length,
        });
      }
    }
    return stop;
  };

  /** `[text](url)`, `![alt](src)`, `[text][ref]`, `[ref]`; `open` is the `[`. Returns where to go on. */
  const scanLink = (
    start: number,
    open: number,
    end: number,
    kind: 'link' | 'image',
    nesting: number,
  ): number => {
    const close = closeOf(open, end);
    if (close < 0) return open + 1;
    const label = text.slice(open + 1, close);
    // Link text may hold images (`[![alt](src)](url)`) and code spans.
    if (kind === 'link' && nesting < MAX_LINK_NESTING) scanInline(open + 1, close, nesting + 1);
    const after = text.charCodeAt(close + 1);
    if (after === 40 /* ( */) {
      const dest = readDestination(close + 2, end);
      if (!dest) return close + 1;
      const droppedIn = droppedAt(start);
      links.push({
        kind,
        syntax: 'inline',
        ...(droppedIn ? { droppedIn } : {}),
        text: label,
        url: dest.url,
        offset: start,
        end: dest.end,
        urlOffset: dest.urlOffset,
        urlEnd: dest.urlEnd,
      });
      return dest.end;
    }
    let ref = label;
    let stop = close + 1;
    if (after === 91 /* [ */) {
      const refClose = find(']', close + 2);
      if (refClose >= 0 && refClose < end) {
        const written = text.slice(close + 2, refClose);
        if (written.trim()) ref = written;
        stop = refClose + 1;
      }
    }
    const link: BodyLink = {
      kind,
      syntax: 'reference',
      text: label,
      url: '',
      offset: start,
      end: stop,
      urlOffset: start,
      urlEnd: stop,
    };
    references.push({ link, label: normalizeLabel(ref) });
    return stop;
  };

  // A destination ends at a space, the paragraph's end or a `)` outside its own parentheses. Once one was no link,
  // one starting inside it that meets no such `)` ends where it did and is none either: `[a](x[a](x…` and
  // `[a](x(y)[a](x(y)…` were scanned to the paragraph's end from each `(` (250 s for 800 KB).
  let failed:
    | { from: number; to: number; end: number; depth: Int32Array; closeDepth: Int32Array }
    | undefined;
  /** Whether a destination from `i` is known to run to a failed one's end (see above). */
  const knownToFail = (i: number, end: number): boolean => {
    if (!failed || end !== failed.end || i <= failed.from || i >= failed.to) return false;
    // The lowest depth of a `)` from i on is above i's own: none of them closes the destination from i.
    return failed.closeDepth[i - failed.from]! > failed.depth[i - failed.from]!;
  };
  const rememberFailed = (from: number, to: number, end: number) => {
    if (failed && end === failed.end && to <= failed.to && from >= failed.from) return;
    // depth: parentheses open before each character; closeDepth: the lowest depth of a `)` from there on.
    const depth = new Int32Array(to - from + 1);
    const closeDepth = new Int32Array(to - from + 1).fill(2 ** 31 - 1);
    let d = 0;
    for (let i = from; i < to; i++) {
      depth[i - from] = d;
      const c = text.charCodeAt(i);
      if (c === 92) {
        i++;
        if (i < to) depth[i - from] = d;
      } else if (c === 40) d++;
      else if (c === 41) closeDepth[i - from] = d--;
    }
    for (let i = to - 1; i >= from; i--)
      closeDepth[i - from] = Math.min(closeDepth[i - from]!, closeDepth[i - from + 1]!);
    failed = { from, to, end, depth, closeDepth };
  };
  /** The destination and optional title of an inline link, from just after its `(`. */
  const readDestination = (
    at: number,
    end: number,
  ): { url: string; urlOffset: number; urlEnd: number; end: number } | undefined => {
    let i = at;
    while (i < end && /\s/.test(text[i]!)) i++;
    let urlOffset = i;
    let urlEnd: number;
    if (text.charCodeAt(i) === 60 /* < */) {
      const gt = find('>', i);
      if (gt < 0 || gt >= end) return undefined;
      urlOffset = i + 1;
      urlEnd = gt;
      i = gt + 1;
    } else {
      if (knownToFail(i, end)) return undefined;
      let parens = 0;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (c === 92) i += 2;
        else if (c === 40) {
          parens++;
          i++;
        } else if (c === 41) {
          if (parens === 0) break;
          parens--;
          i++;
        } else if (c <= 32) break;
        else i++;
      }
      urlEnd = i;
      const found = readTitle(urlOffset, urlEnd, i, end);
      if (!found) rememberFailed(urlOffset, urlEnd, end);
      return found;
    }
    return readTitle(urlOffset, urlEnd, i, end);
  };

  /** The rest of an inline link from `at`, just after its destination: an optional title, then `)`. */
  const readTitle = (
    urlOffset: number,
    urlEnd: number,
    at: number,
    end: number,
  ): { url: string; urlOffset: number; urlEnd: number; end: number } | undefined => {
    let i = at;
    while (i < end && /\s/.test(text[i]!)) i++;
    const q = text[i];
    if (q === '"' || q === "'" || q === '(') {
      const closeQuote = find(q === '(' ? ')' : q, i + 1);
      if (closeQuote < 0 || closeQuote >= end) return undefined;
      i = closeQuote + 1;
      while (i < end && /\s/.test(text[i]!)) i++;
    }
    if (text.charCodeAt(i) !== 41) return undefined;
    return { url: text.slice(urlOffset, urlEnd), urlOffset, urlEnd, end: i + 1 };
  };

  return scanInline;
}

/** An HTML attribute's value and its offset within `attrs`, or undefined when it is absent. */
function attribute(attrs: string, name: string): { value: string; offset: number } | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  if (!m) {
    // A bare attribute (`<img alt>`) is an empty value.
    const bare = new RegExp(`(?:^|\\s)${name}(?=\\s|/|$)`, 'i').exec(attrs);
    return bare ? { value: '', offset: bare.index + bare[0].length } : undefined;
  }
  const value = m[1] ?? m[2] ?? m[3] ?? '';
  const quoted = m[1] !== undefined || m[2] !== undefined;
  return { value, offset: m.index + m[0].length - value.length - (quoted ? 1 : 0) };
}
