/**
 * @fileoverview The folders a build keeps beside its output: `.dist.tmp-<pid>-<id>` (a new site, or the temp
 * files of an in-place update) and `.dist.old-<pid>-<id>` (the previous site during a swap). A build stopped
 * by Ctrl-C or SIGTERM removes its own (`removeStagingOnSignal`); one killed outright leaves them behind, and
 * the next build into the same output removes them before it starts.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BlogError } from '../diagnostics/blog-error.ts';

let made = 0;
/** The staging folders this process named: in use, whatever the pid in their name says. */
const ours = new Set<string>();
/** The same, as full paths, each with the output it stages. */
const ourPaths = new Map<string, { outDir: string; kind: 'tmp' | 'old' }>();

/** A new staging folder name for `outDir`, beside it (one file system, so renames are atomic). */
export function stagingPath(outDir: string, kind: 'tmp' | 'old'): string {
  made++;
  const name = `.${basename(outDir)}.${kind}-${process.pid}-${Date.now().toString(36)}${made}`;
  ours.add(name);
  const path = join(dirname(outDir), name);
  ourPaths.set(path, { outDir, kind });
  return path;
}

/**
 * Until the returned function is called, Ctrl-C, SIGTERM or a closed terminal removes this process's staging
 * folders (putting back a previous output that was aside mid-swap) before the signal ends the process as it
 * would have: a stopped build leaves the output as it was and no copy of the site beside it for `git add .`.
 */
export function removeStagingOnSignal(): () => void {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const s of signals) process.off(s, onSignal);
    removeOwnStaging();
    // Raised again with no listener left: the default action ends the process, its status naming the signal.
    process.kill(process.pid, signal);
  };
  for (const s of signals) process.on(s, onSignal);
  return () => {
    for (const s of signals) process.off(s, onSignal);
  };
}

function removeOwnStaging(): void {
  for (const [path, { outDir, kind }] of ourPaths) {
    try {
      if (kind === 'old' && !existsSync(outDir) && existsSync(path)) renameSync(path, outDir);
      else rmSync(path, { recursive: true, force: true });
    } catch {
      // The next build removes what is left.
    }
  }
}

/**
 * Removes what killed builds into `outDir` left beside it. A build killed between the two renames of a swap
 * left no output at all, only the previous one aside: that one is put back first.
 */
export function cleanStaleStaging(outDir: string): void {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.`;
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  const stale = names
    .map((name) => ({ name, match: /^(tmp|old)-(\d+)-/.exec(name.slice(prefix.length)) }))
    .filter(
      (e): e is { name: string; match: RegExpExecArray } =>
        e.name.startsWith(prefix) && e.match !== null && !ours.has(e.name) && !isRunning(Number(e.match[2])),
    );
  const old = stale.filter((e) => e.match[1] === 'old').sort((a, b) => (a.name < b.name ? 1 : -1));
  if (!existsSync(outDir) && old[0]) {
    try {
      renameSync(join(parent, old[0].name), outDir);
      old.shift();
    } catch {
      // Left for the next build; the new site is built from scratch either way.
    }
  }
  for (const e of stale)
    if (e.match[1] === 'tmp' || old.includes(e))
      rmSync(join(parent, e.name), { recursive: true, force: true });
}

/** True when `pid` is another live process (ours cannot have staged anything yet: a recycled pid in a container). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Rename old → aside, new → final, then delete the old one: at no moment is there a half-written output.
 * The old tree is deleted after the swap; on a big site that deletion is most of a rebuild's time, which
 * is why rebuilds over a known output update it in place instead.
 */
export function swapInto(staging: string, outDir: string): void {
  const aside = stagingPath(outDir, 'old');
  const hadOld = existsSync(outDir);
  try {
    if (hadOld) renameSync(outDir, aside);
    crashPoint('swap');
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

/**
 * Test hook: `BLOG_TEST_CRASH_AT=write:3`, `=swap` or `=search:written` (Pagefind's files written beside
 * the output, or handed over, not yet in it) or `=search:ahead` (a rebuild's edited post pages written before their related
 * posts are linked) kills the build at that point, as `kill -9` or a power
 * cut would, so tests can check what a killed build leaves. Unset in real use.
 */
export function crashPoint(point: string): void {
  const at = process.env.BLOG_TEST_CRASH_AT;
  if (at === point) process.kill(process.pid, 'SIGKILL');
  // `write:3@SIGINT`: the signal a user's Ctrl-C sends, at that point.
  else if (at?.startsWith(`${point}@`)) process.kill(process.pid, at.slice(point.length + 1));
}
