/** @fileoverview The one file walker: which files under a folder `blog` reads, copies or watches, and why not the others. */
import { type Dirent, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BlogError } from '../diagnostics/blog-error.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { displayPath } from '../util/plural.ts';
import { isInside } from './inside.ts';

export interface WalkedFile {
  /** The path as found, through any links (not resolved), so output names follow the blog's names. */
  path: string;
  /** Relative to the walked folder, forward slashes: `img/logo.png`. */
  rel: string;
}

/** A file left out because it is not a regular file: reading a FIFO blocks for ever, a device never ends. */
export interface SkippedFile {
  path: string;
  /**
   * `a FIFO`, `a socket`, `a device`; or `a dot file` (`posts/.hidden.md`) or `a dot folder` (`posts/.drafts/`),
   * left out by name.
   */
  kind: string;
  /** For a dot folder: how many Markdown files it holds. */
  count?: number;
}

export interface WalkOptions {
  /** Symbolic links are followed only while they resolve inside this folder (the blog root). */
  within: string;
  /** Keep `.well-known/` (static files a host must serve); every other dot file and folder is left out. */
  keepWellKnown?: boolean;
  /** Also look into sub-folders (default true). */
  recursive?: boolean;
  /** Leaves out an entry (and, for a folder, everything below it) by name; dot entries are already out. */
  skip?: (entry: { name: string; rel: string; isDirectory: boolean }) => boolean;
  /** What refusing a link means for the caller, when it is not "nothing there is published" (exit 1). */
  refusal?: Refusal;
}

/** The end of the message for a link that leads outside the blog, the hint, and the exit code of each link error. */
export interface Refusal {
  /** `it is not followed, so nothing there is published` */
  outside: string;
  hint: string;
  exitCode: number;
}

const PUBLISHING: Refusal = {
  outside: 'it is not followed, so nothing there is published',
  hint: 'Copy the files you mean to publish into the blog, or remove the link.',
  exitCode: 1,
};

export interface WalkResult {
  /** Regular files, sorted by `rel`. */
  files: WalkedFile[];
  skipped: SkippedFile[];
  /** Dot entries that are not folders (`.hidden.md`, `.DS_Store`), never opened: for callers to name the ones they would have read. */
  hidden: string[];
  /** Dot folders (`.git`, `.drafts`), never entered: for callers to name the ones that hold what they read. */
  hiddenDirs: string[];
}

/** True for names the walker never returns: dot files and folders, except `.well-known` when asked. */
export function isHiddenName(name: string, keepWellKnown = false): boolean {
  return name.startsWith('.') && !(keepWellKnown && name === '.well-known');
}

/**
 * Every regular file under `dir`, with one policy for the whole tool (build, serve, lint, import):
 * - dot files and dot folders are left out (`.git`, `.env`), except `.well-known/` where asked;
 * - a symbolic link is followed when its target is inside `within`; a link leading outside it, a link
 *   that loops, or one whose target is missing is a `BlogError` naming the link;
 * - FIFOs, sockets and devices are skipped and listed in `skipped`, never opened.
 * A missing `dir` has no files.
 */
export function walkFiles(dir: string, options: WalkOptions): WalkResult {
  const files: WalkedFile[] = [];
  const skipped: SkippedFile[] = [];
  const hidden: string[] = [];
  const hiddenDirs: string[] = [];
  let boundary: string;
  let start: string;
  try {
    boundary = realpathSync(options.within);
    start = realpathSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files, skipped, hidden, hiddenDirs };
    throw error;
  }
  // The folder itself may be the link (`posts -> ~/notes`): the same policy as for a link met inside it.
  const refusal = options.refusal ?? PUBLISHING;
  if (!isInside(boundary, start)) followLink(dir, boundary, refusal);
  if (!statSync(start).isDirectory()) return { files, skipped, hidden, hiddenDirs };
  const recursive = options.recursive ?? true;
  // Real paths of the folders being walked: meeting one again through a link is a loop.
  const open = new Set<string>();

  const visit = (folder: string, real: string, prefix: string) => {
    open.add(real);
    const entries = readdirSync(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (isHiddenName(entry.name, options.keepWellKnown)) {
        (entry.isDirectory() ? hiddenDirs : hidden).push(join(folder, entry.name));
        continue;
      }
      const path = join(folder, entry.name);
      const rel = prefix + entry.name;
      let kind = kindOf(entry);
      let target = join(real, entry.name);
      if (kind === 'link') {
        target = followLink(path, boundary, refusal);
        kind = kindOf(statSync(target));
        // A link to a folder that holds one being walked (`static/up -> ..`) would never end.
        if (kind === 'dir' && recursive && [...open].some((o) => isInside(target, o)))
          throw loopError(path, refusal);
      }
      if (kind === 'other') {
        skipped.push({ path, kind: describeSpecial(statSync(target)) });
        continue;
      }
      const isDirectory = kind === 'dir';
      if (options.skip?.({ name: entry.name, rel, isDirectory })) continue;
      if (!isDirectory) files.push({ path, rel });
      else if (recursive) {
        if (open.has(target)) throw loopError(path, refusal);
        visit(path, target, `${rel}/`);
      }
    }
    open.delete(real);
  };
  visit(dir, start, '');
  // By whole relative path, as every caller lists them (`a-c.md` before `a/b.md`).
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, skipped, hidden, hiddenDirs };
}

