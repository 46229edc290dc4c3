/**
 * @fileoverview What the output copies: the theme's assets, `static/` as it is, and each page bundle's
 * files, listed by the one file walker (links, dot files, FIFOs: see `walkFiles`). HTML and SVG from
 * bundles are writers' content and are sanitised, like raw HTML in posts, unless `markdown.allowHtml`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unicodeSpellings } from '../content/resolve-reference.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { skippedWarning, walkFiles } from '../fs/walk-files.ts';
import type { CopyJob } from '../output/site-writer.ts';
import { sanitize } from '../render/sanitize.ts';
import { sanitizeSvg } from '../render/sanitize-svg.ts';
import type { Theme } from '../render/templates.ts';
import type { RenderedPost } from '../site/plan.ts';
import { outputPathOf } from '../util/urls.ts';
import type { OutputFile } from './site-files.ts';

export interface CopyPlan {
  copies: CopyJob[];
  /** Bundle HTML and SVG, sanitised: written like generated files. */
  files: OutputFile[];
  /** FIFOs, sockets and devices left out, one warning each. */
  warnings: Diagnostic[];
}

const MARKDOWN = /\.(md|markdown)$/i;
const MARKUP = /\.(html?|xhtml|svg)$/i;

/** @param postPaths each post's site path by source file (from the plan) */
export function planCopies(
  root: string,
  theme: Theme,
  posts: readonly RenderedPost[],
  postPaths: ReadonlyMap<string, string>,
  options: { allowHtml: boolean },
): CopyPlan {
  const plan: CopyPlan = { copies: [], files: [], warnings: [] };
  for (const asset of theme.assets) plan.copies.push({ from: asset.path, to: asset.name });
  // static/ is the site owner's own output (verification files, a CNAME, their own pages): copied as it is.
  const add = (dir: string, to: string, bundle: boolean) => {
    const { files, skipped } = walkFiles(dir, { within: root, keepWellKnown: !bundle });
    plan.warnings.push(...skipped.map((file) => skippedWarning(root, file)));
    for (const file of files) {
      if (bundle && MARKDOWN.test(file.rel)) continue;
      // Published under each Unicode spelling of its name, as the resolver finds it under each (a Mac's NFD
      // `café.png` linked as NFC `café.png`): a Linux web server would otherwise answer the link with a 404.
      const outputPaths = unicodeSpellings(to === '.' ? file.rel : `${to}/${file.rel}`);
      if (bundle && !options.allowHtml && MARKUP.test(file.rel)) {
        const text = readFileSync(file.path, 'utf8');
        const content = /\.svg$/i.test(file.rel) ? sanitizeSvg(text) : sanitize(text);
        for (const outputPath of outputPaths) plan.files.push({ outputPath, content });
      } else for (const outputPath of outputPaths) plan.copies.push({ from: file.path, to: outputPath });
    }
  };
  add(join(root, 'static'), '.', false);
  for (const post of posts) {
    if (post.bundleDir) add(post.bundleDir, dirname(outputPathOf(postPaths.get(post.file)!)), true);
  }
  return plan;
}
