/**
 * @fileoverview What a build reports once written (`Built 13511 pages (9815 posts, …)`): its pages by family,
 * files, posts left out and warnings. The cache keeps it with the output's manifest, so that a build with nothing
 * changed reports the same, and reads it back through `summarySchema`.
 */
import { z } from 'zod';
import { diagnosticSchema } from '../cache/schemas.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Page } from '../site/plan.ts';

export interface BuildSummary {
  posts: number;
  /** The pages by family; with `otherPages` (404, search) they add up to `pages`. */
  indexPages: number;
  /** Each tag's pages and the list of tags. */
  tagPages: number;
  /** The archive by date. */
  archivePages: number;
  /** Each author's pages and the list of authors. */
  authorPages: number;
  /** Each series' pages and the list of series. */
  seriesPages: number;
  otherPages: number;
  pages: number;
  /** Pages and the other files the build made (copies not counted). */
  files: number;
  skippedDrafts: number;
  skippedFuture: number;
  warnings: Diagnostic[];
}

const count = z.number().int().nonnegative();
export const summarySchema: z.ZodType<BuildSummary> = z.object({
  posts: count,
  indexPages: count,
  tagPages: count,
  archivePages: count,
  authorPages: count,
  seriesPages: count,
  otherPages: count,
  pages: count,
  files: count,
  skippedDrafts: count,
  skippedFuture: count,
  warnings: z.array(diagnosticSchema),
}) as unknown as z.ZodType<BuildSummary>;

/** The summary of a build of `pages` and `files` other files, which left out `skipped` drafts and future posts. */
export function summarize(
  pages: readonly Page[],
  files: number,
  skipped: { drafts: number; future: number },
  warnings: Diagnostic[],
): BuildSummary {
  const kinds = new Map<string, number>();
  for (const page of pages) kinds.set(page.data.page.kind, (kinds.get(page.data.page.kind) ?? 0) + 1);
  const pagesOf = (...names: string[]) => names.reduce((sum, name) => sum + (kinds.get(name) ?? 0), 0);
  const families = {
    posts: pagesOf('post'),
    indexPages: pagesOf('index'),
    tagPages: pagesOf('tag', 'tags'),
    archivePages: pagesOf('archive'),
    authorPages: pagesOf('author', 'authors'),
    seriesPages: pagesOf('series-posts', 'series'),
  };
  return {
    ...families,
    otherPages: pages.length - Object.values(families).reduce((a, b) => a + b, 0),
    pages: pages.length,
    files: pages.length + files,
    skippedDrafts: skipped.drafts,
    skippedFuture: skipped.future,
    warnings,
  };
}
