/**
 * @fileoverview Stage 7: the planned pages rendered through the theme and written, with the site files and copies.
 * Pages are rendered and written one at a time, so the site is never all in memory at once; with a cache, a
 * page whose inputs are unchanged and whose file is intact is neither rendered nor written. The search index is
 * fed each post page's HTML here, so no page is rendered twice.
 */
import { hashOf } from '../cache/fingerprint.ts';
import { type CopyJob, type OutputManifest, openSiteWriter } from '../output/site-writer.ts';
import type { Theme } from '../render/templates.ts';
import type { Page } from '../site/plan.ts';
import { pageFingerprint } from './page-fingerprint.ts';
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
}

/** Writes the site into `outDir` and returns what it now holds. */
export async function writeSite(input: WriteInput): Promise<OutputManifest> {
  const { theme, fingerprints } = input;
  if (input.search) assertSearchAvailable();
  const writer = openSiteWriter(input.outDir, input.previous, input.beforeChange);
  const themeKey = hashOf(theme.fingerprint);
  const pageFingerprints = input.pages.map((page) =>
    fingerprints
      ? pageFingerprint(themeKey, page, fingerprints.htmlHashes.get(page.source ?? '') ?? '')
      : 'page:',
  );
  // The index is made from the post pages' HTML, so they are rendered even when kept, unless the previous
  // index is kept too (no post page changed).
  const search =
    input.search &&
    (await startSearchIndex(input.pages, pageFingerprints, input.search.language, input.previous, writer));
  try {
    for (const [i, page] of input.pages.entries()) {
      const fingerprint = pageFingerprints[i]!;
      const current = writer.isCurrent(page.outputPath, fingerprint);
      const indexed = search && page.template === 'post';
      if (current && !indexed) continue;
      const html = theme.render(page.template, page.data);
      if (!current) writer.write(page.outputPath, html, fingerprint);
      if (indexed) await search.add(page.path, html);
    }
  } catch (error) {
    await search?.abort(); // the Pagefind process would outlive a failed build in `blog serve`
    throw error;
  }
  if (search)
    for (const f of await search.finish()) writer.write(f.outputPath, f.content, search.fingerprint);
  for (const file of input.files) {
    const fingerprint = `page:${hashOf(file.content)}`;
    if (!writer.isCurrent(file.outputPath, fingerprint))
      writer.write(file.outputPath, file.content, fingerprint);
  }
  writer.copy(input.copies);
  return writer.finish();
}
