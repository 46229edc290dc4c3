/**
 * @fileoverview Writes the site, many files at once. A first build (or one without a usable manifest) writes
 * a staging folder beside the output and swaps it in. A rebuild over a previous output that still matches
 * its manifest updates it in place: each changed file atomically (its temp file in a staging folder, never
 * in the output), unchanged ones untouched, files no longer produced removed. Every path written or deleted
 * is checked to lie inside the output folder, whatever the manifest says.
 */
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OUTPUT_MARKER } from '../config/defaults.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { fileStamp } from '../fs/file-stamp.ts';
import { explainFsError } from '../fs/fs-error.ts';
import { pathInside } from '../fs/inside.ts';
import { makeDirs } from '../fs/make-dirs.ts';
import { forEachLimit } from '../util/limit.ts';
import { cleanStaleStaging, crashPoint, stagingPath, swapInto } from './staging.ts';
import { copyAtomicAsync, writeAtomicAsync } from './write-atomic.ts';

/** One file to copy (listed by `planCopies`, which applies the file-walking policy). */
export interface CopyJob {
  from: string;
  /** Relative to the output folder, forward slashes. */
  to: string;
}

/** For each output path: the fingerprint of what was written, and the file's size and mtime after. */
export type OutputManifest = Record<string, [fingerprint: string, size: number, mtimeMs: number]>;

/**
 * Whether the file at `path` is still the one a manifest recorded: a file of that size and modification time.
 * Synchronous: a `stat` of a cached inode takes microseconds, while a promise per check cost five times as
 * much (0.4 s of a one-post rebuild at 10,000 posts).
 */
export function isAsRecorded(path: string, [, size, mtimeMs]: OutputManifest[string]): boolean {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    return !!st?.isFile() && st.size === size && st.mtimeMs === mtimeMs;
  } catch {
    return false; // ENOTDIR and the like: not intact
  }
}

/** One file to write: its content is made only when the file is not already current. */
export interface WriteTask {
  outputPath: string;
  fingerprint: string;
  content: () => string | Uint8Array;
}

/** A whole file made by another program, to be moved (or, handed over in memory, written) into the output. */
export type FinishedFile = { outputPath: string; fingerprint: string } & (
  | {
      /** Where it is now: inside a folder from `stagingPath(outDir, 'tmp')`. */
      path: string;
    }
  | { content: Uint8Array }
);

export interface SiteWriter {
  /** Writes every task, many at once; a task whose file already holds its fingerprint is skipped. */
  write(tasks: Iterable<WriteTask>): Promise<void>;
  /**
   * Like `write`, for files the caller has just found intact with `isAsRecorded` and holding their fingerprint
   * (the search index's kept parts): in place, they are kept without another look; else written.
   */
  keep(tasks: Iterable<WriteTask>): Promise<void>;
  /**
   * Files another program finished beside the output (in a staging folder of `outDir`'s, so on its file
   * system), each renamed into place rather than read and written again, or handed over in memory. One
   * already current is left, and so is one whose file in place (intact, as the manifest says) has the very
   * same bytes: a deploy that compares modification times (`rsync`, `aws s3 sync`) then uploads only what
   * changed.
   */
  adopt(files: readonly FinishedFile[]): Promise<void>;
  /** Static files, theme assets, page-bundle files; a generated page of the same path wins. */
  copy(jobs: readonly CopyJob[]): Promise<void>;
  /**
   * Writes files now that a later `write` replaces, for another program to read before the build can make
   * them whole (the search index, before related posts are linked): not recorded, not counted, and never
   * kept by that later write.
   */
  writeAhead(tasks: Iterable<WriteTask>): Promise<void>;
  /** Where the files are being written: the output folder when updating in place, else its staging folder. */
  folder: string;
  /** Whether the previous output is updated in place (its manifest matched it), rather than replaced whole. */
  inPlace: boolean;
  /** Removes the staging folder when the build fails before `finish` (nothing was written to the output). */
  discard(): void;
  /** Completes the output and returns what it now holds. */
  finish(): Promise<OutputManifest>;
  /** Counts for `--verbose`. */
  stats: { written: number; kept: number; removed: number };
}

