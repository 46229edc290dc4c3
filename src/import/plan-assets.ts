/** @fileoverview Plans the files that travel with imported posts: a bundle's files, and the images each post shows. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, posix as path, resolve } from 'node:path';
import { type BodyLink, scanBody } from '../content/body/scan-body.ts';
import { readCoverImage } from '../content/cover-image.ts';
import { resolveReference } from '../content/resolve-reference.ts';
import { splitFrontMatter } from '../content/split-front-matter.ts';
import { LineIndex } from '../diagnostics/position.ts';
import { isInside } from '../fs/inside.ts';
import { decodeUrlPath } from '../util/urls.ts';
import { lineOfKey, type ReadPost } from './convert-post.ts';
import type { FoundPost, Note, PlannedFile, SourceSite } from './types.ts';
import { isMarkdown, posix, walkFiles } from './walk.ts';

/** A page bundle's (or Hexo asset folder's) other files, beside the post's new `index.md`. */
export function bundleFiles(found: FoundPost, target: string, site: SourceSite): PlannedFile[] {
  if (!found.assetDir) return [];
  const dir = found.assetDir;
  return walkFiles(dir, site.root)
    .filter((f) => !isMarkdown(f) && !site.ignored?.(f))
    .map((from) => ({
      target: `${path.dirname(target)}/${posix(dir, from)}`,
      content: { copyFrom: from },
      source: posix(site.root, from),
      kind: 'asset' as const,
    }));
}

const PROCESSED_IMAGE = /\.(?:png|jpe?g|gif|webp|tiff?|bmp)$/i;

/**
 * The image of a page bundle that Hugo's `.Resources.GetMatch "**NAME*"` finds (Docsy's `imgproc`): a file whose
 * path, in any case, has NAME in its last part, an exact `NAME.ext` first, else the first by name; its path
 * beside the new `index.md`.
 */
export function bundleImage(found: FoundPost, site: SourceSite, name: string): string | undefined {
  if (!found.assetDir || !name) return undefined;
  const dir = found.assetDir;
  const want = name.toLowerCase();
  const images = walkFiles(dir, site.root)
    .map((from) => posix(dir, from))
    .filter((rel) => PROCESSED_IMAGE.test(rel) && !site.ignored?.(join(dir, rel)))
    .sort();
  const base = (rel: string) => rel.slice(rel.lastIndexOf('/') + 1).toLowerCase();
  const exact = images.find((rel) => base(rel).replace(/\.[^.]*$/, '') === want);
  const found1 = exact ?? images.find((rel) => base(rel).includes(want));
  return found1 && encodeURI(found1);
}

/**
 * Root-relative images come along into `static/`, relative ones of single-file posts beside the new post;
 * images that cannot be found are left for a person.
 */
