/** @fileoverview Where a link in a post points on the built site. Shared by the build and its render workers. */
import { posix } from 'node:path';
import { postFileKey } from '../util/post-file-key.ts';
import { decodeUrlPath, type SiteUrls } from '../util/urls.ts';

/**
 * Links as writers write them, made to work on the site: `./2019-01-01-other.md` becomes that post's
 * permalink, and `/images/x.png` gains the base path when the blog lives under one (`/blog/`).
 */
export function resolveLink(
  url: string,
  file: string,
  /** Permalink paths by `postFileKey(post.file)`. */
  pathByFile: ReadonlyMap<string, string>,
  urls: SiteUrls,
): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url)) return url;
  const [pathPart, hashPart = ''] = url.split(/(?=#)/);
  if (url.startsWith('/')) return pathPart!.startsWith(urls.basePath) ? url : urls.link(pathPart!) + hashPart;
  if (/\.(md|markdown)$/i.test(pathPart!)) {
    const target = posix.normalize(posix.join(posix.dirname(file), decodeUrlPath(pathPart!)));
    const path = pathByFile.get(postFileKey(target));
    if (path) return urls.link(path) + hashPart;
  }
  return url;
}
