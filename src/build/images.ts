/**
 * @fileoverview The images stage: every local image a post shows (cover, Markdown `![]()`, raw `<img>`) and
 * the site's logo, encoded once into responsive variants under `/_img/`, with the views templates show.
 */
import { accessSync, constants, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { hashOf } from '../cache/fingerprint.ts';
import type { SiteConfig } from '../config/schema.ts';
import { scanBody } from '../content/body/scan-body.ts';
import { coverSpan } from '../content/cover-image.ts';
import { type Post, withFields } from '../content/post.ts';
import { applyReferencePolicy } from '../content/references.ts';
import { type ResolvedReference, resolveReference } from '../content/resolve-reference.ts';
import type { Report } from '../content/rule.ts';
import { toDiagnostic } from '../content/validate.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { isInside } from '../fs/inside.ts';
import type { CopyJob } from '../output/site-writer.ts';
import { stagingPath } from '../output/staging.ts';
import type { RenderedMarkdown } from '../render/markdown.ts';
import { rewriteImgTags } from '../render/picture.ts';
import type { ImageView, RenderedPost } from '../site/plan.ts';
import type { SiteUrls } from '../util/urls.ts';
import { createImageEncoder, type EncodedImage, ImageProblem } from './encode-image.ts';

export const IMAGE_RULE = 'build/image';
/** Site folder of the generated files. */
const IMG_DIR = '_img';

/** How one picture is shown; the theme's `partials/picture.eta` turns it into markup. */
export interface PictureOptions {
  image: ImageView;
  /** The `sizes` attribute: how wide the picture is drawn at each viewport width. */
  sizes: string;
  /** `priority`: the hero, or the first image of a post without one, fetched at once and first. */
  loading: 'priority' | 'eager' | 'lazy';
  /** Other attributes the writer gave the `<img>` (`title`, `class`…), kept as written. */
  attributes: [string, string][];
}

export type RenderPicture = (options: PictureOptions) => string;

export interface ImagesInput {
  root: string;
  config: SiteConfig;
  urls: SiteUrls;
  posts: readonly RenderedPost[];
  /** Where variants are kept between builds; false: a staging folder beside `outDir`, removed by `dispose()`. */
  cacheDir: string | false;
  outDir: string;
  /** Told once, when encoding images has taken more than a few seconds (a first build of a photo blog). */
  notice?: (message: string) => void;
  /** How long encoding may take before `notice` is told (default a few seconds). */
  noticeAfterMs?: number;
}

export interface ImagesStage {
  covers: Map<string, ImageView>;
  logo?: ImageView;
  favicon?: { href: string; type: string };
  /** The posts with each local `<img>` shown as a picture; the HTML is rewritten when it is first read. */
  withPictures(posts: readonly RenderedPost[], render: RenderPicture): RenderedPost[];
  /** Post HTML hashes (page fingerprints) with what each post's page shows of its images folded in. */
  withImageKeys(htmlHashes: ReadonlyMap<string, string>): Map<string, string>;
  copies: CopyJob[];
  /**
   * Unreadable and unsupported images: at the post's line as errors, which `imageWarnings` lets through as
   * warnings unless --strict; the logo's and favicon's at the config, warnings.
   */
  diagnostics: Diagnostic[];
  stats: { images: number; encoded: number; reused: number };
  dispose(): void;
}

/** The content column (`--wrap` in the theme) is 46rem wide; narrower screens show images full width. */
/** How far into a post's HTML (characters) its first image still counts as the hero: about two paragraphs. */
const HERO_WITHIN = 1200;

/** How long encoding may take before the build says what it is doing. */
const NOTICE_AFTER_MS = 3000;

export const BODY_SIZES = '(min-width: 48rem) 46rem, 100vw';

export async function processImages(input: ImagesInput): Promise<ImagesStage> {
  const { root, config, urls } = input;
  const kept = input.cacheDir === false ? undefined : writableDir(join(input.cacheDir, 'images'));
  // Without a usable cache folder the variants are made in a staging folder beside the output: slower, never
  // failed, and, if the build is killed, removed by the next one as other staging folders are.
  const temp = kept ? undefined : stagingPath(input.outDir, 'tmp');
  if (temp) mkdirSync(temp, { recursive: true });
  const encoder = createImageEncoder((kept ?? temp)!, config.images);
  const diagnostics: Diagnostic[] = [];
  // Two images per core: an image's steps (decode, then each width and format) each keep one thread busy, and
  // with one image per core the cores idled between steps (81 images on 2 cores: 130 % CPU, 27.7 s; 150 %, 24.1 s).
  const limit = createLimit(Math.max(1, availableParallelism()) * 2);
  const encoded = new Map<string, Promise<EncodedImage | ImageProblem>>();
  const encodeFile = (path: string) => {
    let job = encoded.get(path);
    if (!job) {
      job = limit(() => encoder.encode(readFileSync(path))).catch((error: unknown) => {
        if (error instanceof ImageProblem) return error;
        return new ImageProblem(`could not be read (${(error as Error).message})`);
      });
      encoded.set(path, job);
    }
    return job;
  };

  // What each post shows: its cover and the local images of its HTML, by the URL written in the HTML.
  // The same resolver as `blog lint` and the reference policy: what they call missing is never published here.
  const locate = (src: string, fromDir: string) =>
    resolveReference(src, { root, fromDir, imagesDir: config.images.dir, basePath: urls.basePath }, 'image');
  type Wanted = { post: RenderedPost; cover?: ResolvedReference; body: Map<string, ResolvedReference> };
  const wanted: Wanted[] = [];
  for (const post of input.posts) {
    const fromDir = dirname(post.path);
    const cover = post.image && locate(post.image.src, fromDir);
    const body = new Map<string, ResolvedReference>();
    // Listed when the post was rendered: neither its Markdown nor a cached post's HTML is read here.
    for (const src of post.rendered.images) if (!body.has(src)) body.set(src, locate(src, fromDir));
    wanted.push({ post, cover, body });
    if (cover?.kind === 'found') void encodeFile(cover.path);
    for (const found of body.values()) if (found.kind === 'found') void encodeFile(found.path);
  }
  const logoConfig = typeof config.logo === 'string' ? { src: config.logo } : config.logo;
  const staticDir = join(root, 'static');
  const logoFile = logoConfig && locate(logoConfig.src, staticDir);
  if (logoFile?.kind === 'found') void encodeFile(logoFile.path);

  // A first build of a blog with hundreds of photos encodes for minutes: say so once, rather than sit silent.
  const notice =
    input.notice &&
    setInterval(() => {
      if (encoder.stats.started === 0) return; // cache hits so far: nothing slow to explain yet
      clearInterval(notice);
      const reuse = kept
        ? `each is encoded once and kept in ${relative(root, kept) || kept} for later builds`
        : 'without a cache folder every build encodes them again';
      input.notice?.(`Encoding ${encoded.size} images into responsive sizes (${reuse})…`);
    }, input.noticeAfterMs ?? NOTICE_AFTER_MS);
  notice?.unref();
  const results = new Map<string, EncodedImage | ImageProblem>();
  try {
    for (const [path, job] of encoded) results.set(path, await job);
  } finally {
    if (notice) clearInterval(notice);
  }

  const view = (found: ResolvedReference | undefined, src: string, alt: string): ImageView | ImageProblem => {
    if (!found || found.kind === 'remote') return { src, alt };
    if (found.kind === 'outside') return new ImageProblem('is outside the blog');
    if (found.kind === 'missing') return new ImageProblem(`is not there (looked for \`${found.file}\`)`);
    const result = results.get(found.path)!;
    return result instanceof ImageProblem ? result : toView(result, alt, urls);
  };

  const covers = new Map<string, ImageView>();
  const bodyViews = new Map<string, Map<string, ImageView>>();
  const keys = new Map<string, string>();
  for (const { post, cover, body } of wanted) {
    // A missing file in a post is the reference policy's to report (`frontmatter/image`, `body/missing-image`).
    if (post.image && cover && !isBroken(cover)) {
      const v = view(cover, post.image.src, post.image.alt ?? '');
      if (v instanceof ImageProblem)
        diagnostics.push(problem(post, post.image.src, v, coverSpan(post.source)?.offset));
      else covers.set(post.file, v);
    }
    if (body.size === 0) continue;
    const views = new Map<string, ImageView>();
    for (const [src, found] of body) {
      if (found.kind === 'remote' || isBroken(found)) continue;
      const v = view(found, src, '');
      if (v instanceof ImageProblem) diagnostics.push(problem(post, src, v, bodyOffsetOf(post, src, urls)));
      else views.set(src, v);
    }
    if (views.size > 0) {
      bodyViews.set(post.file, views);
      keys.set(post.file, JSON.stringify([...views]));
    }
  }

  let logo: ImageView | undefined;
  if (logoConfig) {
    const v = view(logoFile ?? undefined, logoConfig.src, logoConfig.alt ?? config.title);
    if (v instanceof ImageProblem) diagnostics.push(configProblem('logo', logoConfig.src, v));
    else logo = v;
  }
  let favicon: ImagesStage['favicon'];
  if (config.favicon) {
    // Copied with `static/` as it is (browsers ask for it at its own URL), so it must be there.
    const found = locate(config.favicon, staticDir);
    const inStatic =
      found.kind === 'found' && isInside(staticDir, found.path)
        ? relative(staticDir, found.path).split(sep).join('/')
        : '';
    if (found.kind === 'remote') favicon = { href: config.favicon, type: iconType(config.favicon) };
    else if (inStatic) favicon = { href: urls.link(`/${inStatic}`), type: iconType(inStatic) };
    else
      diagnostics.push(
        configProblem('favicon', config.favicon, new ImageProblem('is not a file under `static/`')),
      );
  }

  const names = new Set<string>();
  for (const result of results.values())
    if (!(result instanceof ImageProblem))
      for (const v of [...result.fallback, ...result.modern.flatMap((m) => m.variants)]) names.add(v.name);
  const copies = [...names]
    .sort()
    .map((name) => ({ from: join(encoder.dir, name), to: `${IMG_DIR}/${name}` }));

  return {
    covers,
    ...(logo && { logo }),
    ...(favicon && { favicon }),
    withPictures(posts, render) {
      return posts.map((post) => {
        const views = bodyViews.get(post.file);
        if (!views) return post;
        const hasCover = covers.has(post.file);
        return withFields(post, { rendered: pictured(post.rendered, views, hasCover, render) });
      });
    },
    withImageKeys(htmlHashes) {
      const out = new Map(htmlHashes);
      for (const [file, key] of keys) out.set(file, hashOf(htmlHashes.get(file) ?? '', key));
      return out;
    },
    copies,
    diagnostics,
    stats: { images: results.size, encoded: encoder.stats.encoded, reused: encoder.stats.reused },
    dispose() {
      if (temp) rmSync(temp, { recursive: true, force: true });
    },
  };
}

/** The rendered post with its images as pictures; the HTML (which may still be on disk) is read when asked for. */
function pictured(
  rendered: RenderedMarkdown,
  views: Map<string, ImageView>,
  hasCover: boolean,
  render: RenderPicture,
): RenderedMarkdown {
  let html: string | undefined;
  const out = Object.create(rendered) as RenderedMarkdown;
  Object.defineProperty(out, 'html', {
    enumerable: true,
    get() {
      html ??= rewriteImgTags(rendered.html, ({ attributes, index, offset }) => {
        const src = attributes.get('src');
        const image = src === undefined ? undefined : views.get(src);
        if (!image) return undefined;
        const rest = [...attributes].filter(
          ([name]) => !/^(src|srcset|sizes|width|height|alt|loading|decoding|fetchpriority)$/.test(name),
        );
        return render({
          image: { ...image, alt: attributes.get('alt') ?? '' },
          sizes: BODY_SIZES,
          // The first image of a post without a cover is its hero when it comes early (likely in view on
          // arrival): fetched first. One further down waits for the reader like the others.
          loading: !hasCover && index === 0 && offset < HERO_WITHIN ? 'priority' : 'lazy',
          attributes: rest,
        });
      });
      return html;
    },
  });
  return out;
}

/** Missing or outside: the reference policy reports it in the post (`frontmatter/image`, `body/missing-image`). */
function isBroken(found: ResolvedReference): boolean {
  return found.kind === 'missing' || found.kind === 'outside';
}

const MIME: Record<string, string> = { jpeg: 'image/jpeg', svg: 'image/svg+xml' };

function toView(image: EncodedImage, alt: string, urls: SiteUrls): ImageView {
  const url = (name: string) => urls.link(`/${IMG_DIR}/${name}`);
  const largest = image.fallback[image.fallback.length - 1]!;
  const view: ImageView = {
    src: url(largest.name),
    alt,
    width: largest.width,
    height: largest.height,
    original: {
      width: image.width,
      height: image.height,
      type: MIME[image.format] ?? `image/${image.format}`,
    },
  };
  if (image.passthrough) return view;
  const srcset = (variants: { name: string; width: number }[]) =>
    variants.map((v) => `${url(v.name)} ${v.width}w`).join(', ');
  view.srcset = srcset(image.fallback);
  view.sources = image.modern.map((m) => ({ type: `image/${m.format}`, srcset: srcset(m.variants) }));
  return view;
}

/**
 * The stage's diagnostics as the broken-reference policy reports them: a post's image the site cannot show is
 * a counted warning in a plain build (the page keeps the reference as written) and, with --strict, an error
 * that stops the build before anything is written.
 */
export function imageWarnings(images: Pick<ImagesStage, 'diagnostics'>, strict: boolean): Diagnostic[] {
  const reported = applyReferencePolicy(images.diagnostics, strict ? 'strict' : 'build');
  const errors = reported.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new BlogError(
      'CONTENT_INVALID',
      `${errors.length === 1 ? '1 image' : `${errors.length} images`} in the posts cannot be shown; nothing was written.`,
      {
        diagnostics: errors,
        hint: 'Replace or repair each as its line says, then build again.',
      },
    );
  return reported;
}

function problem(post: Post, src: string, error: ImageProblem, offset: number | undefined): Diagnostic {
  const report: Report = {
    message: `Image \`${src}\` ${error.message}`,
    // `blog lint` checks that the file is there, not what it holds: sending the reader there would find nothing.
    hint:
      error.hint ??
      'Replace it with a JPEG, PNG, WebP, AVIF, GIF or SVG file (`blog build` opens images, `blog lint` does not).',
  };
  if (offset !== undefined) report.span = { offset, end: offset };
  return toDiagnostic(post, IMAGE_RULE, 'error', report);
}

function configProblem(key: string, src: string, error: ImageProblem): Diagnostic {
  return {
    file: 'blog.config.json',
    line: 1,
    column: 1,
    severity: 'warning',
    ruleId: IMAGE_RULE,
    message: `The \`${key}\` image \`${src}\` ${error.message}; the site is built without it`,
    hint: 'Put the file under `static/` and give its site path, e.g. `/logo.svg`.',
  };
}

/** Where the image with this (rendered) URL is written in the post's Markdown. */
function bodyOffsetOf(post: Post, src: string, urls: SiteUrls): number {
  for (const link of scanBody(post.source.text, post.bodyOffset).links) {
    if (link.kind !== 'image') continue;
    if (link.url === src || (link.url.startsWith('/') && urls.link(link.url) === src)) return link.urlOffset;
  }
  return post.bodyOffset;
}

function writableDir(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return dir;
  } catch {
    return undefined;
  }
}

function iconType(path: string): string {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(path)?.[1]?.toLowerCase();
  return ext === 'svg' ? 'image/svg+xml' : ext === 'ico' ? 'image/x-icon' : `image/${ext ?? 'png'}`;
}

/** Runs at most `n` tasks at once: sharp encodes on libuv's threads, and each encode holds a decoded image. */
function createLimit(n: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const run = () => {
        active++;
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            queue.shift()?.();
          });
      };
      if (active < n) run();
      else queue.push(run);
    });
}
