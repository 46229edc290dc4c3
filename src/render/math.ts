/**
 * @fileoverview TeX to HTML and MathML with KaTeX, at build time, with the limits a post's author cannot lift:
 * no `\href`, `\url`, `\includegraphics` or `\html…` (`trust: false`), sizes capped (`maxSize`), macro expansion
 * capped (`maxExpand`). The `blog lint` rule and the renderer call the same function, so a formula the lint
 * passes is one the page shows.
 */
import { createRequire } from 'node:module';
import type Katex from 'katex';

export interface TexProblem {
  message: string;
  /** Where in the TeX the problem is, when KaTeX says. */
  offset?: number;
  length?: number;
}

export type RenderedTex = { html: string; problems: TexProblem[] } | { error: TexProblem };

/** The biggest size a formula may ask for (`\rule{1000em}{1em}`, `\kern`), in ems: wider than any page. */
export const MAX_SIZE_EM = 20;
/** Macro expansions per formula: `\def\a{\a\a}\a` stops here, and no real formula comes near it. */
export const MAX_EXPAND = 500;

const require = createRequire(import.meta.url);
/** Loaded on first use (KaTeX takes ~30 ms to load): most posts have no math. */
let katex: typeof Katex | undefined;

/** KaTeX's version, for the render cache's key and the versioned path of its CSS and fonts. */
export function katexVersion(): string {
  katex ??= require('katex') as typeof Katex;
  return katex.version;
}

/**
 * The formula as KaTeX renders it, with what it refused (a command `trust` turned down renders as red text);
 * or the error that stops it.
 */
export function renderTex(tex: string, display: boolean): RenderedTex {
  katex ??= require('katex') as typeof Katex;
  const problems: TexProblem[] = [];
  try {
    const html = katex.renderToString(tex, {
      displayMode: display,
      output: 'htmlAndMathml',
      throwOnError: true,
      // LaTeX-incompatible input KaTeX can render (Unicode letters in math) is fine on a web page.
      strict: 'ignore',
      trust: (context) => {
        problems.push({
          message: `Unexpected \`${context.command}\` in a formula: a post's math may not link, load files or set HTML attributes`,
        });
        return false;
      },
      maxSize: MAX_SIZE_EM,
      maxExpand: MAX_EXPAND,
    });
    return { html, problems };
  } catch (error) {
    // Thousands of nested groups run KaTeX's parser out of stack: the formula fails, not the build.
    if (error instanceof RangeError) return { error: { message: 'the formula is nested too deeply' } };
    if (!(error instanceof katex.ParseError)) throw error;
    // `position` is missing when the error has no place (too many expansions).
    const { rawMessage, position, length } = error as Katex.ParseError & { position?: number };
    return {
      error: {
        message: rawMessage,
        ...(typeof position === 'number' && { offset: position, length: length ?? 0 }),
      },
    };
  }
}
