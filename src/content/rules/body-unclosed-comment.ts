/**
 * @fileoverview An HTML comment opened and never closed hides the rest of the post: the page ended at
 * "First paragraph." and lint said "No problems". Name the `<!--` instead.
 */
import { blankCodeSpans, codeFences } from '../code-fences.ts';
import type { Rule } from '../rule.ts';

/** A line's list and quote markers and indentation (`> - `), before what the line holds. */
const CONTAINER_MARKERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;

/**
 * The offset in `body` of a `<!--` that nothing closes and that the page treats as a comment, or undefined.
 * Outside fenced code and code spans; once a comment is open, everything up to `-->` is in it (fences too, as in
 * CommonMark's HTML blocks). A `<!--` after text on its line is shown as text (`a <!-- b`), so it hides nothing.
 */
export function findUnclosedComment(body: string): number | undefined {
  const fences = codeFences();
  let open: number | undefined;
  let offset = 0;
  for (const line of body.split('\n')) {
    let from = 0;
    let visible = line;
    if (open === undefined && fences(line) !== 'prose') from = line.length;
    // Code spans hide what they hold (same length, so columns stay right).
    else if (open === undefined) visible = blankCodeSpans(line);
    while (from < line.length) {
      if (open === undefined) {
        const at = visible.indexOf('<!--', from);
        if (at < 0) break;
        // `<!-->` and `<!--->` are whole (empty) comments.
        const empty = /^<!---?>/.exec(visible.slice(at))?.[0];
        if (empty) {
          from = at + empty.length;
          continue;
        }
        open = offset + at;
        from = at + 4;
      } else {
        const close = line.indexOf('-->', from);
        if (close < 0) break;
        open = undefined;
        from = close + 3;
      }
    }
    offset += line.length + 1;
  }
  if (open === undefined) return undefined;
  const lineStart = body.lastIndexOf('\n', open - 1) + 1;
  const before = body.slice(lineStart, open).replace(CONTAINER_MARKERS, '');
  return before === '' || before.startsWith('<') ? open : undefined;
}

export const bodyUnclosedComment: Rule = {
  id: 'body/unclosed-comment',
  meta: {
    description: 'every HTML comment (`<!--`) is closed (`-->`): one left open hides the rest of the post',
    severity: 'error',
  },
  checkPost({ post, report }) {
    if (!post.body.includes('<!--')) return;
    const at = findUnclosedComment(post.body);
    if (at === undefined) return;
    const offset = post.bodyOffset + at;
    report({
      message: 'Unexpected `<!--` that is never closed: everything after it is left off the page',
      hint: 'Close the comment with `-->` where the hidden part ends, or write `&lt;!--` to show it as text.',
      span: { offset, end: offset + 4 },
    });
  },
};
