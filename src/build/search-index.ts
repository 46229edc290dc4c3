/**
 * @fileoverview The search index, built by the write stage once the pages are written: indexes the post pages
 * with Pagefind (its binary runs as a child process through the npm package's Node API) and returns the
 * files of the index, written under `pagefind/`. A big blog's index is in parts (`site/search-parts.ts`), and
 * only the parts whose post pages changed are indexed again: Pagefind has no incremental update.
 */

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { hashOf } from '../cache/fingerprint.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { walkFiles } from '../fs/walk-files.ts';
import {
  type FinishedFile,
  isAsRecorded,
  type OutputManifest,
  type WriteTask,
} from '../output/site-writer.ts';
import { crashPoint } from '../output/staging.ts';
import type { Page } from '../site/plan.ts';
import { SEARCH_DIR, searchPartDir, searchPartOf, searchPartOfFile } from '../site/search-parts.ts';

/** Bundle files that only Pagefind's own UIs load; the theme's search page talks to `pagefind.js` directly. */
const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/**
 * Files a merged part does without: the browser runs the main part's script, worker and WebAssembly for every
 * part, and loads only each part's entry, metadata, index, filter and fragment files.
 */
const MAIN_PART_ONLY = /^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]*\.pagefind)$/;

const require = createRequire(import.meta.url);
// The package exports no `./package.json`: read it beside its entry point.
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
    version: string;
  }
).version;

export interface SearchIndexer {
  /** The post pages (output paths) of each part to index, in the order they are indexed. */
  parts: readonly (readonly string[])[];
  /**
   * Indexes the parts that changed from the pages written in `folder` (each part names its own pages, so other
   * pages in the folder are never read) and returns their files, in a stable order; stops the Pagefind
   * process. Pagefind reads the pages itself, on its own threads, while the build writes the next part's pages.
   * @param into `scratch`: a folder where Pagefind writes each part's files, returned for the writer to move
   *   into place (a first build); or `take`: each part's files handed over in memory as soon as it is indexed
   *   (a rebuild in place, where the writer writes only those that differ), and none returned
   * @param ready settles once part `i`'s pages (of `parts`) are all written; a rejection stops the indexing
   * @param reading called once Pagefind has been asked to read the first part's pages (or has failed): from
   *   then on it works on its own while this thread is busy
   */
  indexFolder(
    folder: string,
    into: IndexOutput,
    ready: (i: number) => Promise<void>,
    reading?: () => void,
  ): Promise<FinishedFile[]>;
  /** Stops the Pagefind process when the build fails before `indexFolder`. */
  abort(): Promise<void>;
}

/** Where the index's files go: see `SearchIndexer.indexFolder`. */
export type IndexOutput = { scratch: string } | { take: (files: FinishedFile[]) => Promise<void> };

/** One part of the index: its post pages (output paths) and the fingerprint its files are written with. */
interface SearchPart {
  part: number;
  pages: string[];
  /** A hash of its post pages' fingerprints, the number of parts and Pagefind's version. */
  fingerprint: string;
}

/**
 * Plans the index of the post pages: each part whose post pages all have the fingerprint they had (their
 * template, data and HTML) and whose files are intact is kept; the others are indexed again. Index and tag
 * pages, assets and the feed are not inputs, so changing them never re-indexes.
 * @param pages every page, the search page among them: it says how many parts the index has
 * @param fingerprints of what the index reads of each post page (`fingerprintPage`'s `indexed`), by page
 *   (undefined for the other pages)
 * @returns the kept parts' files as write tasks, and the indexer for the others (none when all are kept)
 */
