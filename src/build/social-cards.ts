/**
 * @fileoverview Stage 6b: the social cards as files. Draws each planned card (the theme's `social-card.eta` →
 * satori → SVG → resvg → PNG), a few at a time, and keeps every PNG in the build cache under the hash of
 * what made it, so a card is drawn once.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { hashOf } from '../cache/fingerprint.ts';
import { libraryVersions } from '../cache/stage-keys.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { readRegularFile } from '../fs/read-regular.ts';
import { writeAtomic } from '../output/write-atomic.ts';
import { listThemeFiles, type Theme } from '../render/templates.ts';
import type { SocialCard } from '../site/social-card.ts';
import { forEachLimit } from '../util/limit.ts';
import { cardCoverage, cardFontWarnings, fontsCover, INTER_SUBSETS } from './card-coverage.ts';
import type { CardFont } from './card-fonts.ts';
import type { OutputFile } from './site-files.ts';

const require = createRequire(import.meta.url);

/** The theme file that lays a card out; a blog overrides it with `templates/social-card.eta`. */
export const CARD_TEMPLATE = 'social-card';

const FONT_SUBSETS = INTER_SUBSETS;
const FONT_WEIGHTS = [400, 700] as const;
const LIBRARIES = ['satori', 'satori-html', '@resvg/resvg-js', '@fontsource/inter'];

/** The theme's colours, given to the card template as `it.colors`. */
export const CARD_COLORS = { accent: '#0b5cad', dark: '#0b2545', bright: '#6cb0ff', soft: '#c9defa' };

/** Cards drawn at once: satori lays out on this thread while resvg rasterises on libuv's pool. */
const CONCURRENCY = 4;

/**
 * The hash of everything that draws a card besides its data: the card template's text, the versions of the
 * libraries and of the font, the blog's own card fonts (their bytes, in order), and the colours. Part of each
 * card's file name and cache key.
 */
export function cardRendererKey(root: string, fonts: readonly CardFont[] = []): string {
  const template = listThemeFiles(root).find((f) => f.name === `${CARD_TEMPLATE}.eta`);
  return hashOf(
    template ? readFileSync(template.path) : '',
    libraryVersions(LIBRARIES),
    JSON.stringify(CARD_COLORS),
    ...fonts.map((font) => hashOf(font.data)),
    // This module draws the cards: a new version of it draws them again.
    readFileSync(fileURLToPath(import.meta.url)),
  );
}

export interface CardStageOptions {
  theme: Theme;
  /** The build cache folder, or undefined to draw every card afresh (`--no-cache`). */
  cacheDir: string | undefined;
  /** The blog's own fonts (`socialCardFonts`), tried after Inter. */
  fonts: readonly CardFont[];
}

/**
 * Takes the cards kept in the cache and lays out the others with the card template (the theme's or the blog's),
 * so that a broken template stops the build now, before anything is written. `draw` then draws those, loading
 * the renderer (about half a second) while the pages are written, and returns every card as a PNG file, in the
 * order given. `warnings` names the cards that leave letters out for want of a font, cached or not.
 */
export function prepareSocialCards(
  cards: readonly SocialCard[],
  options: CardStageOptions,
): { draw(): Promise<OutputFile[]>; warnings: Diagnostic[] } {
  const dir = options.cacheDir && join(options.cacheDir, 'cards');
  // The key names the card's content: the writer compares it without hashing the PNG.
  const file = (card: SocialCard, content: Uint8Array): OutputFile => ({
    outputPath: card.outputPath,
    content,
    fingerprint: `card:${card.key}`,
  });
  const files = new Array<OutputFile>(cards.length);
  const toDraw: { i: number; markup: string }[] = [];
  cards.forEach((card, i) => {
    const kept = dir ? readPng(join(dir, `${card.key}.png`), card.width, card.height) : undefined;
    if (kept) files[i] = file(card, kept);
    else toDraw.push({ i, markup: cardMarkup(card, options.theme) });
  });
  return {
    warnings: cards.length ? cardFontWarnings(cards, cardCoverage(options.fonts)) : [],
    async draw() {
      if (toDraw.length === 0) return files;
      const renderer = loadRenderer(options.fonts);
      await forEachLimit(toDraw, CONCURRENCY, async ({ i, markup }) => {
        const card = cards[i]!;
        const png = await (await renderer).draw(card, markup);
        if (dir) {
          try {
            mkdirSync(dir, { recursive: true });
            writeAtomic(join(dir, `${card.key}.png`), png);
          } catch {
            // A cache that cannot be written makes the next build slower, never this one fail.
          }
        }
        files[i] = file(card, png);
      });
      return files;
    },
  };
}