export function planImages(
  text: string,
  post: ReadPost,
  site: SourceSite,
  files: PlannedFile[],
  notes: { left: Note[]; changed: Note[] },
  usedAssets: string[],
): void {
  const { left, changed } = notes;
  const planned = new Set(files.map((f) => f.target));
  // Copied files by target, with the source file each comes from; listed only for a post that copies one.
  let sources: Map<string, string> | undefined;
  const copiedFiles = () =>
    (sources ??= new Map(
      files.flatMap((f) => ('copyFrom' in f.content ? [[f.target, f.content.copyFrom] as const] : [])),
    ));
  // The lint's scanner finds images as Markdown does: never inside code spans or fenced code. The cover
  // (`image:`) comes first, by the same rules, so a post's hero image is not left behind.
  const lines = new LineIndex(text);
  const links = scanBody(text, bodyOffsetOf(text)).links;
  // Images in any syntax: `![alt][2]` with `[2]: /web/wp-content/…` as WordPress exports write them.
  const images = links
    .filter((link) => link.kind === 'image')
    .map((link) => ({ url: link.url, line: lines.positionAt(link.urlOffset).line }));
  planLinkedFiles(links, site, files, planned);
  const cover = readCoverImage((post.matter.doc.toJS() ?? {}) as Record<string, unknown>);
  if (cover) images.unshift({ url: cover.src, line: lineOfKey(text, 'image') });
  for (const { url, line } of images) {
    if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url) || url.includes('{{') || url.includes('{%')) continue;
    const clean = decodeUrlPath(url.split(/[?#]/)[0]!);
    // `/../../x.png` would read and write outside both sites: never followed. A relative `../x/y.png` that
    // stays inside the source site is named for where it is: read from the file's folder, or, as the old site
    // served it, from the page's own URL one level below (etcd's `../announcing-etcd-3.5/figure-1.png`).
    if (clean.split('/').includes('..')) {
      const page = join(dirname(post.found.path), basename(post.found.path).replace(/\.(md|markdown)$/i, ''));
      const inside = clean.startsWith('/')
        ? []
        : [dirname(post.found.path), page]
            .map((from) => resolve(from, clean))
            .filter((file) => isInside(site.root, file));
      const at = inside.find((file) => existsSync(file));
      // Read from the file's own folder, the path stays in the site: the image is missing, not out of reach.
      const besideFile = clean.startsWith('/') ? undefined : resolve(dirname(post.found.path), clean);
      left.push({
        file: post.target,
        line,
        message: at
          ? `image \`${url}\` is outside the post's folder, at \`${posix(site.root, at)}\`; not copied: copy it beside the post and link it by its name`
          : besideFile && isInside(site.root, besideFile)
            ? `image \`${url}\` not found in the source site (looked for \`${posix(site.root, besideFile)}\`)`
            : `image \`${url}\` points outside the site; not copied`,
      });
      continue;
    }
    if (clean.startsWith('/')) {
      const from = site.staticDirs.map((d) => join(d, clean)).find((f) => existsSync(f));
      const target = `static${clean}`;
      if (from) {
        if (!planned.has(target)) {
          planned.add(target);
          files.push({ target, content: { copyFrom: from }, source: posix(site.root, from), kind: 'asset' });
        }
      } else left.push({ file: post.target, line, message: `image \`${url}\` not found in the source site` });
    } else if (post.found.assetDir) {
      if (!existsSync(join(post.found.assetDir, clean)) && !usedAssets.includes(url))
        left.push({ file: post.target, line, message: `image \`${url}\` not found beside the post` });
    } else {
      const note = copyBeside(url, clean, post, site, files, copiedFiles());
      if (note.copied)
        changed.push({
          file: post.found.rel,
          line: sourceLine(post.text, url),
          message: note.message,
          related: [{ file: note.copied, line: 1, column: 1, message: 'the copy' }],
        });
      else left.push({ file: post.target, line, message: note.message });
    }
  }
}

/**
 * A single-file post's relative image (Jekyll `_posts/pic.png`, Hugo `content/posts/img.png`) comes along to the
 * same place beside the new post, so the URL stays as written. Only a regular file of the source site is copied
 * (the one reference resolver, rooted at the source: no `..`, no link leading out); one new file per target.
 */
function copyBeside(
  url: string,
  clean: string,
  post: ReadPost,
  site: SourceSite,
  files: PlannedFile[],
  sources: Map<string, string>,
): { copied?: string; message: string } {
  const context = { root: site.root, fromDir: dirname(post.found.path), imagesDir: '', basePath: '/' };
  const found = resolveReference(url, context, 'file');
  if (found.kind === 'outside') return { message: `image \`${url}\` points outside the site; not copied` };
  if (found.kind !== 'found') return { message: `image \`${url}\` not found beside the post` };
  const target = path.normalize(path.join(path.dirname(post.target), clean));
  const taken = sources.get(target);
  if (taken !== undefined && taken !== found.path)
    return {
      message: `image \`${url}\` not copied: \`${target}\` comes from another file of the site`,
    };
  if (taken === undefined) {
    sources.set(target, found.path);
    files.push({ target, content: { copyFrom: found.path }, source: found.file, kind: 'asset' });
  }
  return { copied: target, message: `image \`${url}\` copied to \`${target}\`` };
}

/** A link to a file rather than a page: a full-size image, a PDF, an archive. */
const FILE_LINK = /\.(?:png|jpe?g|gif|webp|avif|svg|pdf|zip|gz|mp3|mp4|webm|txt|csv)$/i;

/**
 * A link to a file of the old site's static folders (`[![thumb](small.jpg)](/uploads/big.jpg)`, a PDF) comes
 * along into `static/` like an image; a link to a page, or to a file not found, is left as written (the
 * lint's broken-link rule reports what is missing).
 */
function planLinkedFiles(
  links: readonly BodyLink[],
  site: SourceSite,
  files: PlannedFile[],
  planned: Set<string>,
): void {
  for (const link of links) {
    if (link.kind !== 'link' || link.syntax === 'definition' || !link.url.startsWith('/')) continue;
    if (link.url.startsWith('//')) continue;
    const clean = decodeUrlPath(link.url.split(/[?#]/)[0]!);
    if (!FILE_LINK.test(clean) || clean.split('/').includes('..')) continue;
    const target = `static${clean}`;
    if (planned.has(target)) continue;
    const from = site.staticDirs.map((d) => join(d, clean)).find((f) => isRegularFile(f, site.root));
    if (!from) continue;
    planned.add(target);
    files.push({ target, content: { copyFrom: from }, source: posix(site.root, from), kind: 'asset' });
  }
}

/** A regular file whose real path is inside the source site (no link leading out). */
export function isRegularFile(path: string, root: string): boolean {
  try {
    return statSync(path).isFile() && isInside(realpathSync(root), realpathSync(path));
  } catch {
    return false;
  }
}

/** The 1-based line of the first place `url` is written in a source file (its image, in practice). */
function sourceLine(text: string, url: string): number {
  const at = text.indexOf(url);
  return at < 0 ? 1 : new LineIndex(text).positionAt(at).line;
}

/** Where the body of a converted post starts: after its front-matter, found as every reader finds it. */
function bodyOffsetOf(text: string): number {
  const block = splitFrontMatter(text);
  return block?.closed ? block.bodyStart : 0;
}
