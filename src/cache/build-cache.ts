/**
 * @fileoverview The build's view of the persistent cache: per-post entries, memoised blog-wide steps
 * (related posts), and what the last build into an output folder wrote, with the inputs it was built from.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../content/frontmatter.ts';
import { walkFiles } from '../fs/walk-files.ts';
import type { OutputManifest } from '../output/site-writer.ts';
import { listThemeFiles } from '../render/templates.ts';
import { hashOf, hashOfSource } from './fingerprint.ts';
import { PostCache } from './post-cache.ts';
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
  /** The value `compute` returned for the same `input` last time, or computes and keeps it. */
  memo<T>(name: string, input: unknown, compute: () => T): T;
  /** Hash of all inputs, for deciding that nothing changed at all. */
  inputs: string;
  readOutput<R>(outDir: string): OutputRecord<R> | undefined;
  writeOutput<R>(outDir: string, record: OutputRecord<R>): void;
  forgetOutput(outDir: string): void;
}

/**
 * @param config the effective config: part of every key
 * @param flags the rest of what shapes the output (drafts, future, output folder): part of the inputs hash
 */
export function openBuildCache(
  root: string,
  dir: string,
  config: unknown,
  flags: unknown,
  sources: readonly SourceFile[],
): BuildCache {
  const store = openCacheStore(dir);
  // Posts and related posts do not depend on the flags: `blog serve` and `blog build` share their entries.
  const configKey = hashOf(JSON.stringify(config));
  const files = listOtherFiles(root, ['posts', 'static']);
  // Rules may look for files (an image beside a post, under static/): their findings are kept only while
  // the set of file names is the same.
  const listing = hashOf(...files.map((f) => f.name), ...sources.map((s) => s.file));
  const posts = new PostCache(store, configKey, listing);
  const theme = listThemeFiles(root).flatMap((f) => [f.name, readFileSync(f.path)]);
  const inputs = hashOf(
    configKey,
    JSON.stringify(flags),
    ...sources.flatMap((s) => [s.file, hashOfSource(s)]),
    ...files.map((f) => `${f.name}:${f.size}:${f.mtimeMs}`),
    ...theme,
  );
  const outputName = (outDir: string) => `output-${hashOf(outDir).slice(0, 16)}`;
  return {
    store,
    posts,
    inputs,
    memo(name, input, compute) {
      const key = hashOf(configKey, JSON.stringify(input));
      const kept = store.readRecord<{ key: string; value: unknown }>(name);
      if (kept && kept.key === key) return kept.value as ReturnType<typeof compute>;
      const value = compute();
      store.writeRecord(name, { key, value });
      return value;
    },
    readOutput: (outDir) => store.readRecord(outputName(outDir)),
    writeOutput: (outDir, record) => store.writeRecord(outputName(outDir), record),
    forgetOutput: (outDir) => store.removeRecord(outputName(outDir)),
  };
}

interface ListedFile {
  name: string;
  size: number;
  mtimeMs: number;
}

/** Every non-Markdown file under the given folders (Markdown posts are hashed by content instead). */
function listOtherFiles(root: string, dirs: readonly string[]): ListedFile[] {
  const out: ListedFile[] = [];
  for (const dir of dirs) {
    // The same files the build reads and copies: the one walker's policy, so the key sees what is published.
    for (const file of walkFiles(join(root, dir), { within: root, keepWellKnown: dir === 'static' }).files) {
      if (dir === 'posts' && /\.(md|markdown)$/i.test(file.rel)) continue;
      const st = statSync(file.path);
      out.push({ name: `${dir}/${file.rel}`, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
