/** @fileoverview Which file an image URL in a post (or the config) names: beside the post, or under `static/`. */
import { realpathSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { localUrl } from '../content/body/local-url.ts';

export type LocatedImage =
  /** Not ours to process: a remote or `data:` URL, or a link to a page rather than a file. */
  { kind: 'remote' } | { kind: 'local'; path: string } | { kind: 'missing'; tried: string };

/**
 * Finds the file as the browser would, then as `blog lint` does: a site path (`/images/x.png`, with or
 * without the base path) is under `static/`; a relative one is beside the post (`fromDir`), then under
 * `static/`. Nothing outside the blog folder is ever named.
 */
export function locateImage(url: string, root: string, fromDir: string, basePath: string): LocatedImage {
  const target = localUrl(url);
  if (!target) return { kind: 'remote' };
  const staticDir = join(root, 'static');
  let candidates: string[];
  if (target.rootRelative) {
    const inSite = target.path.startsWith(basePath) ? `/${target.path.slice(basePath.length)}` : target.path;
    // A browser resolves `/../x.png` to `/x.png`: a site path never leaves `static/`.
    candidates = [join(staticDir, posix.normalize(inSite))];
  } else {
    candidates = [join(fromDir, target.path), join(staticDir, posix.normalize(`/${target.path}`))];
  }
  for (const path of candidates) {
    try {
      // Through the real paths: a symlink in the blog that points outside it names nothing.
      if (statSync(path).isFile() && isInside(realpathSync(root), realpathSync(path)))
        return { kind: 'local', path };
    } catch {
      // Not this one; try the next.
    }
  }
  return { kind: 'missing', tried: relative(root, candidates[0]!).split(sep).join('/') };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !/^([a-z]:)?[\\/]/i.test(rel);
}
