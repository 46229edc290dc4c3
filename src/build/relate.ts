/** @fileoverview Stage 4: each post's related posts (indexes into the list), kept in the cache while their inputs are. */

import { z } from 'zod';
import type { BuildCache } from '../cache/build-cache.ts';
import { hashOf, hashOfSource } from '../cache/fingerprint.ts';
import { readTermCounts, writeTermCounts } from '../cache/term-counts.ts';
import type { SiteConfig } from '../config/schema.ts';
import type { SourceFile } from '../content/frontmatter.ts';
import type { RenderedPost } from '../site/plan.ts';
import { relatedInputs, relatePostsCounting } from '../site/related.ts';
import { buildTaxonomy } from '../site/taxonomy.ts';

/** For each post (in `posts` order), the indexes of its related posts. */
export async function relate(
  posts: readonly RenderedPost[],
  config: SiteConfig,
  cache: BuildCache | undefined,
  sources: readonly SourceFile[],
  warn: (message: string) => void,
): Promise<number[][]> {
  const taxonomy = buildTaxonomy(posts);
  const input = relatedInputs(posts, (p) => taxonomy.tagsOf(p).map((t) => t.slug));
  if (!cache) return relatePostsCounting(input, config.related, undefined, warn);
  // Each post's text by its hash: the key of its term counts, which a one-post edit recounts alone. The body
  // is the file's text after the front-matter, so the file's hash (already computed) stands for it.
  const sourceHashes = new Map(sources.map((s) => [s.file, hashOfSource(s)]));
  const textKeys = input.map((r, i) =>
    r.text
      ? hashOf(r.text.title, r.text.description ?? '\0', sourceHashes.get(posts[i]!.file) ?? r.text.body)
      : '',
  );
  // Kept while every post's slug, tags, date, pins and text are the same.
  const key = [input.map((r, i) => ({ ...r, text: r.text && textKeys[i] })), config.related];
  // Indexes into this very list: a kept value of another length or out of range is a miss.
  const n = posts.length;
  const schema = z
    .array(
      z.array(
        z
          .number()
          .int()
          .min(0)
          .max(n - 1),
      ),
    )
    .length(n);
  return cache.memo('related', key, schema, () =>
    relatePostsCounting(
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
    ),
  );
}
