/**
 * @fileoverview The build's view of the persistent cache: per-post entries, the store where blog-wide steps
 * keep their records (related posts), and what the last build into an output folder wrote, with the inputs it
 * was built from.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { SiteConfig } from '../config/schema.ts';
import { fileStamp } from '../fs/file-stamp.ts';
import { pathInside } from '../fs/inside.ts';
import { relativePosix, walkFiles } from '../fs/walk-files.ts';
import type { OutputManifest } from '../output/site-writer.ts';
import { listThemeFiles } from '../render/templates.ts';
import { hashOf } from './fingerprint.ts';
import { PostCache } from './post-cache.ts';
import { outputRecordSchema } from './schemas.ts';
import { type HashedSource, hashSourceFiles } from './source-stamps.ts';
import { pageLibrariesKey, parseKey, renderKey } from './stage-keys.ts';
import { type CacheStore, openCacheStore } from './store.ts';

export const DEFAULT_CACHE_DIR = '.blog-cache';

export interface OutputRecord<R> {
  /** Hash of every input of the build: posts, other files, config, flags, theme, code. */
  inputs: string;
  /** The earliest date of a post left out as future: past it, the same inputs give another site. */
  nextFuture: number | null;
  result: R;
  files: OutputManifest;
}

export interface BuildCache {
  store: CacheStore;
  posts: PostCache;
  /** Hash of all inputs, for deciding that nothing changed at all. */
  inputs: string;
  /**
   * The post files with their texts' hashes (`source-stamps.ts`: unchanged files are not read), handed over
   * once: the cache holds no post's text for the rest of the build (60 MB at 10,000 posts).
   */
  takeSources(): HashedSource[];
  /** The last build's record of `outDir`; undefined unless it has the shape and every path lies inside. */
  readOutput<S extends z.ZodType>(outDir: string, result: S): OutputRecord<z.infer<S>> | undefined;
  writeOutput<R>(outDir: string, record: OutputRecord<R>): void;
  forgetOutput(outDir: string): void;
}

/**
 * @param config the effective config: each stage's key takes the slice it reads
 * @param flags the rest of what shapes the output (drafts, future, output folder): part of the inputs hash
 * @param postPaths the post files, absolute (`listPostFiles`)
 */
export function openBuildCache(
  root: string,
  dir: string,
  config: SiteConfig,
  flags: unknown,
  postPaths: readonly string[],
): BuildCache {
  const store = openCacheStore(dir);
  let sources = hashSourceFiles(store, root, postPaths);
  // Posts and related posts do not depend on the flags, nor on the origin of `baseUrl`: `blog serve` and
  // `blog build` share their entries.
  const configKey = parseKey(config);
  const files = listOtherFiles(root, ['posts', 'static']);
  // Rules may look for files (an image beside a post, under static/): their findings are kept only while
  // the set of file names is the same.
  const listing = hashOf(...files.map((f) => f.name), ...sources.map((s) => s.file));
  // Read on first use: a build that finds its output up to date never parses the per-post entries.
  let posts: PostCache | undefined;
  const theme = listThemeFiles(root).flatMap((f) => [f.name, readFileSync(f.path)]);
  const inputs = hashOf(
    JSON.stringify(config),
    renderKey(config),
    pageLibrariesKey(),
    JSON.stringify(flags),
    ...sources.flatMap((s) => [s.file, s.hash]),
    ...files.map((f) => `${f.name}:${f.stamp}`),
    ...theme,
  );
  const outputName = (outDir: string) => `output-${hashOf(outDir).slice(0, 16)}`;
  return {
    store,
    get posts() {
      posts ??= new PostCache(store, configKey, renderKey(config), listing);
      return posts;
    },
    inputs,
    takeSources() {
      const taken = sources;
      sources = [];
      return taken;
    },
    readOutput(outDir, result) {
      const record = store.readRecord(outputName(outDir), outputRecordSchema(result)) as
        | OutputRecord<z.infer<typeof result>>
        | undefined;
      // A manifest names the files a rebuild may keep or delete: one naming anything outside is not used.
      if (!record || !Object.keys(record.files).every((path) => pathInside(outDir, path))) return undefined;
      return record;
    },
    writeOutput: (outDir, record) => store.writeRecord(outputName(outDir), record),
    forgetOutput: (outDir) => store.removeRecord(outputName(outDir)),
  };
}

interface ListedFile {
  name: string;
  /** `fileStamp`: any change to the file changes it. */
  stamp: string;
}

/** Every non-Markdown file under the given folders (Markdown posts are hashed by content instead). */
function listOtherFiles(root: string, dirs: readonly string[]): ListedFile[] {
  const out: ListedFile[] = [];
  for (const dir of dirs) {
    // The same files the build reads and copies: the one walker's policy, so the key sees what is published.
    const walked = walkFiles(join(root, dir), { within: root, keepWellKnown: dir === 'static' });
    for (const file of walked.files) {
      if (dir === 'posts' && /\.(md|markdown)$/i.test(file.rel)) continue;
      out.push({ name: `${dir}/${file.rel}`, stamp: fileStamp(file.path, statSync(file.path)) });
    }
    // A FIFO left out is named in a warning: one added or removed changes what the build says.
    for (const file of walked.skipped)
      out.push({ name: `${dir}/${relativePosix(join(root, dir), file.path)}`, stamp: file.kind });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
