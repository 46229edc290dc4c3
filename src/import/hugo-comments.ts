/** @fileoverview Hugo's `{{< comment >}}` … `{{< /comment >}}`, whose content Hugo never shows, into an HTML comment. */
import type { BodyConverter } from './convert-body.ts';

const COMMENT = /\{\{([<%])\s*comment\s*[>%]\}\}([\s\S]*?)\{\{[<%]\s*\/comment\s*[>%]\}\}/g;

/**
 * Hugo's built-in `comment` shortcode (opentelemetry.io's `{{% comment %}}` around a section not yet ready, or
 * `{{< comment >}} cSpell:disable {{< /comment >}}`): its content was hidden, so it becomes `<!-- … -->`,
 * hidden here too, the line count kept. One whose content would end the HTML comment early (`-->`), or that
 * opens inside a line and runs over a blank one (no HTML comment can), is left as written, and lint names it.
 */
export const hugoComments: BodyConverter = (body, ctx) =>
  body.replace(COMMENT, (all, _open: string, inner: string, offset: number) => {
    const atLineStart = /(?:^|\n)[ \t]*$/.test(body.slice(0, offset));
    if (/--!?>/.test(inner) || (!atLineStart && /\n[ \t]*\n/.test(inner))) return all;
    const lines = all.split('\n').length;
    ctx.change(
      offset,
      `\`${all.split('\n')[0]!.trim()}\`${lines > 1 ? ` … (${lines} lines)` : ''} → an HTML comment \`<!-- … -->\` (Hugo never showed it)`,
    );
    return `<!--${inner}-->`;
  });
