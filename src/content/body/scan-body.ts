/**
 * @fileoverview Finds what the body rules check — headings, links, images — with whole-file
 * offsets, in one pass over the lines that skips fenced and indented code, code spans and HTML comments.
 * A purpose-built scan rather than marked's lexer: marked keeps no offsets and costs ~1.3 s on 10,000 posts,
 * this costs a tenth of that and points at the exact character.
 */
import { type MathMatch, matchMathBlock } from '../../render/math-syntax.ts';
import { createInlineScanner, normalizeLabel } from './scan-inline.ts';

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
  /** Inside an element the sanitizer removes with what it holds (`foreignObject`, `script`): its name as written. */
  droppedIn?: string;
}

/** A formula: `offset` is its opening delimiter (or its ```` ```math ```` fence), `end` just past its close. */
export interface BodyMath extends MathMatch {
  offset: number;
}

/** An HTML start tag written in the body (`<form action="/x">`): its name as written, and its attributes' text. */
export interface BodyTag {
  name: string;
  offset: number;
  end: number;
  attributes: string;
  /** Where `attributes` starts in the file. */
  attributesAt: number;
  /** Inside an `<svg>`: a drawing element is kept there, and unwrapped anywhere else. */
  inSvg?: boolean;
  /** Inside an element the sanitizer removes with what it holds: its name as written. */
  droppedIn?: string;
}

/** A footnote reference `[^note]` or definition `[^note]:`: its label as written, and the span of the brackets. */
export interface BodyFootnote {
  label: string;
  offset: number;
  end: number;
  /** A reference followed by `(`: marked reads `[^x](url)` as a link when no `[^x]:` defines it. */
  beforeParen?: boolean;
}

export interface BodyScan {
  headings: BodyHeading[];
  links: BodyLink[];
  math: BodyMath[];
  tags: BodyTag[];
  footnotes: { references: BodyFootnote[]; definitions: BodyFootnote[] };
}

const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/y;
const DEFINITION = /\[((?:[^\]\\]|\\.)+)\]:[ \t]*(<[^>\n]*>|\S+)/y;
/** marked-footnote's definition: `[^label]:` at the very start of a block (no indent). */
const FOOTNOTE_DEFINITION = /\[\^([^\]\n]+)\]:/y;

/** Scans `text` (a whole post) from `from`, the offset where its body starts. */
export function scanBody(text: string, from: number): BodyScan {
  const headings: BodyHeading[] = [];
  const links: BodyLink[] = [];
  const definitions = new Map<string, { url: string }>();
  const references: { link: BodyLink; label: string }[] = [];
  const math: BodyMath[] = [];
  const tags: BodyTag[] = [];
  const footnotes: BodyScan['footnotes'] = { references: [], definitions: [] };
  const n = text.length;
  const scanInline = createInlineScanner(text, { headings, links, references, math, tags, footnotes });

  let pos = from;
  /** `math`: where a ```` ```math ```` fence opened and its TeX starts. */
  let fence: { char: number; length: number; math?: { offset: number; texStart: number } } | undefined;
  const closeMathFence = (texEnd: number, end: number) => {
    const open = fence?.math;
    if (open) math.push({ tex: text.slice(open.texStart, texEnd), display: true, end, ...open });
  };
  let inIndentedCode = false;
  let inComment = false;
  // Where the open comment's `-->` is (-1: nowhere), found once: searched again on each of its lines, 200,000
  // lines of `<!-- a` took 4 minutes.
  let commentClose = -1;
  let inList = false;
  /** In a footnote's definition: its lines indented 4 spaces continue it, any other line starts a new block. */
  let inFootnote = false;
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
      ) {
        closeMathFence(pos, lineEnd);
        fence = undefined;
      }
      pos = next;
      continue;
    }
    if (inComment) {
      if (commentClose >= 0 && commentClose < lineEnd) inComment = false;
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
    if (col >= 4 && prevBlank && !inList && !inFootnote) {
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
        // GitHub's display math: its TeX is the fence's content.
        if (/^math(?:[\s,{]|$)/i.test(text.slice(i + length, lineEnd).trim()))
          fence.math = { offset: i, texStart: Math.min(next, n) };
        pos = next;
        continue;
      }
    }
    if (col <= 3 && (c0 === 36 /* $ */ || c0 === 92) /* \ */) {
      // A display formula on lines of its own, read as the renderer reads it.
      const block = matchMathBlock(text, i, n);
      if (block) {
        flush(pos);
        paragraphStart = -1;
        // The span ends at the closing delimiter, not past the line break.
        const close = text.slice(0, block.end).trimEnd().length;
        math.push({ ...block, offset: i, end: close });
        prevBlank = false;
        pos = block.end;
        continue;
      }
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0 || close >= lineEnd) {
        flush(pos);
        inComment = true;
        commentClose = close;
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
    if (inFootnote && col < 4) {
      // marked-footnote's definition ends at the first line not indented 4 spaces: a new block starts there.
      flush(pos);
      inFootnote = false;
      paragraphStart = -1;
    }
    if (i === pos && c0 === 91 && chunkStart < 0 && text.charCodeAt(i + 1) === 94 /* ^ */) {
      FOOTNOTE_DEFINITION.lastIndex = i;
      const m = FOOTNOTE_DEFINITION.exec(text);
      if (m && FOOTNOTE_DEFINITION.lastIndex <= lineEnd) {
        footnotes.definitions.push({ label: m[1]!, offset: i, end: FOOTNOTE_DEFINITION.lastIndex - 1 });
        // Its text is read as a paragraph (links in it are checked), from past the `[^label]:`.
        inFootnote = true;
        chunkStart = FOOTNOTE_DEFINITION.lastIndex;
        paragraphStart = -1;
        pos = next;
        continue;
      }
    }
    if (col <= 3 && c0 === 91 /* [ */) {
      DEFINITION.lastIndex = i;
      const m = DEFINITION.exec(text);
      // `[^note]: text` is a footnote (marked-footnote), whose text is read as a paragraph: not a link.
      if (m && DEFINITION.lastIndex <= lineEnd && !m[1]!.startsWith('^')) {
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
    if (col <= 3 && paragraphStart < 0 && THEMATIC_BREAK.test(text.slice(i, lineEnd))) {
      // `---`, `***`, `___`: a rule between blocks, not the start of a paragraph.
      flush(pos);
      pos = next;
      continue;
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
  // A fence left open runs to the end of the post.
  if (fence) closeMathFence(n, n);

  for (const { link, label } of references) {
    const definition = definitions.get(label);
    if (!definition) continue;
    link.url = definition.url;
    links.push(link);
  }
  links.sort((a, b) => a.offset - b.offset);
  headings.sort((a, b) => a.offset - b.offset);
  math.sort((a, b) => a.offset - b.offset);
  return { headings, links, math, tags, footnotes };
}

function runLength(text: string, at: number, char: number): number {
  let i = at;
  while (text.charCodeAt(i) === char) i++;
  return i - at;
}
