/** @fileoverview `<script>` and `<iframe>` embeds are removed from pages unless `markdown.allowHtml`: say so. */
import type { Rule } from '../rule.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const EMBED = /<(script|iframe)\b[^>]*>/gi;

export const scriptEmbed: Rule = {
  id: 'content/script-embed',
  meta: {
    description: 'no `<script>`/`<iframe>` embeds that the sanitizer will remove',
    severity: 'warning',
  },
  checkPost({ post, config, report }) {
    if (config.markdown.allowHtml) return;
    let offset = post.bodyOffset;
    let inFence = false;
    for (const line of post.body.split('\n')) {
      if (FENCE.test(line)) inFence = !inFence;
      else if (!inFence) {
        const visible = line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
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
