/**
 * @fileoverview Where in a layout a render failed. The theme is compiled without Eta's `debug` (which makes every
 * tag record its line as the page renders), so only a failed render is run again with it, to find the line.
 */
import { Script } from 'node:vm';
import { Eta } from 'eta';
import { LineIndex } from '../diagnostics/position.ts';

export interface TemplatePlace {
  /** The template's name as loaded (`@partials/cta`): the innermost one, when one includes another. */
  name: string;
  /** 1-based, of the tag Eta was running. */
  line: number;
  /** 1-based, of the first tag on that line. */
  column: number;
}

type EtaOptions = ConstructorParameters<typeof Eta>[0];

/**
 * Renders `template` again, with `debug` on, and returns the place of the tag that threw; undefined when it does
 * not throw again. `sources` are the templates by name, as loaded for the failed render.
 */
export function templateErrorPlace(
  options: EtaOptions,
  sources: ReadonlyMap<string, string>,
  template: string,
  data: object,
): TemplatePlace | undefined {
  const eta = new Eta({ ...options, debug: true });
  let found: { text: string; line: number } | undefined;
  // Each compiled template catches what its tags throw and passes it here with its own text and line; an included
  // template's catch runs first, so the first call is the innermost.
  (eta as unknown as { RuntimeErr: (e: unknown, text: string, line: number) => never }).RuntimeErr = (
    error,
    text,
    line,
  ) => {
    found ??= { text, line };
    throw error;
  };
  for (const [name, text] of sources) eta.loadTemplate(name, text);
  try {
    eta.render(template, data);
  } catch {
    // The error itself is the caller's: only the place is wanted here.
  }
  if (!found) return undefined;
  // Eta keeps the template's text with its line ends made `\n`.
  const lf = (text: string) => text.replace(/\r\n?/g, '\n');
  const name = [...sources].find(([, text]) => lf(text) === found!.text)?.[0];
  if (!name) return undefined;
  const lineText = found.text.split('\n')[found.line - 1] ?? '';
  const tag = lineText.indexOf('<%');
  return { name, line: found.line, column: tag >= 0 ? tag + 1 : 1 };
}

/**
 * Where the JavaScript of a layout's tags does not parse (`<% if (it.x)) { %>`), which Eta reports with no line:
 * its code is compiled again, with `debug` on (each tag's code after a `__eta.line=N` of its line), by a parser
 * that says where it stopped. The column is the mistake's when the tag's code is a statement written as it is,
 * else the tag's. A parser that stops after the last tag's code (`<% if ( %>`, a `{` never closed) names that tag,
 * as it names the last line of a script.
 */
export function templateSyntaxPlace(
  options: EtaOptions,
  text: string,
): Omit<TemplatePlace, 'name'> | undefined {
  const eta = new Eta({ ...options, debug: true });
  let code: string;
  try {
    code = eta.compileToString(text);
  } catch {
    return undefined;
  }
  const varName = eta.config.varName;
  let stack: string;
  try {
    // As Eta compiles it (`new Function(varName, 'options', code)`), one line above the code.
    new Script(`(function (${varName}, options) {\n${code}\n})`, { filename: 'template' });
    return undefined;
  } catch (error) {
    stack = String((error as Error).stack ?? '');
  }
  const [where, shown, caret] = stack.split('\n');
  const at = /^template:(\d+)$/.exec(where ?? '');
  if (!at) return undefined;
  const lines = code.split('\n');
  const failed = Number(at[1]) - 2;
  let line: number | undefined;
  for (let i = failed; i >= 0 && line === undefined; i--) {
    const mark = /^__eta\.line=(\d+)$/.exec(lines[i]!);
    if (mark) line = Number(mark[1]);
  }
  if (line === undefined) return undefined;
  const lf = text.replace(/\r\n?/g, '\n');
  const index = new LineIndex(lf);
  const lineStart = index.offsetAt(line, 1);
  const lineEnd = lf.indexOf('\n', lineStart);
  const tag = lf.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).indexOf('<%');
  // A statement tag's code is in the compiled function as written: the caret's column is found in the template,
  // if in the same tag (no `%>` before it).
  const written = shown?.trim() && tag >= 0 ? lf.indexOf(shown, lineStart + tag) : -1;
  const column = caret?.indexOf('^') ?? -1;
  if (written >= 0 && column >= 0 && !lf.slice(lineStart + tag, written).includes('%>'))
    return index.positionAt(written + column);
  return { line, column: tag >= 0 ? tag + 1 : 1 };
}
