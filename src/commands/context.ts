/** @fileoverview What every command receives from the program: where it runs, how it talks, the global flags. */
import type { Logger } from '../util/logger.ts';

export interface GlobalOptions {
  cwd: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

/** What every command receives: where it runs and how it talks. */
export interface CommandContext {
  cwd: string;
  log: Logger;
  globals: GlobalOptions;
}
