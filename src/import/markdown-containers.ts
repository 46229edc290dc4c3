/**
 * @fileoverview markdown-it's containers (`:::note` … `:::`, as Eleventy and Hexo sites with
 * markdown-it-container write them, and VuePress and Docusaurus too) into what this Markdown reads: a
 * note, tip, warning or danger box becomes a GitHub alert (`> [!NOTE]`), and any other container (a wrapper
 * for the old theme's CSS, `:::table-wrapper`) leaves its content as it was, without its fences. Shown as
 * text otherwise: v8.dev printed `:::note` and `:::` around 26 of its 155 posts' notes and tables.
 */
import type { BodyContext, BodyConverter } from './convert-body.ts';

/** The alert each admonition name of markdown-it-container, VuePress and Docusaurus becomes. */
const ALERT_OF: Record<string, string> = {
  note: 'NOTE',
  info: 'NOTE',
  tip: 'TIP',
  hint: 'TIP',
  success: 'TIP',
  important: 'IMPORTANT',
  warning: 'WARNING',
  warn: 'WARNING',
  attention: 'WARNING',
  caution: 'CAUTION',
  danger: 'CAUTION',
  error: 'CAUTION',
};

/** An opening fence: three or more colons, a name, and perhaps a title (`:::tip Title`, `:::tip[Title]`). */
const OPEN =
  /^( {0,3})(:{3,})[ \t]*([A-Za-z][\w-]*)(?:\[([^\]\n]*)\]|[ \t]+([^\n]*?))?[ \t]*(?:\{[^\n]*\})?[ \t]*$/;
/** A closing fence: colons alone on the line. */
const CLOSE = /^ {0,3}(:{3,})[ \t]*$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;

interface Open {
  colons: number;
  /** The alert it becomes, or undefined for a container whose fences just go. */
  alert: string | undefined;
  /** Whether the next content line is the first (where a repeated `**Note:**` goes). */
  first: boolean;
  /** Offset of its opening fence in the body. */
  at: number;
}

/**
 * Runs on the whole body (not `outsideCode`): a note may hold a fenced code block, whose lines are quoted with
 * the rest; fences inside code are the code being shown. Keeps the line count: a fence line becomes the alert's
 * marker or an empty line.
 */
export const markdownContainers: BodyConverter = (body, ctx) => {
  if (!body.includes(':::')) return body;
  const lines = body.split('\n');
  const stack: Open[] = [];
  let code: string | null = null;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = offset;
    offset += line.length + 1;
    const quoteDepth = stack.filter((c) => c.alert).length;
    const quote = (text: string) => (quoteDepth > 0 ? `${'> '.repeat(quoteDepth)}${text}`.trimEnd() : text);
    const fence = CODE_FENCE.exec(line);
    if (code) {
      if (fence && fence[1]![0] === code[0] && fence[1]!.length >= code.length && line.trim() === fence[1])
        code = null;
      lines[i] = quote(line);
      continue;
    }
    if (fence) {
      code = fence[1]!;
      lines[i] = quote(line);
      continue;
    }
    const close = CLOSE.exec(line);
    const top = stack.at(-1);
    if (close && top && close[1]!.length >= top.colons) {
      stack.pop();
      // The alert's quote ends at an empty line (or goes on at the depth of an alert around it).
      lines[i] = top.alert ? '> '.repeat(quoteDepth - 1).trimEnd() : quote('');
      if (top.alert) ctx.change(at, `\`${line.trim()}\` → end of the \`> [!${top.alert}]\` alert`);
      else ctx.change(at, `removed \`${line.trim()}\` (the end of a container for the old theme)`);
      continue;
    }
    const open = OPEN.exec(line);
    if (open) {
      const name = open[3]!.toLowerCase();
      const alert = ALERT_OF[name];
      const title = (open[4] ?? open[5] ?? '').trim();
      stack.push({ colons: open[2]!.length, alert, first: true, at });
      if (alert) {
        const marker = `${'> '.repeat(quoteDepth + 1)}[!${alert}]${title ? ` **${title}**` : ''}`;
        lines[i] = marker;
        ctx.change(at, `\`${line.trim()}\` → \`${marker.trim()}\` (a GitHub alert)`);
      } else {
        lines[i] = quote('');
        ctx.change(at, `removed \`${line.trim()}\` (a container for the old theme; its content stays)`);
      }
      continue;
    }
    const inner = stack.at(-1);
    if (inner?.alert && inner.first && line.trim()) {
      inner.first = false;
      lines[i] = quote(withoutRepeatedTitle(line, inner.alert));
    } else lines[i] = quote(line);
  }
  for (const open of stack) if (open.alert) leaveUnclosed(ctx, open);
  return lines.join('\n');
};

/** `**Note:** text` as the first line of a note says again what the alert's title says: the label goes. */
function withoutRepeatedTitle(line: string, alert: string): string {
  const label = new RegExp(`^(\\s*)(?:\\*\\*|__)${alert}(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:)\\s*`, 'i');
  return line.replace(label, '$1');
}

/** An opening fence never closed quotes the rest of the post, as markdown-it-container shows it. */
function leaveUnclosed(ctx: BodyContext, open: Open): void {
  ctx.leave?.(
    open.at,
    `this \`${':'.repeat(open.colons)}\` container is never closed: its \`> [!${open.alert}]\` alert runs to the end of the post`,
  );
}
