/** @fileoverview Writes the site into a staging folder beside the output, then swaps it into place. */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_MARKER } from '../config/defaults.ts';
import { BlogError } from '../diagnostics/blog-error.ts';

export interface OutputFile {
  outputPath: string;
  content: string | Uint8Array;
}

export interface CopyJob {
  from: string;
  /** Relative to the output folder. */
  to: string;
  /** Skip these file names (a bundle's Markdown). */
  filter?: (source: string) => boolean;
}

export interface SiteOutput {
  files: OutputFile[];
  copies: CopyJob[];
}

export function writeSite(outDir: string, output: SiteOutput): void {
  // The staging folder sits beside the output so the final renames stay on one file system, and so a
  // failed build never touches the previous output: readers keep seeing the last good site.
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, `.${basename(outDir)}.tmp-${stamp}`);
  try {
    mkdirSync(staging);
    // Copies first, so a generated page with the same name wins over a stray static file.
    for (const job of output.copies) {
      cpSync(job.from, join(staging, job.to), {
        recursive: true,
        ...(job.filter ? { filter: job.filter } : {}),
      });
    }
    const made = new Set<string>();
    for (const file of output.files) {
      const target = join(staging, file.outputPath);
      const dir = dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(target, file.content);
    }
    writeFileSync(
      join(staging, OUTPUT_MARKER),
      'This folder was written by `blog build`; it is replaced on every build.\n',
    );
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new BlogError('OUTPUT_WRITE', `Could not write the site: ${(error as Error).message}`, {
      cause: error,
      hint: `The previous output in ${outDir} is unchanged.`,
    });
  }
  swapInto(staging, outDir);
}

/** Rename old → aside, new → final, then delete the old one: at no moment is there a half-written output. */
function swapInto(staging: string, outDir: string): void {
  const aside = `${join(dirname(outDir), `.${basename(outDir)}.old-${process.pid}-${Date.now().toString(36)}`)}`;
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
