/**
 * @fileoverview Raw HTML the sanitizer removes without a word: a `<form>`, `<style>`, `<object>` or `<center>`
 * pasted into a post, a drawing element (`<circle>`) outside an `<svg>`, an `onclick` handler, or text that
 * reads as a tag (`List<String>` outside backticks). `<script>` and `<iframe>` are `content/script-embed`'s.
 */
import { inlineSvg } from '../../render/inline-svg.ts';
import { keptHtml } from '../../render/sanitize.ts';
import type { BodyLink } from '../body/scan-body.ts';
import type { Rule } from '../rule.ts';

/** Drawing elements, kept inside an `<svg>` only (`inline-svg.ts` unwraps them elsewhere). */
const SVG_ONLY = new Set(inlineSvg.tags.map((tag) => tag.toLowerCase()).filter((tag) => tag !== 'svg'));

const EMBEDS = new Set(['script', 'iframe']);
const HANDLER = /(^|\s)(on[a-z]+)\s*=/gi;

export const removedHtml: Rule = {
  id: 'content/removed-html',
  meta: {
    description:
      'no raw HTML tags or `on…` handlers that the sanitizer removes (unless `markdown.allowHtml`)',
    severity: 'warning',
  },
  checkPost({ config, report, body }) {
    if (config.markdown.allowHtml) return;
    const { tags, links } = body();
    if (tags.length === 0) return;
    const kept = keptHtml();
    // The first of each tag name, with how many more: a post of 40 `<font>` tags gets one line, not 40.
    const removed = new Map<string, { at: (typeof tags)[number]; count: number }>();
    const stray = new Map<string, { at: (typeof tags)[number]; count: number }>();
    for (const tag of tags) {
      const name = tag.name.toLowerCase();
      // Removed with the element around it, which is reported.
      if (tag.droppedIn) continue;
      if (SVG_ONLY.has(name) && !tag.inSvg) {
        const seen = stray.get(name);
        if (seen) seen.count++;
        else stray.set(name, { at: tag, count: 1 });
      } else if (kept.tags.has(name)) {
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
        !(name === 'style' && tag.inSvg)
      ) {
        const seen = removed.get(name);
        if (seen) seen.count++;
        else removed.set(name, { at: tag, count: 1 });
      }
    }
    for (const [, { at, count }] of stray) {
      const more = count > 1 ? ` (${count} in this post)` : '';
      report({
        message: `Unexpected \`<${at.name}>\` tag outside an \`<svg>\`, it is removed from the page${more}`,
        hint: `A drawing element is kept inside \`<svg>…</svg>\` only: put it in one, or remove it.`,
        span: { offset: at.offset, end: at.end },
      });
    }
    for (const [name, { at, count }] of removed) {
      const what = kept.dropsContent.has(name) ? `, with what it holds${heldImages(links, at.name)}` : '';
      const more = count > 1 ? ` (${count} in this post)` : '';
      report({
        message: `Unexpected \`<${at.name}>\` tag, it is removed from the page${what}${more}`,
        hint: 'Meant as text (`List<String>`)? Put it in backticks or write `&lt;`. Else use Markdown, or set `"markdown": { "allowHtml": true }` if you trust every post.',
        span: { offset: at.offset, end: at.end },
      });
    }
  },
};

/** ` (the image `a.png`)`: the images removed with an element, which `body/missing-image` leaves to this rule. */
function heldImages(links: readonly BodyLink[], name: string): string {
  const images = links.filter((link) => link.kind === 'image' && link.droppedIn === name);
  if (images.length === 0) return '';
  const more = images.length > 1 ? ` and ${images.length - 1} more` : '';
  return ` (the image \`${images[0]!.url}\`${more})`;
}
