/**
 * @fileoverview The search index, built by the write stage as it renders pages: indexes the post pages with Pagefind (its binary runs as a child process
 * through the npm package's Node API) and returns the files of the index, written under `pagefind/`.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { hashOf } from '../cache/fingerprint.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { walkFiles } from '../fs/walk-files.ts';
import type { FinishedFile, OutputManifest, WriteTask } from '../output/site-writer.ts';
import { crashPoint } from '../output/staging.ts';
import type { Page } from '../site/plan.ts';
import { SEARCH_DIR } from '../site/search-page.ts';

/** Bundle files that only Pagefind's own UIs load; the theme's search page talks to `pagefind.js` directly. */
const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

const require = createRequire(import.meta.url);
// The package exports no `./package.json`: read it beside its entry point.
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
    version: string;
  }
).version;

export interface SearchIndexer {
  /** Written with each index file: a hash of the post pages' fingerprints and of Pagefind's version. */
  fingerprint: string;
  /**
   * Indexes the pages written in `folder` (exactly this build's: the caller removes pages of an earlier build
   * first), has Pagefind write the index into `scratch` and returns its files, in a stable order; stops the
   * Pagefind process. Pagefind reads the pages itself, on its own threads; only pages marked
   * `data-pagefind-body` (the post pages) are indexed.
   */
  indexFolder(folder: string, postPages: readonly string[], scratch: string): Promise<FinishedFile[]>;
  /** Stops the Pagefind process when the build fails before `indexFolder`. */
  abort(): Promise<void>;
}

/**
 * Starts the index of the post pages, or keeps the previous one: when every post page has the fingerprint
 * it had (its template, data and HTML) and the index files are intact, nothing is re-indexed. Index and tag
 * pages, assets and the feed are not inputs, so changing them never re-indexes.
 * @returns the indexer to give every post page's HTML to, or the previous index's files as write tasks
 */
export async function startSearchIndex(
  pages: readonly Page[],
  fingerprints: readonly string[],
  language: string,
  previous: OutputManifest | undefined,
  outDir: string,
): Promise<{ indexer: SearchIndexer } | { kept: WriteTask[] }> {
  const fingerprint = `search:${hashOf(
    PAGEFIND_VERSION,
    language,
    ...pages.flatMap((p, i) => (p.template === 'post' ? [p.path, fingerprints[i]!] : [])),
  )}`;
  // Fingerprints are all `page:` without a cache, but then there is no previous manifest either. A kept file
  // must be as the manifest says (the writer checks the same), else its content would be needed.
  const kept = Object.entries(previous ?? {}).filter(([path]) => path.startsWith(`${SEARCH_DIR}/`));
  const intact = ([path, [fp, size, mtimeMs]]: (typeof kept)[number]) => {
    try {
      const st = statSync(join(outDir, path));
      return fp === fingerprint && st.isFile() && st.size === size && st.mtimeMs === mtimeMs;
    } catch {
      return false;
    }
  };
  if (kept.length > 0 && kept.every(intact))
    return {
      kept: kept.map(([outputPath]) => ({
        outputPath,
        fingerprint,
        content: () => readFileSync(join(outDir, outputPath)),
      })),
    };
  return { indexer: await openSearchIndex(language, fingerprint) };
}

/** Starts a Pagefind index for pages in `language` (an ISO 639-1 code, or a tag such as `en-US`). */
async function openSearchIndex(language: string, fingerprint: string): Promise<SearchIndexer> {
  const created = await pagefindCall(() => pagefind.createIndex({ forceLanguage: language.slice(0, 2) }));
  const index = created.index;
  if (!index) throw searchError(created.errors.join('; ') || 'Pagefind returned no index');

  return {
    fingerprint,
    async indexFolder(folder, postPages, scratch) {
      try {
        // With no page marked `data-pagefind-body`, Pagefind would index every page: no posts, empty index.
        if (postPages.length > 0) {
          const glob = pageGlob(postPages);
          const added = await pagefindCall(() => index.addDirectory({ path: folder, glob }));
          if (added.errors.length) throw searchError(added.errors.slice(0, 3).join('; '));
        }
        // Pagefind writes the files itself, into the scratch folder beside the output, and the writer moves
        // them into place. `getFiles` would send them all back base64-encoded inside JSON (about 0.4 s of this
        // thread's time at 1,000 posts), and reading and writing them again costs as much as Pagefind's write.
        const written = await pagefindCall(() => index.writeFiles({ outputPath: scratch }));
        if (written.errors.length) throw searchError(written.errors.join('; '));
        crashPoint('search:written');
        const { files } = walkFiles(scratch, { within: scratch });
        return files
          .filter((f) => !UNUSED_FILE.test(f.rel.split('/').pop()!))
          .map((f) => ({ path: f.path, outputPath: `${SEARCH_DIR}/${f.rel}`, fingerprint }));
      } finally {
        await pagefind.close();
      }
    },
    async abort() {
      await pagefind.close().catch(() => {});
    },
  };
}

/** More top-level folders than this and the glob is every page: a long list of alternatives costs more than it saves. */
const MAX_GLOB_FOLDERS = 64;

/**
 * A glob for Pagefind that matches the post pages (given by output path) and as few others as it can: the
 * top-level folders the posts are in (`posts/`, or the years of `:year/:slug/`). Pagefind reads and parses
 * every page the glob matches before it skips those without `data-pagefind-body`: at 10,000 posts the tag
 * and list pages are a quarter of the site.
 */
export function pageGlob(postPages: readonly string[]): string {
  const folders = new Set<string>();
  for (const path of postPages) {
    const slash = path.indexOf('/');
    if (slash < 0) return '**/*.html'; // a post page at the top level
    folders.add(path.slice(0, slash));
  }
  const names = [...folders].sort();
  if (names.length > MAX_GLOB_FOLDERS || names.some((n) => /[{}[\]*?,!\\]/.test(n))) return '**/*.html';
  return names.length === 1 ? `${names[0]}/**/*.html` : `{${names.join(',')}}/**/*.html`;
}

/** Throws the search error now, before anything is written, when Pagefind has no binary to run. */
export function assertSearchAvailable(): void {
  const missing = missingBinary();
  if (missing) throw searchError(missing);
}

/**
 * Why Pagefind has no binary to run, or undefined when it has one. Its Node API looks the binary up the
 * same way, but only when it starts it, and then prints a stack trace of its own; this check comes first.
 */
function missingBinary(): string | undefined {
  for (const name of ['PAGEFIND_EXTENDED_BINARY_PATH', 'PAGEFIND_BINARY_PATH']) {
    const given = process.env[name];
    if (given) return existsSync(given) ? undefined : `${name} names ${given}, which does not exist`;
  }
  const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const exe = process.platform === 'win32' ? '.exe' : '';
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      require.resolve(`@pagefind/${platform}/bin/${name}${exe}`);
      return undefined;
    } catch {}
  }
  return `the package @pagefind/${platform} (Pagefind's binary for this platform) is not installed`;
}

/** A Pagefind call whose failure (no binary for this platform, a crashed process) is a clear BlogError. */
async function pagefindCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    await pagefind.close().catch(() => {});
    throw searchError(error instanceof Error ? error.message : String(error), error);
  }
}

function searchError(message: string, cause?: unknown): BlogError {
  return new BlogError('SEARCH_INDEX', `Could not build the search index: ${message.split('\n')[0]}`, {
    cause,
    hint: 'Pagefind ships as an optional npm dependency: reinstall without --omit=optional, or set "search": false in blog.config.json to build without search.',
  });
}
