/** @fileoverview Liquid tags and shortcodes left in a body are shown as written: point at each so a person tidies it. */
import type { Rule } from '../rule.ts';
import { findTemplateSyntax } from '../template-syntax.ts';

export const templateSyntax: Rule = {
  id: 'content/template-syntax',
  meta: { description: 'no Liquid tags or shortcodes left from another generator', severity: 'warning' },
  checkPost({ post, report }) {
    for (const mark of findTemplateSyntax(post.body)) {
      const what =
        mark.kind === 'shortcode'
          ? 'shortcode'
          : mark.kind === 'kramdown'
            ? 'kramdown attribute list'
            : mark.kind === 'container'
              ? 'markdown-it container'
              : 'Liquid';
      report({
        message: `Unexpected ${what} \`${mark.text}\`, it is shown as written (bodies are Markdown only)`,
        hint: hintFor(mark.text),
        span: { offset: post.bodyOffset + mark.offset, end: post.bodyOffset + mark.end },
      });
    }
  },
};

/** Container names that mean a note or a warning: each has a GitHub alert to be instead. */
const ADMONITION =
  /^:{3,}\s*(note|info|tip|hint|success|important|warning|warn|attention|caution|danger|error)\b/i;

function hintFor(text: string): string {
  if (text.startsWith(':::'))
    return ADMONITION.test(text)
      ? 'Write a GitHub alert instead: `> [!NOTE]` (or TIP, IMPORTANT, WARNING, CAUTION) on a line, then each line of the note after `> `.'
      : 'Delete the `:::` lines: they wrapped the content for the old theme, which shows without them (`blog import` removes them).';
  if (text.startsWith('{:'))
    return /^\{:\s*toc\s*\}$/.test(text)
      ? 'Delete it and the list item before it, and set `toc: true` in the front-matter: the table of contents goes on top of the page.'
      : "Delete it: it set the old theme's classes or attributes (`blog import jekyll` removes these).";
  if (/^\{%-?\s*(end)?highlight\b/.test(text)) return 'Use a fenced code block: ```ruby … ```.';
  if (/^\{%-?\s*(end)?raw\b/.test(text))
    return 'Delete the marker; nothing is run, so nothing needs escaping.';
  if (/^\{%-?\s*post_(url|link)\b/.test(text))
    return 'Link to the post file instead: [text](./2019-08-05-title.md).';
  if (/^\{\{[<%]\s*(figure|img)\b/.test(text)) return 'Use a Markdown image: ![caption](image.png).';
  if (/site\.(base)?url/.test(text))
    return 'Write the path itself (`/assets/x.png`); the base path is added for you.';
  return 'Rewrite it as Markdown or HTML; `blog import` converts the common ones.';
}
