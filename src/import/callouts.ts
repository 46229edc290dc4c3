/**
 * @fileoverview Notes, tips and warnings as other generators write them, into GitHub alerts (`> [!NOTE]`), which
 * this Markdown draws as a titled box; shown as text otherwise. Block forms, each an opening and a closing line:
 * markdown-it's containers (`:::note` … `:::`, Eleventy and Hexo sites with markdown-it-container; the names
 * VuePress and Docusaurus use too) and Hexo's `{% note info %}` … `{% endnote %}` (NexT, Butterfly), with its
 * `{% blockquote %}` as a plain quote, and Hugo's note shortcodes (Docsy's `{{% alert %}}` and the like). And kramdown's notice classes after a paragraph (`{: .notice--info}`,
 * Minimal Mistakes). v8.dev printed `:::note` and `:::` around 26 of its 155 posts' notes and tables.
 * Every converter keeps the line count: a fence line becomes the alert's marker or an empty line.
 */
import { codeFences } from '../content/code-fences.ts';
import { LineIndex } from '../diagnostics/position.ts';
import { escapeHtml } from '../render/escape.ts';
import type { BodyContext, BodyConverter } from './convert-body.ts';
import { shortcodeArgs } from './shortcode-args.ts';

/** The alert each name for a note, a tip or a warning becomes (admonition names, Hexo's and kramdown's classes). */
const ALERT_OF: Record<string, string> = {
  note: 'NOTE',
  info: 'NOTE',
  primary: 'NOTE',
  default: 'NOTE',
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
  // Butterfly's colours for Hexo's note.
  blue: 'NOTE',
  green: 'TIP',
  purple: 'IMPORTANT',
  orange: 'WARNING',
  red: 'CAUTION',
};

/** What an opening line asks for: an alert, a plain quote, or a wrapper whose fences just go. */
interface Opening {
  kind: 'alert' | 'quote' | 'wrapper';
  /** The alert, for `alert`. */
  alert?: string;
  /** Shown in bold after the marker (an alert's own title), or under a quote (its attribution). */
  title?: string;
  /** Matched against closing lines: the colons of a container, the tag of Hexo's. */
  key: string;
  /** A quote's source link (Hexo's `{% blockquote author link [link title] %}`), cited in its attribution. */
  link?: { href: string; text: string };
  /** Where the old site defined the tag (a Jekyll plugin file), named in the report. */
  origin?: string;
  /** A wrapper's caption, shown under its content (v8.dev's `::: figure Median improvement…`). */
  caption?: string;
}

/** One block syntax: how its opening and closing lines look. */
interface BlockSyntax {
  open(line: string): Opening | undefined;
  closes(line: string, open: Opening): boolean;
  /** How the report names it, e.g. "container". */
  name: string;
}

/** An opening fence: three or more colons, a name, and perhaps a title (`:::tip Title`, `:::tip[Title]`). */
const CONTAINER_OPEN =
  /^ {0,3}(:{3,})[ \t]*([A-Za-z][\w-]*)(?:\[([^\]\n]*)\]|[ \t]+([^\n{]*?))?[ \t]*(?:\{[^\n]*\})?[ \t]*$/;
const CONTAINER_CLOSE = /^ {0,3}(:{3,})[ \t]*$/;

const containers: BlockSyntax = {
  name: 'container',
  open(line) {
    const m = CONTAINER_OPEN.exec(line);
    if (!m) return undefined;
    const alert = ALERT_OF[m[2]!.toLowerCase()];
    const title = (m[3] ?? m[4] ?? '').trim() || undefined;
    if (alert) return { kind: 'alert', alert, title, key: m[1]! };
    // A figure's words are its caption (v8.dev rendered them as the `<figcaption>`); other names' words
    // were the old theme's arguments, not shown.
    return { kind: 'wrapper', key: m[1]!, ...(title && /^figure$/i.test(m[2]!) && { caption: title }) };
  },
  closes(line, open) {
    const m = CONTAINER_CLOSE.exec(line);
    return !!m && m[1]!.length >= open.key.length;
  },
};

// The arguments run to `%}`: a `%` of them is a link's percent-encoding (`%E5%85%B3`, a Chinese page's URL).
const HEXO_OPEN = /^[ \t]*\{%\s*(note|blockquote|quote)\b((?:[^%]|%(?!\}))*?)%\}[ \t]*$/;
const HEXO_CLOSE = /^[ \t]*\{%\s*end(note|blockquote|quote)\s*%\}[ \t]*$/;

/**
 * Hexo's `{% note [class] [no-icon] [summary] %}` (NexT: `default`, `primary`, `info`, `success`, `warning`,
 * `danger`; a summary made it a `<details>`, here the title) and `{% blockquote [author[, source]] [link] %}`.
 */
