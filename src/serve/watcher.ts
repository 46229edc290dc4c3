/** @fileoverview Watches what a build reads (posts, templates, static files, the config) and batches changes. */
import { relative } from 'node:path';
import { watch } from 'chokidar';
import { CONFIG_FILE } from '../config/defaults.ts';

export interface BlogWatcher {
  /** Resolves once the initial scan is done: changes after this are reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** The paths a serve rebuild depends on, relative to the blog root. */
export const WATCHED = ['posts', 'templates', 'static', CONFIG_FILE];

/**
 * Calls `onChange` with the changed files (relative, forward slashes) once a burst of events settles:
 * editors save in several steps (write temp, rename, touch), and one rebuild per save is enough.
 */
export function watchBlog(
  root: string,
  onChange: (files: string[]) => void,
  options: { debounceMs?: number } = {},
): BlogWatcher {
  const debounceMs = options.debounceMs ?? 40;
  // The blog folder is watched, not the four paths in it: chokidar stops following a watched path that is
  // removed, so `posts/` moved away and back (or `templates/` replaced by a checkout) was never seen again.
  const watched = new Set(WATCHED);
  const outside = (path: string) => {
    const rel = relative(root, path);
    return (
      (rel !== '' && !watched.has(rel.split(/[/\\]/)[0]!)) ||
      // Tested below the root only, so a blog kept in a folder named like these is still watched.
      /(^|[/\\])(\.git|node_modules|\.blog-cache)([/\\]|$)|~$|\.swp$/.test(rel)
    );
  };
  const watcher = watch(root, {
    ignoreInitial: true,
    // Without this, chokidar drops a second change to a file within 50 ms of the first, with no
    // trailing event: a fix saved right after a failed rebuild was lost. Waiting for the size to
    // settle costs ~30 ms and sees every save.
    awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 },
    ignored: (path, stats) =>
      outside(path) ||
      // FIFOs, sockets and devices are never read by the build (see walkFiles), so never watched.
      (stats !== undefined && !stats.isFile() && !stats.isDirectory() && !stats.isSymbolicLink()),
    // A link is followed by the build only when it stays inside the blog (walkFiles decides, and says
    // so on rebuild); the watcher never reads through one, so a link to `~/` is not crawled either.
    followSymlinks: false,
  });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (_event, path) => {
    pending.add(relative(root, path).split('\\').join('/'));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending].sort();
      pending = new Set();
      onChange(files);
    }, debounceMs);
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