/**
 * Files in flight at once. Creating a file or folder costs ~0.5 ms of latency on a VM disk; libuv's four
 * threads plus the kernel overlap that, and more in flight only holds more pages in memory.
 */
export const WRITE_CONCURRENCY = 32;

/**
 * @param previous the manifest of the last build into `outDir`, when the cache has one
 * @param beforeChange called once before the first in-place change (the caller forgets the old manifest)
 */
export function openSiteWriter(
  outDir: string,
  previous: OutputManifest | undefined,
  beforeChange: () => void = () => {},
): SiteWriter {
  cleanStaleStaging(outDir);
  // The marker file is in the manifest: a build that bypassed the cache (`--no-cache`) writes a new one, so
  // an output the manifest does not describe is never updated in place (its stray files would survive).
  const inPlace = previous !== undefined && markerMatches(outDir, previous);
  // In place, the staging folder holds only temp files on their way into the output.
  const staging = stagingPath(outDir, 'tmp');
  const target = inPlace ? outDir : staging;
  const produced: OutputManifest = {};
  const stats = { written: 0, kept: 0, removed: 0 };
  const dirs = new Map<string, Promise<unknown>>();
  /** Written ahead (`writeAhead`): whatever the manifest says, not the file this build means there. */
  const ahead = new Set<string>();
  let changing = false;

  const fail = (error: unknown): never => {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof BlogError) throw error;
    throw new BlogError(
      'OUTPUT_WRITE',
      `Could not write the site: ${explainFsError(error)?.message ?? (error as Error).message}`,
      {
        cause: error,
        hint: inPlace
          ? `Some files in ${outDir} may be new and others old; build again to complete it.`
          : `The previous output in ${outDir} is unchanged.`,
      },
    );
  };
  const inside = (outputPath: string): string => {
    const path = pathInside(target, outputPath);
    if (path) return path;
    throw new BlogError('OUTPUT_UNSAFE', `Refusing to write \`${outputPath}\`: it is outside ${outDir}.`);
  };
  const ensureDir = (dir: string) => {
    let made = dirs.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      dirs.set(dir, made);
    }
    return made;
  };
  const startChange = () => {
    if (changing || !inPlace) return;
    changing = true;
    beforeChange();
  };
  const place = async (outputPath: string, fingerprint: string, put: (path: string) => Promise<void>) => {
    const path = inside(outputPath);
    startChange();
    await ensureDir(dirname(path));
    await put(path);
    const st = await stat(path);
    produced[outputPath] = [fingerprint, st.size, st.mtimeMs];
    stats.written++;
    crashPoint(`write:${stats.written}`);
  };
  /**
   * Whether the previous build's file at `outputPath` has this fingerprint and is intact (its size and mtime as
   * recorded); if not, it is written again.
   */
  const isCurrent = (outputPath: string, fingerprint: string): boolean => {
    if (!inPlace || ahead.has(outputPath)) return false;
    const before = previous[outputPath];
    if (!before || before[0] !== fingerprint || !isAsRecorded(inside(outputPath), before)) return false;
    produced[outputPath] = before;
    stats.kept++;
    return true;
  };
  /**
   * In place: whether the previous build's file at `outputPath` is intact and holds the same bytes as `from`;
   * if so it stays as it is, recorded with the new fingerprint.
   */
  const keepSameBytes = async (file: FinishedFile): Promise<boolean> => {
    const { outputPath, fingerprint } = file;
    const before = inPlace && !ahead.has(outputPath) ? previous[outputPath] : undefined;
    const path = inside(outputPath);
    if (!before || !isAsRecorded(path, before)) return false;
    try {
      const inMemory = 'content' in file;
      if ((inMemory ? file.content.length : (await stat(file.path)).size) !== before[1]) return false;
      const [a, b] = await Promise.all([readFile(path), inMemory ? file.content : readFile(file.path)]);
      if (!a.equals(b)) return false;
    } catch {
      return false;
    }
    produced[outputPath] = [fingerprint, before[1], before[2]];
    stats.kept++;
    return true;
  };
  /** In place: removes the previous build's files this one did not produce. */
  const removeGone = async (last: OutputManifest) => {
    const gone = Object.keys(last).filter((p) => !produced[p] && p !== OUTPUT_MARKER);
    if (gone.length > 0) startChange();
    await forEachLimit(gone, WRITE_CONCURRENCY, async (outputPath) => {
      const path = pathInside(outDir, outputPath);
      if (!path) return;
      await rm(path, { force: true });
      stats.removed++;
    });
    for (const outputPath of gone) await removeEmptyParents(outDir, outputPath);
  };
  // Each file replaced whole: a reader never sees half a page.
  const writeOne = (data: string | Uint8Array) => (path: string) =>
    inPlace ? writeAtomicAsync(path, data, { tempDir: staging }) : writeFile(path, data);

  const write = async (tasks: Iterable<WriteTask>) => {
    try {
      await forEachLimit(tasks, WRITE_CONCURRENCY, async (task) => {
        if (isCurrent(task.outputPath, task.fingerprint)) return;
        await place(task.outputPath, task.fingerprint, writeOne(task.content()));
      });
    } catch (error) {
      fail(error);
    }
  };

  try {
    makeDirs(staging);
  } catch (error) {
    fail(error);
  }

  return {
    stats,
    write,
    async keep(tasks) {
      const rest: WriteTask[] = [];
      for (const task of tasks) {
        const before = inPlace && !ahead.has(task.outputPath) ? previous[task.outputPath] : undefined;
        if (before?.[0] === task.fingerprint) {
          produced[task.outputPath] = before;
          stats.kept++;
        } else rest.push(task);
      }
      await write(rest);
    },
    async writeAhead(tasks) {
      try {
        await forEachLimit(tasks, WRITE_CONCURRENCY, async (task) => {
          const path = inside(task.outputPath);
          startChange();
          ahead.add(task.outputPath);
          await ensureDir(dirname(path));
          await writeOne(task.content())(path);
        });
      } catch (error) {
        fail(error);
      }
    },
    async adopt(files) {
      try {
        await forEachLimit(files, WRITE_CONCURRENCY, async (file) => {
          if (isCurrent(file.outputPath, file.fingerprint) || (await keepSameBytes(file))) return;
          await place(
            file.outputPath,
            file.fingerprint,
            'content' in file ? writeOne(file.content) : (path) => rename(file.path, path),
          );
        });
      } catch (error) {
        fail(error);
      }
    },
    async copy(jobs) {
      try {
        const copies = jobs.filter(({ to }) => !produced[to]?.[0].startsWith('page:'));
        await forEachLimit(copies, WRITE_CONCURRENCY, async ({ from, to }) => {
          const st = await stat(from);
          const fingerprint = `copy:${from}:${fileStamp(from, st)}`;
          if (isCurrent(to, fingerprint)) return;
          await place(to, fingerprint, (path) =>
            inPlace ? copyAtomicAsync(from, path, { tempDir: staging }) : copyFile(from, path),
          );
        });
      } catch (error) {
        fail(error);
      }
    },
    folder: target,
    inPlace,
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
    async finish() {
      try {
        if (inPlace && previous) {
          await removeGone(previous);
          produced[OUTPUT_MARKER] = previous[OUTPUT_MARKER]!;
          rmSync(staging, { recursive: true, force: true });
          return produced;
        }
        writeMarker(staging);
      } catch (error) {
        fail(error);
      }
      swapInto(staging, outDir);
      const st = statSync(join(outDir, OUTPUT_MARKER));
      produced[OUTPUT_MARKER] = ['marker', st.size, st.mtimeMs];
      return produced;
    },
  };
}

function markerMatches(outDir: string, previous: OutputManifest): boolean {
  const kept = previous[OUTPUT_MARKER];
  return !!kept && isAsRecorded(join(outDir, OUTPUT_MARKER), kept);
}

function writeMarker(dir: string): void {
  writeFileSync(
    join(dir, OUTPUT_MARKER),
    'This folder was written by `blog build`; it is replaced on every build.\n',
  );
}

/** Removes the folders a deleted file leaves empty, up to (never including) the output folder. */
async function removeEmptyParents(outDir: string, outputPath: string): Promise<void> {
  for (let dir = dirname(outputPath); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    const path = pathInside(outDir, dir);
    if (!path) return;
    try {
      await rmdir(path);
    } catch {
      return;
    }
  }
}
