/**
 * @fileoverview Stage 7: the planned pages rendered through the theme and written, with the site files and copies.
 * Pages are rendered as they are written, a few dozen in flight, so the site is never all in memory at once; with a cache, a
 * page whose inputs are unchanged and whose file is intact is neither rendered nor written.
 */
import { hashOf } from '../cache/fingerprint.ts';
import { pageLibrariesKey } from '../cache/stage-keys.ts';
import { type CopyJob, type OutputManifest, openSiteWriter, type WriteTask } from '../output/site-writer.ts';
import type { Theme } from '../render/templates.ts';
import type { Page } from '../site/plan.ts';
import { pageFingerprint } from './page-fingerprint.ts';
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
}

export interface WrittenSite {
  /** What `outDir` now holds. */
  manifest: OutputManifest;
  stats: { written: number; kept: number; removed: number };
}

/** Writes the site into `outDir`. */
export async function writeSite(input: WriteInput): Promise<WrittenSite> {
  const { theme, fingerprints } = input;
  const writer = openSiteWriter(input.outDir, input.previous, input.beforeChange);
  const themeKey = hashOf(theme.fingerprint, pageLibrariesKey());
  // A generator, so each page is fingerprinted and rendered only as a write slot frees up.
  function* pageTasks(): Generator<WriteTask> {
    for (const page of input.pages) {
      yield {
        outputPath: page.outputPath,
        fingerprint: fingerprints
          ? pageFingerprint(themeKey, page, fingerprints.htmlHashes.get(page.source ?? '') ?? '')
          : 'page:',
        content: () => theme.render(page.template, page.data),
      };
    }
  }
  await writer.write(pageTasks());
  await writer.write(
    input.files.map((file) => ({
      outputPath: file.outputPath,
      fingerprint: `page:${hashOf(file.content)}`,
      content: () => file.content,
    })),
  );
  await writer.copy(input.copies);
  const manifest = await writer.finish();
  return { manifest, stats: writer.stats };
}
