/** @fileoverview Markdown to HTML with marked: heading anchors, highlighted code, safe links, sanitized raw HTML. */

import GithubSlugger from 'github-slugger';
import { Marked, type MarkedExtension, Renderer, type Token, type Tokens } from 'marked';
import markedAlert from 'marked-alert';
import { scanBody } from '../content/body/scan-body.ts';
import { dirAutoIfRightToLeft } from '../util/text-direction.ts';
import { escapeHtml, htmlToText, withoutForbidden } from './escape.ts';
import { footnotesExtension } from './footnotes.ts';
import { adjustHeadings, type HeadingToken } from './heading-levels.ts';
import { highlighterFor } from './highlighter.ts';
import { Formulas, type MathToken, mathExtension, mathFence } from './math-extension.ts';
import { imgSources } from './picture.ts';
import { isSafeUrl, sanitize } from './sanitize.ts';
import { type ThemeStringOverrides, type ThemeStrings, themeStrings } from './theme-strings.ts';

export interface RenderedMarkdown {
  html: string;
  /** The part before `<!-- more -->`, or the first paragraph, as HTML. */
  excerptHtml: string;
  excerptText: string;
  /** Plain words, for reading time and related-posts text. */
  wordCount: number;
  /** The HTML's size in UTF-8 bytes (without reading it back from the cache): how much the search index reads. */
  htmlBytes: number;
  headings: { depth: number; id: string; text: string }[];
  /** Every `<img src>` of the HTML: the images stage reads these, not a cached post's HTML. */
  images: string[];
  /** The HTML holds a formula rendered by KaTeX: its page loads KaTeX's stylesheet. */
  math: boolean;
}

export interface MarkdownOptions {
  /** Keep raw HTML as written (embeds); otherwise it goes through the allowlist sanitizer. */
  allowHtml: boolean;
  /** The site's language and the config's `strings`: the words a post's footnotes and alerts get. English without. */
  language?: string;
  strings?: ThemeStringOverrides;
}

/** Rewrites a link or image URL (relative `.md` links to permalinks, root-relative URLs under the base path). */
export type ResolveUrl = (url: string) => string;

const MORE = /<!--\s*more\s*-->/i;

/**
 * GitHub's five alert types, each titled as GitHub titles it (in the site's language), with no inline icon (the
 * theme's CSS draws it).
 */
const ALERTS = {
  note: 'alertNote',
  tip: 'alertTip',
  important: 'alertImportant',
  warning: 'alertWarning',
  caution: 'alertCaution',
} as const;
const alertVariants = (t: ThemeStrings['t']) =>
  Object.entries(ALERTS).map(([type, id]) => ({ type, icon: '', title: escapeHtml(t(id)) }));
const ALERT_MARK = /^\[!(note|tip|important|warning|caution)\]/i;

/**
 * GitHub reads an alert's marker in any case (`> [!note]`, as Obsidian writes it); the extension only in
 * capitals. Runs before the extension's own `walkTokens` (marked runs the last added first).
 */
const alertMarksInCapitals: MarkedExtension = {
  walkTokens(token) {
    if (token.type !== 'blockquote' || !ALERT_MARK.test(token.text)) return;
    const upper = (text: string) => text.replace(ALERT_MARK, (mark) => mark.toUpperCase());
    token.text = upper(token.text);
    const first = token.tokens?.[0];
    if (first?.type !== 'paragraph') return;
    first.raw = upper(first.raw);
    const inline = first.tokens?.[0];
    if (inline && 'text' in inline) {
      inline.raw = upper(inline.raw);
      inline.text = upper(inline.text);
    }
  },
};

/**
 * The `#` link the heading renderer puts in each heading, for readers who want a section's URL. The search
 * index leaves it out (`data-pagefind-ignore`): search results showed it as "#Keep the Office Secure".
 */
const headingAnchor = (id: string) =>
  `<a class="anchor" href="#${escapeHtml(id)}" aria-hidden="true" tabindex="-1" data-pagefind-ignore>#</a>`;
