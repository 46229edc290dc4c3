/**
 * @fileoverview Each post file's text hash, without reading the file when it is the very file the last build
 * hashed: the same size, modification time, change time, inode and device (git's index does the same). A rebuild
 * with nothing changed then stats 10,000 posts instead of reading and hashing 60 MB of text.
 *
 * The change time cannot be set back by a user's tools (`touch -d`, `cp -p`, `rsync -t`, an unpacked archive
 * all set it to now), so any write to a file makes its stamp differ. A file changed within a couple of
 * seconds of being read could keep its modification time on a file system with coarse timestamps, so a
 * stamp is kept only for a file last changed well before it was read: such a file is simply read again.
 */
import { readFileSync, statSync } from 'node:fs';
import type { SourceFile } from '../content/frontmatter.ts';
import { toPosix } from '../content/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { isSettled, statKey } from '../fs/file-stamp.ts';
import { hashOf, rememberSourceHash } from './fingerprint.ts';
import { sourceStampsSchema } from './schemas.ts';
import type { CacheStore } from './store.ts';

/** A post file and the hash of its text. */
export interface HashedSource {
  path: string;
  /** Relative to the blog root, forward slashes. */
  file: string;
  hash: string;
  /** The text, when it was read to hash it (a file whose stamp matched is not read). */
  text?: string;
}

type Stamp = [stat: string, hash: string];

const RECORD = 'source-stamps';

/**
 * Hashes each post file: from the last build's stamp when the file is unchanged, else by reading it (the text
 * is kept on the result, so the build does not read it twice). Saves the stamps when they changed.
 * @param now the real clock (not the build's `SOURCE_DATE_EPOCH`): a file that has not settled gets no stamp
 */
export function hashSourceFiles(
  store: CacheStore,
  root: string,
  paths: readonly string[],
  now = Date.now(),
): HashedSource[] {
  const last = store.readRecord(RECORD, sourceStampsSchema) ?? {};
  const next: Record<string, Stamp> = {};
  let changed = false;
  const hashed = paths.map((path): HashedSource => {
    const file = toPosix(root, path);
    // Stat before reading: a change after the stat then shows as a different stamp next time.
    const st = statSync(path);
    const stat = statKey(st);
    const before = last[file];
    if (before && before[0] === stat) {
      next[file] = before;
      return { path, file, hash: before[1] };
    }
    const text = readFileSync(path, 'utf8');
    const hash = hashOf(text);
    if (isSettled(st, now)) {
      next[file] = [stat, hash];
      changed = true;
    } else if (before) changed = true;
    return { path, file, hash, text };
  });
  if (changed || Object.keys(last).length !== Object.keys(next).length) store.writeRecord(RECORD, next);
  return hashed;
}

/**
 * The post files with their texts: those read while hashing as they were; the others are read when first
 * asked for. An unchanged post whose parse, checks and rendering all come from the cache is never read.
 * Takes the texts from `hashed`; `releaseTexts` lets go of them once the stages that read them are done.
 */
export function readHashedSources(hashed: readonly HashedSource[]): SourceFile[] {
  return hashed.map((entry) => {
    const { path, file, hash, text } = entry;
    const source = heldSource(path, file, hash, text);
    // Handed over: the source is now the one holding the text, until it is released.
    entry.text = undefined;
    rememberSourceHash(source, hash);
    return source;
  });
}

/** How to let go of each held source's text. */
const releasers = new WeakMap<SourceFile, () => void>();

/**
 * Lets go of the texts of sources from `readHashedSources`: a text asked for again is read again, and must
 * still be the text its hash says. Parsed files and posts made from a source ask it for their text and body
 * (`parseSourceFile`), so after this no post holds its text: 60 MB at 10,000 posts.
 */
export function releaseTexts(sources: readonly SourceFile[]): void {
  for (const source of sources) releasers.get(source)?.();
}

/** A source whose text is read on first use (unless given), and must still be the text its stamp's hash says. */
function heldSource(path: string, file: string, hash: string, given: string | undefined): SourceFile {
  let text = given;
  const source: SourceFile = {
    path,
    file,
    get text() {
      if (text === undefined) {
        const read = readFileSync(path, 'utf8');
        if (hashOf(read) !== hash) throw changedWhileBuilding(file);
        text = read;
      }
      return text;
    },
  };
  releasers.set(source, () => {
    text = undefined;
  });
  return source;
}

/** A post file read twice in one build, different the second time: what was built from it would not agree. */
export function changedWhileBuilding(file: string): BlogError {
  return new BlogError('CONTENT_INVALID', `${file} changed while the site was being built.`, {
    hint: 'Build again.',
  });
}
