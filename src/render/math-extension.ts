/**
 * @fileoverview Math in Markdown as a marked extension: `$$…$$` and `\[…\]` blocks, `$…$`, `$$…$$` and `\(…\)`
 * in a paragraph (see `math-syntax.ts`), rendered by KaTeX at build time.
 *
 * The renderer writes a placeholder for each formula and `Formulas.restore` puts KaTeX's markup in last, after the
 * sanitizer: KaTeX's HTML lives on `style` attributes and MathML elements that raw HTML in a post may not use, so
 * the sanitizer never sees it and its allowlist stays as narrow as it is. The placeholder holds a random key made
 * for each renderer, so no text in a post can stand for a formula; it never reaches the output.
 */
import { randomBytes } from 'node:crypto';
import type { MarkedExtension, Tokens } from 'marked';
import { escapeHtml } from './escape.ts';
import { renderTex } from './math.ts';
import { matchInlineMath, matchMathBlock } from './math-syntax.ts';

interface Formula {
  /** What the reader sees: KaTeX's markup, or the formula as written, as code, when KaTeX cannot render it. */
  html: string;
  /** A formula in a line of text (not display math). */
  inline: boolean;
  /** The TeX, for plain text (excerpts, heading text). */
  text: string;
}

export interface MathToken extends Tokens.Generic {
  type: 'mathBlock' | 'mathInline';
  tex: string;
  display: boolean;
}

/** A post's formulas while it renders: each formula's placeholder, and the formulas put back in its place. */
export class Formulas {
  private readonly key = `m${randomBytes(8).toString('hex')}x`;
  /** The placeholder, and the punctuation right after it. */
  private readonly pattern = new RegExp(`${this.key}(\\d+)${this.key}([,.;:!?)\\]]*)`, 'g');
  private list: Formula[] = [];
  /** Formulas already rendered in this post (an excerpt renders its paragraph twice). */
  private byTex = new Map<string, number>();

  /** Starts a new post. */
  reset(): void {
    this.list = [];
    this.byTex = new Map();
  }

  get count(): number {
    return this.list.length;
  }

  /** Renders a formula and returns its placeholder; `raw` is the formula as written, shown when it fails. */
  add(tex: string, display: boolean, block: boolean, raw: string): string {
    const id = `${display ? 'd' : 'i'}${block ? 'b' : ''}${tex}`;
    let n = this.byTex.get(id);
    if (n === undefined) {
      n = this.list.length;
      const text = tex.trim();
      this.list.push({ html: formulaHtml(tex, display, block, raw, text), inline: !display, text });
      this.byTex.set(id, n);
    }
    return `${this.key}${n}${this.key}`;
  }

  /** `html` with each placeholder replaced by its formula's markup (`html`) or TeX, escaped (`text`). */
  restore(html: string, as: 'html' | 'text'): string {
    if (this.list.length === 0 || !html.includes(this.key)) return html;
    return html.replace(this.pattern, (_, n: string, punctuation: string) => {
      const formula = this.list[Number(n)]!;
      if (as === 'text') return escapeHtml(formula.text) + punctuation;
      // Browsers may break a line between KaTeX's boxes and the comma after them ("L(G,D)" / ", let us"):
      // the formula and its punctuation are kept on one line.
      return punctuation && formula.inline
        ? `<span class="math-nowrap">${formula.html}${punctuation}</span>`
        : formula.html + punctuation;
    });
  }
}

/** KaTeX's markup opens with its outer span: `katex`, or `katex-display` around it for display math. */
const KATEX_OPEN = /^<span class="katex(?:-display)?"/;
const SEARCH_TEXT_OPEN = '<span class="math-text" hidden>';

/**
 * A formula's markup. Display math sits in a box of its own that scrolls sideways when the formula is wider than
 * the page (a phone), reachable by keyboard like a code block.
 *
 * Search (Pagefind) indexes the formula once, as its TeX (what excerpts and heading text show too), from a hidden
 * span: KaTeX writes each formula three times over (MathML, its TeX, the visible glyphs), which reads as
 * `x2x^2x2`, so its markup is left out with `data-pagefind-ignore="all"`. Plain `data-pagefind-ignore` is not
 * enough: Pagefind still takes the text of nested elements into a heading's sub-result title ("The sum ∑i=1n​i"),
 * and it never takes MathML's text there, so without the TeX the title would lose the formula.
 */
