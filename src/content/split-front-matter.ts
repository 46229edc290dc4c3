/** @fileoverview The one place that finds a post's front-matter block: BOM, `---` or `---json`, LF or CRLF line ends. */

export interface FrontMatterBlock {
  /** The language written after the opening dashes (`json` in `---json`), lower-cased; `yaml` when none. */
  language: string;
  /** Offset of the first character of the front-matter source (the line after the opening `---`). */
  sourceStart: number;
  /** Offset where the closing `---` line starts (the end of the text when it is never closed). */
  sourceEnd: number;
  /** Offset where the body starts: after the closing line and its line end. */
  bodyStart: number;
  /** False when no closing `---` line was found: the whole rest of the file is front-matter. */
  closed: boolean;
}

/**
 * A closing line: three dashes, optional trailing blanks, then a line end (`\n` or `\r\n`) or the end of the text.
 * YAML's document end `...` closes it too, as in Jekyll and Pandoc: a `...` line at the start of a line can be
 * nothing else inside YAML, and imported posts closed so were "Missing the closing `---`".
 */
const CLOSING = /\n(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/g;

/**
 * Finds the front-matter block at the top of a text, or null when the text does not start with one.
 * A byte-order mark before the opening line is allowed; `----` (a Markdown rule) is not an opener.
 * Every reader (posts, `blog new`, `blog import`) goes through here, so a Windows checkout reads the same.
 */
export function splitFrontMatter(text: string): FrontMatterBlock | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start) || text[start + 3] === '-') return null;
  const openerEnd = text.indexOf('\n', start + 3);
  const opener = text.slice(start + 3, openerEnd < 0 ? text.length : openerEnd);
  const language = opener.trim().toLowerCase() || 'yaml';
  if (openerEnd < 0)
    return {
      language,
      sourceStart: text.length,
      sourceEnd: text.length,
      bodyStart: text.length,
      closed: false,
    };
  const sourceStart = openerEnd + 1;
  // Search from the opener's own `\n`, so an empty block (`---\n---`) closes on the very next line.
  CLOSING.lastIndex = openerEnd;
  const close = CLOSING.exec(text);
  if (!close) return { language, sourceStart, sourceEnd: text.length, bodyStart: text.length, closed: false };
  const lineEnd = close.index + close[0].length;
  return {
    language,
    sourceStart,
    sourceEnd: close.index + 1,
    bodyStart: text[lineEnd] === '\n' ? lineEnd + 1 : lineEnd,
    closed: true,
  };
}

/**
 * Hexo's front-matter with only its closing `---`: `key: value` lines (with indented or `- ` continuations) at
 * the very top. Returns the offset where the closing line starts and where the body starts, or null.
 */
export function splitOpenerless(text: string): { sourceEnd: number; bodyStart: number } | null {
  const match = /^(?:[A-Za-z_][\w-]*:.*\n(?:[ \t]+.*\n|-[ \t].*\n)*)+(---[ \t]*\r?)(?:\n|$)/.exec(text);
  if (!match) return null;
  const sourceEnd = match[0].length - match[1]!.length - (match[0].endsWith('\n') ? 1 : 0);
  return { sourceEnd, bodyStart: match[0].length };
}

/** The line end a text uses (its first one), so edits can keep a Windows file CRLF throughout. */
export function lineEndOf(text: string): '\n' | '\r\n' {
  const at = text.indexOf('\n');
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}
