/** @fileoverview `<script>` and `<iframe>` embeds are removed from pages unless `markdown.allowHtml`: say so. */
import { blankCodeSpans, codeFences } from '../code-fences.ts';
import type { Rule } from '../rule.ts';

const EMBED = /<(script|iframe)\b[^>]*>/gi;

export const scriptEmbed: Rule = {
  id: 'content/script-embed',
  meta: {
    description: 'no `<script>`/`<iframe>` embeds that the sanitizer will remove',
    severity: 'warning',
  },
  checkPost({ post, config, report }) {
    // Most posts have no embed at all: one search of the body spares them the line-by-line scan.
    if (config.markdown.allowHtml || !/<(script|iframe)\b/i.test(post.body)) return;
    let offset = post.bodyOffset;
    // The one fence tracker: a ``` line inside a ```` block, or a ``` under a ~~~, is code and closes nothing.
    const fences = codeFences({ indented: true });
    for (const line of post.body.split('\n')) {
      if (fences(line) === 'prose') {
        const visible = blankCodeSpans(line);
        for (const m of visible.matchAll(EMBED)) {
          report({
            message: `Unexpected \`<${m[1]!.toLowerCase()}>\` embed, it is removed from the page`,
            hint: 'Link to the content instead, or set `"markdown": { "allowHtml": true }` if you trust every post.',
            span: { offset: offset + m.index, end: offset + m.index + m[0].length },
          });
        }
      }
      offset += line.length + 1;
    }
  },
};
