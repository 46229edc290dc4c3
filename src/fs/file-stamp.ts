/**
 * @fileoverview What tells that a file changed without reading it: its size, modification time, change time,
 * inode and device (git's index does the same). The change time cannot be set back by `touch -d`, `cp -p`,
 * `rsync -t` or an unpacked archive, so any write to the file gives another stamp, even one that keeps its size
 * and modification time.
 *
 * A file changed within a couple of seconds of being looked at could be changed again within the same tick of a
 * coarse file-system clock and keep its times; until it has settled, its stamp is the hash of its bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, type Stats } from 'node:fs';

/** How long after its last change a file's times are trusted to tell a later change apart. */
export const SETTLED_MS = 2000;

/** True when the file last changed long enough before `now` (the real clock) that its times can be trusted. */
export function isSettled(st: Stats, now = Date.now()): boolean {
  return Math.max(st.mtimeMs, st.ctimeMs) < now - SETTLED_MS;
}

/** The file's size, modification and change times, inode and device: trusted only once it `isSettled`. */
export function statKey(st: Stats): string {
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}:${st.dev}`;
}

/** A string that changes whenever the file's content may have: its stat, or its bytes' hash while it settles. */
export function fileStamp(path: string, st: Stats, now = Date.now()): string {
  if (isSettled(st, now)) return statKey(st);
  return `sha1:${createHash('sha1').update(readFileSync(path)).digest('hex')}`;
}
