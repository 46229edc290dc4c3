/** @fileoverview Prints any failure once, in the shape the user needs, and returns the exit code. */

import { BlogError } from '../diagnostics/blog-error.ts';
import { groupByFile } from '../diagnostics/diagnostic.ts';
import { formatStylish } from '../diagnostics/format/stylish.ts';
import { printable, shortenQuoted } from '../diagnostics/printable.ts';
import { explainFsError } from '../fs/fs-error.ts';
import type { Logger } from '../util/logger.ts';

export function reportError(thrown: unknown, log: Logger): number {
  const c = log.color;
  // A file the user can fix (permissions, a file in the way, a full disk) is not a bug to report.
  const error = explainFsError(thrown) ?? thrown;
  if (error instanceof BlogError) {
    if (error.diagnostics.length > 0)
      log.error(formatStylish(groupByFile(error.diagnostics), { color: log.colorEnabled }).trimEnd());
    log.error(`${c.red.bold('✖')} ${printable(shortenQuoted(error.message))}`);
    if (error.hint) log.error(`  ${c.dim(printable(shortenQuoted(error.hint)))}`);
    if (process.env.DEBUG && error.cause) log.error(String((error.cause as Error).stack ?? error.cause));
    return error.exitCode;
  }
  const err = error as Error;
  log.error(`${c.red.bold('✖')} Internal error: ${printable(shortenQuoted(err?.message ?? String(error)))}`);
  log.error(
    process.env.DEBUG
      ? String(err?.stack)
      : c.dim('  Run again with DEBUG=1 for the stack trace, and please report it.'),
  );
  return 2;
}
