/**
 * @fileoverview Finds what the body rules check — headings, links, images, template tags — with whole-file
 * offsets, in one pass over the lines that skips fenced and indented code, code spans and HTML comments.
 * A purpose-built scan rather than marked's lexer: marked keeps no offsets and costs ~1.3 s on 10,000 posts,
 * this costs a tenth of that and points at the exact character.
 */

export interface BodyHeading {
  depth: number;
  offset: number;
  end: number;
  syntax: 'atx' | 'setext' | 'html';
  text: string;
}

export interface BodyLink {
  kind: 'link' | 'image';
  /** `inline` `[t](u)`, `reference` `[t][r]` (its URL is checked at the definition), `definition` `[r]: u`, `html`. */
  syntax: 'inline' | 'reference' | 'definition' | 'html';
  /** Link text or alt text; undefined for an `<img>` with no `alt` attribute and for definitions. */
  text: string | undefined;
  url: string;
  offset: number;
  end: number;
  urlOffset: number;
  urlEnd: number;
}

export interface TemplateTag {
  text: string;
  offset: number;
  end: number;
}

export interface BodyScan {
  headings: BodyHeading[];
  links: BodyLink[];
  templateTags: TemplateTag[];
}

const LIST_ITEM = /(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/y;
const DEFINITION = /\[((?:[^\]\\]|\\.)+)\]:[ \t]*(<[^>\n]*>|\S+)/y;
const HTML_TAG = /<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/y;
const AUTOLINK = /<[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*>/y;

const INTERESTING = /[\\`<{![]/g;

const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Scans `text` (a whole post) from `from`, the offset where its body starts. */
export function scanBody(text: string, from: number): BodyScan {
  const headings: BodyHeading[] = [];
  const links: BodyLink[] = [];
  const templateTags: TemplateTag[] = [];
  const definitions = new Map<string, { url: string }>();
  const references: { link: BodyLink; label: string }[] = [];
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

  /** Finds links, images, HTML tags and template tags in [start, end): one paragraph or heading. */
  const scanInline = (start: number, end: number) => {
    let k = start;
    while (k < end) {
      k = nextInteresting(k);
      if (k >= end) break;
      const c = text.charCodeAt(k);
      if (c === 92 /* \ */) {
        k += 2;
      } else if (c === 96 /* ` */) {
        k = skipCodeSpan(k, end);
      } else if (c === 60 /* < */) {
        k = scanHtml(k, end);
      } else if (c === 123 /* { */ && k + 1 < end) {
        const next = text.charCodeAt(k + 1);
        const close = next === 37 ? '%}' : next === 123 ? '}}' : '';
        const stop = close ? text.indexOf(close, k + 2) : -1;
        if (stop >= 0 && stop < end) {
          templateTags.push({ text: text.slice(k, stop + 2), offset: k, end: stop + 2 });
          k = stop + 2;
        } else k++;
      } else if (c === 33 /* ! */ && text.charCodeAt(k + 1) === 91) {
        k = scanLink(k, k + 1, end, 'image');
      } else if (c === 91 /* [ */) {
        k = scanLink(k, k, end, 'link');
      } else k++;
    }
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
      const close = text.indexOf('-->', k + 4);
      return close < 0 || close >= end ? end : close + 3;
    }
    AUTOLINK.lastIndex = k;
    if (AUTOLINK.test(text)) return AUTOLINK.lastIndex;
    HTML_TAG.lastIndex = k;
    const m = HTML_TAG.exec(text);
    if (!m || HTML_TAG.lastIndex > end) return k + 1;
    const tag = m[1]!.toLowerCase();
    const stop = HTML_TAG.lastIndex;
    if (/^h[1-6]$/.test(tag)) {
      const close = text.indexOf('</', stop);
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
  const scanLink = (start: number, open: number, end: number, kind: 'link' | 'image'): number => {
    let depth = 0;
    let close = -1;
    for (let i = open + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 91) depth++;
      else if (c === 93) {
        if (depth === 0) {
          close = i;
          break;
        }
        depth--;
      }
    }
    if (close < 0) return open + 1;
    const label = text.slice(open + 1, close);
    // Link text may hold images (`[![alt](src)](url)`) and code spans.
    if (kind === 'link') scanInline(open + 1, close);
    const after = text.charCodeAt(close + 1);
    if (after === 40 /* ( */) {
      const dest = readDestination(close + 2, end);
      if (!dest) return close + 1;
      links.push({
        kind,
        syntax: 'inline',
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
      const refClose = text.indexOf(']', close + 2);
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
      const gt = text.indexOf('>', i);
      if (gt < 0 || gt >= end) return undefined;
      urlOffset = i + 1;
      urlEnd = gt;
      i = gt + 1;
    } else {
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
    }
    while (i < end && /\s/.test(text[i]!)) i++;
    const q = text[i];
    if (q === '"' || q === "'" || q === '(') {
      const closeQuote = text.indexOf(q === '(' ? ')' : q, i + 1);
      if (closeQuote < 0 || closeQuote >= end) return undefined;
      i = closeQuote + 1;
      while (i < end && /\s/.test(text[i]!)) i++;
    }
    if (text.charCodeAt(i) !== 41) return undefined;
    return { url: text.slice(urlOffset, urlEnd), urlOffset, urlEnd, end: i + 1 };
  };

  let pos = from;
  let fence: { char: number; length: number } | undefined;
  let inIndentedCode = false;
  let inComment = false;
  let inList = false;
  let prevBlank = true;
  let paragraphStart = -1;
  let chunkStart = -1;
  const flush = (end: number) => {
    if (chunkStart >= 0) scanInline(chunkStart, end);
    chunkStart = -1;
  };

  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const next = eol + 1;
    let i = pos;
    let col = 0;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) col++;
      else if (c === 9) col += 4 - (col % 4);
      else break;
    }
    const blank = i === lineEnd;
    const c0 = text.charCodeAt(i);

    if (fence) {
      if (
        c0 === fence.char &&
        runLength(text, i, c0) >= fence.length &&
        !text
          .slice(i, lineEnd)
          .replace(/^[`~]+/, '')
          .trim()
      )
        fence = undefined;
      pos = next;
      continue;
    }
    if (inComment) {
      const close = text.indexOf('-->', pos);
      if (close >= 0 && close < lineEnd) inComment = false;
      pos = next;
      continue;
    }
    if (blank) {
      flush(pos);
      paragraphStart = -1;
      prevBlank = true;
      pos = next;
      continue;
    }
    if (inIndentedCode) {
      if (col >= 4) {
        pos = next;
        continue;
      }
      inIndentedCode = false;
    }
    if (col >= 4 && prevBlank && !inList) {
      flush(pos);
      inIndentedCode = true;
      prevBlank = false;
      pos = next;
      continue;
    }
    prevBlank = false;

    if ((c0 === 96 || c0 === 126) && runLength(text, i, c0) >= 3) {
      const length = runLength(text, i, c0);
      // A backtick fence's info string may not hold a backtick; otherwise it is a code span.
      if (c0 === 126 || text.slice(i + length, lineEnd).indexOf('`') < 0) {
        flush(pos);
        paragraphStart = -1;
        fence = { char: c0, length };
        pos = next;
        continue;
      }
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0 || close >= lineEnd) {
        flush(pos);
        inComment = true;
        pos = next;
        continue;
      }
    }
    if (col <= 3 && c0 === 35 /* # */) {
      const hashes = runLength(text, i, 35);
      const after = text.charCodeAt(i + hashes);
      if (hashes <= 6 && (i + hashes === lineEnd || after === 32 || after === 9)) {
        flush(pos);
        paragraphStart = -1;
        const content = text
          .slice(i + hashes, lineEnd)
          .replace(/(^|[ \t])#+[ \t]*$/, '')
          .trim();
        headings.push({ depth: hashes, offset: i, end: lineEnd, syntax: 'atx', text: content });
        scanInline(i + hashes, lineEnd);
        pos = next;
        continue;
      }
    }
    if (col <= 3 && paragraphStart >= 0 && (c0 === 61 || c0 === 45)) {
      const run = runLength(text, i, c0);
      if (!text.slice(i + run, lineEnd).trim()) {
        const content = text.slice(paragraphStart, pos).trim();
        const offset =
          paragraphStart +
          (text.slice(paragraphStart, pos).length - text.slice(paragraphStart, pos).trimStart().length);
        headings.push({ depth: c0 === 61 ? 1 : 2, offset, end: lineEnd, syntax: 'setext', text: content });
        flush(pos);
        paragraphStart = -1;
        pos = next;
        continue;
      }
    }
    if (col <= 3 && c0 === 91 /* [ */) {
      DEFINITION.lastIndex = i;
      const m = DEFINITION.exec(text);
      if (m && DEFINITION.lastIndex <= lineEnd) {
        flush(pos);
        paragraphStart = -1;
        const raw = m[2]!;
        const angled = raw.startsWith('<');
        const url = angled ? raw.slice(1, -1) : raw;
        const urlOffset = DEFINITION.lastIndex - raw.length + (angled ? 1 : 0);
        const label = normalizeLabel(m[1]!);
        if (!definitions.has(label)) definitions.set(label, { url });
        links.push({
          kind: 'link',
          syntax: 'definition',
          text: undefined,
          url,
          offset: i,
          end: lineEnd,
          urlOffset,
          urlEnd: urlOffset + url.length,
        });
        pos = next;
        continue;
      }
    }
    LIST_ITEM.lastIndex = i;
    const listItem = LIST_ITEM.test(text);
    if (listItem) {
      inList = true;
      paragraphStart = -1;
    } else if (col === 0 && chunkStart < 0 && c0 !== 62 /* > */) {
      // A flush-left line after a blank one ends any list.
      inList = false;
    }
    if (!listItem && !inList && paragraphStart < 0 && c0 !== 62 && c0 !== 60 && c0 !== 124)
      paragraphStart = pos;
    if (chunkStart < 0) chunkStart = pos;
    pos = next;
  }
  flush(n);

  for (const { link, label } of references) {
    const definition = definitions.get(label);
    if (!definition) continue;
    link.url = definition.url;
    links.push(link);
  }
  links.sort((a, b) => a.offset - b.offset);
  headings.sort((a, b) => a.offset - b.offset);
  return { headings, links, templateTags };
}

function runLength(text: string, at: number, char: number): number {
  let i = at;
  while (text.charCodeAt(i) === char) i++;
  return i - at;
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
