/**
 * @fileoverview Markdown shapes that make the parser's time grow faster than the text (deep lists, thousands of
 * emphasis or `<` delimiters in one paragraph or list item, thousands of footnotes in one post) are refused at
 * their line, so any post renders in linear time.
 */
import { codeFences } from '../code-fences.ts';
import type { Rule } from '../rule.ts';

/** Lists nested deeper than this are refused (300 levels took 10 s, 2,500 ran out of memory). */
export const MAX_LIST_DEPTH = 64;
/** `_` and `*` in one paragraph: marked's emphasis matching is quadratic in them (120 KB of `_a`: 14 s). */
export const MAX_EMPHASIS_MARKS = 1000;
/** `<` in one paragraph (outside code spans' fences): each one starts a tag or autolink scan. */
export const MAX_ANGLE_BRACKETS = 5000;
/**
 * `[^` (footnote references and definitions) in one post. marked-footnote looks each reference's label up in
 * a list of every definition, so its time is references × definitions (20,000 footnotes: 4.6 s, 40,000: 18 s),
 * and each reference to one note adds a back-link to its entry (100,000 `[^1]`: a 22 MB page, a 40 MB feed).
 */
export const MAX_FOOTNOTE_MARKS = 5000;

/** A link reference definition's label, and its destination when on the same line (`[x]: https://…`). */
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.){1,999}\]:[ \t]*(\S*)/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

interface Limit {
  offset: number;
  end: number;
  message: string;
  hint: string;
}

/** The first limit a body breaks, or undefined; one linear pass over its lines. */
export function findMarkdownLimit(body: string): Limit | undefined {
  // The one fence tracker: a ``` line with an info string inside a block is code and closes nothing.
  const fences = codeFences();
  const indents: number[] = [];
  let emphasis = 0;
  let angles = 0;
  let footnotes = 0;
  let paragraphStart = 0;
  // A link reference definition is no paragraph (its URL is never read for emphasis), but one cannot
  // interrupt a paragraph: it is one only where a paragraph could start.
  let inParagraph = false;
  let destinationNext = false;
  let at = 0;
  while (at <= body.length) {
    const next = body.indexOf('\n', at);
    const end = next < 0 ? body.length : next;
    const line = body.slice(at, end);
    const prose = fences(line) === 'prose';
    if (prose) {
      for (let i = line.indexOf('[^'); i >= 0; i = line.indexOf('[^', i + 2)) footnotes++;
      if (footnotes > MAX_FOOTNOTE_MARKS)
        return {
          offset: at,
          end,
          // The line where the count passes the limit (one line may hold thousands).
          message: `Unexpected footnote \`[^…]\` past the ${MAX_FOOTNOTE_MARKS.toLocaleString('en')}th in one post, expected at most ${MAX_FOOTNOTE_MARKS.toLocaleString('en')} references and definitions`,
          hint: 'Cite a note once where it matters rather than at every mention, or split the post.',
        };
    }
    if (!prose) {
      // Code, or the fence that opens or closes it: no paragraph's text.
    } else if (line.trim() === '') {
      emphasis = 0;
      angles = 0;
      paragraphStart = end + 1;
      inParagraph = false;
      destinationNext = false;
    } else if (destinationNext && /^[ \t]*\S+[ \t]*$/.test(line)) {
      // The destination of the definition above (otelbin.io links of 16 kB, thousands of `*` and `_`).
      destinationNext = false;
    } else if (!inParagraph && DEFINITION.test(line)) {
      destinationNext = DEFINITION.exec(line)![1] === '';
    } else {
      inParagraph = true;
      destinationNext = false;
      const item = LIST_ITEM.exec(line);
      // Each list item is parsed apart (its marks never pair with another item's), like a paragraph.
      if (item) {
        emphasis = 0;
        angles = 0;
      }
      if (emphasis === 0 && angles === 0) paragraphStart = at;
      const indent = item ? columns(item[1]!) : columns(/^[ \t]*/.exec(line)![0]);
      if (item) {
        while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > MAX_LIST_DEPTH)
          return {
            offset: at,
            end,
            message: `Unexpected list nested ${indents.length} deep, expected at most ${MAX_LIST_DEPTH}`,
            hint: 'Flatten the list; deeper nesting cannot be rendered in reasonable time.',
          };
      } else if (indent === 0) indents.length = 0;
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 95 || c === 42) emphasis++;
        else if (c === 60) angles++;
      }
      if (emphasis > MAX_EMPHASIS_MARKS || angles > MAX_ANGLE_BRACKETS) {
        const what =
          emphasis > MAX_EMPHASIS_MARKS
            ? `${emphasis} \`_\`/\`*\` marks in one paragraph, expected at most ${MAX_EMPHASIS_MARKS}`
            : `${angles} \`<\` in one paragraph, expected at most ${MAX_ANGLE_BRACKETS}`;
        return {
          offset: paragraphStart,
          end,
          message: `Unexpected ${what}`,
          hint: 'Put it in a fenced code block (```), or split the paragraph with blank lines.',
        };
      }
    }
    if (next < 0) break;
    at = next + 1;
  }
  return undefined;
}

/** Leading whitespace width, a tab to the next multiple of 4 (CommonMark). */
function columns(space: string): number {
  let n = 0;
  for (const c of space) n = c === '\t' ? n + 4 - (n % 4) : n + 1;
  return n;
}

export const bodyMarkdownLimits: Rule = {
  id: 'body/markdown-limits',
  meta: {
    description: `lists nest at most ${MAX_LIST_DEPTH} deep; a paragraph has at most ${MAX_EMPHASIS_MARKS} \`_\`/\`*\` and ${MAX_ANGLE_BRACKETS} \`<\`; a post at most ${MAX_FOOTNOTE_MARKS} footnote \`[^…]\` (cannot be turned off)`,
    severity: 'error',
    essential: true,
  },
  checkPost({ post, report }) {
    const limit = findMarkdownLimit(post.body);
    if (!limit) return;
    report({
      message: limit.message,
      hint: limit.hint,
      span: {
        offset: post.bodyOffset + limit.offset,
        end: post.bodyOffset + Math.min(limit.end, limit.offset + 200),
      },
    });
  },
};