export async function startSearchIndex(
  pages: readonly Page[],
  fingerprints: readonly (string | undefined)[],
  language: string,
  previous: OutputManifest | undefined,
  outDir: string,
): Promise<{ kept: WriteTask[]; indexer: SearchIndexer | undefined }> {
  const count = (pages.find((p) => p.template === 'search')?.data.search?.parts.length ?? 0) + 1;
  const parts: SearchPart[] = Array.from({ length: count }, (_, part) => ({
    part,
    pages: [],
    fingerprint: '',
  }));
  const inputs: string[][] = parts.map(() => [PAGEFIND_VERSION, language, String(count)]);
  pages.forEach((page, i) => {
    if (page.template !== 'post') return;
    const part = searchPartOf(page.outputPath, count);
    parts[part]!.pages.push(page.outputPath);
    inputs[part]!.push(page.outputPath, fingerprints[i]!);
  });
  parts.forEach((part, i) => {
    part.fingerprint = `search:${hashOf(...inputs[i]!)}`;
  });

  // Fingerprints are all `page:` without a cache, but then there is no previous manifest either. A kept file
  // must be as the manifest says (the writer checks the same), else its content would be needed.
  const before = Object.entries(previous ?? {}).filter(([path]) => path.startsWith(`${SEARCH_DIR}/`));
  const intact = ([path, recorded]: (typeof before)[number], part: SearchPart) =>
    recorded[0] === part.fingerprint && isAsRecorded(join(outDir, path), recorded);
  const byPart = parts.map((): typeof before => []);
  for (const file of before) byPart[searchPartOfFile(file[0])]?.push(file);
  const kept: WriteTask[] = [];
  const stale: SearchPart[] = [];
  for (const part of parts) {
    const files = byPart[part.part]!;
    if (files.length > 0 && files.every((file) => intact(file, part)))
      for (const [outputPath] of files)
        kept.push({
          outputPath,
          fingerprint: part.fingerprint,
          content: () => readFileSync(join(outDir, outputPath)),
        });
    else stale.push(part);
  }
  return { kept, indexer: stale.length > 0 ? await openSearchIndex(language, stale) : undefined };
}

/** Starts Pagefind to index `parts` of pages in `language` (an ISO 639-1 code, or a tag such as `en-US`). */
async function openSearchIndex(language: string, parts: readonly SearchPart[]): Promise<SearchIndexer> {
  const indexPart = async (
    folder: string,
    into: IndexOutput,
    part: SearchPart,
    reading: () => void,
  ): Promise<FinishedFile[]> => {
    const created = await pagefindCall(() => pagefind.createIndex({ forceLanguage: language.slice(0, 2) }));
    const index = created.index;
    if (!index) throw searchError(created.errors.join('; ') || 'Pagefind returned no index');
    // With no page marked `data-pagefind-body`, Pagefind would index every page: no posts, empty index.
    if (part.pages.length > 0) {
      const { glob, others } = partGlob(part.pages);
      if (glob) {
        const adding = pagefindCall(() => index.addDirectory({ path: folder, glob }));
        reading(); // the request is sent: Pagefind reads the folder on its own threads
        const added = await adding;
        if (added.errors.length) throw searchError(added.errors.slice(0, 3).join('; '));
      }
      for (const sourcePath of others) {
        const content = readFileSync(join(folder, sourcePath), 'utf8');
        const added = await pagefindCall(() => index.addHTMLFile({ sourcePath, content }));
        if (added.errors.length) throw searchError(added.errors.slice(0, 3).join('; '));
      }
    }
    const dir = searchPartDir(part.part);
    const wanted = (rel: string) =>
      !UNUSED_FILE.test(rel.split('/').pop()!) && !(part.part > 0 && MAIN_PART_ONLY.test(rel));
    if ('take' in into) {
      // Updating an output in place: most of a part's files come out the same, and are only compared. Pagefind
      // writing them all (700 at 10,000 posts) to be compared took 1.0 s of a one-title rebuild; handed over
      // (base64 inside JSON), they cost this thread a fraction of that.
      const got = await pagefindCall(() => index.getFiles());
      if (got.errors.length) throw searchError(got.errors.join('; '));
      await pagefindCall(() => index.deleteIndex());
      crashPoint('search:written');
      return got.files
        .filter((f) => wanted(f.path))
        .map((f) => ({ content: f.content, outputPath: `${dir}/${f.path}`, fingerprint: part.fingerprint }));
    }
    // A first build: Pagefind writes the files itself, into the scratch folder beside the output, and the writer
    // moves them into place. Handed over instead, they would cost this thread about 0.4 s at 1,000 posts, and
    // writing them here as long as Pagefind's own write.
    const scratch = join(into.scratch, String(part.part));
    const written = await pagefindCall(() => index.writeFiles({ outputPath: scratch }));
    if (written.errors.length) throw searchError(written.errors.join('; '));
    await pagefindCall(() => index.deleteIndex());
    crashPoint('search:written');
    return walkFiles(scratch, { within: scratch })
      .files.filter((f) => wanted(f.rel))
      .map((f) => ({ path: f.path, outputPath: `${dir}/${f.rel}`, fingerprint: part.fingerprint }));
  };

  return {
    parts: parts.map((part) => part.pages),
    async indexFolder(folder, into, ready, reading = () => {}) {
      let told = false;
      const tell = () => {
        if (!told) reading();
        told = true;
      };
      // In memory, a part's files are written while Pagefind indexes the next; at most one part waits.
      let taking: Promise<void> = Promise.resolve();
      try {
        // One part at a time: two at once measured no faster on two cores (wall 0.99, 3 clean builds each).
        const files: FinishedFile[] = [];
        for (const [i, part] of parts.entries()) {
          await ready(i);
          const made = await indexPart(folder, into, part, tell);
          tell(); // a part of pages Pagefind could not take by glob alone
          if ('take' in into) {
            await taking;
            taking = into.take(made);
            taking.catch(() => {}); // awaited before the next part's, or below
          } else files.push(...made);
        }
        await taking;
        return files;
      } finally {
        tell();
        await pagefind.close();
      }
    },
    async abort() {
      await pagefind.close().catch(() => {});
    },
  };
}

