/**
 * @fileoverview Stage 7: the planned pages rendered through the theme and written, with the site files and copies.
 * Pages are rendered and written one at a time, so the site is never all in memory at once; with a cache, a
 * page whose inputs are unchanged and whose file is intact is neither rendered nor written.
 */
import { hashOf } from '../cache/fingerprint.ts';
import { type CopyJob, type OutputManifest, openSiteWriter } from '../output/site-writer.ts';
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

/** Writes the site into `outDir` and returns what it now holds. */
export async function writeSite(input: WriteInput): Promise<OutputManifest> {
  const { theme, fingerprints } = input;
  const writer = openSiteWriter(input.outDir, input.previous, input.beforeChange);
  const themeKey = hashOf(theme.fingerprint);
  for (const page of input.pages) {
    const fingerprint = fingerprints
      ? pageFingerprint(themeKey, page, fingerprints.htmlHashes.get(page.source ?? '') ?? '')
      : 'page:';
    if (writer.isCurrent(page.outputPath, fingerprint)) continue;
    writer.write(page.outputPath, theme.render(page.template, page.data), fingerprint);
  }
  for (const file of input.files) {
    const fingerprint = `page:${hashOf(file.content)}`;
    if (!writer.isCurrent(file.outputPath, fingerprint))
      writer.write(file.outputPath, file.content, fingerprint);
  }
  writer.copy(input.copies);
  return writer.finish();
}
