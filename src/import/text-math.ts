/**
 * @fileoverview Formulas this blog would read in text the old site showed as text. kramdown (Jekyll) reads math
 * only between `$$`, Goldmark (Hugo, without its passthrough extension) none, and both show `\(` as `(`; so on
 * such a site whose pages load no math script, a pair of single dollars (scala-lang's `..$xs” is equivalent to
 * q”{..$xs}`, in prose about string interpolation) was text, where this blog reads a formula. Each dollar of such
 * a pair is escaped (`\$`), and an escaped `\(…\)` becomes the `(…)` it showed; lines are kept.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { codeFences } from '../content/code-fences.ts';
import { matchInlineMath } from '../render/math-syntax.ts';
import type { BodyConverter } from './convert-body.ts';
import type { SourceSite } from './types.ts';

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The body with what is never read as math blanked (same length): code blocks, fenced or indented (the renderer
 * reads math in prose only), code spans, link destinations (`Tuple$.html`), escaped dollars.
 */
function visibleText(body: string): string {
  const fences = codeFences({ indented: true });
  const prose = body
    .split('\n')
    .map((line) => (fences(line) === 'prose' ? line : blank(line)))
    .join('\n');
  return prose
    .replace(/(`+)[\s\S]*?\1/g, blank)
    .replace(/\]\([^)\s]*/g, blank)
    .replace(/\\\$/g, '  ');
}

/** Where the paragraph holding `at` ends (its blank line, or the text's end). */
function paragraphEnd(text: string, at: number): number {
  const m = /\n[ \t>]*\n/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** The paragraph holding `at` starts with an HTML tag: an HTML block, where a backslash would be shown. */
function inHtmlBlock(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const blank = before.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
  const start = blank < 0 ? 0 : before.indexOf('\n', blank + 1) + 1;
  return /^[ \t]*</.test(text.slice(start, start + 200).replace(/^\s*\n/, ''));
}

export const textMath: BodyConverter = (body, ctx) => {
  if (!body.includes('$') && !body.includes('\\(')) return body;
  const visible = visibleText(body);
  let out = '';
  let last = 0;
  for (let at = 0; at < visible.length; at++) {
    const dollar = visible[at] === '$';
    if (!dollar && !(visible[at] === '\\' && visible[at + 1] === '(')) continue;
    const m = matchInlineMath(visible, at, paragraphEnd(visible, at));
    if (!m) continue;
    // `$$…$$` is kramdown's own math, converted elsewhere.
    if (m.display || inHtmlBlock(visible, at)) {
      at = m.end - 1;
      continue;
    }
    const close = m.end - (dollar ? 1 : 2);
    const [open, shut] = dollar ? ['\\$', '\\$'] : ['(', ')'];
    out += `${body.slice(last, at)}${open}${body.slice(m.texStart, close)}${shut}`;
    ctx.change(
      at,
      dollar
        ? `\`$…$\` → \`\\$…\\$\`: text on the old site, which read no math there; a formula here`
        : '`\\(…\\)` → `(…)`: the escaped parentheses the old site showed, a formula here',
    );
    last = m.end;
    at = m.end - 1;
  }
  return out + body.slice(last);
};

/** Files under `dirs` (a few levels down) that mention MathJax or KaTeX; undefined when none of `dirs` exists. */
function loadsMath(dirs: string[]): boolean | undefined {
  const found = dirs.filter((d) => existsSync(d) && statSync(d).isDirectory());
  if (!found.length) return undefined;
  const walk = (dir: string, depth: number): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return depth < 4 && walk(path, depth + 1);
      return (
        e.isFile() &&
        /\.(html?|liquid|njk|ejs|js|toml|ya?ml)$/i.test(e.name) &&
        /mathjax|katex/i.test(readFileSync(path, 'utf8'))
      );
    });
  return found.some((d) => walk(d, 0));
}

/**
 * Whether the site showed `$…$` and `\(…\)` as text: a kramdown Jekyll site, or a Hugo one without passthrough,
 * whose own layouts (`_layouts/`, `_includes/`; `layouts/`, `themes/*\/layouts/`) are here and load no math
 * script. A theme that is not in the folder (a gem, a Hugo module) could have: then nothing is changed.
 */
export function showedMathAsText(site: SourceSite, kramdown: boolean): boolean {
  if (site.kind === 'jekyll' && kramdown)
    return loadsMath([join(site.root, '_layouts'), join(site.root, '_includes')]) === false;
  if (site.kind === 'hugo' && !site.hugo?.passthrough) {
    const themes = join(site.root, 'themes');
    const themeLayouts = existsSync(themes) ? readdirSync(themes).map((t) => join(themes, t, 'layouts')) : [];
    return loadsMath([join(site.root, 'layouts'), ...themeLayouts]) === false;
  }
  return false;
}
