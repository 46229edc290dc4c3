/**
 * @fileoverview The one answer to "which file of the blog does this reference name?", for a cover image, a body
 * image, a link to a file, the logo and the favicon: `blog lint`, the build's reference policy and the images
 * stage all ask here, so they cannot disagree. Names are compared Unicode-normalised: `café.png` typed in a
 * post (NFC) is the `café.png` a Mac wrote (NFD), which a Linux disk keeps as a different name.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { isInside } from '../fs/inside.ts';
import { decodeUrlPath } from '../util/urls.ts';

/** Where references are read from: the blog, the folder of the file that holds them, and the site's settings. */
export interface ReferenceContext {
  /** The blog folder (absolute). */
  root: string;
  /** The folder of the post (or `static/` for the config's logo and favicon); relative references start here. */
  fromDir: string;
  /** `images.dir` of the config (`static/images`): where a bare image name is looked for last. */
  imagesDir: string;
  /** The site's base path (`/` or `/blog/`): `/blog/x.png` and `/x.png` are the same file under `static/`. */
  basePath: string;
}

/**
 * `image`: a cover or an `<img>`, which the images stage re-publishes wherever it lies, so a relative name is
 * looked for beside the post, then under `static/`, then under `images.dir` (as Jekyll and Hugo themes do).
 * `file`: a link, which the browser follows as written, so a relative one must be beside the post.
 */
export type ReferenceKind = 'image' | 'file';

export type ResolvedReference =
  /** Not a file of the blog: a URL with a scheme (`https:`, `mailto:`, `data:`), `//host/…`, `#top`, `?q`. */
  | { kind: 'remote' }
  /** The file (absolute `path`; `file` relative to the blog, forward slashes). */
  | { kind: 'found'; path: string; file: string }
  /** It leaves the blog by `..` or through a symbolic link: nothing out there is looked at or named. */
  | { kind: 'outside' }
  /** No such file; `path`/`file` is the first place looked (beside the post, or under `static/`). */
  | { kind: 'missing'; path: string; file: string };

export type LocalUrl = { rootRelative: boolean; path: string };

/** The path part of a URL that points inside the site (decoded, without `?query` or `#hash`), else undefined. */
export function localUrl(url: string): LocalUrl | undefined {
  const trimmed = url.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:|^\/\/|^#|^\?/i.test(trimmed)) return undefined;
  const bare = trimmed.split(/[?#]/)[0]!;
  if (!bare) return undefined;
  // A malformed escape (`100%-guide.md`) is checked as written.
  const path = decodeUrlPath(bare);
  return { rootRelative: path.startsWith('/'), path };
}

/**
 * Finds the file `reference` names. A site path (`/images/x.png`, with or without the base path) is under
 * `static/`, where the site serves it from; a browser resolves `/../x.png` to `/x.png`, so it never leaves
 * `static/`. A relative one is looked for as `kind` says. Only regular files whose real path is inside the blog
 * count: a symbolic link in the blog that leads out of it names nothing.
 */
export function resolveReference(
  reference: string,
  context: ReferenceContext,
  kind: ReferenceKind,
): ResolvedReference {
  const target = localUrl(reference);
  if (!target) return { kind: 'remote' };
  const { root, fromDir, basePath } = context;
  const staticDir = join(root, 'static');
  let candidates: string[];
  if (target.rootRelative) {
    const inSite = target.path.startsWith(basePath) ? `/${target.path.slice(basePath.length)}` : target.path;
    candidates = [join(staticDir, posix.normalize(inSite))];
  } else {
    const beside = resolve(fromDir, target.path);
    if (!isInside(root, beside)) return { kind: 'outside' };
    candidates = [beside];
    if (kind === 'image') {
      const served = posix.normalize(`/${target.path}`);
      candidates.push(join(staticDir, served), join(root, context.imagesDir, served));
    }
  }
  let escaped = false;
  for (const candidate of candidates) {
    const path = onDisk(root, candidate);
    const found = realFileIn(root, path);
    if (found === 'outside') escaped = true;
    else if (found) return { kind: 'found', path, file: blogPath(root, path) };
  }
  if (escaped) return { kind: 'outside' };
  return { kind: 'missing', path: candidates[0]!, file: blogPath(root, candidates[0]!) };
}

/**
 * `path` as the disk spells it: where a segment under `root` is not there as written, the entry of its folder
 * that is the same name Unicode-normalised (NFC and NFD alike). `path` itself when nothing matches.
 */
function onDisk(root: string, path: string): string {
  const rel = relative(root, path);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII names need no normalising.
  if (!/[^\x00-\x7f]/.test(rel) || rel.startsWith('..') || exists(path)) return path;
  let dir = root;
  for (const segment of rel.split(sep)) {
    const next = join(dir, segment);
    if (exists(next)) {
      dir = next;
      continue;
    }
    const wanted = segment.normalize('NFC');
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return path;
    }
    const match = entries.find((name) => name.normalize('NFC') === wanted);
    if (match === undefined) return path;
    dir = join(dir, match);
  }
  return dir;
}

function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The spellings of a file's site path a link may use: as on disk, and composed (NFC) and decomposed (NFD), when
 * they differ. A file is published under each, so `café.png` reaches it whichever way the post wrote it.
 */
export function unicodeSpellings(path: string): string[] {
  return [...new Set([path, path.normalize('NFC'), path.normalize('NFD')])];
}

/** True for a regular file really inside `root`; `'outside'` when it exists but its real path leaves `root`. */
function realFileIn(root: string, path: string): boolean | 'outside' {
  try {
    if (!statSync(path).isFile()) return false;
    return isInside(realpathSync(root), realpathSync(path)) ? true : 'outside';
  } catch {
    return false;
  }
}

function blogPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
