/** @fileoverview Safe, line-preserving rewrites of Liquid tags and shortcodes into Markdown, shared by every source kind. */

import { blankCodeSpans, codeFences } from '../content/code-fences.ts';
import { LineIndex } from '../diagnostics/position.ts';
import { truncateText } from '../util/text.ts';
import { hexoNotes, hugoNotes, markdownContainers, siteBlockTags } from './callouts.ts';
import { shortcodeArgs } from './shortcode-args.ts';
import type { SameNote } from './types.ts';

export interface LinkTarget {
  /** Relative link from the post being converted, e.g. `./2019-08-05-second.md`. */
  href: string;
  title: string;
}

export interface BodyContext {
  /** Records a change at an offset of the body the converter was given; `same`: what many such changes say. */
  change(offset: number, message: string, same?: SameNote): void;
  /** Finds another imported post by how the source names it (file name, slug, path). */
  linkTo(name: string): LinkTarget | undefined;
  /** Notes that a referenced file must travel with the post (Hexo `asset_img`). */
  useAsset(name: string): void;
  /**
   * Leaves something at an offset of the body for a person (listed at that line of the new file). With `tag`,
   * the Liquid tag the note is about, which then gets no second, generic "shown as written" note.
   */
  leave?(offset: number, message: string, tag?: string, same?: SameNote): void;
  /** A Liquid variable's value when it is plain text: `page.title` (the post's front-matter), `site.x` (the config's). */
  liquidValue?(scope: 'page' | 'site', key: string): string | undefined;
  /**
   * Another imported post by the path of its source file, as a link in the post writes it (`../x.md`, or
   * `/blog/x.md` from the content or input folder); exact, never guessed from a file name alone.
   */
  linkToFile?(path: string): LinkTarget | undefined;
  /** A front-matter value of the post, as text, by its key in any case (`a.b` for a nested one). */
  param?(key: string): string | undefined;
  /**
   * The name, beside the new post, of a file of the post's own bundle that a site path reaches through the
   * post's old URL (`/blog/2023/10/20/kcs-shanghai/kcs04.jpeg` → `kcs04.jpeg`); undefined for any other path.
   */
  bundleFile?(url: string): string | undefined;
  /**
   * Hugo: the image of the post's own bundle that `.Resources.GetMatch "**NAME*"` finds (Docsy's `imgproc`), as
   * a path beside the new post; undefined when the post has no bundle or no such image.
   */
  bundleImage?(name: string): string | undefined;
  /**
   * Jekyll: a file of the old site's includes folder (`_includes/boilerplate/x.md`), by the name an include tag
   * gives it: its path in the source site and its text; undefined when there is no such file in the site.
   */
  includeFile?(name: string): { file: string; text: string } | undefined;
  /** Jekyll: the plugin file (`_plugins/notice.rb`) that defines a block tag of this name, if the site has one. */
  blockTag?(name: string): string | undefined;
}

export type BodyConverter = (body: string, ctx: BodyContext) => string;

/** Replaces each match, keeping the line count: a replacement never adds or removes a newline. */
function rewrite(
  body: string,
  pattern: RegExp,
  ctx: BodyContext,
  replace: (m: RegExpExecArray) => { text: string; message: string; same?: SameNote } | undefined,
): string {
  let out = '';
  let last = 0;
  for (const m of body.matchAll(pattern)) {
    const r = replace(m as RegExpExecArray);
    if (!r) continue;
    out += body.slice(last, m.index) + r.text;
    ctx.change(m.index, r.message, r.same);
    last = m.index + m[0].length;
  }
  return out + body.slice(last);
}

