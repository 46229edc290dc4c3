/**
 * @fileoverview KaTeX's stylesheet and fonts in the output, when a post has math: copied from the installed
 * package once, under a path named for its version (`/assets/katex/0.19.1/`), so a new KaTeX is fetched
 * afresh and an unchanged one stays cached. Only the WOFF2 fonts are copied (every browser that renders
 * MathML or KaTeX's HTML reads them), and the stylesheet names only those, so nothing it asks for is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CopyJob } from '../output/site-writer.ts';
import { katexVersion } from '../render/math.ts';
import type { RenderedPost } from '../site/plan.ts';
import type { OutputFile } from './site-files.ts';

export interface MathAssets {
  /** The stylesheet's site path, for the pages of posts with math. */
  stylesheet: string;
  files: OutputFile[];
  copies: CopyJob[];
}

const require = createRequire(import.meta.url);

/** The WOFF and TrueType fallbacks of each `@font-face` (`,url(fonts/x.woff) format("woff")`). */
const OLD_FONT_FORMATS = /,\s*url\(fonts\/[^)]+\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g;

/** What the output needs for math, or undefined when no post has any. */
export function planMathAssets(posts: readonly RenderedPost[]): MathAssets | undefined {
  if (!posts.some((p) => p.rendered.math)) return undefined;
  const dist = dirname(require.resolve('katex'));
  const dir = `assets/katex/${katexVersion()}`;
  const css = readFileSync(join(dist, 'katex.min.css'), 'utf8').replace(OLD_FONT_FORMATS, '');
  const fonts = readdirSync(join(dist, 'fonts'))
    .filter((name) => name.endsWith('.woff2'))
    .sort();
  return {
    stylesheet: `/${dir}/katex.min.css`,
    files: [{ outputPath: `${dir}/katex.min.css`, content: css }],
    copies: fonts.map((name) => ({ from: join(dist, 'fonts', name), to: `${dir}/fonts/${name}` })),
  };
}
