/**
 * @fileoverview Formulas carried over from the source's Markdown to ours (`render/math-syntax.ts`), where the two
 * read them differently: kramdown's `$$…$$` inside a paragraph is inline math there and display math here;
 * Hugo's passthrough delimiters may be any pair, and its `$…$` needs no rule about spaces. Each rewritten formula
 * keeps its TeX and its lines.
 */
import { matchInlineMath } from '../render/math-syntax.ts';
import type { BodyConverter } from './convert-body.ts';
import { findKey } from './hugo-config.ts';
import { showedMathAsText, textMath } from './text-math.ts';
import type { SourceSite } from './types.ts';

export type DelimiterPair = [open: string, close: string];

/** Hugo's `markup.goldmark.extensions.passthrough` delimiters, when it is enabled. */
export interface Passthrough {
  inline: DelimiterPair[];
  block: DelimiterPair[];
}

/** Code spans and escaped dollars as spaces, so that offsets stay and nothing in them is read as math. */
function visibleText(body: string): string {
  return body.replace(/(`+)[\s\S]*?\1/g, (code) => code.replace(/[^\n]/g, ' ')).replace(/\\\$/g, '  ');
}

/** Offset of the end of the line holding `at` (its `\n`, or the text's end). */
const lineEnd = (text: string, at: number) => {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
};
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/**
 * kramdown (Jekyll's Markdown) reads `$$…$$` as display math only when it is a block of its own, between blank
 * lines; anywhere else it is inline math (kramdown writes `\(…\)` for MathJax). Here `$$` in a paragraph is
 * display math, so those become `\(…\)`.
 */
export const kramdownMath: BodyConverter = (body, ctx) => {
  if (!body.includes('$$')) return body;
  const visible = visibleText(body);
  let out = '';
  let last = 0;
  let from = 0;
  for (;;) {
    const open = visible.indexOf('$$', from);
    if (open < 0) break;
    const close = visible.indexOf('$$', open + 2);
    if (close < 0) break;
    const tex = body.slice(open + 2, close);
    // A span never crosses a paragraph: the second `$$` opens the next formula instead.
    if (/\n[ \t>]*\n/.test(tex) || !tex.trim()) {
      from = close;
      continue;
    }
    from = close + 2;
    if (isKramdownBlock(visible, open, close + 2)) continue;
    out += `${body.slice(last, open)}\\(${tex}\\)`;
    last = close + 2;
    ctx.change(
      open,
      "kramdown's `$$…$$` inside a paragraph → `\\(…\\)` (inline math, as kramdown showed it)",
    );
  }
  return out + body.slice(last);
};

/** A list item's marker, which starts a block of its own in kramdown as a blank line does. */
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const isBlank = (line: string) => line.replace(/[ \t>]/g, '') === '';

/**
 * The `$$` at `open` starts a block (its line, or its list item, after a blank line or at the start) and the one
 * ending at `end` ends one (its line, before a blank line, the next list item or the end): kramdown's
 * `after_block_boundary?` and `before_block_boundary?`.
 */
function isKramdownBlock(text: string, open: number, end: number): boolean {
  const start = lineStart(text, open);
  const before = text.slice(start, open);
  const item = LIST_ITEM.exec(before);
  if (item ? item[0].length !== before.length : !isBlank(before)) return false;
  if (!item && start > 0 && !isBlank(text.slice(lineStart(text, start - 1), start - 1))) return false;
  const stop = lineEnd(text, end);
  if (text.slice(end, stop).trim()) return false;
  if (stop >= text.length) return true;
  const next = text.slice(stop + 1, lineEnd(text, stop + 1));
  return isBlank(next) || LIST_ITEM.test(next);
}

/** The passthrough delimiters of a Hugo config (`markup.goldmark.extensions.passthrough`), when enabled. */
export function hugoPassthrough(config: Record<string, unknown>): Passthrough | undefined {
  let table: unknown = config;
  for (const key of ['markup', 'goldmark', 'extensions', 'passthrough']) {
    if (typeof table !== 'object' || table === null) return undefined;
    table = findKey(table as Record<string, unknown>, key);
  }
  if (typeof table !== 'object' || table === null) return undefined;
  const passthrough = table as Record<string, unknown>;
  if (findKey(passthrough, 'enable') !== true) return undefined;
  const delimiters = findKey(passthrough, 'delimiters');
  const pairs = (kind: string): DelimiterPair[] => {
    const list =
      typeof delimiters === 'object' && delimiters !== null
        ? findKey(delimiters as Record<string, unknown>, kind)
        : undefined;
    return (Array.isArray(list) ? list : []).filter(
      (p): p is DelimiterPair =>
        Array.isArray(p) && p.length === 2 && p.every((d) => typeof d === 'string' && d !== ''),
    );
  };
  const found = { inline: pairs('inline'), block: pairs('block') };
  return found.inline.length || found.block.length ? found : undefined;
}

/**
 * Hugo's passthrough formulas in the delimiters this blog reads the same way: a block pair other than `$$…$$`
 * and `\[…\]` becomes `$$…$$`; an inline pair other than `\(…\)` becomes `\(…\)`, except a `$…$` this blog
 * already reads as the same formula (`$x$`, but not `$ x $`, which Hugo reads as math and Pandoc's rule as text).
 */
export function passthroughMath(passthrough: Passthrough): BodyConverter {
  const pairs = [
    ...passthrough.block.map((pair) => ({ pair, block: true })),
    ...passthrough.inline.map((pair) => ({ pair, block: false })),
  ].sort((a, b) => b.pair[0].length - a.pair[0].length);
  return (body, ctx) => {
    if (!pairs.some(({ pair }) => body.includes(pair[0]))) return body;
    const visible = visibleText(body);
    let out = '';
    let last = 0;
    for (let at = 0; at < visible.length; at++) {
      const found = pairs.find(({ pair }) => visible.startsWith(pair[0], at));
      if (!found) continue;
      const [open, close] = found.pair;
      const end = visible.indexOf(close, at + open.length);
      if (end < 0) continue;
      const tex = body.slice(at + open.length, end);
      if (/\n[ \t>]*\n/.test(tex) || !tex.trim()) continue;
      const after = end + close.length;
      let written: [string, string] | undefined;
      if (found.block) written = open === '$$' || open === '\\[' ? undefined : ['$$', '$$'];
      else if (open === '\\(') written = undefined;
      else if (open === '$' && matchInlineMath(visible, at, after)?.end === after) written = undefined;
      else written = ['\\(', '\\)'];
      if (written) {
        out += `${body.slice(last, at)}${written[0]}${tex}${written[1]}`;
        last = after;
        ctx.change(
          at,
          `Hugo's passthrough \`${open}…${close}\` → \`${written[0]}…${written[1]}\` (math, as Hugo showed it)`,
        );
      }
      at = after - 1;
    }
    return out + body.slice(last);
  };
}

/**
 * The math converters a source site needs, after its own: kramdown's on a Jekyll site that uses kramdown, Hugo's
 * passthrough delimiters when its config enables them; and, where the old site showed `$…$` as text, `textMath`.
 */
export function mathConverters(site: SourceSite): BodyConverter[] {
  if (site.kind === 'hugo' && site.hugo?.passthrough) return [passthroughMath(site.hugo.passthrough)];
  if (site.kind === 'hugo') return showedMathAsText(site, false) ? [textMath] : [];
  if (site.kind === 'jekyll') {
    const engine = site.data?.markdown;
    // kramdown is Jekyll's default; `markdown: CommonMark` (jekyll-commonmark) has no math syntax.
    if (engine === undefined || (typeof engine === 'string' && /^kramdown$/i.test(engine)))
      // Dollars first: kramdown's `$$` in a paragraph becomes `\(…\)`, math that must stay.
      return showedMathAsText(site, true) ? [textMath, kramdownMath] : [kramdownMath];
  }
  return [];
}
