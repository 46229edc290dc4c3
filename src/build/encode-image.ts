/**
 * @fileoverview One local image in, its resized and re-encoded variants out (sharp), kept in a cache folder
 * under names made from what they depend on: an unchanged image is never encoded twice.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type sharpModule from 'sharp';
import type { Metadata, OutputInfo, Sharp } from 'sharp';
import { z } from 'zod';
import { readRegularFile } from '../fs/read-regular.ts';

export interface ImageOptions {
  widths: readonly number[];
  formats: readonly ('avif' | 'webp')[];
  quality: number;
}

export interface Variant {
  /** File name, the same in the cache folder and under `/_img/` in the site. */
  name: string;
  width: number;
  height: number;
  size: number;
}

/** What the site gets for one source image. */
export interface EncodedImage {
  /** The source's own size, upright (EXIF orientation applied). */
  width: number;
  height: number;
  /** The source's format as sharp names it: `jpeg`, `png`, `webp`, `avif`, `gif`, `svg`. */
  format: string;
  /** True for SVG and GIF: published as they are, never resized. */
  passthrough: boolean;
  /** The source's format at each width, narrowest first (one copy of the file when passed through). */
  fallback: Variant[];
  /** Each of the configured modern formats, with the same widths. */
  modern: { format: 'avif' | 'webp'; variants: Variant[] }[];
}

/** Formats resized and offered in modern formats; GIF (animation) and SVG (vector) pass through. */
const RESIZABLE = new Set(['jpeg', 'png', 'webp', 'avif']);
const PASSTHROUGH = new Set(['gif', 'svg']);
const EXTENSION: Record<string, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
  svg: 'svg',
};

/** Bumped when the names or the record layout change. */
const CACHE_FORMAT = 2; // 2: PNG at zlib level 6
// Loaded with the first image: sharp and libvips take about 50 ms to load, and many blogs have no images.
const require = createRequire(import.meta.url);
let loaded: typeof sharpModule | undefined;
const sharp = (...args: Parameters<typeof sharpModule>): Sharp => {
  loaded ??= require('sharp') as typeof sharpModule;
  return loaded(...args);
};
/** sharp's and libvips' versions: a new encoder may give other bytes, so it makes other names. */
const encoderVersion = () => {
  loaded ??= require('sharp') as typeof sharpModule;
  return `${loaded.versions.sharp}:${loaded.versions.vips}`;
};

const variantSchema = z.object({
  name: z.string().regex(/^[0-9a-f]{16}-\d+\.[a-z]+$|^[0-9a-f]{16}\.[a-z]+$/),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  size: z.number().int().nonnegative(),
});
const recordSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  format: z.string(),
  passthrough: z.boolean(),
  fallback: z.array(variantSchema).min(1),
  modern: z.array(z.object({ format: z.enum(['avif', 'webp']), variants: z.array(variantSchema) })),
});

/** An image sharp could not read, or in a format the site cannot show: reported at the post, never thrown on. */
export class ImageProblem extends Error {
  /** What to do about it, when the usual advice (use a format browsers show) is not it. */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** A file of a format we read that still fails to decode is damaged, not of the wrong kind. */
const DAMAGED_HINT =
  'The file is damaged or cut short (an interrupted download or copy?): save or export it again from the original.';

export interface ImageEncoder {
  /** Variants of the file's bytes, from the cache folder when they are there, else encoded into it. */
  encode(bytes: Buffer): Promise<EncodedImage>;
  /** The folder holding every variant file, by name. */
  dir: string;
  /**
   * How many files were encoded (or copied) into the cache by this encoder: 0 on a warm rebuild; how many
   * images were found in the cache, and how many were not (their encoding has started).
   */
  stats: { encoded: number; reused: number; started: number };
}

export function createImageEncoder(dir: string, options: ImageOptions): ImageEncoder {
  const stats = { encoded: 0, reused: 0, started: 0 };
  let optionsKey: string | undefined;
  let madeDir = false;
  const put = (name: string, data: Buffer): number => {
    if (!madeDir) {
      mkdirSync(dir, { recursive: true });
      madeDir = true;
    }
    const path = join(dir, name);
    // Temp then rename: a build killed mid-write leaves no half file under a name that claims to be whole.
    const temp = `${path}.tmp-${process.pid}`;
    writeFileSync(temp, data);
    renameSync(temp, path);
    stats.encoded++;
    return data.length;
  };

  const kept = (key: string): EncodedImage | undefined => {
    try {
      const record = recordSchema.parse(
        JSON.parse(readRegularFile(join(dir, `${key}.json`)).toString('utf8')),
      );
      const all = [...record.fallback, ...record.modern.flatMap((m) => m.variants)];
      // A record whose files are gone or changed size is a miss: the files are made again.
      for (const v of all) if (statSync(join(dir, v.name)).size !== v.size) return undefined;
      return record;
    } catch {
      return undefined;
    }
  };
  const keep = (key: string, record: EncodedImage) => {
    try {
      put(`${key}.json`, Buffer.from(JSON.stringify(record)));
      stats.encoded--; // the record is not an encoded image
    } catch {
      // Best effort: without the record the next build encodes again, it never fails.
    }
  };

  return {
    dir,
    stats,
    async encode(bytes) {
      const sourceHash = createHash('sha1').update(bytes).digest('hex');
      const widthsKey = JSON.stringify([...options.widths].sort((a, b) => a - b));
      optionsKey ??= JSON.stringify([CACHE_FORMAT, encoderVersion(), options.quality, [...options.formats]]);
      const key = createHash('sha1').update(`${sourceHash}\0${optionsKey}\0${widthsKey}`).digest('hex');
      const hit = kept(key);
      if (hit) {
        stats.reused++;
        return hit;
      }
      stats.started++;
      const record = await encodeFresh(bytes, key.slice(0, 16), options, put);
      keep(key, record);
      return record;
    },
  };
}

async function encodeFresh(
  bytes: Buffer,
  stem: string,
  options: ImageOptions,
  put: (name: string, data: Buffer) => number,
): Promise<EncodedImage> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch (error) {
    throw new ImageProblem(`cannot be read as an image (${(error as Error).message})`);
  }
  const format = meta.format ?? 'unknown';
  const upright = (meta.orientation ?? 1) >= 5;
  const width = (upright ? meta.height : meta.width) ?? 0;
  const height = (upright ? meta.width : meta.height) ?? 0;
  if (!width || !height) throw new ImageProblem('has no width or height');

