/**
 * @fileoverview Headings as the page needs them: Hugo's `## Title {#id}` and MDX's comment form of it (react.dev's
 * headings end in `{/` `*id*` `/}`, in `.md` files too) give the id (not shown as text), and a body with `#`
 * headings is shifted down one level, so the title stays the page's only `<h1>`.
 */
import type { Token, Tokens } from 'marked';

/** A heading token with the id its `{#id}` attribute asked for. */
export type HeadingToken = Tokens.Heading & { customId?: string };

// `{#id}`, optionally with classes or key=value pairs after it (`{#id .note}`), at the end of the heading;
// spaces inside the braces as Hugo's goldmark and markdown-it-attrs allow (v8.dev's `{ #do-nothing }`), and
// kramdown's `{: #id}`.
const ID_ATTRIBUTE = /[ \t]*\{(?::[ \t]*|[ \t]*)#([A-Za-z0-9_][\w:.-]*)(?:[ \t]+[^{}]*)?[ \t]*\}[ \t]*$/;
// MDX's comment form of a custom id, `{/*id*/}`, at the end of the heading. Markdown reads its `*id*` as
// emphasis, so it spans several inline tokens: it is cut from the heading's source, token by token.
const MDX_ID_COMMENT = /[ \t]*\{\/\*[ \t]*([A-Za-z0-9_][\w:.-]*)[ \t]*\*\/\}[ \t]*$/;
const RAW_HEADING = /<(\/?)h([1-5])(?=[\s>/])/gi;

/** Reads `{#id}` attributes (and MDX's comment form) and, when the body has a level-1 heading, shifts every heading down a level. */
export function adjustHeadings(tokens: Token[]): void {
  const headings: HeadingToken[] = [];
  const html: Tokens.HTML[] = [];
  collect(tokens, headings, html);
  let hasH1 = false;
  for (const heading of headings) {
    readIdAttribute(heading);
    if (heading.depth === 1) hasH1 = true;
  }
  if (!hasH1 && !html.some((t) => /<h1[\s>]/i.test(t.text))) return;
  for (const heading of headings) heading.depth = Math.min(heading.depth + 1, 6);
  for (const token of html) {
    token.text = token.text.replace(
      RAW_HEADING,
      (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
    );
    token.raw = token.text;
  }
}

function collect(tokens: Token[], headings: HeadingToken[], html: Tokens.HTML[]): void {
  for (const token of tokens) {
    if (token.type === 'heading') headings.push(token as HeadingToken);
    else if (token.type === 'html' && (token as Tokens.HTML).block) html.push(token as Tokens.HTML);
    if (token.type === 'list')
      for (const item of (token as Tokens.List).items) collect(item.tokens, headings, html);
    else if ('tokens' in token && token.tokens && token.type !== 'heading')
      collect(token.tokens, headings, html);
  }
}

function readIdAttribute(heading: HeadingToken): void {
  const comment = MDX_ID_COMMENT.exec(heading.text);
  if (comment && cutSuffix(heading, heading.text.length - comment.index)) {
    heading.customId = comment[1]!;
    heading.text = heading.text.slice(0, comment.index);
    return;
  }
  const last = heading.tokens.at(-1);
  if (last?.type !== 'text') return;
  const match = ID_ATTRIBUTE.exec(last.text);
  if (!match) return;
  heading.customId = match[1]!;
  last.text = last.text.slice(0, match.index);
  last.raw = last.raw.replace(ID_ATTRIBUTE, '');
  if ('tokens' in last && last.tokens) delete (last as { tokens?: Token[] }).tokens;
  heading.text = heading.text.replace(ID_ATTRIBUTE, '');
  if (last.text === '') heading.tokens.pop();
}

/**
 * Drops the last `length` characters of the heading's source from its inline tokens: whole tokens from the
 * end, then the tail of a plain text token. False, with nothing changed, when the cut would fall inside a
 * token that is not plain text (the suffix is then left as written).
 */
function cutSuffix(heading: HeadingToken, length: number): boolean {
  let left = length;
  let keep = heading.tokens.length;
  while (keep > 0 && left >= heading.tokens[keep - 1]!.raw.length) left -= heading.tokens[--keep]!.raw.length;
  const partial = left > 0 ? heading.tokens[keep - 1] : undefined;
  if (left > 0 && (partial?.type !== 'text' || partial.text !== partial.raw)) return false;
  heading.tokens.length = keep;
  if (partial && partial.type === 'text') {
    partial.raw = partial.raw.slice(0, -left).replace(/[ \t]+$/, '');
    partial.text = partial.raw;
    if ('tokens' in partial && partial.tokens) delete (partial as { tokens?: Token[] }).tokens;
    if (partial.raw === '') heading.tokens.pop();
  }
  return true;
}
