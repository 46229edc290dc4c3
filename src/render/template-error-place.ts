/**
 * @fileoverview Where in a layout a render failed. The theme is compiled without Eta's `debug` (which makes every
 * tag record its line as the page renders), so only a failed render is run again with it, to find the line.
 */
import { Eta } from 'eta';

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