  if (PASSTHROUGH.has(format)) {
    const name = `${stem}.${EXTENSION[format]}`;
    const size = put(name, bytes);
    return {
      width,
      height,
      format,
      passthrough: true,
      fallback: [{ name, width, height, size }],
      modern: [],
    };
  }
  if (!RESIZABLE.has(format))
    throw new ImageProblem(
      `is a ${format} image, which browsers cannot show; use JPEG, PNG, WebP, AVIF, GIF or SVG`,
    );

  // Never upscale: the widths narrower than the image, and the image's own width when it is narrower than
  // the widest one asked for (so a 1000 px photo is offered at 1000 px, not 800).
  const asked = [...new Set(options.widths)].sort((a, b) => a - b);
  const widths = asked.filter((w) => w < width);
  if (widths.length < asked.length) widths.push(width);
  // Decoded once, at the widest size: every other width and format is made from those pixels, so a
  // 3000 px JPEG is decoded one time rather than once per variant.
  let pixels: { data: Buffer; info: OutputInfo };
  try {
    pixels = await sharp(bytes)
      .rotate()
      .resize({ width: widths[widths.length - 1]! })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new ImageProblem(
      `is a ${format.toUpperCase()} file that cannot be decoded (${(error as Error).message})`,
      DAMAGED_HINT,
    );
  }
  const { info } = pixels;
  const raw = { width: info.width, height: info.height, channels: info.channels };

  const encodeAll = async (to: string, ext: string): Promise<Variant[]> => {
    const variants: Variant[] = [];
    for (const w of widths) {
      let pipeline = sharp(pixels.data, { raw });
      if (w !== raw.width) pipeline = pipeline.resize({ width: w });
      const out = await formatted(pipeline, to, options.quality).toBuffer({ resolveWithObject: true });
      const name = `${stem}-${w}.${ext}`;
      const size = put(name, out.data);
      variants.push({ name, width: out.info.width, height: out.info.height, size });
    }
    return variants;
  };
  try {
    const fallback = await encodeAll(format, EXTENSION[format]!);
    const modern: EncodedImage['modern'] = [];
    for (const f of options.formats) {
      if (f === format) continue; // a WebP source already is its own modern format
      modern.push({ format: f, variants: await encodeAll(f, EXTENSION[f]!) });
    }
    return { width, height, format, passthrough: false, fallback, modern };
  } catch (error) {
    throw new ImageProblem(`could not be encoded (${(error as Error).message})`);
  }
}

function formatted(pipeline: Sharp, format: string, quality: number): Sharp {
  switch (format) {
    case 'jpeg':
      return pipeline.jpeg({ quality, progressive: true, optimiseCoding: true });
    case 'png':
      // zlib level 6 (sharp's default, as Astro and Eleventy Image use): level 9 took 3.7 times as long for
      // files 9 % smaller, and the PNG is only the fallback: browsers that show WebP never fetch it.
      return pipeline.png({ compressionLevel: 6, palette: false });
    case 'webp':
      return pipeline.webp({ quality });
    default:
      return pipeline.avif({ quality: Math.max(1, quality - 20), effort: 4 });
  }
}
