/**
 * @fileoverview Writes the site page by page. A first build (or one without a usable manifest) writes a
 * staging folder beside the output and swaps it in. A rebuild over a previous output that still
 * matches its manifest updates it in place: each changed file atomically, unchanged ones untouched, files
 * no longer produced removed — so a one-post edit rewrites a handful of files, not thousands.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { OUTPUT_MARKER } from '../config/defaults.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { explainFsError } from '../fs/fs-error.ts';
import { makeDirs } from '../fs/make-dirs.ts';

/** One file to copy (listed by `listCopies`, which applies the file-walking policy). */
export interface CopyJob {
  from: string;
  /** Relative to the output folder, forward slashes. */
  to: string;
}

/** For each output path: the fingerprint of what was written, and the file's size and mtime after. */
export type OutputManifest = Record<string, [fingerprint: string, size: number, mtimeMs: number]>;

export interface SiteWriter {
  /** True (and the file is kept) when the previous output already holds exactly this. */
  isCurrent(outputPath: string, fingerprint: string): boolean;
  write(outputPath: string, content: string | Uint8Array, fingerprint: string): void;
  /** Static files, theme assets, page-bundle files; a generated page of the same path wins. */
  copy(jobs: readonly CopyJob[]): void;
  /** Completes the output and returns what it now holds. */
  finish(): OutputManifest;
  /** Counts for `--verbose`. */
  stats: { written: number; kept: number; removed: number };
}

/**
 * @param previous the manifest of the last build into `outDir`, when the cache has one
 * @param beforeChange called once before the first in-place change (the caller forgets the old manifest)
 */
export function openSiteWriter(
  outDir: string,
  previous: OutputManifest | undefined,
  beforeChange: () => void = () => {},
): SiteWriter {
  // The marker file is in the manifest: a build that bypassed the cache (`--no-cache`) writes a new one, so
  // an output the manifest does not describe is never updated in place (its stray files would survive).
  const inPlace = previous !== undefined && markerMatches(outDir, previous);
  const parent = dirname(outDir);
  // The staging folder sits beside the output so the final rename stays on one file system, and so a
  // failed build never touches the previous output.
  const target = inPlace
    ? outDir
    : join(parent, `.${basename(outDir)}.tmp-${process.pid}-${Date.now().toString(36)}`);
  const produced: OutputManifest = {};
  const stats = { written: 0, kept: 0, removed: 0 };
  const made = new Set<string>();
  let changing = false;

  const fail = (error: unknown): never => {
    if (!inPlace) rmSync(target, { recursive: true, force: true });
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
  const ensureDir = (dir: string) => {
    if (made.has(dir)) return;
    makeDirs(dir);
    made.add(dir);
  };
  const startChange = () => {
    if (changing || !inPlace) return;
    changing = true;
    beforeChange();
  };
  const place = (outputPath: string, fingerprint: string, put: (path: string) => void) => {
    startChange();
    const path = join(target, outputPath);
    try {
      ensureDir(dirname(path));
      if (inPlace) {
        // Each file replaced whole: a reader never sees half a page.
        const temp = `${path}.tmp-${process.pid}`;
        put(temp);
        renameSync(temp, path);
      } else put(path);
      const st = statSync(path);
      produced[outputPath] = [fingerprint, st.size, st.mtimeMs];
      stats.written++;
    } catch (error) {
      fail(error);
    }
  };
  const isCurrent = (outputPath: string, fingerprint: string): boolean => {
    if (!inPlace) return false;
    const before = previous[outputPath];
    if (!before || before[0] !== fingerprint) return false;
    try {
      const st = statSync(join(outDir, outputPath));
      if (!st.isFile() || st.size !== before[1] || st.mtimeMs !== before[2]) return false;
    } catch {
      return false;
    }
    produced[outputPath] = before;
    stats.kept++;
    return true;
  };

  if (!inPlace) {
    try {
      makeDirs(parent);
      mkdirSync(target);
    } catch (error) {
      fail(error);
    }
  }

  return {
    stats,
    isCurrent,
    write(outputPath, content, fingerprint) {
      place(outputPath, fingerprint, (path) => writeFileSync(path, content));
    },
    copy(jobs) {
      for (const { from, to } of jobs) {
        if (produced[to]?.[0].startsWith('page:')) continue;
        let st: ReturnType<typeof statSync>;
        try {
          st = statSync(from);
        } catch (error) {
          return fail(error);
        }
        const fingerprint = `copy:${from}:${st.size}:${st.mtimeMs}`;
        if (isCurrent(to, fingerprint)) continue;
        place(to, fingerprint, (path) => copyFileSync(from, path));
      }
    },
    finish() {
      try {
        if (inPlace) {
          for (const outputPath of Object.keys(previous)) {
            if (produced[outputPath] || outputPath === OUTPUT_MARKER) continue;
            startChange();
            rmSync(join(outDir, outputPath), { force: true });
            stats.removed++;
            removeEmptyParents(outDir, dirname(join(outDir, outputPath)));
          }
          produced[OUTPUT_MARKER] = previous[OUTPUT_MARKER]!;
          return produced;
        }
        writeMarker(target);
      } catch (error) {
        fail(error);
      }
      swapInto(target, outDir);
      const st = statSync(join(outDir, OUTPUT_MARKER));
      produced[OUTPUT_MARKER] = ['marker', st.size, st.mtimeMs];
      return produced;
    },
  };
}

function markerMatches(outDir: string, previous: OutputManifest): boolean {
  const kept = previous[OUTPUT_MARKER];
  if (!kept) return false;
  try {
    const st = statSync(join(outDir, OUTPUT_MARKER));
    return st.size === kept[1] && st.mtimeMs === kept[2];
  } catch {
    return false;
  }
}

function writeMarker(dir: string): void {
  writeFileSync(
    join(dir, OUTPUT_MARKER),
    'This folder was written by `blog build`; it is replaced on every build.\n',
  );
}

function removeEmptyParents(root: string, dir: string): void {
  while (dir !== root && relative(root, dir) && !relative(root, dir).startsWith(`..${sep}`)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}

/**
 * Rename old → aside, new → final, then delete the old one: at no moment is there a half-written output.
 * The old tree is deleted after the swap; on a big site that deletion is most of a rebuild's time, which
 * is why rebuilds over a known output update it in place instead.
 */
function swapInto(staging: string, outDir: string): void {
  const aside = join(dirname(outDir), `.${basename(outDir)}.old-${process.pid}-${Date.now().toString(36)}`);
  const hadOld = existsSync(outDir);
  try {
    if (hadOld) renameSync(outDir, aside);
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOld && !existsSync(outDir) && existsSync(aside)) renameSync(aside, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw new BlogError(
      'OUTPUT_WRITE',
      `Could not move the new site into ${outDir}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (hadOld) rmSync(aside, { recursive: true, force: true });
}
