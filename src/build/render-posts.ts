/** @fileoverview Stage 3: each visible post's Markdown rendered to HTML (from the cache, on this thread or the pool). */
import type { BuildCache } from '../cache/build-cache.ts';
import type { SiteConfig } from '../config/schema.ts';
import { type DatedPost, withFields } from '../content/post.ts';
import { createMarkdownRenderer, type RenderedMarkdown } from '../render/markdown.ts';
import { renderAll } from '../render/pool.ts';
import { resolveLink } from '../render/resolve-link.ts';
import type { RenderedPost } from '../site/plan.ts';
import { postFileKey } from '../util/post-file-key.ts';
import { createUrls, permalink, type SiteUrls } from '../util/urls.ts';

export interface RenderedPosts {
  /** The posts in the order given, each with its Markdown rendered. */
  posts: RenderedPost[];
  /** SHA-1 of each post's HTML by file (cache builds only): page fingerprints name the HTML by it. */
  htmlHashes: Map<string, string>;
  /** How many posts were rendered now (the rest came from the cache). */
  renderedNow: number;
}

/** `posts` sorted as the site lists them: links between posts resolve to their permalinks. */
export async function renderPosts(
  posts: readonly DatedPost[],
  config: SiteConfig,
  cache: BuildCache | undefined,
  warn: (message: string) => void,
): Promise<RenderedPosts> {
  const urls = createUrls(config.baseUrl);
  const pathByFile = new Map(posts.map((p) => [postFileKey(p.file), permalink(config.permalink, p)]));
  const words = { language: config.language, strings: config.strings };
  const render = createMarkdownRenderer({ allowHtml: config.markdown.allowHtml, ...words });
  const htmlHashes = new Map<string, string>();
  const renderedOf = new Map<DatedPost, RenderedMarkdown>();
  const toRender: DatedPost[] = [];
  for (const post of posts) {
    const resolve = (url: string) => resolveLink(url, post.file, pathByFile, urls);
    const hit = cache?.posts.cachedRender(post, resolve, renderAs(post.file, render, pathByFile, urls));
    if (!hit) toRender.push(post);
    else {
      renderedOf.set(post, hit.rendered);
      htmlHashes.set(post.file, hit.htmlHash);
    }
  }
  await renderAll(
    toRender.map((p) => ({ file: p.file, body: p.body })),
    { allowHtml: config.markdown.allowHtml, ...words, baseUrl: config.baseUrl, pathByFile: [...pathByFile] },
    (job) => {
      const links: [string, string][] = [];
      const out = render(job.body, (url) => {
        const to = resolveLink(url, job.file, pathByFile, urls);
        links.push([url, to]);
        return to;
      });
      return { rendered: out, links };
    },
    (i, { rendered, links }) => {
      const post = toRender[i]!;
      if (!cache) {
        renderedOf.set(post, rendered);
        return;
      }
      // Kept in the cache, whose packs hold the HTML until a page needs it.
      const kept = cache.posts.keepRender(
        post,
        rendered,
        links,
        renderAs(post.file, render, pathByFile, urls),
      );
      renderedOf.set(post, kept.rendered);
      htmlHashes.set(post.file, kept.htmlHash);
    },
    warn,
  );
  cache?.posts.save();
  return {
    posts: posts.map((post) => withFields(post, { rendered: renderedOf.get(post)! })),
    htmlHashes,
    renderedNow: toRender.length,
  };
}

/**
 * Renders a body as the post `file`'s, for the cache to call if it must render again. Made here, at the top
 * level, so that it holds only what it names: a closure inside `renderPosts` would keep every post alive.
 */
function renderAs(
  file: string,
  render: ReturnType<typeof createMarkdownRenderer>,
  pathByFile: ReadonlyMap<string, string>,
  urls: SiteUrls,
): (body: string) => RenderedMarkdown {
  return (body) => render(body, (url) => resolveLink(url, file, pathByFile, urls));
}