const hexoTags: BlockSyntax = {
  name: 'tag',
  open(line) {
    const m = HEXO_OPEN.exec(line);
    if (!m) return undefined;
    const tag = m[1]!;
    const words = m[2]!.trim().split(/\s+/).filter(Boolean);
    if (tag === 'note') {
      const alert = words[0] ? ALERT_OF[words[0].toLowerCase()] : undefined;
      // Style words and Butterfly's icon (`'fas fa-bullhorn'`) are no title.
      const rest = (alert ? words.slice(1) : words).filter(
        (w) => !/^(no-icon|flat|modern|simple|disabled)$|^['"]?fa[srb]?\b|^fa-|^['"]$/.test(w),
      );
      return { kind: 'alert', alert: alert ?? 'NOTE', title: rest.join(' ') || undefined, key: 'note' };
    }
    // `{% blockquote David Levithan, Wide Awake %}`, `{% blockquote @DevDocs https://twitter.com/… [title] %}`:
    // the words before a link are the author, those after it the link's title (else its host, as Hexo shortens it).
    const at = words.findIndex((w) => /^https?:\/\/[^/\s]/.test(w));
    const by = (at < 0 ? words : words.slice(0, at)).join(' ');
    const href = at < 0 ? undefined : words[at]!;
    const link = href && { href, text: words.slice(at + 1).join(' ') || hostOf(href) };
    return { kind: 'quote', title: by || undefined, key: tag, ...(link && { link }) };
  },
  closes(line, open) {
    return HEXO_CLOSE.exec(line)?.[1] === open.key;
  },
};

interface OpenBlock extends Opening {
  /** Whether the next content line is the first (where a repeated `**Note:**` label goes). */
  first: boolean;
  /** Offset of its opening line in the body. */
  at: number;
  written: string;
}

/**
 * Rewrites one syntax's blocks. Runs on the whole body (not `outsideCode`): a note may hold a fenced code block,
 * whose lines are quoted with the rest; an opening line inside code is the code being shown.
 */
function quoteBlocks(body: string, ctx: BodyContext, syntax: BlockSyntax): string {
  const lines = body.split('\n');
  const stack: OpenBlock[] = [];
  const fences = codeFences();
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = offset;
    offset += line.length + 1;
    const depth = stack.filter((b) => b.kind !== 'wrapper').length;
    const quote = (text: string, d = depth) => (d > 0 ? `${'> '.repeat(d)}${text}`.trimEnd() : text);
    if (fences(line) !== 'prose') {
      lines[i] = quote(line);
      continue;
    }
    const top = stack.at(-1);
    if (top && syntax.closes(line, top)) {
      stack.pop();
      if (top.kind === 'wrapper' && top.caption) {
        // A block of HTML, so that it is a paragraph of its own under the figure's last line.
        const caption = `<p><em>${escapeHtml(top.caption)}</em></p>`;
        lines[i] = quote(caption);
        ctx.change(at, `\`${line.trim()}\` → the figure's caption \`${caption}\``);
      } else if (top.kind === 'wrapper') {
        lines[i] = quote('');
        ctx.change(at, `removed \`${line.trim()}\` (the end of a ${syntax.name} for the old theme)`);
      } else if (top.kind === 'quote' && (top.title || top.link)) {
        // A block of HTML, so that it starts a line of its own (a Markdown line would join the quote's last).
        const cite =
          top.link && `<cite><a href="${escapeHtml(top.link.href)}">${escapeHtml(top.link.text)}</a></cite>`;
        const footer = `<footer>— ${[top.title && escapeHtml(top.title), cite].filter(Boolean).join(', ')}</footer>`;
        lines[i] = quote(footer);
        ctx.change(at, `\`${line.trim()}\` → the quote's attribution \`${footer}\``);
      } else {
        // The quote ends at an empty line (or goes on at the depth of one around it).
        lines[i] = quote('', depth - 1);
        ctx.change(
          at,
          `\`${line.trim()}\` → end of the ${top.kind === 'alert' ? `\`> [!${top.alert}]\` alert` : 'quote'}`,
        );
      }
      continue;
    }
    const open = syntax.open(line);
    // A title that only names the kind (`title="Warning"` on a warning) is the alert's own title already.
    if (open?.kind === 'alert' && open.title?.toLowerCase() === open.alert!.toLowerCase()) delete open.title;
    if (open) {
      stack.push({ ...open, first: true, at, written: line.trim() });
      const origin = open.origin
        ? `; the old site's own block tag, defined in \`${open.origin}\`, which is not run here: its content is kept as Markdown`
        : '';
      if (open.kind === 'alert') {
        const marker = quote(`[!${open.alert}]${open.title ? ` **${open.title}**` : ''}`, depth + 1);
        lines[i] = marker;
        ctx.change(at, `\`${line.trim()}\` → \`${marker}\` (a GitHub alert${origin})`);
      } else if (open.kind === 'quote') {
        lines[i] = quote('', depth + 1);
        ctx.change(at, `\`${line.trim()}\` → a quote (\`> \`${origin})`);
      } else {
        lines[i] = quote('');
        const kept = open.caption ? 'its content stays, its caption goes under it' : 'its content stays';
        ctx.change(at, `removed \`${line.trim()}\` (a ${syntax.name} for the old theme; ${kept})`);
      }
      continue;
    }
    const inner = stack.findLast((b) => b.kind !== 'wrapper');
    if (inner?.kind === 'alert' && inner.first && line.trim()) {
      inner.first = false;
      lines[i] = quote(withoutRepeatedLabel(line, inner.alert!));
    } else lines[i] = quote(line);
  }
  for (const open of stack)
    if (open.kind !== 'wrapper')
      ctx.leave?.(open.at, `\`${open.written}\` is never closed: its quote runs to the end of the post`);
  return lines.join('\n');
}

/** A link's host, the text Hexo's blockquote shows for a source link without a title. */
function hostOf(href: string): string {
  try {
    return new URL(href).hostname;
  } catch {
    return href;
  }
}

/** `**Note:** text` as the first line of a note says again what the alert's title says: the label goes. */
function withoutRepeatedLabel(line: string, alert: string): string {
  const label = new RegExp(`^(\\s*)(?:\\*\\*|__)${alert}(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:)\\s*`, 'i');
  return line.replace(label, '$1');
}

/** markdown-it containers: `:::note` → `> [!NOTE]`; `:::table-wrapper` → its content without the fences. */
export const markdownContainers: BodyConverter = (body, ctx) =>
  body.includes(':::') ? quoteBlocks(body, ctx, containers) : body;

/** Hexo `{% note warning %}` → `> [!WARNING]`; `{% blockquote Author %}` → a quote with `— Author` under it. */
export const hexoNotes: BodyConverter = (body, ctx) =>
  /\{%\s*(note|blockquote|quote)\b/.test(body) ? quoteBlocks(body, ctx, hexoTags) : body;

/** `{: .notice--warning}` (or `{: .notice}`) on the line under a paragraph: the paragraph becomes an alert. */
const NOTICE = /^ {0,3}\{:\s*\.notice(?:--([a-z]+))?\s*\}[ \t]*$/;

/**
 * kramdown's notice classes, as Minimal Mistakes styles them: the paragraph above becomes `> [!NOTE] …` (the
 * marker on its first line, since no line may be added; this Markdown reads the rest of that line as the
 * alert's text). Runs before `kramdownAttributes`, which removes the other attribute lists.
 */
export const kramdownNotices: BodyConverter = (body, ctx) => {
  if (!body.includes('.notice')) return body;
  const lines = body.split('\n');
  const index = new LineIndex(body);
  for (let i = 1; i < lines.length; i++) {
    const m = NOTICE.exec(lines[i]!);
    if (!m || !lines[i - 1]!.trim()) continue;
    let first = i - 1;
    while (first > 0 && lines[first - 1]!.trim()) first--;
    const alert = ALERT_OF[m[1] ?? 'note'] ?? 'NOTE';
    for (let j = first; j < i; j++) lines[j] = `> ${j === first ? `[!${alert}] ` : ''}${lines[j]}`.trimEnd();
    lines[i] = '';
    ctx.change(
      index.offsetAt(i + 1, 1),
      `\`${m[0].trim()}\` → the paragraph above as a \`> [!${alert}]\` alert`,
    );
  }
  return lines.join('\n');
};

/** Shortcodes that box a note: Docsy's `alert` and `pageinfo`, hugo-notice's `notice`, LoveIt's `admonition`… */
const HUGO_OPEN =
  /^[ \t]*\{\{([<%])\s*(alert|notice|admonition|note|tip|caution|warning|hint|callout|pageinfo)\b([^\n]*?)\s*[>%]\}\}[ \t]*$/;
const HUGO_CLOSE = /^[ \t]*\{\{[<%]\s*\/\s*([a-z]+)\s*[>%]\}\}[ \t]*$/;

/**
 * Hugo's note shortcodes, as themes define them: Docsy `{{% alert title="Note" color="warning" %}}` (and its
 * `pageinfo`), hugo-notice `{{< notice warning "Title" >}}`, LoveIt and FixIt `{{< admonition tip "Title" >}}`
 * (or `type=tip title=…`), hugo-book `{{< hint danger >}}`, Hextra `{{< callout type="info" >}}`, Blowfish and
 * Congo `{{< alert "icon" >}}` (an icon, so a note), Kubernetes' `{{< note >}}`, `{{< caution >}}`, `{{< warning >}}`.
 */
const hugoShortcodes: BlockSyntax = {
  name: 'shortcode',
  open(line) {
    const m = HUGO_OPEN.exec(line);
    if (!m) return undefined;
    const name = m[2]!;
    const { named, words } = shortcodeArgs(m[3]!);
    const kind =
      name === 'alert'
        ? (named.color ?? named.type ?? words[0])
        : name === 'note' || name === 'tip' || name === 'caution' || name === 'warning'
          ? name
          : name === 'pageinfo'
            ? (named.color ?? 'info')
            : (named.type ?? words[0]);
    const title = named.title ?? (name === 'notice' || name === 'admonition' ? words[1] : undefined);
    return { kind: 'alert', alert: ALERT_OF[kind?.toLowerCase() ?? ''] ?? 'NOTE', title, key: name };
  },
  closes(line, open) {
    return HUGO_CLOSE.exec(line)?.[1] === open.key;
  },
};

/** Hugo `{{% alert color="warning" %}}` … `{{% /alert %}}` and the other note shortcodes → `> [!WARNING]` … */
export const hugoNotes: BodyConverter = (body, ctx) =>
  /\{\{[<%]\s*(alert|notice|admonition|note|tip|caution|warning|hint|callout|pageinfo)\b/.test(body)
    ? quoteBlocks(body, ctx, hugoShortcodes)
    : body;

/** An opening or closing line of a Liquid block tag: `{% name args %}`, `{%- endname -%}`. */
const LIQUID_OPEN = /^[ \t]*\{%-?\s*([\w-]+)((?:[^%]|%(?!\}))*?)-?%\}[ \t]*$/;
const LIQUID_CLOSE = /^[ \t]*\{%-?\s*end([\w-]+)\s*-?%\}[ \t]*$/;

/** The alert a plugin's tag suggests: by its first argument (`{% notice info %}`), else by its name (`warningbox`). */
function suggestedAlert(name: string, words: readonly string[]): string | undefined {
  const first = words[0]?.replace(/^["']|["']$/g, '').toLowerCase();
  if (first && ALERT_OF[first]) return ALERT_OF[first];
  const lower = name.toLowerCase();
  if (ALERT_OF[lower]) return ALERT_OF[lower];
  const part = lower.split(/[-_]/).find((p) => ALERT_OF[p]);
  if (part) return ALERT_OF[part];
  const inside = /note|info|tip|hint|warn|caution|danger|important|callout|notice|admonition/.exec(
    lower,
  )?.[0];
  // A callout, a notice or an admonition of no kind is a note (mxb.dev's `{% callout %}`).
  return inside ? (ALERT_OF[inside] ?? 'NOTE') : undefined;
}

/** A site's own block tags (Jekyll `_plugins/`), each opening and closing on a line of its own. */
function pluginBlocks(ctx: BodyContext): BlockSyntax {
  return {
    name: 'tag',
    open(line) {
      const m = LIQUID_OPEN.exec(line);
      const origin = m && ctx.blockTag?.(m[1]!);
      if (!m || !origin) return undefined;
      const words = m[2]!.trim().split(/\s+/).filter(Boolean);
      const alert = suggestedAlert(m[1]!, words);
      if (!alert) return { kind: 'quote', key: m[1]!, origin };
      // Words after the kind are the note's title, as Hexo's `{% note info Title %}`; quotes go.
      const kindWord = words[0] && ALERT_OF[words[0].replace(/^["']|["']$/g, '').toLowerCase()];
      const title = (kindWord ? words.slice(1) : words)
        .join(' ')
        .replace(/^["']|["']$/g, '')
        .trim();
      return { kind: 'alert', alert, key: m[1]!, origin, ...(title && !/[=:]/.test(title) && { title }) };
    },
    closes(line, open) {
      return LIQUID_CLOSE.exec(line)?.[1] === open.key;
    },
  };
}

/**
 * A block tag of the site's own (Jekyll's plugins: `{% notice info %}` … `{% endnotice %}`, defined in
 * `_plugins/notice.rb`; Eleventy's paired shortcodes: `{% callout "warning" %}`) → its body as Markdown, in a `> [!NOTE]` alert when the tag names a note, tip or warning,
 * else in a quote; the report names the plugin file. A tag that is not a block, or opens and closes on one line,
 * keeps the generic note.
 */
export const siteBlockTags: BodyConverter = (body, ctx) =>
  ctx.blockTag && /\{%-?\s*end[\w-]+/.test(body) ? quoteBlocks(body, ctx, pluginBlocks(ctx)) : body;
