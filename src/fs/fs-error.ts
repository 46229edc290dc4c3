/** @fileoverview The file system failures a user can fix (permissions, a file in the way, a full disk…) as a BlogError naming the path. */
import { basename, dirname, sep } from 'node:path';
import { BlogError } from '../diagnostics/blog-error.ts';
import { displayPath } from '../util/plural.ts';
import { isStagingName, isTempName } from './temp-name.ts';

interface Explanation {
  message: (path: string, doing: string) => string;
  hint: string;
}

const EXPLAINED: Record<string, Explanation> = {
  EACCES: {
    message: (path, doing) => `Permission denied ${doing} \`${path}\`.`,
    hint: 'Check its permissions (`ls -l`), or run as a user who may read and write the blog.',
  },
  EPERM: {
    message: (path, doing) => `Not permitted ${doing} \`${path}\`.`,
    hint: 'Check its permissions and attributes, or run as a user who may read and write the blog.',
  },
  ENOTDIR: {
    message: (path) => `\`${path}\` cannot be made: a part of that path is a file, not a folder.`,
    hint: 'Move the file that is in the way, or choose another path (for the output: `--out` or `outDir`).',
  },
  EISDIR: {
    message: (path) => `\`${path}\` is a folder where a file was expected.`,
    hint: 'Move the folder aside, or choose another path.',
  },
  ENAMETOOLONG: {
    message: (path) => `The name \`${path}\` is too long for the file system.`,
    hint: 'Use a shorter file name or slug: most file systems allow 255 bytes per name.',
  },
  ELOOP: {
    message: (path) => `\`${path}\` goes through symbolic links that loop.`,
    hint: 'Remove the link, or point it at a folder that does not contain it.',
  },
  EEXIST: {
    message: (path) => `\`${path}\` already exists where blog needs to create it.`,
    hint: 'Move it aside (nothing was overwritten), then run again.',
  },
  ENOSPC: {
    message: (path, doing) => `No space left on the device ${doing} \`${path}\`.`,
    hint: 'Free some space on that disk, then run again.',
  },
  EDQUOT: {
    message: (path, doing) => `Disk quota exceeded ${doing} \`${path}\`.`,
    hint: 'Free some space within your quota, then run again.',
  },
  EROFS: {
    message: (path) => `\`${path}\` is on a read-only file system.`,
    hint: 'Choose a writable folder (for the output: `--out` or `outDir`).',
  },
};

/** A folder that cannot be made though its parent is there: a file system that takes none (`/proc`, `/sys`). */
const NO_NEW_FOLDERS: Explanation = {
  message: (path) => `\`${path}\` cannot be made: the file system there takes no new folders.`,
  hint: 'Choose a folder on an ordinary disk, such as one in your home folder.',
};

const READS = new Set([
  'open',
  'read',
  'scandir',
  'opendir',
  'stat',
  'lstat',
  'realpath',
  'readlink',
  'access',
]);

/** What the build makes before putting it in place: the user never wrote it, the folder holding it is theirs. */
const isStagedName = (name: string) => isStagingName(name) || isTempName(name);

/** Failures where the folder is at fault, not the name: permissions, a read-only or full disk. */
const FOLDER_AT_FAULT = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);

/** Longest path shown in a message: a 10,000-character name is not worth 10,000 characters of terminal. */
const MAX_SHOWN = 160;

/**
 * The fs error as a BlogError (exit 2) saying which file and what to do, or undefined for anything
 * else (which stays an internal error: a bug to report). The one place these codes are explained.
 */
export function explainFsError(error: unknown): BlogError | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string') return undefined;
  const explanation = e.code === 'ENOENT' && e.syscall === 'mkdir' ? NO_NEW_FOLDERS : EXPLAINED[e.code];
  if (!explanation) return undefined;
  // A rename names its source first: the build's temp file, where the user can only act on the destination.
  const dest = (e as { dest?: unknown }).dest;
  const named = e.syscall === 'rename' && typeof dest === 'string' ? dest : e.path;
  const staged = typeof named === 'string' && FOLDER_AT_FAULT.has(e.code) && isStagedName(basename(named));
  const shown = staged ? dirname(named) : named;
  // The folder a command runs in is `.` to `displayPath`: named in full, it says which one.
  const display = shown && (displayPath(shown) === '.' ? shown : displayPath(shown));
  const path = display ? shorten(display.split(sep).join('/')) : 'a file';
  // What the build stages it only ever writes.
  const doing = staged ? 'writing in' : e.syscall && READS.has(e.syscall) ? 'reading' : 'writing';
  return new BlogError('FILE_ACCESS', explanation.message(path, doing), {
    hint: explanation.hint,
    cause: error,
  });
}

function shorten(path: string): string {
  return path.length <= MAX_SHOWN ? path : `${path.slice(0, 60)}…${path.slice(-(MAX_SHOWN - 61))}`;
}
