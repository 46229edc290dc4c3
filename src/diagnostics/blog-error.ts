/** @fileoverview Failures that have no file position: bad flags, bad config, unwritable output. */
import type { Diagnostic } from './diagnostic.ts';

export type BlogErrorCode =
  | 'USAGE'
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_INVALID'
  | 'OUTPUT_UNSAFE'
  | 'OUTPUT_WRITE'
  | 'CONTENT_INVALID'
  | 'TEMPLATE'
  | 'SEARCH_INDEX'
  | 'NOT_FOUND'
  | 'EXISTS'
  /** A file the user can fix: unreadable, in the way, a name too long, a full or read-only disk. */
  | 'FILE_ACCESS'
  /** A symbolic link leading outside the blog, looping, or dangling. */
  | 'FILE_UNSAFE';

/** A user-facing error: what happened (`message`), what to do (`hint`), and what went wrong below (`cause`). */
export class BlogError extends Error {
  readonly code: BlogErrorCode;
  readonly hint: string | undefined;
  readonly diagnostics: Diagnostic[];
  /** Exit code this error maps to: 1 for problems in content, 2 for usage/config/internal. */
  readonly exitCode: number;

  constructor(
    code: BlogErrorCode,
    message: string,
    options: { hint?: string; cause?: unknown; diagnostics?: Diagnostic[]; exitCode?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = this.constructor.name;
    this.code = code;
    this.hint = options.hint;
    this.diagnostics = options.diagnostics ?? [];
    this.exitCode = options.exitCode ?? (code === 'CONTENT_INVALID' ? 1 : 2);
  }
}
