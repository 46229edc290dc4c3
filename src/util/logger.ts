/** @fileoverview Where commands talk: info to stdout, problems to stderr, with quiet/verbose levels and colour. */
import { Chalk, type ChalkInstance } from 'chalk';
import { printableOutput } from '../diagnostics/printable.ts';

export interface Logger {
  info(message: string): void;
  /** Only with `--verbose`. */
  debug(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Writes raw text to stdout (formatter output, file paths), whatever the level. */
  out(text: string): void;
  color: ChalkInstance;
  colorEnabled: boolean;
}

export interface LoggerOptions {
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/** Colour only on a terminal, and never with NO_COLOR or `--no-color`. */
export function wantsColor(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (flag === false || process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export function createLogger(options: LoggerOptions = {}): Logger {
  // Every line goes through printableOutput: whatever a post contains, the terminal only ever gets our colours.
  const toStdout = options.stdout ?? ((t: string) => process.stdout.write(t));
  const toStderr = options.stderr ?? ((t: string) => process.stderr.write(t));
  const stdout = (t: string) => toStdout(printableOutput(t));
  const stderr = (t: string) => toStderr(printableOutput(t));
  const colorEnabled = options.color ?? false;
  const color = new Chalk({ level: colorEnabled ? 1 : 0 });
  return {
    info: (m) => {
      if (!options.quiet) stdout(`${m}\n`);
    },
    debug: (m) => {
      if (options.verbose) stderr(`${color.dim(m)}\n`);
    },
    warn: (m) => stderr(`${m}\n`),
    error: (m) => stderr(`${m}\n`),
    out: (t) => stdout(t),
    color,
    colorEnabled,
  };
}