type Kind = 'file' | 'dir' | 'link' | 'other';

function kindOf(entry: Dirent | Stats): Kind {
  if (entry.isSymbolicLink()) return 'link';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'dir';
  return 'other';
}

/** What a file that is not a regular file is, for messages: `a FIFO (named pipe)`, `a socket`, `a device`. */
export function describeSpecial(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isBlockDevice() || st.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/** The link's real target, if it is inside the boundary; otherwise a BlogError that names the link. */
function followLink(link: string, boundary: string, refusal: Refusal): string {
  let target: string;
  try {
    target = realpathSync(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw loopError(link, refusal);
    if (code === 'ENOENT')
      throw new BlogError(
        'FILE_UNSAFE',
        `\`${shown(link)}\` is a symbolic link to a file that does not exist.`,
        {
          hint: 'Remove the link, or point it at a file inside the blog.',
          cause: error,
          exitCode: refusal.exitCode,
        },
      );
    throw error;
  }
  if (!isInside(boundary, target))
    throw new BlogError(
      'FILE_UNSAFE',
      `\`${shown(link)}\` is a symbolic link to \`${target}\`, outside the blog; ${refusal.outside}.`,
      { hint: refusal.hint, exitCode: refusal.exitCode },
    );
  return target;
}

function loopError(link: string, refusal: Refusal): BlogError {
  return new BlogError(
    'FILE_UNSAFE',
    `\`${shown(link)}\` is a symbolic link that loops back to a folder that contains it.`,
    {
      hint: 'Remove the link, or point it at a folder that does not contain it.',
      exitCode: refusal.exitCode,
    },
  );
}

const shown = (path: string) => displayPath(path).split(sep).join('/');

/** `relative(root, path)` with forward slashes. */
export function relativePosix(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** The kind of a post file left out because its name starts with a dot. */
export const DOT_FILE = 'a dot file';

/** The kind of a folder of posts left out because its name starts with a dot. */
export const DOT_FOLDER = 'a dot folder';

/** A skipped file as a warning the build and lint print: it was left out, and why. */
export function skippedWarning(root: string, file: SkippedFile): Diagnostic {
  if (file.kind === DOT_FOLDER) {
    const n = file.count ?? 0;
    return {
      file: `${relativePosix(root, file.path)}/`,
      line: 1,
      column: 1,
      severity: 'warning',
      ruleId: 'fs/dot-file',
      message: `Skipped: the folder holds ${n} Markdown file${n === 1 ? '' : 's'}, but its name starts with a dot, so ${n === 1 ? 'it is' : 'they are'} not read as posts`,
      hint: 'Rename the folder without the dot to publish them; to keep a post unpublished, give it `draft: true`.',
    };
  }
  if (file.kind === DOT_FILE)
    return {
      file: relativePosix(root, file.path),
      line: 1,
      column: 1,
      severity: 'warning',
      ruleId: 'fs/dot-file',
      message: 'Skipped: the name starts with a dot, so it is not read as a post',
      hint: 'Rename it without the dot to publish it; to keep a post unpublished, give it `draft: true`.',
    };
  return {
    file: relativePosix(root, file.path),
    line: 1,
    column: 1,
    severity: 'warning',
    ruleId: 'fs/not-a-file',
    message: `Skipped: ${file.kind}, not a regular file`,
    hint: 'Only regular files are read or published; remove it or replace it with a file.',
  };
}
