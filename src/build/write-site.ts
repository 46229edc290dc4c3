/**
 * @fileoverview Stage 7: the planned pages rendered through the theme and written, with the site files and copies.
 * Pages are rendered as they are written, a few dozen in flight, so the site is never all in memory at once; with a cache, a
 * page whose inputs are unchanged and whose file is intact is neither rendered nor written. It begins before the
 * related posts are linked (`beginWrite`), so that a rebuild's search index can start, and ends after (`finish`).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { hashOf } from '../cache/fingerprint.ts';
import { pageLibrariesKey } from '../cache/stage-keys.ts';
import {
  type CopyJob,
  type FinishedFile,
  isAsRecorded,
  type OutputManifest,
  openSiteWriter,
  type SiteWriter,
  type WriteTask,
} from '../output/site-writer.ts';
import { crashPoint, stagingPath } from '../output/staging.ts';
import type { Theme } from '../render/templates.ts';
import { metaView } from '../site/meta.ts';
import type { Page } from '../site/plan.ts';
import { fingerprintPage, indexedFingerprint, indexedOf, linkedFingerprint } from './page-fingerprint.ts';
import {
  assertSearchAvailable,
  type IndexOutput,
  type SearchIndexer,
  startSearchIndex,
} from './search-index.ts';
import type { OutputFile } from './site-files.ts';

export interface WriteInput {
  outDir: string;
  /** The planned pages; a post page's related posts may be linked between `beginWrite` and `finish`. */
  pages: readonly Page[];
  theme: Theme;
  /** The last build's manifest of `outDir`, when the cache has one: unchanged files are kept. */
  previous: OutputManifest | undefined;
  /** Page fingerprints, when there is a cache to keep them in; post HTML hashes by source file. */
  fingerprints: { htmlHashes: ReadonlyMap<string, string> } | undefined;
  /** Called once before the first change to a previous output (the cache forgets its manifest). */
  beforeChange: () => void;
  /** Index the post pages for search (`search-index.ts`) as they are rendered, in the site's language. */
  search?: { language: string };
}

/** What `finish` writes besides the pages. */
export interface WriteRest {
  files: readonly OutputFile[];
  copies: readonly CopyJob[];
  /**
   * Files still to be made (the social cards, whose renderer takes a while to load): started once the search
   * index's pages are written, so that Pagefind starts on them first, and written after the pages.
   */
  later?: () => Promise<readonly OutputFile[]>;
  /**
   * Called once every page, site file and copy is in the output: in a rebuild in place, while the search index
   * may still be in the making and before the files of deleted pages are removed (`blog serve` reloads the
   * browser then: a one-post edit's part takes Pagefind a second or more).
   */
  written?: () => void;
}

export interface SiteWrite {
  /** Writes the site, once the pages' related posts are linked. */
  finish(rest: WriteRest): Promise<WrittenSite>;
  /** Stops the search index and removes the staging folder when the build fails before `finish`. */
  abort(): Promise<void>;
}

export interface WrittenSite {
  /** What `outDir` now holds. */
  manifest: OutputManifest;
  stats: { written: number; kept: number; removed: number };
}

/**
 * Most post pages written ahead of their related posts so that Pagefind can start on its parts before they are
 * counted: a one-post edit writes one. Past it (a template edited) the parts are indexed once written, as in a
 * first build, rather than each of those pages written twice.
 */
const AHEAD_LIMIT = 256;

/**
 * Parts of the index to make at most for Pagefind to hand them over in memory in a rebuild in place (and the
 * writer to write only the files that differ) rather than write them beside the output to be compared. Each
 * part is a few megabytes of files, base64 twice over: a template edit at 10,000 posts (16 parts) in memory
 * peaked at 411–468 MB of this process's memory against 364–392 MB; a one-title edit (1 part) the same as before.
 */
const PARTS_IN_MEMORY = 2;

/** The search index of a build: the fingerprints it was planned from, kept parts, and the parts to index. */
interface SearchPlan {
  /** Each post page's indexed fingerprint (other pages': undefined, made when they are written). */
  indexed: (string | undefined)[];
  kept: WriteTask[];
  indexer: SearchIndexer | undefined;
  /** Started already, in `beginWrite`: the files of the parts indexed. */
  indexing?: Promise<FinishedFile[]>;
  /** Pagefind's scratch folder beside the output (a killed build's is removed by the next). */
  scratch: string;
}

/**
 * Opens the output for the planned pages. In a rebuild in place with search, starts indexing the parts of the
 * index that changed at once, before the related posts are counted: Pagefind reads what the theme's post pages
 * hold besides their links to other posts, which are in the output already but for the few pages whose own
 * content changed; those are written ahead (and again by `finish`, with their links).
 */
