/** @fileoverview Safe, line-preserving rewrites of Liquid tags and shortcodes into Markdown, shared by every source kind. */

export interface LinkTarget {
  /** Relative link from the post being converted, e.g. `./2019-08-05-second.md`. */
  href: string;
  title: string;
}

export interface BodyContext {
  /** Records a change at an offset of the body the converter was given. */
  change(offset: number, message: string): void;
  /** Finds another imported post by how the source names it (file name, slug, path). */
  linkTo(name: string): LinkTarget | undefined;
  /** Notes that a referenced file must travel with the post (Hexo `asset_img`). */
  useAsset(name: string): void;
  /**
   * Another imported post by the path of its source file, as a link in the post writes it (`../x.md`, or
   * `/blog/x.md` from the content or input folder); exact, never guessed from a file name alone.
   */
  linkToFile?(path: string): LinkTarget | undefined;
  /** A front-matter value of the post, as text, by its key in any case (`a.b` for a nested one). */
  param?(key: string): string | undefined;
}

export type BodyConverter = (body: string, ctx: BodyContext) => string;

/** Replaces each match, keeping the line count: a replacement never adds or removes a newline. */
function rewrite(
  body: string,
  pattern: RegExp,
  ctx: BodyContext,
  replace: (m: RegExpExecArray) => { text: string; message: string } | undefined,
): string {
  let out = '';
  let last = 0;
  for (const m of body.matchAll(pattern)) {
    const r = replace(m as RegExpExecArray);
    if (!r) continue;
    out += body.slice(last, m.index) + r.text;
    ctx.change(m.index, r.message);
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
  return rewrite(body, pattern, ctx, (m) =>
    m[2]
      ? { text: `${m[1]}\`\`\``, message: `\`${m[0].trim()}\` → end of fenced code block` }
      : { text: `${m[1]}\`\`\`${quoted(m[3] ?? '')}`, message: `\`${m[0].trim()}\` → fenced code block` },
  );
}

/** Jekyll/Eleventy `{% highlight ruby linenos %}` … `{% endhighlight %}` on their own lines → a fenced block. */
export const liquidHighlight: BodyConverter = (body, ctx) =>
  fenceTags(body, ctx, /^([ \t]*)\{%-?\s*(end)?highlight\b\s*([^%\s]*)[^%]*?-?%\}[ \t]*$/gm);

/** Hugo `{{< highlight go "linenos=table" >}}` … `{{< /highlight >}}` → a fenced block. */
export const hugoHighlight: BodyConverter = (body, ctx) =>
  fenceTags(body, ctx, /^([ \t]*)\{\{[<%]\s*(\/)?highlight\b\s*([^\s>%]*)[^\n]*?[>%]\}\}[ \t]*$/gm);

/** Hexo `{% codeblock title lang:js %}` … `{% endcodeblock %}`, or its alias `{% code %}` … `{% endcode %}`. */
export const hexoCodeblock: BodyConverter = (body, ctx) =>
  fenceTags(body, ctx, /^([ \t]*)\{%\s*(end)?code(?:block)?\b(?:[^%]*?\blang:(\S+))?[^%]*%\}[ \t]*$/gm);

/** `{% raw %}` and `{% endraw %}` protected braces from Liquid; nothing runs now, so they go. */
export const rawMarkers: BodyConverter = (body, ctx) =>
  rewrite(body, /\{%-?\s*(end)?raw\s*-?%\}/g, ctx, (m) => ({ text: '', message: `removed \`${m[0]}\`` }));

/** `{{ site.baseurl }}/x.png`, `{{ '/x.png' | relative_url }}`, `{{ '/x.png' | url }}` → `/x.png`. */
export const siteUrls: BodyConverter = (body, ctx) => {
  const prefixed = rewrite(
    body,
    /(?:\{\{-?\s*site\.url\s*-?\}\})?\{\{-?\s*site\.baseurl\s*-?\}\}(?=\/|\{%)/g,
    ctx,
    (m) => ({ text: '', message: `removed \`${m[0]}\` (the base path is added for you)` }),
  );
  return rewrite(
    prefixed,
    /\{\{-?\s*(["'])(\/[^"'\s]*)\1\s*\|\s*(?:relative_url|absolute_url|url)\s*-?\}\}/g,
    ctx,
    (m) => ({ text: m[2]!, message: `\`${m[0]}\` → \`${m[2]}\`` }),
  );
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
    const at = words.findIndex((w) => /\.[a-z0-9]+$/i.test(w) && !w.startsWith('"'));
    if (at < 0) return undefined;
    const file = words[at]!;
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

/** Hugo `{{< figure src="x.png" alt="…" caption="…" >}}` → `![alt](x.png "caption")`. */
export const hugoFigure: BodyConverter = (body, ctx) =>
  rewrite(body, /\{\{[<%]\s*figure\s+([^\n]*?)\s*\/?[>%]\}\}/g, ctx, (m) => {
    const attrs = Object.fromEntries(
      [...m[1]!.matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g)].map((a) => [
        a[1]!,
        a[2] ?? a[3] ?? a[4] ?? '',
      ]),
    );
    if (!attrs.src) return undefined;
    const alt = attrs.alt ?? attrs.caption ?? attrs.title ?? '';
    const title = attrs.caption ?? attrs.title;
    const text = `![${alt.replace(/[[\]]/g, '')}](${attrs.src}${title ? ` "${title.replace(/"/g, '&quot;')}"` : ''})`;
    return { text, message: `\`{{< figure … >}}\` → \`${text}\`` };
  });

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Runs a converter on the prose only: inside fenced code, a post about Liquid shows Liquid on purpose.
 * (`{% raw %}` markers are the exception, removed everywhere by running `rawMarkers` on the whole body.)
 */
export function outsideCode(convert: BodyConverter): BodyConverter {
  return (body, ctx) => {
    let out = '';
    let prose = '';
    let at = 0;
    let fence: string | null = null;
    const flush = () => {
      const base = at - prose.length;
      out += convert(prose, { ...ctx, change: (offset, message) => ctx.change(base + offset, message) });
      prose = '';
    };
    const lines = body.split('\n');
    lines.forEach((line, i) => {
      const text = i < lines.length - 1 ? `${line}\n` : line;
      const open = FENCE.exec(line);
      at += text.length;
      if (fence) {
        out += text;
        if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.trim() === open[1])
          fence = null;
      } else if (open) {
        at -= text.length;
        flush();
        at += text.length;
        fence = open[1]!;
        out += text;
      } else prose += text;
    });
    flush();
    return out;
  };
}