const HEADING_ANCHOR =
  /<a class="anchor" href="#[^"<>]*" aria-hidden="true" tabindex="-1" data-pagefind-ignore>#<\/a>/g;

/** The HTML without the headings' `#` links (a feed reader shows them as a stray `#`). */
export function stripHeadingAnchors(html: string): string {
  return html.replace(HEADING_ANCHOR, '');
}

/** The first word of a fence's info string: `rust,ignore` and `js title="x"` name `rust` and `js`. */
function languageOf(info: string | undefined): string {
  return (info ?? '')
    .trim()
    .split(/[\s,{]/)[0]!
    .toLowerCase();
}

/**
 * A code block's title from its info string, as Docusaurus, Astro and Expressive Code write it
 * (`js title="app.js"`, `title='app.js'`, `title=app.js`) or VitePress does (`js [app.js]`).
 */
export function titleOf(info: string | undefined): string | undefined {
  const m = /(?:^|[\s{,])title=(?:"([^"]*)"|'([^']*)'|([^\s}]+))|(?:^|\s)\[([^\]]+)\]/.exec(info ?? '');
  const title = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4])?.trim();
  return title || undefined;
}

/**
 * The lines of a code block its info string marks to stand out, from 1: `{1,3-4}` as Docusaurus and Astro write
 * it (`js{1,3-4}` in VitePress), Hugo's `{hl_lines=[2,"4-5"]}` or `hl_lines="2 4-5"`. Lines past `lines` are ignored.
 */
export function markedLinesOf(info: string | undefined, lines: number): Set<number> {
  const text = info ?? '';
  const spec =
    /(?:^|[\s{,])hl_lines=(\[[^\]]*\]|"[^"]*"|'[^']*'|[\d-]+)/.exec(text)?.[1] ??
    /\{([\d\s,-]+)\}/.exec(text)?.[1];
  const marked = new Set<number>();
  for (const m of spec?.matchAll(/(\d+)(?:\s*-\s*(\d+))?/g) ?? []) {
    const from = Number(m[1]);
    const to = Math.min(m[2] ? Number(m[2]) : from, lines);
    for (let n = Math.max(from, 1); n <= to; n++) marked.add(n);
  }
  return marked;
}

/**
 * Highlighted HTML as lines: a span that runs across a line break (a comment, a string) is closed at the end of
 * the line and opened again on the next, so that each line stands on its own.
 */
function htmlLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line = '';
  let from = 0;
  for (const m of html.matchAll(/<span\b[^>]*>|<\/span>|\n/g)) {
    line += html.slice(from, m.index);
    from = m.index + m[0].length;
    if (m[0] === '\n') {
      lines.push(line + '</span>'.repeat(open.length));
      line = open.join('');
    } else {
      if (m[0] === '</span>') open.pop();
      else open.push(m[0]);
      line += m[0];
    }
  }
  lines.push(line + html.slice(from));
  return lines;
}

export function highlight(code: string, info: string | undefined): string {
  const lang = languageOf(info);
  // highlight.js and the fence's language are loaded when first needed (`highlighter.ts`).
  const hljs = lang ? highlighterFor(lang) : undefined;
  const known = hljs ? lang : '';
  let body = (
    known ? hljs!.highlight(code, { language: known, ignoreIllegals: true }).value : escapeHtml(code)
  ).replace(/\n$/, '');
  const cls = known ? `hljs language-${known}` : lang ? `hljs language-${escapeHtml(lang)}` : 'hljs';
  // Lines marked to stand out (`{2,4-5}`): each a block of its own, its line break inside it.
  // Split into lines only for a fence that may mark some: most code blocks have none.
  const lines = info?.includes('{') || info?.includes('hl_lines') ? htmlLines(body) : undefined;
  const marked = lines && markedLinesOf(info, lines.length);
  if (lines && marked?.size)
    body = lines
      .map((line, i) =>
        marked.has(i + 1)
          ? `<mark class="code-line">${line}\n</mark>`
          : i < lines.length - 1
            ? `${line}\n`
            : line,
      )
      .join('');
  // Long lines scroll sideways; tabindex lets keyboard users reach and scroll them (WCAG 2.1.1, axe).
  const preClass = marked?.size ? ' class="marked-lines"' : '';
  const pre = `<pre tabindex="0"${preClass}><code class="${cls}">${body}</code></pre>`;
  const title = titleOf(info);
  // A titled block is a figure, its title the caption (the file the code is from, usually).
  return title
    ? `<figure class="code-block"><figcaption>${escapeHtml(title)}</figcaption>${pre}</figure>\n`
    : `${pre}\n`;
}