function formulaHtml(tex: string, display: boolean, block: boolean, raw: string, text: string): string {
  const rendered = renderTex(tex, display);
  if ('error' in rendered) {
    // The formula as written, so the page loses nothing; the lint rule `body/math` says what is wrong.
    const code = `<code class="math-error">${escapeHtml(raw)}</code>`;
    return block ? `<pre class="math-error">${code}</pre>\n` : code;
  }
  const inner = `${rendered.html.replace(KATEX_OPEN, '$& data-pagefind-ignore="all"')}${SEARCH_TEXT_OPEN}${escapeHtml(text)}</span>`;
  if (block) return `<div class="math math-display" tabindex="0">${inner}</div>\n`;
  const cls = display ? 'math math-display' : 'math math-inline';
  return `<span class="${cls}">${inner}</span>`;
}

const INLINE_START = /\$|\\\(/;
const BLOCK_START = /^ {0,3}(?:\$\$|\\\[)/m;
const BLANK_LINE = /\n[ \t]*\n/;

/** The extension, writing placeholders into `formulas`. */
export function mathExtension(formulas: Formulas): MarkedExtension {
  return {
    extensions: [
      {
        name: 'mathBlock',
        level: 'block',
        // marked asks on each paragraph, with the rest of the post: only the paragraph's lines matter (a
        // formula there ends it), and searching past them made every post with a `$` 40% slower to render.
        start: (src) => {
          const blank = src.search(BLANK_LINE);
          return (blank < 0 ? src : src.slice(0, blank)).match(BLOCK_START)?.index;
        },
        tokenizer(src): MathToken | undefined {
          const m = matchMathBlock(src, 0);
          if (!m) return undefined;
          return { type: 'mathBlock', raw: src.slice(0, m.end), tex: m.tex, display: true };
        },
        renderer(token) {
          const { tex, raw } = token as MathToken;
          return formulas.add(tex, true, true, raw.trim());
        },
      },
      {
        name: 'mathInline',
        level: 'inline',
        start: (src) => src.match(INLINE_START)?.index,
        tokenizer(src): MathToken | undefined {
          const m = matchInlineMath(src, 0, src.length);
          if (!m) return undefined;
          return { type: 'mathInline', raw: src.slice(0, m.end), tex: m.tex, display: m.display };
        },
        renderer(token) {
          const { tex, display, raw } = token as MathToken;
          return formulas.add(tex, display, false, raw);
        },
      },
    ],
  };
}

/** A ```` ```math ```` fence (GitHub's way to write display math): its placeholder. */
export function mathFence(formulas: Formulas, tex: string, raw: string): string {
  return formulas.add(tex, true, true, raw);
}

const KATEX_HTML = '<span class="katex-html" aria-hidden="true">';
/** What a feed leaves out of each formula: KaTeX's HTML half, and the TeX written for search. */
const FOR_THE_PAGE = new RegExp(`${KATEX_HTML}|${SEARCH_TEXT_OPEN}`, 'g');
const SPAN_TAG = /<span\b[^>]*>|<\/span>/g;

/**
 * The HTML with each formula's MathML alone, for feed readers: they load no stylesheet, so KaTeX's HTML half
 * (aria-hidden, for the eye) would show the formula a second time, as loose letters; and a reader that drops
 * the `hidden` attribute would show its TeX (written for search) a third time.
 */
export function mathmlOnly(html: string): string {
  if (!html.includes(KATEX_HTML)) return html;
  let out = '';
  let from = 0;
  FOR_THE_PAGE.lastIndex = 0;
  for (let m = FOR_THE_PAGE.exec(html); m; m = FOR_THE_PAGE.exec(html)) {
    const at = m.index;
    out += html.slice(from, at);
    // The spans are balanced: the part ends where its own span closes.
    let depth = 0;
    SPAN_TAG.lastIndex = at;
    for (let tag = SPAN_TAG.exec(html); tag; tag = SPAN_TAG.exec(html)) {
      depth += tag[0] === '</span>' ? -1 : 1;
      if (depth === 0) break;
    }
    from = depth === 0 ? SPAN_TAG.lastIndex : html.length;
    FOR_THE_PAGE.lastIndex = from;
  }
  return out + html.slice(from);
}
