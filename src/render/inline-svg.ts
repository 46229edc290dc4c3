/**
 * @fileoverview Inline `<svg>` in a post, kept as a drawing by the HTML sanitizer: shapes, text, gradients, clips,
 * markers, same-document `<use>` and a `<style>` cut down to rules for that drawing alone (`svg-style.ts`); no
 * script, `foreignObject`, `animate`/`set`, handlers or outside references.
 */
import { createHash } from 'node:crypto';
import type sanitizeHtml from 'sanitize-html';
import { scopedSvgCss } from './svg-style.ts';

/** What a diagram is drawn with (v8.dev's, or one exported from a drawing tool), in SVG's own spelling. */
const TAGS = [
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'rect',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'marker',
  'symbol',
  'use',
];

/** Geometry and presentation: where things are and how they look, nothing that runs or loads. */
const ATTRIBUTES = [
  // Geometry
  'viewBox',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'fr',
  'd',
  'points',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'pathLength',
  'transform',
  // Paint
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'color',
  'clip-path',
  'clip-rule',
  'mask',
  'marker-start',
  'marker-mid',
  'marker-end',
  'paint-order',
  'vector-effect',
  'shape-rendering',
  'text-rendering',
  'visibility',
  'display',
  'overflow',
  // Text
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'text-decoration',
  'writing-mode',
  'xml:space',
  // Gradients, clips, masks, markers
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
  // References (a `#fragment` only, see `keptAttributes`), namespaces, styling, accessibility
  'href',
  'xlink:href',
  'xmlns',
  'xmlns:xlink',
  'version',
  'style',
  'focusable',
  'aria-*',
];

/** The HTML parser hands names over in lower case; the page shows them as SVG spells them (`viewBox`). */
const TAG_NAMES = new Map(TAGS.map((name) => [name.toLowerCase(), name]));
const ATTRIBUTE_NAMES = new Map(ATTRIBUTES.map((name) => [name.toLowerCase(), name]));