const quoted = (s: string) => s.replace(/^["']|["']$/g, '');

/**
 * A template's code-block tags on lines of their own → a fenced block. The fences keep the tag's indentation,
 * so a block inside a list item stays in it and its code keeps the indentation it was written with.
 * `pattern` captures the indentation, the end marker and the language.
 */
function fenceTags(body: string, ctx: BodyContext, pattern: RegExp): string {
  return rewrite(body, pattern, ctx, (m) => {
    if (m[2]) return { text: `${m[1]}\`\`\``, message: `\`${m[0].trim()}\` → end of fenced code block` };
    const marked = markedLines(m[0]);
    return {
      text: `${m[1]}\`\`\`${quoted(m[3] ?? '')}${marked ? ` {${marked}}` : ''}`,
      message: `\`${m[0].trim()}\` → fenced code block`,
    };
  });
}

/**
 * The lines a highlight tag marks, as a fence writes them (`2,4-5`): Hugo's `hl_lines=2 4-5` or
 * `hl_lines=[2,"4-5"]` in the shortcode's options, Jekyll's `mark_lines="2 4 5"`. Empty when it marks none.
 */
function markedLines(tag: string): string {
  const value = /\b(?:hl_lines|mark_lines)=([\d\s,"'\\[\]-]*)/.exec(tag)?.[1] ?? '';
  return [...value.matchAll(/\d+(?:-\d+)?/g)].map((n) => n[0]).join(',');
}

/** Jekyll/Eleventy `{% highlight ruby linenos %}` … `{% endhighlight %}` on their own lines → a fenced block. */
export const liquidHighlight: BodyConverter = (body, ctx) =>
  fenceTags(body, ctx, /^([ \t]*)\{%-?\s*(end)?highlight\b\s*([^%\s]*)[^%]*?-?%\}[ \t]*$/gm);

/** Hugo `{{< highlight go "linenos=table" >}}` … `{{< /highlight >}}` → a fenced block. */
export const hugoHighlight: BodyConverter = (body, ctx) =>
  fenceTags(body, ctx, /^([ \t]*)\{\{[<%]\s*(\/)?highlight\b\s*([^\s>%]*)[^\n]*?[>%]\}\}[ \t]*$/gm);

/**
 * Hexo `{% codeblock title lang:js url link-text %}` … `{% endcodeblock %}`, or its alias `{% code %}` … `{% endcode %}`.
 * The title becomes the fence's (```js title="app.js"```, shown on top of the block); a link the tag gave is left
 * for a person, named.
 */
export const hexoCodeblock: BodyConverter = (body, ctx) => {
  // The arguments run to `%}`: a `%` of them is the link's percent-encoding (`a%20b`).
  const pattern =
    /^([ \t]*)\{%\s*(end)?code(?:block)?\b(?:(?:[^%]|%(?!\}))*?\blang:(\S+))?(?:[^%]|%(?!\}))*%\}[ \t]*$/gm;
  return rewrite(body, pattern, ctx, (m) => {
    if (m[2]) return { text: `${m[1]}\`\`\``, message: `\`${m[0].trim()}\` → end of fenced code block` };
    // Words as Hexo's tag reads them: a quoted one (`"main.go"`, `"my file.go"`) is one word, without its quotes.
    const args = /\{%\s*code(?:block)?\s+((?:[^%]|%(?!\}))*?)\s*%\}/.exec(m[0])?.[1] ?? '';
    const words = [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)]
      // Options are not title words: `lang:go`, `mark:1,3`, and a theme's `>folded` (Butterfly's folding flag).
      .map((a) => a[1] ?? a[2] ?? (/^[a-z_]+:(?!\/\/)\S*$|^>\w+$/i.test(a[3]!) ? '' : a[3]!))
      .filter(Boolean);
    const link = words.findIndex((w) => /^https?:\/\//.test(w));
    const title = (link < 0 ? words : words.slice(0, link)).join(' ').replace(/"/g, "'");
    if (link >= 0)
      ctx.leave?.(
        m.index,
        `the code block's link \`${words.slice(link).join(' ')}\` is not shown: write it above the code`,
      );
    const fence = `${m[1]}\`\`\`${quoted(m[3] ?? '')}${title ? ` title="${title}"` : ''}`;
    const titled = title ? ` titled \`${title}\`` : '';
    return { text: fence, message: `\`${m[0].trim()}\` → fenced code block${titled}` };
  });
};

/** `{% raw %}` and `{% endraw %}` protected braces from Liquid; nothing runs now, so they go. */
export const rawMarkers: BodyConverter = (body, ctx) =>
  rewrite(body, /\{%-?\s*(end)?raw\s*-?%\}/g, ctx, (m) => ({ text: '', message: `removed \`${m[0]}\`` }));

/**
 * Hugo's escaped shortcode, written between `{{</*` and `*\/>}}` (or `{{%/*` and `*\/%}}`), which Hugo shows as
 * `{{< gist x >}}`, in code or not (its lexer, parser/pageparser, reads shortcodes before Markdown): written as it
 * was shown, as LoveIt's exampleSite documents its shortcodes. Runs on the whole body, after the converters
 * that read shortcodes, so an example is never run as one.
 */
export const hugoEscapes: BodyConverter = (body, ctx) =>
  rewrite(body, /\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g, ctx, (m) => {
    const [all, open, inner, close] = m as unknown as [string, string, string, string];
    if ((open === '<') !== (close === '>')) return undefined;
    const text = `{{${open}${inner}${close}}}`;
    // One line in the report, however many the shortcode spans.
    const shown = (t: string) => truncateText(t.replace(/\s+/g, ' '), 40);
    return {
      text,
      message: `\`${shown(all)}\` → \`${shown(text)}\` (Hugo's escaped shortcode, shown as Hugo showed it)`,
    };
  });

/**
 * Converters run on the whole body, code included; the others see only the prose (`outsideCode`). A note's
 * code block is quoted with the note (`callouts.ts`).
 */
export const WHOLE_BODY: ReadonlySet<BodyConverter> = new Set([
  rawMarkers,
  hugoEscapes,
  markdownContainers,
  hexoNotes,
  hugoNotes,
  siteBlockTags,
]);

/**
 * `{{ site.baseurl }}/x.png`, `{{ '/x.png' | relative_url }}`, `{{ '/x.png' | url }}` → `/x.png`. So does
 * `{{ site.url }}/x.png` (no baseurl: blog.webjeda.com's posts, the old so-simple theme's) and, under a
 * baseurl `/blog`, `{{ site.url }}/blog/x.png`; `{{ site.url }}/elsewhere` outside the baseurl stays.
 */
export const siteUrls: BodyConverter = (body, ctx) => {
  const prefixed = rewrite(
    body,
    /(?:\{\{-?\s*site\.url\s*-?\}\})?\{\{-?\s*site\.baseurl\s*-?\}\}(?=\/|\{%)/g,
    ctx,
    (m) => ({ text: '', message: `removed \`${m[0]}\` (the base path is added for you)` }),
  );
  const baseurl = (ctx.liquidValue?.('site', 'baseurl') ?? '').replace(/\/+$/, '');
  const rooted = rewrite(prefixed, /\{\{-?\s*site\.url\s*-?\}\}(\/[^\s)"'>]*)/g, ctx, (m) => {
    const path = m[1]!;
    if (baseurl && path !== baseurl && !path.startsWith(`${baseurl}/`)) return undefined;
    const tag = m[0].slice(0, m[0].length - path.length);
    return {
      text: path.slice(baseurl.length) || '/',
      message: `removed \`${baseurl ? tag + baseurl : tag}\` (the base path is added for you)`,
    };
  });
  return rewrite(
    rooted,
    /\{\{-?\s*(["'])(\/[^"'\s]*)\1\s*\|\s*(?:relative_url|absolute_url|url)\s*-?\}\}/g,
    ctx,
    (m) => ({ text: m[2]!, message: `\`${m[0]}\` → \`${m[2]}\`` }),
  );
};

/**
 * kramdown's attribute lists (Jekyll's default Markdown) set the old theme's classes and attributes:
 * `{: .text-left}` on a line of its own, `[x](/y){:target="_blank"}` after a link (several in a row:
 * `{:rel='nofollow'}{:target="_blank"}`). Shown as text here, so they go; the line stays (empty). `{:toc}`
 * and the `{::…}` extensions are left for a person.
 */
export const kramdownAttributes: BodyConverter = (body, ctx) => {
  if (!body.includes('{:')) return body;
  // Found where the Markdown shows them: an attribute list inside inline code is the code being shown.
  const visible = blankCodeSpans(body);
  const pattern = /^ {0,3}\{:(?![:/]|\s*toc\s*\})[^\n]*\}[ \t]*$|(?<=[)\]*_])(?:\{:(?![:/])[^}\n]*\})+/gm;
  let out = '';
  let last = 0;
  for (const m of visible.matchAll(pattern)) {
    const written = body.slice(m.index, m.index + m[0].length);
    out += body.slice(last, m.index);
    ctx.change(m.index, `removed kramdown's \`${written.trim()}\` (an attribute for the old theme)`);
    last = m.index + m[0].length;
  }
  return out + body.slice(last);
};

/** An HTML opening tag alone on its line that asks kramdown to read its content as Markdown. */
const MARKDOWN_BLOCK =
  /^([ \t]*<[a-z][a-z0-9-]*\b[^>]*?)\s+markdown=(?:"(?:1|block)"|'(?:1|block)'|1)([^>]*>)[ \t]*$/i;

/**
 * kramdown reads the content of `<div class="notice" markdown="1">` as Markdown; CommonMark does too, but only
 * after a blank line (until one, the line is raw HTML: `**Note:**` shows its stars). When the line above the tag
 * is blank, the tag moves up onto it, leaving the blank line under it; the line count stays.
 */
export const kramdownMarkdownBlocks: BodyConverter = (body, ctx) => {
  if (!/markdown=/i.test(body)) return body;
  const lines = body.split('\n');
  const index = new LineIndex(body);
  for (let i = 1; i < lines.length - 1; i++) {
    const m = MARKDOWN_BLOCK.exec(lines[i]!);
    if (!m || lines[i - 1]!.trim() !== '' || lines[i + 1]!.trim() === '') continue;
    const tag = `${m[1]}${m[2]}`;
    ctx.change(
      index.offsetAt(i + 1, 1),
      `\`${m[0].trim()}\` → \`${tag.trim()}\` a line up, a blank line under it, so its content reads as Markdown`,
    );
    lines[i - 1] = tag;
    lines[i] = '';
  }
  return lines.join('\n');
};

/**
 * Jekyll `{{ page.title }}` and `{{ site.repository }}` (no filter) → the text Liquid printed: the post's
 * front-matter value, the config's. Anything else (a filter, a loop variable, a list) stays for a person, and
 * so does what the writer showed as code: inline code, `{% raw %}` … `{% endraw %}`. (`site.url` and
 * `site.baseurl` are the base path's, see `siteUrls`.) Runs before the raw markers go.
 */
export const liquidValues: BodyConverter = (body, ctx) => {
  if (!body.includes('{{')) return body;
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const withoutRaw = body.replace(/\{%-?\s*raw\s*-?%\}[\s\S]*?(?:\{%-?\s*endraw\s*-?%\}|$)/g, blank);
  const visible = blankCodeSpans(withoutRaw);
  let out = '';
  let last = 0;
  for (const m of visible.matchAll(/\{\{-?\s*(page|site)\.([A-Za-z_][\w-]*)\s*-?\}\}/g)) {
    if (m[1] === 'site' && (m[2] === 'url' || m[2] === 'baseurl')) continue;
    const value = ctx.liquidValue?.(m[1] as 'page' | 'site', m[2]!);
    if (value === undefined || value.includes('\n')) continue;
    out += body.slice(last, m.index) + value;
    ctx.change(m.index, `\`${m[0]}\` → \`${value}\``);
    last = m.index + m[0].length;
  }
  return out + body.slice(last);
};

/** Jekyll `{% post_url 2019-08-05-title %}` → the relative path of that post's new file. */
export const jekyllPostUrl: BodyConverter = (body, ctx) =>
  rewrite(body, /\{%-?\s*post_url\s+(\S+?)\s*-?%\}/g, ctx, (m) => {
    const target = ctx.linkTo(m[1]!.replace(/^\//, ''));
    return target && { text: target.href, message: `\`${m[0]}\` → \`${target.href}\`` };
  });

/**
 * Jekyll `{% link _posts/2017-03-02-x.markdown %}` → the relative path of that post's new file. Only paths into
 * a `_posts/` or `_drafts/` folder (ruby-lang.org links `en/news/_posts/…`): a link to another file
 * (`_docs/history.md`) is a page not imported, left as written.
 */
export const jekyllLink: BodyConverter = (body, ctx) =>
  rewrite(body, /\{%-?\s*link\s+\/?((?:[^\s%/]+\/)*_(?:posts|drafts)\/\S+?)\s*-?%\}/g, ctx, (m) => {
    const target = ctx.linkTo(m[1]!);
    return target && { text: target.href, message: `\`${m[0]}\` → \`${target.href}\`` };
  });

/** Hexo `{% post_link slug [text] %}` → `[text](./file.md)`. */
export const hexoPostLink: BodyConverter = (body, ctx) =>
  rewrite(body, /\{%\s*post_link\s+(\S+)(?:\s+(.*?))?\s*%\}/g, ctx, (m) => {
    const target = ctx.linkTo(quoted(m[1]!));
    if (!target) return undefined;
    const text = m[2] ? quoted(m[2].replace(/\s+(true|false)$/, '')) : target.title;
    return { text: `[${text}](${target.href})`, message: `\`${m[0]}\` → link to \`${target.href}\`` };
  });

/** Hexo `{% asset_img pic.png "Title" %}`, `{% asset_path pic.png %}`, `{% asset_link f.pdf Text %}`. */
export const hexoAssets: BodyConverter = (body, ctx) =>
  rewrite(body, /\{%\s*asset_(img|path|link)\s+(.*?)\s*%\}/g, ctx, (m) => {
    const words = m[2]!.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    // The file is the first word with an extension; a name with spaces is written in quotes.
    let at = words.findIndex((w) => /\.[a-z0-9]+$/i.test(w) && !/^["']/.test(w));
    if (at < 0) at = words.findIndex((w) => /^["'].*\.[a-z0-9]+["']$/i.test(w));
    if (at < 0) return undefined;
    const file = /^["']/.test(words[at]!) ? encodeURI(quoted(words[at]!)) : words[at]!;
    const rest = words
      .slice(at + 1)
      .filter((w) => !/^\d+$/.test(w))
      .map(quoted)
      .join(' ');
    ctx.useAsset(file);
    const text =
      m[1] === 'img' ? `![${rest}](${file})` : m[1] === 'link' ? `[${rest || file}](${file})` : file;
    return { text, message: `\`${m[0]}\` → \`${text}\`` };
  });

/**
 * Hexo `{% img [class names] /path/to/image [width] [height] "title text 'alt text'" %}` → `![alt](src "title")`
 * (the alt is the title when none is given); the classes and size were the old theme's.
 */
export const hexoImg: BodyConverter = (body, ctx) =>
  rewrite(body, /\{%\s*img\s+(.*?)\s*%\}/g, ctx, (m) => {
    const words = m[1]!.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    const at = words.findIndex((w) => /^(?:https?:\/\/|\/|\.{0,2}\/?[\w-][^"'\s]*\.[a-z0-9]+$)/i.test(w));
    if (at < 0) return undefined;
    const src = words[at]!;
    const text = words
      .slice(at + 1)
      .filter((w) => !/^\d+(px|%)?$/.test(w))
      .map(quoted)
      .join(' ');
    const [, title = '', alt] = /^(.*?)(?:\s*'([^']*)')?$/.exec(text) ?? [];
    const image = `![${(alt ?? title).replace(/[[\]]/g, '\\$&')}](${src}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
    return { text: image, message: `\`${m[0]}\` → \`${image}\`` };
  });

/**
 * Where an embed points (Hexo's tags, Hugo's shortcodes): the page a reader can open, since embeds are not shown
 * here. Each takes the embed's id and the words after it.
 */
export const EMBED_LINKS: Record<string, (id: string, rest: string[]) => { label: string; url: string }> = {
  youtube: (id, rest) => {
    // The player's own address for a playlist, as some Jekyll plugins take it: `videoseries?list=PL…`.
    const series = /^videoseries\?list=([\w-]+)/.exec(id)?.[1];
    return rest[0] === 'playlist' || series
      ? { label: 'YouTube playlist', url: `https://www.youtube.com/playlist?list=${series ?? id}` }
      : { label: 'YouTube video', url: `https://www.youtube.com/watch?v=${id}` };
  },
  vimeo: (id) => ({ label: 'Vimeo video', url: `https://vimeo.com/${id}` }),
  gist: (id) => ({ label: 'Gist', url: `https://gist.github.com/${id}` }),
  jsfiddle: (id) => ({ label: 'JSFiddle', url: `https://jsfiddle.net/${id}/` }),
};

/**
 * `{% youtube id %}`, `{% vimeo id %}`, `{% gist id %}`, `{% jsfiddle id %}` → a link to the video, gist or
 * fiddle: the embed's frame or script is removed by the sanitizer, a link is what `content/script-embed` asks for.
 * Hexo's tags, and Jekyll's of the same names (jekyll-gist, one of GitHub Pages' plugins; the youtube and vimeo
 * tags of many a site's `_plugins/`, as made-mistakes' `{% youtube gpz8aPXwd18 %}`).
 */
export const liquidEmbeds: BodyConverter = (body, ctx) =>
  rewrite(
    body,
    /\{%\s*(youtube|vimeo|gist|jsfiddle)\s+([\w./-]+(?:\?[^\s%]*)?)((?:\s+[^%\s]+)*)\s*%\}/g,
    ctx,
    (m) => {
      const { label, url } = EMBED_LINKS[m[1]!]!(m[2]!, m[3]!.trim().split(/\s+/));
      const text = `[${label}](${url})`;
      return { text, message: `\`${m[0]}\` → \`${text}\` (a link: embeds are not shown here)` };
    },
  );

/**
 * jekyll-figure's `{% figure caption:"…" %}` … `{% endfigure %}` (1012 in made-mistakes' posts), each on a line of
 * its own → what it held, then its caption as a paragraph in italics under it: seen as on the old page, its Markdown
 * links kept. What it held moves up a line and a blank line parts it from the caption, so the line count stays.
 * One closed on its last image's line (`![x](y){% endfigure %}`) has a line less to give: the caption goes on the
 * line the end tag left, under the image after a hard line break (`\`), in the image's paragraph.
 * Nothing nested in it may open another figure; one without its end is left for a person.
 */
export const jekyllFigure: BodyConverter = (body, ctx) =>
  rewrite(
    body,
    /^([ \t]*)\{%-?\s*figure\b((?:(?!-?%\})[^\n])*)-?%\}[ \t]*\n((?:(?![^\n]*\{%-?\s*(?:end)?figure\b)[^\n]*\n)*?)(?:[ \t]*|((?:(?!\{%-?\s*(?:end)?figure\b)[^\n])*?\S)[ \t]*)\{%-?\s*endfigure\s*-?%\}[ \t]*$/gm,
    ctx,
    (m) => {
      const [, indent, args, inner, last] = m as unknown as [string, string, string, string, string?];
      const caption = (/\bcaption:\s*(?:"([^"]*)"|'([^']*)')/.exec(args) ?? [])
        .slice(1)
        .find((c) => c !== undefined);
      const shown = caption?.trim() ? (caption.includes('*') ? caption.trim() : `*${caption.trim()}*`) : '';
      const message = shown
        ? `\`{% figure %}\` → its content, and the caption under it in italics: \`${truncateText(shown, 50)}\``
        : '`{% figure %}` → its content';
      // Closed on its last line: that line, then the caption on the line the end tag's leaves.
      if (last !== undefined)
        return { text: `${inner}${last}${shown ? `\\\n${indent}${shown}` : '\n'}`, message };
      const held = inner.replace(/\n$/, '');
      return {
        // An empty figure: its two lines become a blank one and the caption.
        text: inner ? `${held}\n\n${shown && indent + shown}` : `\n${shown && indent + shown}`,
        message,
      };
    },
  );

/** A line that starts a Markdown block other than a paragraph, or ends in a hard line break. */
const NOT_PROSE =
  /^(?: {4}|\t| {0,3}(?:[#>|<]|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|```|~~~|\{[%:]))|(?: {2}|\\)$/;

/**
 * The text an include's Markdown becomes on one line, or undefined when it does not fit one: one line, or one
 * paragraph of plain lines (joined by spaces, as the page showed its soft line breaks); never Liquid of its own.
 */
function oneLine(text: string): string | undefined {
  const lines = text.trim().split(/\r?\n/);
  if (!lines[0] || /\{[{%]/.test(text)) return undefined;
  if (lines.length === 1) return lines[0];
  if (lines.some((l) => !l.trim() || NOT_PROSE.test(l))) return undefined;
  return lines.map((l) => l.trim()).join(' ');
}

/**
 * Jekyll's `{% include x.md %}` and `{% include_cached x.md %}` (917 in made-mistakes' posts: its
 * `_includes/boilerplate/` notes) of a Markdown file in the includes folder → its content where the tag was,
 * when it is one line or one paragraph (a post keeps its line count). Any other is left, with a note naming the
 * file to paste in; an include of HTML is `jekyllHtmlIncludes`'s; one written with Liquid keeps the generic note.
 */
export const jekyllIncludes: BodyConverter = (body, ctx) =>
  rewrite(
    body,
    /\{%-?\s*include(?:_cached)?\s+["']?([\w./-]+\.(?:md|markdown))["']?((?:[^%]|%(?!\}))*?)-?%\}/g,
    ctx,
    (m) => {
      const [tag, name] = m as unknown as [string, string];
      const found = ctx.includeFile?.(name);
      if (!found) return undefined;
      const text = oneLine(found.text);
      if (text === undefined) {
        const lines = found.text.trim().split('\n').length;
        const paste = `paste the content of the old site's \`${found.file}\` (${lines} line${lines === 1 ? '' : 's'}) in its place`;
        ctx.leave?.(m.index, `\`${tag}\` is shown as written: ${paste}`, tag, {
          key: `include-paste ${found.file}`,
          message: `\`{% include ${name} %}\` is shown as written: ${paste}`,
        });
        return undefined;
      }
      return {
        text,
        message: `\`${tag}\` → the content of \`${found.file}\`: \`${truncateText(text, 50)}\``,
        same: {
          key: `include-pasted ${found.file}`,
          message: `\`{% include ${name} %}\` → the content of \`${found.file}\`: \`${truncateText(text, 50)}\``,
        },
      };
    },
  );

/** HTML whose line breaks matter, or which runs: never joined onto one line. */
const KEEPS_LINES = /<(?:pre|textarea|script|style)\b/i;

/**
 * Jekyll's `{% include x.html %}` of an HTML file in the includes folder (an affiliate disclosure, a newsletter
 * box) → its HTML where the tag was, on one line (a post keeps its line count), which the build sanitises like
 * any HTML in a post. HTML written with Liquid (`{{ include.text }}`), or whose line breaks matter (`<pre>`),
 * is left with a note naming the file to paste; a missing file keeps the generic note.
 */
export const jekyllHtmlIncludes: BodyConverter = (body, ctx) =>
  rewrite(
    body,
    /\{%-?\s*include(?:_cached)?\s+["']?([\w./-]+\.html?)["']?((?:[^%]|%(?!\}))*?)-?%\}/g,
    ctx,
    (m) => {
      const [tag, name] = m as unknown as [string, string];
      const found = ctx.includeFile?.(name);
      if (!found) return undefined;
      const html = found.text.trim();
      if (!html)
        return { text: '', message: `removed \`${tag}\`: the old site's \`${found.file}\` is empty` };
      const liquid = /\{[{%]/.test(html);
      if (liquid || KEEPS_LINES.test(html)) {
        const lines = html.split('\n').length;
        const paste = `${liquid ? 'it is written with Liquid, so paste' : 'paste'} the HTML of the old site's \`${found.file}\` (${lines} line${lines === 1 ? '' : 's'}) in its place${liquid ? ', with the Liquid replaced by what it printed' : ''} (the build sanitises it like any HTML in a post)`;
        ctx.leave?.(m.index, `\`${tag}\` is shown as written: ${paste}`, tag, {
          key: `include-paste ${found.file}`,
          message: `\`{% include ${name} %}\` is shown as written: ${paste}`,
        });
        return undefined;
      }
      const text = html
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ');
      const what = `the HTML of \`${found.file}\`, on one line (sanitised by the build like any HTML in a post)`;
      return {
        text,
        message: `\`${tag}\` → ${what}`,
        same: { key: `include-pasted ${found.file}`, message: `\`{% include ${name} %}\` → ${what}` },
      };
    },
  );

/** The scripts that draw an embedded tweet or Instagram post from the quote written with it. */
const WIDGET_SCRIPT =
  /<script\b[^>]*\bsrc=["']?(?:https?:)?\/\/(platform\.twitter\.com\/widgets\.js|(?:www|platform)\.instagram\.com\/[\w/]*embeds?\.js)["']?[^>]*>\s*<\/script>/gi;

/**
 * The `<script>` that Twitter's and Instagram's embed code puts after its `<blockquote class="twitter-tweet">`
 * goes: scripts are removed from pages here (`content/script-embed`), and the quote, with its text, author and
 * link, is what the reader sees (blog.jessfraz.com's 48). The line stays, empty, so the line count does.
 */
export const widgetScripts: BodyConverter = (body, ctx) =>
  rewrite(body, WIDGET_SCRIPT, ctx, (m) => ({
    text: '',
    message: `removed \`<script src="${truncateText(m[1]!, 40)}">\` (${m[1]!.includes('twitter') ? 'Twitter' : 'Instagram'}'s widget, not run here): the quote written with it stays`,
  }));

/** Hugo `{{< ref "x.md" >}}` / `{{< relref "posts/x" >}}` → the relative path of that post's new file. */
export const hugoRef: BodyConverter = (body, ctx) =>
  rewrite(body, /\{\{[<%]\s*(?:rel)?ref\s+"?([^"\s>%]+)"?\s*[>%]\}\}/g, ctx, (m) => {
    const [path, anchor = ''] = m[1]!.split(/(?=#)/);
    const target = ctx.linkTo(path!);
    return target && { text: target.href + anchor, message: `\`${m[0]}\` → \`${target.href}${anchor}\`` };
  });

/**
 * Hugo `{{% param canonical_url %}}` / `{{< param "x" >}}` → the post's own front-matter value (what Hugo
 * looks up first); a value only the site's config has is left as written, for a person.
 */
export const hugoParam: BodyConverter = (body, ctx) =>
  rewrite(body, /\{\{[<%]\s*param\s+(?:"([^"\n]+)"|'([^'\n]+)'|([^\s>%"']+))\s*[>%]\}\}/g, ctx, (m) => {
    const value = ctx.param?.(m[1] ?? m[2] ?? m[3]!);
    return value === undefined || value.includes('\n')
      ? undefined
      : { text: value, message: `\`${m[0]}\` → \`${value}\` (the post's front-matter)` };
  });

/**
 * A link to another post's source file (`[x](/blog/2025/x.md)`, `<a href="/blog/firstpost.md">`), which
 * Hugo's link render hook and Eleventy's InputPathToUrl plugin serve as that post's URL → the relative path
 * of its new file. A path that is no imported post is left as written (the lint reports it).
 */
export const sourceFileLinks: BodyConverter = (body, ctx) =>
  rewrite(body, /(\]\(<?|\bhref=")([^\s()"<>#]+\.(?:md|markdown))(#[^\s()"<>]*)?/gi, ctx, (m) => {
    const [, before, path, anchor = ''] = m as unknown as [string, string, string, string?];
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(path)) return undefined;
    const target = ctx.linkToFile?.(path);
    return (
      target && {
        text: `${before}${target.href}${anchor}`,
        message: `link \`${path}${anchor}\` → \`${target.href}${anchor}\``,
      }
    );
  });

/**
 * A file of the post's bundle written with the old page's URL (`![x](/blog/2023/10/20/kcs-shanghai/kcs04.jpeg)`
 * in that post, as on the Kubernetes contributor site) → its name, beside the new `index.md` where the bundle's
 * files now are: the old URL is only a redirect page now, with no files under it.
 */
export const ownBundleFiles: BodyConverter = (body, ctx) =>
  rewrite(body, /(\]\(<?|\b(?:src|href)=")(\/[^\s()"<>]+)/g, ctx, (m) => {
    const [, before, url] = m as unknown as [string, string, string];
    const name = ctx.bundleFile?.(url);
    if (!name) return undefined;
    return {
      text: `${before}${name}`,
      message: `\`${url}\` → \`${name}\` (a file of the post's bundle, beside it now)`,
    };
  });

/**
 * Hugo's embed shortcodes → a link to what they showed, as Hexo's tags (`EMBED_LINKS`): `{{< youtube ID >}}` or
 * `id="ID"`, `{{< vimeo ID >}}`, `{{< gist user id >}}`, `{{< x user="u" id="n" >}}` (and its old name
 * `tweet`/`twitter`), `{{< instagram ID >}}`. One whose id cannot be read is left as written (and reported).
 */
export const hugoEmbeds: BodyConverter = (body, ctx) =>
  rewrite(
    body,
    /\{\{[<%]\s*(youtube|vimeo|gist|x|tweet|twitter|instagram)\s+([^\n]*?)\s*\/?[>%]\}\}/g,
    ctx,
    (m) => {
      const { named, words } = shortcodeArgs(m[2]!);
      const id = (named.id ?? words[0] ?? '').trim();
      const safe = (v: string | undefined) => v !== undefined && /^[\w.-]+$/.test(v);
      let link: { label: string; url: string } | undefined;
      const kind = m[1]!;
      if (kind === 'gist') {
        const [user, gist] = named.user ? [named.user, named.id] : [words[0], words[1]];
        if (safe(user) && safe(gist)) link = EMBED_LINKS.gist!(`${user}/${gist}`, []);
      } else if (kind === 'x' || kind === 'tweet' || kind === 'twitter') {
        if (safe(named.user) && safe(named.id))
          link = { label: 'Post on X', url: `https://x.com/${named.user}/status/${named.id}` };
      } else if (kind === 'instagram') {
        if (safe(id)) link = { label: 'Instagram post', url: `https://www.instagram.com/p/${id}/` };
      } else if (safe(id)) link = EMBED_LINKS[kind]!(id, []);
      if (!link) return undefined;
      const text = `[${link.label}](${link.url})`;
      return { text, message: `\`${m[0]}\` → \`${text}\` (a link: embeds are not shown here)` };
    },
  );

/** Text with Markdown links as their text and no brackets, for an alt or a title that cannot hold a link. */
const plainText = (text: string) => text.replace(/\[([^[\]]*)\]\([^()\s]*\)/g, '$1').replace(/[[\]]/g, '');

/**
 * Hugo `{{< figure src="x.png" alt="…" caption="…" >}}` → `![alt](x.png)<br>*caption*`, on one line or over several
 * (an argument to a line, as vijayanant.github.io writes them): the lines it took stay, empty, so the line count
 * does. It never reaches past another shortcode's opening, so one left open swallows nothing.
 */
export const hugoFigure: BodyConverter = (body, ctx) =>
  rewrite(body, /\{\{[<%]\s*figure\s+((?:(?!\{\{)[\s\S])*?)\s*\/?[>%]\}\}/g, ctx, (m) => {
    // A quoted value may run over lines too: one line here, so the image stays one line.
    const attrs = Object.fromEntries(
      Object.entries(shortcodeArgs(m[1]!).named).map(([k, v]) => [k, v.replace(/\s*\n\s*/g, ' ')]),
    );
    if (!attrs.src) return undefined;
    const caption = attrs.caption?.trim();
    const alt = plainText(attrs.alt ?? caption ?? attrs.title ?? '');
    const title = attrs.title ? plainText(attrs.title) : undefined;
    // Hugo showed the caption under the image (its Markdown rendered): here too, in italics after a line
    // break, on the image's line so the line count stays; its links work.
    const shown = caption ? `<br>${caption.includes('*') ? caption : `*${caption}*`}` : '';
    const image = `![${alt}](${attrs.src}${title ? ` "${title.replace(/"/g, '&quot;')}"` : ''})${shown}`;
    const text = image + '\n'.repeat(m[0].split('\n').length - 1);
    return { text, message: `\`{{< figure … >}}\` → \`${image}\`` };
  });

/**
 * Docsy's `{{< imgproc NAME Resize 600x >}}Caption{{< /imgproc >}}` → the bundle's image it finds (a file
 * named with NAME, as `.Resources.GetMatch "**NAME*"`), shown as it is, with the caption under it in italics as
 * a figure's; lines stay. One whose image is not in the bundle is left as written (and reported).
 */
export const hugoImgproc: BodyConverter = (body, ctx) =>
  rewrite(
    body,
    /\{\{[<%]\s*imgproc\s+((?:(?!\{\{)[^\n])*?)\s*(\/)?[>%]\}\}(?:((?:(?!\{\{)[\s\S])*?)\{\{[<%]\s*\/imgproc\s*[>%]\}\})?/g,
    ctx,
    (m) => {
      const [whole, args, closed, inner] = m as unknown as [string, string, string?, string?];
      // Paired, or self-closed; an opening tag with no closing one is left for a person.
      if (inner === undefined && !closed) return undefined;
      const name = shortcodeArgs(args).words[0];
      const src = name ? ctx.bundleImage?.(name) : undefined;
      if (!src) return undefined;
      const caption = (inner ?? '').trim().replace(/\s*\n\s*/g, ' ');
      const shown = caption ? `<br>${caption.includes('*') ? caption : `*${caption}*`}` : '';
      const image = `![${plainText(caption)}](${src})${shown}`;
      return {
        text: image + '\n'.repeat(whole.split('\n').length - 1),
        message: `\`{{< imgproc ${name} … >}}\` → \`${truncateText(image, 80)}\``,
      };
    },
  );

/**
 * Runs a converter on the prose only: inside fenced code, a post about Liquid shows Liquid on purpose.
 * (`{% raw %}` markers and Hugo's escaped shortcodes are the exceptions: see `WHOLE_BODY`.)
 */
export function outsideCode(convert: BodyConverter): BodyConverter {
  return (body, ctx) => {
    let out = '';
    let prose = '';
    let at = 0;
    const fences = codeFences();
    const flush = () => {
      const base = at - prose.length;
      out += convert(prose, {
        ...ctx,
        change: (offset, message, same) => ctx.change(base + offset, message, same),
        leave: (offset, message, tag, same) => ctx.leave?.(base + offset, message, tag, same),
      });
      prose = '';
    };
    const lines = body.split('\n');
    lines.forEach((line, i) => {
      const text = i < lines.length - 1 ? `${line}\n` : line;
      const step = fences(line);
      if (step === 'open') flush();
      at += text.length;
      if (step === 'prose') prose += text;
      else out += text;
    });
    flush();
    return out;
  };
}