/** The `href` of an `<a>` start tag in raw HTML, quoted. */
const A_HREF = /(<a\s(?:[^>"']|"[^"]*"|'[^']*')*?\bhref\s*=\s*)(["'])([^"']*)\2/gi;

/** The few entities an attribute's URL is written with (`&amp;`, `&#38;`, `&quot;`…). */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|quot|apos|lt|gt|#\d+|#x[\da-f]+);/gi, (m, name: string) => {
    const n = name.toLowerCase();
    if (n.startsWith('#')) {
      const code = n.startsWith('#x') ? Number.parseInt(n.slice(2), 16) : Number(n.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[n] ?? m;
  });
}

/** An image, or a link around nothing but one (a badge, a picture linked to its full size). */
function isPicture(token: Token): boolean {
  return (
    token.type === 'image' ||
    (token.type === 'link' &&
      (token as Tokens.Link).tokens.some(isPicture) &&
      (token as Tokens.Link).tokens.every((t) => isPicture(t) || isBlank(t)))
  );
}

/** Space or a line break between a paragraph's pictures. */
function isBlank(token: Token): boolean {
  return token.type === 'br' || (token.type === 'text' && !token.raw.trim());
}

/** The post may hold math (`$`, `\(`, `\[`; a `math` fence needs no extension). */
const MAYBE_MATH = /\$|\\[([]/;

/**
 * The post holds a formula outside code, as the lint's body scan finds them (the same rules): only then is the
 * math extension's instance used. An extension costs marked time on every token, and a `$` is in many posts
 * that have no math (`$ npm install`): a third more time for each of them, without this look first.
 */
const hasMath = (markdown: string) => MAYBE_MATH.test(markdown) && scanBody(markdown, 0).math.length > 0;

/** One marked instance per build; `render` is called once per post. */
export function createMarkdownRenderer(options: MarkdownOptions) {
  const { t } = themeStrings(options.language ?? 'en', options.strings);
  const formulas = new Formulas();
  let slugger = new GithubSlugger();
  let headings: RenderedMarkdown['headings'] = [];
  let usedIds = new Set<string>();
  let resolveUrl: ResolveUrl | undefined;
  const resolve = (url: string) => {
    if (!isSafeUrl(url)) return '#';
    return resolveUrl ? resolveUrl(url) : url;
  };

  const base: MarkedExtension = {
    gfm: true,
    renderer: {
      heading(token) {
        const { tokens, depth, customId } = token as HeadingToken;
        const inner = this.parser.parseInline(tokens);
        const text = htmlToText(formulas.restore(inner, 'text'));
        const id =
          customId && !usedIds.has(customId)
            ? customId
            : slugger.slug(text) || `section-${headings.length + 1}`;
        usedIds.add(id);
        headings.push({ depth, id, text });
        return `<h${depth} id="${escapeHtml(id)}"${dirAutoIfRightToLeft(text)}>${headingAnchor(id)}${inner}</h${depth}>\n`;
      },
      code({ text, lang }) {
        // GitHub's way to write display math.
        if (languageOf(lang) === 'math' && text.trim()) return mathFence(formulas, text, text);
        return highlight(text, lang);
      },
      // A paragraph that is one picture stands apart (the theme shows it as a block); a picture inside a
      // sentence (an icon) or in a row of them (badges) stays in its line. A paragraph in a right-to-left
      // script reads right to left even in a left-to-right blog (`dirAutoIfRightToLeft`).
      paragraph({ tokens }) {
        const inner = this.parser.parseInline(tokens);
        const lone = tokens.filter((t) => !isBlank(t));
        return lone.length === 1 && isPicture(lone[0]!)
          ? `<p class="picture">${inner}</p>\n`
          : `<p${dirAutoIfRightToLeft(inner)}>${inner}</p>\n`;
      },
      // A tight list's items hold their text without a paragraph: each gets its own direction too.
      listitem(item) {
        const html = Renderer.prototype.listitem.call(this, item);
        return item.loose ? html : html.replace(/^<li>/, `<li${dirAutoIfRightToLeft(item.text)}>`);
      },
      // A wide table scrolls sideways inside the column (the theme's CSS); tabindex lets keyboard users reach
      // and scroll it, as a code block's does (WCAG 2.1.1, axe's scrollable-region-focusable).
      table(token) {
        return Renderer.prototype.table.call(this, token).replace('<table>', '<table tabindex="0">');
      },
      link({ href, title, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const t = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a href="${escapeHtml(resolve(href))}"${t}>${inner}</a>`;
      },
      // Raw HTML's `<a href>` points where a Markdown link would (`./2018-05-01-firstpost.md`, `/x/` under
      // a base path), as the lint's link rule already judges it.
      html({ text }) {
        return /<a\s/i.test(text)
          ? text.replace(A_HREF, (whole: string, before: string, quote: string, url: string) =>
              url.trim() ? `${before}${quote}${escapeHtml(resolve(decodeEntities(url)))}${quote}` : whole,
            )
          : text;
      },
      image({ href, title, text }) {
        const t = title ? ` title="${escapeHtml(title)}"` : '';
        return `<img src="${escapeHtml(resolve(href))}" alt="${escapeHtml(text)}"${t} loading="lazy">`;
      },
    },
  };
  // Extensions only for the posts that can use them, each instance made on first use: footnotes (`[^1]`, as
  // Jekyll's kramdown, Hugo's goldmark and Hexo's plugins render them) cost about a third more lexing time, and
  // any `walkTokens` makes marked walk every token (alerts alone: 1.1 times the time of 1,000 posts).
  // GitHub's alerts (`> [!NOTE]` … `[!CAUTION]`) are a titled box: the theme draws each variant's icon
  // (`.markdown-alert-note` …), since the extension's inline SVGs would not pass the sanitizer.
  const instances = new Map<string, Marked>();
  const markedFor = (markdown: string): Marked => {
    const footnotes = markdown.includes('[^');
    const alerts = markdown.includes('[!');
    const math = hasMath(markdown);
    const key = `${footnotes}${alerts}${math}`;
    let instance = instances.get(key);
    if (!instance) {
      instance = new Marked(base);
      if (math) instance.use(mathExtension(formulas));
      if (alerts) instance.use(markedAlert({ variants: alertVariants(t) }), alertMarksInCapitals);
      if (footnotes) instance.use(footnotesExtension(t));
      instances.set(key, instance);
    }
    return instance;
  };
  let marked = markedFor('');
  /** Lexes like `marked.parse` does: extensions' `walkTokens` (footnotes move their list to the end there) run before parsing. */
  const lex = (src: string): Token[] => {
    const tokens = marked.lexer(src);
    const walk = marked.defaults.walkTokens;
    if (walk) marked.walkTokens(tokens, walk);
    adjustHeadings(tokens);
    return tokens;
  };

  function render(source: string, resolveLinks?: ResolveUrl): RenderedMarkdown {
    // A NUL or an escape sequence pasted from a terminal would be in the page's text as it is.
    const markdown = withoutForbidden(source);
    resolveUrl = resolveLinks;
    marked = markedFor(markdown);
    formulas.reset();
    const moreAt = markdown.search(MORE);
    let excerptHtml = '';
    // What the description, the feed summary and the search excerpt read: the excerpt's prose. Code above
    // `<!-- more -->` is shown on cards but read as a description it is `console.log("…")`.
    let proseHtml: string | undefined;
    if (moreAt >= 0) {
      const excerptTokens = lex(markdown.slice(0, moreAt));
      excerptHtml = marked.parser(excerptTokens);
      if (excerptTokens.some((t) => t.type === 'code'))
        proseHtml = marked.parser(excerptTokens.filter((t) => t.type !== 'code'));
    }
    // The excerpt's headings are not the page's: start the page's anchors afresh.
    slugger = new GithubSlugger();
    headings = [];
    usedIds = new Set();
    const tokens = lex(markdown);
    let hasHtml = false;
    marked.walkTokens(tokens, (t) => {
      if (t.type === 'html') hasHtml = true;
    });
    let html = marked.parser(tokens);
    // The first paragraph with words: a banner (`![](banner.png)` alone on the first line, common in imported
    // posts) left the post without a description, a feed summary or a card excerpt.
    const firstProse = () => {
      for (const t of tokens) {
        if (t.type !== 'paragraph') continue;
        const candidate = marked.parser([t]);
        if (htmlToText(formulas.restore(candidate, 'text')) !== '') return candidate;
      }
      return '';
    };
    if (moreAt < 0) excerptHtml = firstProse();
    let textHtml = excerptHtml;
    if (proseHtml !== undefined)
      textHtml = htmlToText(formulas.restore(proseHtml, 'text')) !== '' ? proseHtml : firstProse();
    if (hasHtml && !options.allowHtml) {
      const same = textHtml === excerptHtml;
      html = sanitize(html);
      excerptHtml = sanitize(excerptHtml);
      textHtml = same ? excerptHtml : sanitize(textHtml);
    }
    // Formulas go in after the sanitizer (see `math-extension.ts`); plain text shows their TeX.
    const excerptText = htmlToText(formulas.restore(textHtml, 'text'));
    if (formulas.count > 0) {
      html = formulas.restore(html, 'html');
      excerptHtml = formulas.restore(excerptHtml, 'html');
    }
    return {
      html,
      excerptHtml,
      excerptText,
      wordCount: countWords(tokens),
      htmlBytes: Buffer.byteLength(html),
      headings,
      images: /<img\b/i.test(html) ? imgSources(html) : [],
      math: formulas.count > 0 && html.includes('<span class="katex'),
    };
  }

  return function renderSafely(markdown: string, resolveLinks?: ResolveUrl): RenderedMarkdown {
    try {
      return render(markdown, resolveLinks);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      // Input nested deeper than the parser's stack (validation stops the known cases first): the page
      // still builds, showing the source as text rather than crashing the whole site.
      const html = `<pre>${escapeHtml(markdown)}</pre>\n`;
      return {
        html,
        excerptHtml: '',
        excerptText: '',
        wordCount: 0,
        htmlBytes: Buffer.byteLength(html),
        headings: [],
        images: [],
        math: false,
      };
    } finally {
      // Not kept past the call: the caller's resolver (and all it holds) is free to go.
      resolveUrl = undefined;
    }
  };
}

const WORD = /\S+/g;

/** Runs of non-space characters, counted without making an array of them. */
function wordsIn(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

function countWords(tokens: Token[]): number {
  let words = 0;
  const walk = (list: Token[]) => {
    for (const t of list) {
      if (t.type === 'code')
        words += t.text.split(/\s+/).length / 2; // code is skimmed, not read
      else if (t.type === 'mathBlock' || t.type === 'mathInline')
        words += (t as MathToken).tex.split(/\s+/).length / 2; // and so is a formula's TeX
      else if ('tokens' in t && t.tokens) walk(t.tokens);
      else if (t.type === 'list') for (const item of (t as Tokens.List).items) walk(item.tokens);
      else if ('text' in t && typeof t.text === 'string') words += wordsIn(t.text);
    }
  };
  walk(tokens);
  return Math.round(words);
}
