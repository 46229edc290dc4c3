/**
 * @fileoverview Raw HTML the sanitizer removes without a word: a `<form>`, `<style>`, `<object>` or `<center>`
 * pasted into a post, an `onclick` handler, or text that reads as a tag (`List<String>` outside backticks).
 * `<script>` and `<iframe>` are `content/script-embed`'s.
 */
import { keptHtml } from '../../render/sanitize.ts';
import type { BodyTag } from '../body/scan-body.ts';
import type { Rule } from '../rule.ts';

const EMBEDS = new Set(['script', 'iframe']);
const HANDLER = /(^|\s)(on[a-z]+)\s*=/gi;

export const removedHtml: Rule = {
  id: 'content/removed-html',
  meta: {
    description:
      'no raw HTML tags or `on…` handlers that the sanitizer removes (unless `markdown.allowHtml`)',
    severity: 'warning',
  },
  checkPost({ post, config, report, body }) {
    if (config.markdown.allowHtml) return;
    const { tags } = body();
    if (tags.length === 0) return;
    const kept = keptHtml();
    // The first of each tag name, with how many more: a post of 40 `<font>` tags gets one line, not 40.
    const removed = new Map<string, { at: (typeof tags)[number]; count: number }>();
    for (const tag of tags) {
      const name = tag.name.toLowerCase();
      if (kept.tags.has(name)) {
        for (const m of tag.attributes.matchAll(HANDLER)) {
          const offset = tag.attributesAt + m.index + m[1]!.length;
          report({
            message: `Unexpected \`${m[2]}\` handler on \`<${name}>\`, it is removed from the page`,
            hint: 'Posts run no scripts: link to what it did instead, or set `"markdown": { "allowHtml": true }` if you trust every post.',
            span: { offset, end: offset + m[2]!.length },
          });
        }
      } else if (
        !EMBEDS.has(name) &&
        // A drawing's `<style>` is kept, its CSS cut down to rules for that drawing (`render/svg-style.ts`).
        !(name === 'style' && insideSvg(post.source.text, tags, tag))
      ) {
        const seen = removed.get(name);
        if (seen) seen.count++;
        else removed.set(name, { at: tag, count: 1 });
      }
    }
    for (const [name, { at, count }] of removed) {
      const what = kept.dropsContent.has(name) ? ', with what it holds' : '';
      const more = count > 1 ? ` (${count} in this post)` : '';
      report({
        message: `Unexpected \`<${at.name}>\` tag, it is removed from the page${what}${more}`,
        hint: 'Meant as text (`List<String>`)? Put it in backticks or write `&lt;`. Else use Markdown, or set `"markdown": { "allowHtml": true }` if you trust every post.',
        span: { offset: at.offset, end: at.end },
      });
    }
  },
};

/** Whether the tag stands after an `<svg>` start tag with no `</svg>` between them. */
function insideSvg(text: string, tags: readonly BodyTag[], tag: BodyTag): boolean {
  const svg = tags.findLast((t) => t.offset < tag.offset && t.name.toLowerCase() === 'svg');
  return svg !== undefined && !/<\/svg\s*>/i.test(text.slice(svg.end, tag.offset));
}
