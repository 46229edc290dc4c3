/**
 * @fileoverview Stage 7: the planned pages rendered through the theme and written, with the site files and copies.
 * Pages are rendered as they are written, a few dozen in flight, so the site is never all in memory at once; with a cache, a
 * page whose inputs are unchanged and whose file is intact is neither rendered nor written.
 */
import { rm } from 'node:fs/promises';
import { hashOf } from '../cache/fingerprint.ts';
import { pageLibrariesKey } from '../cache/stage-keys.ts';
import {
  type CopyJob,
  type OutputManifest,
  openSiteWriter,
  type SiteWriter,
  type WriteTask,
} from '../output/site-writer.ts';
import { stagingPath } from '../output/staging.ts';
import type { Theme } from '../render/templates.ts';
import type { Page } from '../site/plan.ts';
import { fingerprintPage, type PageFingerprints } from './page-fingerprint.ts';
import { assertSearchAvailable, startSearchIndex } from './search-index.ts';
import type { OutputFile } from './site-files.ts';

export interface WriteInput {
  outDir: string;
  pages: readonly Page[];
  files: readonly OutputFile[];
  copies: readonly CopyJob[];
  theme: Theme;
  /** The last build's manifest of `outDir`, when the cache has one: unchanged files are kept. */
  previous: OutputManifest | undefined;
  /** Page fingerprints, when there is a cache to keep them in; post HTML hashes by source file. */
  fingerprints: { htmlHashes: ReadonlyMap<string, string> } | undefined;
  /** Called once before the first change to a previous output (the cache forgets its manifest). */
  beforeChange: () => void;
  /** Index the post pages for search (`search-index.ts`) as they are rendered, in the site's language. */
  search?: { language: string };
  /**
   * Files still to be made (the social cards, whose renderer takes a while to load): started once the search
   * index's pages are written, so that Pagefind starts on them first, and written after the pages.
   */
  later?: () => Promise<readonly OutputFile[]>;
}

export interface WrittenSite {
  /** What `outDir` now holds. */
  manifest: OutputManifest;
  stats: { written: number; kept: number; removed: number };
}

/** Writes the site into `outDir`. */
export async function writeSite(input: WriteInput): Promise<WrittenSite> {
  const { theme, fingerprints } = input;
  if (input.search) assertSearchAvailable();
  const writer = openSiteWriter(input.outDir, input.previous, input.beforeChange);
  const themeKey = hashOf(theme.fingerprint, pageLibrariesKey());
  // A generator, so each page is fingerprinted and rendered only as a write slot frees up.
  function* pageTasks(): Generator<WriteTask> {
    for (const page of input.pages) {
      yield {
        outputPath: page.outputPath,
        fingerprint: fingerprints
          ? fingerprintPage(themeKey, page, fingerprints.htmlHashes.get(page.source ?? '') ?? '').page
          : 'page:',
        content: () => theme.render(page.template, page.data),
      };
    }
  }
  let later: Promise<readonly OutputFile[]> | undefined;
  const startLater = () => {
    later ??= input.later?.() ?? Promise.resolve([]);
    later.catch(() => {}); // awaited below; a failure of the pages' writing comes first
  };
  try {
    if (input.search) await writeIndexedPages(input, writer, themeKey, input.search.language, startLater);
    else await writer.write(pageTasks());
    startLater();
  } finally {
    await later?.catch(() => {}); // nothing of it runs on once the build has failed
  }
  await writer.write(
    [...input.files, ...(await later!)].map((file) => ({
      outputPath: file.outputPath,
      fingerprint: file.fingerprint ?? `page:${hashOf(file.content)}`,
      content: () => file.content,
    })),
  );
  await writer.copy(input.copies);
  const manifest = await writer.finish();
  return { manifest, stats: writer.stats };
}

/**
 * Writes the pages while Pagefind indexes the post pages of each part of the index that changed, from the
 * folder (kept pages too: a part is made from all of its pages), each part once its pages are written; the
 * other parts' files are kept.
 */
async function writeIndexedPages(
  input: WriteInput,
  writer: SiteWriter,
  themeKey: string,
  language: string,
  partsWritten: () => void,
): Promise<void> {
  const { pages, theme, fingerprints } = input;
  const ownPostTemplate = theme.overrides('post.eta');
  const unkept: PageFingerprints = { page: 'page:', indexed: 'page:' };
  const prints = pages.map((page) => {
    if (!fingerprints) return unkept;
    const both = fingerprintPage(themeKey, page, fingerprints.htmlHashes.get(page.source ?? '') ?? '');
    // A blog's own `post.eta` may put the links anywhere: then the page's fingerprint is what counts.
    return ownPostTemplate ? { page: both.page, indexed: both.page } : both;
  });
  const task = (i: number): WriteTask => ({
    outputPath: pages[i]!.outputPath,
    fingerprint: prints[i]!.page,
    content: () => theme.render(pages[i]!.template, pages[i]!.data),
  });
  const indexed = prints.map((p) => p.indexed);
  const { kept, indexer } = await startSearchIndex(pages, indexed, language, input.previous, input.outDir);
  if (!indexer) {
    await writer.write(pages.map((_, i) => task(i)));
    await writer.write(kept);
    return;
  }
  // The parts' post pages are written first, part by part, and Pagefind indexes each part as soon as its
  // pages are written, in its own process, while this one writes the rest of the site.
  const at = new Map(pages.map((page, i) => [page.outputPath, i]));
  const partPages = indexer.parts.map((paths) => paths.map((path) => at.get(path)!));
  const inParts = new Set(partPages.flat());
  const rest = pages.map((_, i) => i).filter((i) => !inParts.has(i));
  const written = partPages.map(() => settleLater());
  const writing = (async () => {
    try {
      for (const [k, indexes] of partPages.entries()) {
        await writer.write(indexes.map(task));
        written[k]!.resolve();
      }
      partsWritten();
      await writer.write(rest.map(task));
      await writer.write(kept);
    } catch (error) {
      for (const part of written) part.reject(error);
      throw error;
    }
  })();
  writing.catch(() => {}); // awaited below; until then a failure must not count as unhandled
  // Beside the output, so Pagefind's files move into it by rename; a killed build's is removed by the next.
  const scratch = stagingPath(input.outDir, 'tmp');
  try {
    const files = await indexer.indexFolder(writer.folder, scratch, (k) => written[k]!.promise);
    await writing;
    await writer.adopt(files);
  } catch (error) {
    await writing.catch(() => {}); // nothing is written once the scratch folder is gone
    await indexer.abort(); // the Pagefind process would outlive a failed build in `blog serve`
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
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