export async function beginWrite(input: WriteInput): Promise<SiteWrite> {
  const { theme, fingerprints, pages, search } = input;
  if (search) assertSearchAvailable();
  const writer = openSiteWriter(input.outDir, input.previous, input.beforeChange);
  const themeKey = hashOf(theme.fingerprint, pageLibrariesKey());
  const htmlHash = (page: Page) => fingerprints?.htmlHashes.get(page.source ?? '') ?? '';
  // A blog's own `post.eta` may put the links anywhere: then a post page's indexed fingerprint is the page's,
  // which needs the links.
  const linksIndexed = theme.overrides('post.eta');
  const planSearch = async (language: string): Promise<SearchPlan> => {
    // Post pages only: the index reads no other page, and the others' fingerprints are made as they are written,
    // after Pagefind has started (a quarter of the pages at 10,000 posts, with longer data).
    const indexed = pages.map((page) =>
      page.template !== 'post'
        ? undefined
        : !fingerprints
          ? 'page:'
          : linksIndexed
            ? fingerprintPage(themeKey, page, htmlHash(page)).page
            : indexedFingerprint(themeKey, page, htmlHash(page)),
    );
    const { kept, indexer } = await startSearchIndex(pages, indexed, language, input.previous, input.outDir);
    return { indexed, kept, indexer, scratch: stagingPath(input.outDir, 'tmp') };
  };
  let early: SearchPlan | undefined;
  try {
    if (search && fingerprints && !linksIndexed) {
      early = await planSearch(search.language);
      if (early.indexer && writer.inPlace) early.indexing = (await indexAhead(input, writer, early))?.files;
    }
  } catch (error) {
    await early?.indexer?.abort();
    writer.discard();
    throw error;
  }
  const pagePrint = (page: Page, i: number, indexed: readonly (string | undefined)[] | undefined) =>
    !fingerprints
      ? 'page:'
      : indexed?.[i] !== undefined && !linksIndexed
        ? linkedFingerprint(indexed[i], page)
        : fingerprintPage(themeKey, page, htmlHash(page)).page;

  return {
    async finish(rest) {
      const searching = search && (early ?? (await planSearch(search.language)));
      // Each page is fingerprinted and rendered only as a write slot frees up (the tasks are made lazily).
      const task = (i: number): WriteTask => ({
        outputPath: pages[i]!.outputPath,
        fingerprint: pagePrint(pages[i]!, i, searching ? searching.indexed : undefined),
        content: () => renderPage(theme, pages[i]!),
      });
      function* tasks(indexes: Iterable<number>): Generator<WriteTask> {
        for (const i of indexes) yield task(i);
      }
      let later: Promise<readonly OutputFile[]> | undefined;
      const startLater = () => {
        later ??= rest.later?.() ?? Promise.resolve([]);
        later.catch(() => {}); // awaited below; a failure of the pages' writing comes first
      };
      let index: SearchIndexing | undefined;
      try {
        try {
          if (searching) index = await writeIndexedPages(writer, pages, tasks, searching, startLater);
          else await writer.write(tasks(pages.keys()));
          startLater();
        } finally {
          await later?.catch(() => {}); // nothing of it runs on once the build has failed
        }
        await writer.write(
          [...rest.files, ...(await later!)].map((file) => ({
            outputPath: file.outputPath,
            fingerprint: file.fingerprint ?? `page:${hashOf(file.content)}`,
            content: () => file.content,
          })),
        );
        await writer.copy(rest.copies);
        // A first build is staged, and is in the output only once `writer.finish` has swapped it in.
        if (writer.inPlace) rest.written?.();
        await index?.finish();
      } catch (error) {
        await index?.abort();
        throw error;
      }
      const manifest = await writer.finish();
      if (!writer.inPlace) rest.written?.();
      return { manifest, stats: writer.stats };
    },
    async abort() {
      await early?.indexer?.abort();
      if (early?.indexing) await early.indexing.catch(() => {});
      if (early) await rm(early.scratch, { recursive: true, force: true });
      writer.discard();
    },
  };
}

/**
 * Writes ahead the post pages of the parts to index whose content for the index is not in the output yet
 * (their indexed fingerprint differs from the manifest's, or the file is not as recorded), and starts Pagefind
 * on the parts; resolves once it is reading them. Undefined, with nothing written, when there are too many.
 */
