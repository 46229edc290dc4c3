/**
 * @fileoverview TeX to HTML and MathML with KaTeX, at build time, with the limits a post's author cannot lift:
 * no `\href`, `\url`, `\includegraphics` or `\html…` (`trust: false`), sizes capped (`maxSize`), macro expansion
 * capped (`maxExpand`). The `blog lint` rule and the renderer call the same function, so a formula the lint
 * passes is one the page shows; it remembers what KaTeX gave, so a build (which checks every post, then renders
 * it) runs KaTeX once per formula, not twice.
 */
import { createRequire } from 'node:module';
import type Katex from 'katex';
import { BoundedMemo } from '../util/bounded-memo.ts';

export interface TexProblem {
  message: string;
  /** Where in the TeX the problem is, when KaTeX says. */
  offset?: number;
  length?: number;
}

export type RenderedTex =
  | { readonly html: string; readonly problems: readonly TexProblem[] }
  | { readonly error: TexProblem };

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
 * Characters of KaTeX output (and TeX) kept per process: 32 M is about 9,000 formulas (3.5 K characters of HTML
 * and MathML each; 6,000 held 48 MB); a blog with more renders the rest twice, as every formula was before.
 */
const MEMO_BUDGET = 32 * 1024 * 1024;
/** The options below are fixed, so the TeX and the display mode are the whole key. */
const rendered = new BoundedMemo<RenderedTex>(
  MEMO_BUDGET,
  (key, value) => key.length + ('html' in value ? value.html.length : 0),
);

/**
 * The formula as KaTeX renders it, with what it refused (a command `trust` turned down renders as red text);
 * or the error that stops it. The same object for the same formula, shared by the lint rule and the renderer: it
 * is not to be changed.
 */
export function renderTex(tex: string, display: boolean): RenderedTex {
  return rendered.get(`${display ? 'd' : 'i'}${tex}`, () => {
    const result = renderWithKatex(tex, display);
    // KaTeX builds its markup by concatenation, which V8 keeps as a tree of the pieces until the string is read;
    // reading a character flattens it. Kept as a tree, 6,000 formulas held 147 MB instead of 48 MB.
    if ('html' in result) result.html.charCodeAt(0);
    return result;
  });
}

/** Forgets the formulas rendered so far (for tests that count KaTeX's calls). */
export function forgetRenderedTex(): void {
  rendered.clear();
}

function renderWithKatex(tex: string, display: boolean): RenderedTex {
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
