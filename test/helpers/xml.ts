/** @fileoverview Strict XML 1.0 well-formedness (saxes, the parser jsdom uses): null when fine, else the first error. */
import { SaxesParser } from 'saxes';

export function xmlProblem(text: string): string | null {
  const parser = new SaxesParser();
  let problem: string | null = null;
  parser.on('error', (error) => {
    problem ??= error.message;
  });
  parser.write(text).close();
  return problem;
}
