/**
 * @fileoverview Stage 4: each post's related posts (indexes into the list). The cache keeps them with what they
 * were made of (`site/related/trace.ts`), so an edit scores only the posts it can change.
 */

import type { BuildCache } from '../cache/build-cache.ts';
import { hashOf, hashOfSource } from '../cache/fingerprint.ts';
import { readRelatedTrace, writeRelatedTrace } from '../cache/related-trace.ts';
import { readTermCounts, writeTermCounts } from '../cache/term-counts.ts';
import type { SiteConfig } from '../config/schema.ts';
import type { SourceFile } from '../content/frontmatter.ts';
import type { RenderedPost } from '../site/plan.ts';
import { relatedInputs, relatePostsCounting } from '../site/related.ts';
import { buildTaxonomy } from '../site/taxonomy.ts';

/**
 * For each post (in `posts` order), the indexes of its related posts; and how many posts were scored (the
 * others' lists were kept from the last build).
 */
export async function relate(
  posts: readonly RenderedPost[],
  config: SiteConfig,
  cache: BuildCache | undefined,
  sources: readonly SourceFile[],
  warn: (message: string) => void,
): Promise<{ lists: number[][]; scored: number }> {
  const taxonomy = buildTaxonomy(posts);
  const input = relatedInputs(posts, (p) => taxonomy.tagsOf(p).map((t) => t.slug));
  if (!cache)
    return { lists: await relatePostsCounting(input, config.related, undefined, warn), scored: posts.length };
  // Each post's text by its hash: the key of its term counts, which a one-post edit recounts alone. The body
  // is the file's text after the front-matter, so the file's hash (already computed) stands for it.
  const sourceHashes = new Map(sources.map((s) => [s.file, hashOfSource(s)]));
  const textKeys = input.map((r, i) =>
    r.text
      ? hashOf(r.text.title, r.text.description ?? '\0', sourceHashes.get(posts[i]!.file) ?? r.text.body)
      : '',
  );
  // The lists stand while every post's slug, tags, date, pins and text are the same, and the options.
  const inputs = hashOf(
    JSON.stringify([input.map((r, i) => ({ ...r, text: r.text && textKeys[i] })), config.related]),
  );
  const last = readRelatedTrace(cache.store, posts.length);
  if (last?.inputs === inputs) return { lists: last.trace.related, scored: 0 };
  let scored = 0;
  const lists = await relatePostsCounting(
    input,
    config.related,
    {
      keys: textKeys,
      kept: readTermCounts(cache.store),
      keep: (counts, recounted) => {
        if (recounted > 0) writeTermCounts(cache.store, counts);
      },
    },
    warn,
    // The last build's lists, for the posts this build's edits cannot change (`site/related/trace.ts`).
    {
      last: last?.trace,
      keep: (trace, count) => {
        writeRelatedTrace(cache.store, trace, inputs);
        scored = count;
      },
    },
  );
  return { lists, scored };
}