/** Characters Pagefind's glob syntax gives a meaning, each matched as itself after a backslash. */
const GLOB_SPECIAL = /[[\]{}*?,<>:()]/g;
/** Characters a glob cannot match at all (not even escaped): such pages are handed over one by one. */
const NOT_IN_GLOB = /[\\!#]/;

/**
 * A glob for Pagefind that matches exactly the given output paths (and so no other page in the folder), and
 * the paths it cannot express, which are added one by one. The folders every path starts with and the file
 * name every path ends with stay outside the alternatives (`posts/{a,b}/index.html`): Pagefind matched a part
 * of 620 pages against it in 0.87 of the time (10 runs each, `addDirectory` alone).
 */
export function partGlob(paths: readonly string[]): { glob: string | undefined; others: string[] } {
  const others = paths.filter((p) => NOT_IN_GLOB.test(p));
  const globbed = paths.filter((p) => !NOT_IN_GLOB.test(p));
  if (globbed.length === 0) return { glob: undefined, others };
  const literal = (text: string) => text.replace(GLOB_SPECIAL, '\\$&');
  if (globbed.length === 1) return { glob: literal(globbed[0]!), others };
  const { head, tail } = sharedEnds(globbed);
  const middles = globbed.map((p) => literal(p.slice(head.length, p.length - tail.length)));
  return { glob: `${literal(head)}{${middles.join(',')}}${literal(tail)}`, others };
}

/**
 * The longest leading folders (up to a `/`) and trailing file name (from a `/`) that every path shares, leaving
 * each path something in between, so that no two paths become the same alternative.
 */
function sharedEnds(paths: readonly string[]): { head: string; tail: string } {
  const first = paths[0]!;
  let head = first.length;
  let tail = first.length;
  for (const p of paths) {
    let i = 0;
    while (i < head && i < p.length && p[i] === first[i]) i++;
    head = i;
    let j = 0;
    while (j < tail && j < p.length && p[p.length - 1 - j] === first[first.length - 1 - j]) j++;
    tail = j;
  }
  let headText = head > 0 ? first.slice(0, first.lastIndexOf('/', head - 1) + 1) : '';
  let tailText = tail > 0 ? first.slice(first.length - tail) : '';
  tailText = tailText.slice(Math.max(0, tailText.indexOf('/')));
  if (!tailText.startsWith('/')) tailText = '';
  const shortest = Math.min(...paths.map((p) => p.length));
  if (headText.length + tailText.length >= shortest) tailText = '';
  if (headText.length >= shortest) headText = '';
  return { head: headText, tail: tailText };
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