/** `url(…)` naming anything but a part of the page (`url(#arrow)`): a request to elsewhere. */
const OUTSIDE_URL = /url\(\s*(?!['"]?\s*#)/i;
/** CSS that loads, runs, or hides what it says behind escapes (`u\72l(`). */
const UNSAFE_STYLE = /expression|@import|\\|javascript:|behavior|binding/i;
/**
 * Outside an `<svg>`, a drawing element is no HTML: it is renamed to this, and `finish` unwraps it, keeping its
 * text. Kept by the sanitizer rather than dropped: sanitize-html forgets to undo the rename of a tag it drops, and
 * closed the next element beside it with this name (`<em>d</svg-element-outside-svg>`).
 */
const STRAY = 'svg-element-outside-svg';
const STRAY_TAGS = new RegExp(`</?${STRAY}>`, 'g');
/**
 * A `<style>` inside an `<svg>` goes through the sanitizer under this name (its text escaped, never raw) and is
 * written back as `<style>` with its CSS scoped once the run is over; one written in a post is dropped.
 */
const STYLE_SLOT = 'svg-style-slot';
/**
 * Marks each `<svg>` for the same step; a drawing with a `<style>` keeps it, its rules put under
 * `svg[data-svg-style="…"]`. Not an id: a post may give its own ids to any element, and an id another element
 * shares would take the drawing's rules out of it. No post can write this attribute (`keptAttributes` drops it,
 * and no HTML element allows it).
 */
const SCOPE_MARK = 'data-svg-style';

/** Browsers ignore control characters and spaces inside a URL's start (`java\tscript:`, ` #a`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const compact = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');

function keptAttributes(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const kept: sanitizeHtml.Attributes = {};
  for (const [raw, value] of Object.entries(attribs)) {
    const name = ATTRIBUTE_NAMES.get(raw) ?? raw;
    if (OUTSIDE_URL.test(value)) continue;
    // `<use>` and gradients point at a part of the same drawing; anything else could load or run.
    if ((name === 'href' || name === 'xlink:href') && !compact(value).startsWith('#')) continue;
    if (name === 'style' && UNSAFE_STYLE.test(value)) continue;
    if (name === SCOPE_MARK) continue;
    kept[name] = value;
  }
  return kept;
}

const PIXELS = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/;

/**
 * A drawing sized in pixels without a `viewBox` (v8.dev's charts) is cut off on a phone instead of shrunk: with
 * `0 0 width height` as its `viewBox` it draws the same at full size and scales down with the column.
 */
function scalable(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  if (attribs.viewBox !== undefined) return attribs;
  const width = PIXELS.exec(attribs.width ?? '')?.[1];
  const height = PIXELS.exec(attribs.height ?? '')?.[1];
  return width && height ? { ...attribs, viewBox: `0 0 ${width} ${height}` } : attribs;
}

/** The sanitizer's lists, extended with the drawing elements and their attributes. */
export const inlineSvg = {
  tags: TAGS,
  /** Per element: the sanitizer's own allowlist for it (globs such as `aria-*` included). */
  attributes: {
    ...Object.fromEntries(TAGS.map((tag) => [tag, ATTRIBUTES])),
    svg: [...ATTRIBUTES, SCOPE_MARK],
  } as Record<string, string[]>,
  /** Kept by the sanitizer, and turned back into `<style>`, or unwrapped, by `finish`. */
  ownTags: [STYLE_SLOT, STRAY],
  /** Dropped with what they hold: HTML inside a drawing, and a drawing's script (the parser reads its text raw). */
  dropsContent: ['foreignobject'],
};

/**
 * Hooks for one sanitizer run: they follow whether the parser is inside an `<svg>`, spell drawing elements as SVG
 * does there and unwrap them elsewhere, and keep only an attribute that neither loads nor runs. A `<style>` inside
 * an `<svg>` is collected by `textFilter`; `finish` writes it back, scoped to its drawing, into the sanitizer's
 * output. `source` is the HTML being sanitized: the drawings' ids are made from it, so they differ between posts
 * shown on one page.
 */
export function inlineSvgScope(source: string): Pick<
  sanitizeHtml.IOptions,
  'onOpenTag' | 'onCloseTag' | 'textFilter'
> & {
  exclusiveFilter: (frame: sanitizeHtml.IFrame) => boolean;
  transform: sanitizeHtml.Transformer;
  finish: (html: string) => string;
} {
  /** The open `<svg>` elements, innermost last, by their number in the post. */
  const open: number[] = [];
  let svgs = 0;
  /** Each `<style>` kept inside a drawing, in order: the drawing's number and the CSS as written. */
  const styles: { svg: number; css: string }[] = [];
  let inStyle = false;
  let key: string | undefined;
  /** The drawing's mark: its number, after a hash of the post, so two posts' drawings on one page differ. */
  const scopeOf = (svg: number) => {
    key ??= createHash('sha256').update(source).digest('hex').slice(0, 8);
    return `${key}-${svg}`;
  };
  return {
    onOpenTag: (name) => {
      if (name === 'svg') open.push(svgs++);
      inStyle = false;
    },
    onCloseTag: (name) => {
      if (name === 'svg') open.pop();
      inStyle = false;
    },
    transform: (tagName, attribs) => {
      if (tagName === 'style' && open.length > 0) {
        styles.push({ svg: open.at(-1)!, css: '' });
        inStyle = true;
        return { tagName: STYLE_SLOT, attribs: {} };
      }
      // One written in the post is no slot of ours: `exclusiveFilter` drops it with its text, as a `<style>` is.
      if (tagName === STYLE_SLOT || tagName === STRAY) return { tagName, attribs: {} };
      const svgName = TAG_NAMES.get(tagName);
      if (svgName === undefined) return { tagName, attribs };
      if (open.length === 0) return { tagName: STRAY, attribs: {} };
      const kept = keptAttributes(attribs);
      if (svgName !== 'svg') return { tagName: svgName, attribs: kept };
      return { tagName: svgName, attribs: { ...scalable(kept), [SCOPE_MARK]: String(open.at(-1)) } };
    },
    // The sanitizer escapes a slot's text as any other: taken back as written, and nothing of it left in place.
    textFilter: (text, tagName) => {
      if (tagName !== 'style' || !inStyle) return text;
      styles.at(-1)!.css += text.replace(
        /&(lt|gt|amp);/g,
        (_, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e]!,
      );
      return '';
    },
    exclusiveFilter: (frame) => frame.tag === STYLE_SLOT,
    finish: (sanitized) => {
      // `<` of text is escaped: only the sanitizer's own tags start `<svg`.
      if (!sanitized.includes('<svg')) return sanitized;
      const html = sanitized.replace(STRAY_TAGS, '');
      if (!html.includes(SCOPE_MARK)) return html;
      const kept = styles.map(({ svg, css }) => ({
        svg,
        css: scopedSvgCss(css, `svg[${SCOPE_MARK}="${scopeOf(svg)}"]`),
      }));
      const scoped = new Set(kept.filter((s) => s.css).map((s) => s.svg));
      let next = 0;
      return html
        .replace(new RegExp(`<${STYLE_SLOT}></${STYLE_SLOT}>`, 'g'), () => {
          const style = kept[next++];
          return style?.css ? `<style>${style.css}</style>` : '';
        })
        .replace(new RegExp(`(<svg\\b[^>]*?) ${SCOPE_MARK}="(\\d+)"`, 'g'), (_, tag: string, n: string) =>
          scoped.has(Number(n)) ? `${tag} ${SCOPE_MARK}="${scopeOf(Number(n))}"` : tag,
        );
    },
  };
}
