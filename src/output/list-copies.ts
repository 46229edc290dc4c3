/**
 * @fileoverview What the build copies besides pages: theme assets, `static/` as it is, and the files of
 * each page bundle, with HTML and SVG from bundles made safe to serve on the blog's origin.
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { skippedWarning, walkFiles } from '../fs/walk-files.ts';
import { sanitize } from '../render/sanitize.ts';
import { sanitizeSvg } from '../render/sanitize-svg.ts';
import type { CopyJob } from './site-writer.ts';

export interface CopySource {
  /** A folder to copy, or (for a theme asset) one file with `to` its output path. */
  from: string;
  /** Output path (folder) relative to the output root; `.` for the root. */
  to: string;
  /**
   * `static`: the site owner's own files, published byte for byte (dot files left out, but `.well-known/`).
   * `bundle`: a writer's files beside a post's `index.md`: Markdown is the post itself, not copied;
   * HTML and SVG are sanitised like raw HTML in posts unless `markdown.allowHtml` is on.
   */
  kind: 'file' | 'static' | 'bundle';
}

export interface CopyPlan {
  copies: CopyJob[];
  /** Files whose published bytes differ from the source (sanitised HTML or SVG). */
  writes: { outputPath: string; content: string }[];
  /** Non-regular files left out (FIFOs, sockets, devices). */
  warnings: Diagnostic[];
}

const MARKDOWN = /\.(md|markdown)$/i;
const MARKUP = /\.(html?|svg|xhtml)$/i;

/** Lists every file to copy, following the one file-walking policy (`walkFiles`) inside `root`. */
export function listCopies(
  root: string,
  sources: readonly CopySource[],
  options: { allowHtml: boolean },
): CopyPlan {
  const plan: CopyPlan = { copies: [], writes: [], warnings: [] };
  for (const source of sources) {
    if (source.kind === 'file') {
      plan.copies.push({ from: source.from, to: source.to });
      continue;
    }
    const bundle = source.kind === 'bundle';
    const { files, skipped } = walkFiles(source.from, { within: root, keepWellKnown: !bundle });
    plan.warnings.push(...skipped.map((file) => skippedWarning(root, file)));
    for (const file of files) {
      const to = source.to === '.' ? file.rel : `${source.to}/${file.rel}`;
      if (bundle && MARKDOWN.test(file.rel)) continue;
      if (bundle && !options.allowHtml && MARKUP.test(file.rel)) {
        const text = readFileSync(file.path, 'utf8');
        const content = /\.svg$/i.test(file.rel) ? sanitizeSvg(text) : sanitize(text);
        plan.writes.push({ outputPath: to, content });
      } else plan.copies.push({ from: file.path, to });
    }
  }
  return plan;
}
