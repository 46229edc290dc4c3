/**
 * @fileoverview Finds Liquid, Nunjucks and Hugo shortcode leftovers in a Markdown body, which is never run as a
 * template, and kramdown's attribute lists (`{: .notice}`, Jekyll's default Markdown) and markdown-it's containers
 * (`:::note` … `:::`), which this Markdown shows as text.
 */

import { blankCodeSpans, codeFences } from './code-fences.ts';

export interface TemplateMark {
  /** Offset in the body. */
  offset: number;
  end: number;
  /** As written, e.g. `{% highlight ruby %}` or `{{< figure src="x.png" >}}`. */
  text: string;
  kind: 'liquid-tag' | 'liquid-output' | 'shortcode' | 'kramdown' | 'container';
}

/**
 * `{% tag %}`, `{{< shortcode >}}`, `{{% shortcode %}}` and `{{ output }}` on one line; or, written over several
 * lines (a Hugo `{{< figure` with an argument to a line, Zola's `{{ figure(`), from the opener that starts a line to
 * that line's end.
 */
const MARK =
  /\{%-?\s*[\s\S]*?-?%\}|\{\{[<%][\s\S]*?[>%]\}\}|\{\{-?[^{}\n]*?-?\}\}|(?<=^[ \t>]*)(?:\{\{[<%]\s*[\w/]|\{%-?\s*[a-z_]\w*|\{\{-?\s*[A-Za-z_][\w.]*\s*\()[^\n]*$/g;
/**
 * `{{ x }}` is only a template's output when it reads site/page data, uses a filter, or calls something (Zola's
 * and Tera's shortcodes, `{{ toc() }}`, and Nunjucks macros); `{{closure}}` is prose about Rust.
 */
const LIQUID_OUTPUT =
  /^\{\{-?\s*(?:(?:site|page|post|include|layout|content|paginator|forloop|jekyll|config|theme)\b|[^}]*\||[A-Za-z_][\w.]*\s*\()/;
/**
 * kramdown: a block attribute list or extension on a line of its own (`{: .text-left}`, `{:toc}`, `{::comment}`),
 * or a span one right after a link, image or emphasis (`[x](/y){:target="_blank"}`).
 */
const KRAMDOWN = /^ {0,3}\{:[^\n]*\}[ \t]*$|(?<=[)\]*_])\{:[^}\n]*\}/g;
/** A markdown-it container's fence on a line of its own: `:::note`, `::: tip Title`, `:::`. */
const CONTAINER = /^ {0,3}:{3,}(?:[ \t]*[A-Za-z][^\n]*?)?[ \t]*$/;
/** A line that opens an HTML `<pre>` block, as raymondcamden.com's older posts show code. */
const PRE_OPEN = /^ {0,3}<pre(?=[\s>]|$)/i;
/** Inside a code block only `{% raw %}` markers are leftovers: other braces there are the code being shown. */
const RAW_MARKER = /\{%-?\s*(?:end)?raw\s*-?%\}/g;

/** Every template mark in `body`, skipping inline code; in fenced or indented code only `{% raw %}`/`{% endraw %}`. */
export function findTemplateSyntax(body: string): TemplateMark[] {
  const marks: TemplateMark[] = [];
  // Most posts have neither: one search of the body spares them the line-by-line scan.
  if (!body.includes('{%') && !body.includes('{{') && !body.includes('{:') && !body.includes(':::'))
    return marks;
  // Indented code too: a post about Liquid shows its tags in a block indented 4 spaces (nicolashery.com's).
  const fences = codeFences({ indented: true });
  let offset = 0;
  let inPre = false;
  for (const written of body.split('\n')) {
    // A CRLF file's line, without its `\r`: the patterns end at the line's end (`:::`, `{: .x}`).
    const line = written.endsWith('\r') ? written.slice(0, -1) : written;
    const step = inPre ? 'code' : fences(line);
    // CommonMark's HTML block of `<pre>`: from the line it opens to the line holding `</pre>`, shown as written.
    if (step === 'prose' && PRE_OPEN.test(line)) inPre = true;
    if (inPre) {
      collect(line, offset, RAW_MARKER, marks);
      if (/<\/pre>/i.test(line)) inPre = false;
    } else if (step === 'open' || step === 'code') collect(line, offset, RAW_MARKER, marks);
    else if (step === 'prose') {
      // Inline code spans are blanked (same length) so offsets stay true.
      if (CONTAINER.test(line)) {
        const text = line.trim();
        const start = offset + line.indexOf(text);
        marks.push({ offset: start, end: start + text.length, text, kind: 'container' });
        offset += written.length + 1;
        continue;
      }
      const visible = blankCodeSpans(line);
      collect(visible, offset, MARK, marks, line);
      if (visible.includes('{:')) collect(visible, offset, KRAMDOWN, marks, line);
    }
    offset += written.length + 1;
  }
  return marks;
}

function collect(text: string, base: number, pattern: RegExp, marks: TemplateMark[], original = text): void {
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    const written = original.slice(m.index, m.index + m[0].length);
    const kind = written.startsWith('{:')
      ? 'kramdown'
      : written.startsWith('{%')
        ? 'liquid-tag'
        : /^\{\{[<%]/.test(written)
          ? 'shortcode'
          : 'liquid-output';
    if (kind === 'liquid-output' && !LIQUID_OUTPUT.test(written)) continue;
    marks.push({ offset: base + m.index, end: base + m.index + m[0].length, text: written, kind });
  }
}