async function indexAhead(
  input: WriteInput,
  writer: SiteWriter,
  search: SearchPlan,
): Promise<{ files: Promise<FinishedFile[]> } | undefined> {
  const { pages, previous, theme } = input;
  const at = new Map(pages.map((page, i) => [page.outputPath, i]));
  const inOutput = (i: number) => {
    const { outputPath } = pages[i]!;
    const recorded = previous?.[outputPath];
    return (
      !!recorded &&
      indexedOf(recorded[0]) === search.indexed[i] &&
      isAsRecorded(join(writer.folder, outputPath), recorded)
    );
  };
  const changed = search
    .indexer!.parts.flatMap((paths) => paths.map((path) => at.get(path)!))
    .filter((i) => !inOutput(i));
  if (changed.length > AHEAD_LIMIT) return undefined;
  await writer.writeAhead(
    changed.map((i) => ({
      outputPath: pages[i]!.outputPath,
      fingerprint: search.indexed[i]!,
      content: () => renderPage(theme, pages[i]!),
    })),
  );
  crashPoint('search:ahead');
  let reading!: () => void;
  const started = new Promise<void>((resolve) => {
    reading = resolve;
  });
  const indexing = search.indexer!.indexFolder(
    writer.folder,
    indexOutput(writer, search),
    async () => {},
    reading,
  );
  indexing.catch(() => {}); // awaited by `finish`, or `abort`
  await started;
  return { files: indexing };
}

/**
 * Where Pagefind puts the parts it makes: handed over in memory in a rebuild in place of a few parts, else
 * beside the output.
 */
function indexOutput(writer: SiteWriter, search: SearchPlan): IndexOutput {
  return writer.inPlace && search.indexer!.parts.length <= PARTS_IN_MEMORY
    ? { take: (files) => writer.adopt(files) }
    : { scratch: search.scratch };
}

/** The search index still in the making once the pages are written. */
interface SearchIndexing {
  /** Waits for Pagefind and moves the index's files into the output. */
  finish(): Promise<void>;
  /** Stops Pagefind and removes its scratch folder when the build fails before `finish`. */
  abort(): Promise<void>;
}

/**
 * Writes the pages while Pagefind indexes the post pages of each part of the index that changed, from the
 * folder (kept pages too: a part is made from all of its pages), each part once its pages are written (or at
 * once, when `beginWrite` started it); the other parts' files are kept. Resolves once the pages are written,
 * with the indexing still going on.
 */
async function writeIndexedPages(
  writer: SiteWriter,
  pages: readonly Page[],
  tasks: (indexes: Iterable<number>) => Iterable<WriteTask>,
  search: SearchPlan,
  partsWritten: () => void,
): Promise<SearchIndexing | undefined> {
  const { kept, indexer } = search;
  if (!indexer) {
    await writer.write(tasks(pages.keys()));
    await writer.keep(kept); // each file checked intact when its part was planned
    return undefined;
  }
  // The parts' post pages are written first, part by part, and Pagefind indexes each part as soon as its
  // pages are written, in its own process, while this one writes the rest of the site.
  const at = new Map(pages.map((page, i) => [page.outputPath, i]));
  // Started already: then the pages are written in their order.
  const partPages = search.indexing ? [] : indexer.parts.map((paths) => paths.map((path) => at.get(path)!));
  const inParts = new Set(partPages.flat());
  const rest = [...pages.keys()].filter((i) => !inParts.has(i));
  const written = partPages.map(() => settleLater());
  const indexing =
    search.indexing ??
    indexer.indexFolder(writer.folder, indexOutput(writer, search), (k) => written[k]!.promise);
  indexing.catch(() => {}); // awaited by `finish`, or `abort`
  const abort = async () => {
    await indexer.abort(); // the Pagefind process would outlive a failed build in `blog serve`
    await indexing.catch(() => {});
    await rm(search.scratch, { recursive: true, force: true });
  };
  try {
    for (const [k, indexes] of partPages.entries()) {
      await writer.write(tasks(indexes));
      written[k]!.resolve();
    }
    partsWritten();
    await writer.write(tasks(rest));
    await writer.keep(kept); // each file checked intact when its part was planned
  } catch (error) {
    for (const part of written) part.reject(error);
    await abort();
    throw error;
  }
  return {
    // A failure here reaches `finish`'s caller, which calls `abort` (Pagefind stopped, scratch removed).
    async finish() {
      await writer.adopt(await indexing);
      await rm(search.scratch, { recursive: true, force: true });
    },
    abort,
  };
}

/** A promise settled from outside; its rejection counts as handled until someone awaits it. */
function settleLater(): { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void } {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** A page through its theme template, with its data as templates read it (the head metadata's JSON-LD as text). */
function renderPage(theme: Theme, page: Page): string {
  const { data } = page;
  return theme.render(page.template, data.meta ? { ...data, meta: metaView(data.meta) } : data);
}