/** A card's markup: the logo tile's own, or the card template's with the card's data. */
function cardMarkup(card: SocialCard, theme: Theme): string {
  try {
    return card.data.kind === 'logo'
      ? logoMarkup(card)
      : theme.render(CARD_TEMPLATE, { card: card.data, colors: CARD_COLORS });
  } catch (error) {
    if (error instanceof BlogError) throw error;
    throw new BlogError('TEMPLATE', `The social card template failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** A cached PNG, when it is one and has the size asked for; anything else is a miss. */
function readPng(path: string, width: number, height: number): Uint8Array | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const data = readRegularFile(path);
    const size = pngSize(data);
    return size && size.width === width && size.height === height ? data : undefined;
  } catch {
    return undefined;
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 24 || PNG_SIGNATURE.some((b, i) => data[i] !== b)) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

interface Renderer {
  /** The card drawn from its markup (`cardMarkup`). */
  draw(card: SocialCard, markup: string): Promise<Uint8Array>;
}

type VNode = {
  type: string;
  props: { children?: string | VNode | (string | VNode)[]; [k: string]: unknown };
};

/** Loaded on the first card that is not in the cache: satori's layout engine and the fonts take about a second. */
async function loadRenderer(extraFonts: readonly CardFont[]): Promise<Renderer> {
  const [{ default: satori }, { html }, { renderAsync }] = await Promise.all([
    import('satori'),
    import('satori-html'),
    import('@resvg/resvg-js'),
  ]);
  const fontsFor = fontLoader(extraFonts);
  const covers = fontsCover(extraFonts);
  const toSvg = async (node: VNode, width: number, height: number): Promise<string> => {
    const fonts = fontsFor(textOf(node));
    const missing = new Set<string>();
    const svg = await satori(node as Parameters<typeof satori>[0], {
      width,
      height,
      fonts,
      loadAdditionalAsset: async (language, segment) => {
        missing.add(segment);
        return language === 'emoji' ? BLANK_IMAGE : [];
      },
    });
    if (missing.size === 0) return svg;
    // Letters the bundled font lacks (CJK, emoji, rare symbols) are left out rather than drawn as boxes:
    // a second layout without them.
    // A missing segment may hold letters the font has (satori reports `日本語 Привет` as one): keep those.
    const drop = new Set(
      [...missing]
        .flatMap((seg) => [...seg])
        .filter((ch) => !covers(ch))
        .concat(['\u200d', '\ufe0f']),
    );
    return satori(stripText(node, drop) as Parameters<typeof satori>[0], { width, height, fonts });
  };
  return {
    async draw(card, markup) {
      let svg: string;
      try {
        svg = await toSvg(decodeText(html(markup.trim()) as VNode), card.width, card.height);
      } catch (error) {
        throw new BlogError(
          'TEMPLATE',
          `The social card for ${card.path} could not be drawn: ${(error as Error).message}`,
          {
            cause: error,
            hint: 'A card template may use inline styles only, and every element with more than one child needs `display: flex`.',
          },
        );
      }
      const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
      return image.asPng();
    },
  };
}

type Font = { name: string; weight: 400 | 700; style: 'normal'; data: Buffer };

/**
 * The Inter subsets a card's text needs, by the Unicode ranges `@fontsource/inter` declares for each: Latin
 * always, the others only when a letter of theirs is on the card. Parsing all fourteen font files costs
 * satori about 0.25 s; most cards need two. The blog's own fonts come last, only on cards with a letter Inter
 * lacks. Each combination is one array, which satori's font cache keys on.
 */
export function fontLoader(extraFonts: readonly CardFont[] = []): (text: string) => Font[] {
  const inter = fontsCover([]);
  // One weight each: satori falls back across families whatever the weight asked for.
  const extra = extraFonts.map(
    (font, i): Font => ({ name: `Card font ${i + 1}`, weight: 700, style: 'normal', data: font.data }),
  );
  const base = join(require.resolve('@fontsource/inter/package.json'), '..');
  const ranges = JSON.parse(readFileSync(join(base, 'unicode.json'), 'utf8')) as Record<string, string>;
  const covers = new Map(
    FONT_SUBSETS.map((subset) => [
      subset,
      (ranges[subset] ?? '').split(',').map((r) => {
        const [from, to = from] = r.replace(/U\+/g, '').split('-');
        return [Number.parseInt(from!, 16), Number.parseInt(to!, 16)] as const;
      }),
    ]),
  );
  const files = new Map<string, Font[]>();
  const load = (subset: string) => {
    let loaded = files.get(subset);
    if (!loaded) {
      loaded = FONT_WEIGHTS.map((weight) => ({
        // One family name per subset: satori keeps one font per name and weight, and falls back across names.
        name: subset === 'latin' ? 'Inter' : `Inter ${subset}`,
        weight,
        style: 'normal' as const,
        data: readFileSync(join(base, 'files', `inter-${subset}-${weight}-normal.woff`)),
      }));
      files.set(subset, loaded);
    }
    return loaded;
  };
  const sets = new Map<string, Font[]>();
  return (text) => {
    const points = new Set<number>();
    for (const ch of text) if (ch.codePointAt(0)! > 0xff) points.add(ch.codePointAt(0)!);
    const needed = FONT_SUBSETS.filter(
      (subset) =>
        subset === 'latin' ||
        [...points].some((cp) => covers.get(subset)!.some(([from, to]) => cp >= from && cp <= to)),
    );
    const withExtra = extra.length > 0 && [...points].some((cp) => !inter(String.fromCodePoint(cp)));
    const key = `${needed.join(' ')}${withExtra ? ' +' : ''}`;
    let fonts = sets.get(key);
    if (!fonts) {
      fonts = [...needed.flatMap(load), ...(withExtra ? extra : [])];
      sets.set(key, fonts);
    }
    return fonts;
  };
}

/** Every text on a card, for choosing its fonts. */
function textOf(node: VNode): string {
  let text = '';
  mapText(node, (t) => {
    text += t;
    return t;
  });
  return text;
}

/** The square logo tile: the site's initial on the accent colour, as the header shows it. */
function logoMarkup(card: SocialCard): string {
  const initial = card.data.site.initial.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<div style="display:flex;align-items:center;justify-content:center;width:${card.width}px;height:${card.height}px;background:${CARD_COLORS.accent};color:#ffffff;font-family:Inter;font-weight:700;font-size:${Math.round(card.height * 0.6)}px">${initial}</div>`;
}

/** An empty picture for an emoji the font cannot draw (the second layout drops it anyway). */
const BLANK_IMAGE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')}`;

/** satori-html keeps entities as written: the template escaped the text, so decode it back to what it says. */
function decodeText(node: VNode): VNode {
  return mapText(node, (text) => decodeHTML(text));
}

function stripText(node: VNode, drop: Set<string>): VNode {
  return mapText(node, (text) =>
    [...text]
      .filter((ch) => !drop.has(ch))
      .join('')
      .replace(/ {2,}/g, ' '),
  );
}

function mapText(node: VNode, fn: (text: string) => string): VNode {
  const { children } = node.props;
  const map = (child: string | VNode) => (typeof child === 'string' ? fn(child) : mapText(child, fn));
  if (children === undefined) return node;
  return {
    ...node,
    props: { ...node.props, children: Array.isArray(children) ? children.map(map) : map(children) },
  };
}
