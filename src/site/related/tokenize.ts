/** @fileoverview Text → terms for related posts: plain text from Markdown, words, stop words out, light stemming. */
import { STOP_WORDS } from './stop-words.ts';
import { scanWords, WordTable } from './word-table.ts';

/**
 * The words of a Markdown body as plain text: fenced code, comments, HTML tags, link targets, bare URLs, inline
 * code and formulas out (`\frac`, `\sqrt` made every post with math look alike). One regular expression, not a
 * parser: the result only feeds word counts, and one pass over the text is three times faster than one per
 * construct. Formulas are bounded in length, so an unclosed `$$` costs no more than a short look ahead; a `$`
 * formula follows the renderer's rule roughly (no space inside the dollars, no digit after: prices stay words).
 */
export function plainText(markdown: string): string {
  return markdown.replace(MARKUP, ' ');
}

const MARKUP =
  /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$|<!--[\s\S]*?-->|<[^>\n]+>|\]\([^)\n]*\)|\bhttps?:\/\/\S+|`[^`\n]*`|\$\$[^$]{1,4000}\$\$|\\\[[\s\S]{1,4000}?\\\]|\\\([\s\S]{1,1000}?\\\)|\$(?=[^\s$])[^$]{0,1000}?[^\s\\$]\$(?!\d)|\$[^\s$\d]\$/gm;

/**
 * A light English stemmer: folds plurals and -ing/-ed/-e endings, so `restore`, `restores`, `restored` and
 * `restoring` meet at `restor`, `backups` at `backup`. Deliberately weaker than Porter's: it never merges
 * words of different meaning such as `policy` and `police`.
 */
export function stem(word: string): string {
  let w = word;
  const n = w.length;
  if (n <= 3) return w;
  if (w.endsWith('ies') && n > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:xes|zes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/** `running` → `runn` → `run`, but `install` keeps its `ll`. */
function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !/[lsz]/.test(w[n - 1]!)) return w.slice(0, -1);
  return w;
}

/** The term a lower-cased word stands for, or undefined for stop words, numbers and one-letter words. */
export function termOf(word: string): string | undefined {
  if (word.length < 2 || STOP_WORDS.has(word)) return undefined;
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return undefined;
  return stem(word);
}

/** The terms of `text`, in order (for tests; the index streams word ids with `scanWords`). */
export function tokenize(text: string): string[] {
  const table = new WordTable();
  const terms: string[] = [];
  scanWords(text, table, (id) => {
    const term = termOf(table.words[id]!);
    if (term !== undefined) terms.push(term);
  });
  return terms;
}
