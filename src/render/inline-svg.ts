/**
 * @fileoverview Inline `<svg>` in a post, kept as a drawing by the HTML sanitizer: shapes, text, gradients, clips,
 * markers and same-document `<use>`; no script, `foreignObject`, `animate`/`set`, handlers or outside references.
 */
import type sanitizeHtml from 'sanitize-html';

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
/** Outside an `<svg>`, a drawing element is no HTML: it is unwrapped, keeping its text, under a name no list holds. */
const STRAY = 'svg-element-outside-svg';

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
  attributes: Object.fromEntries(TAGS.map((tag) => [tag, ATTRIBUTES])) as Record<string, string[]>,
  /** Dropped with what they hold: HTML inside a drawing, and a drawing's script (the parser reads its text raw). */
  dropsContent: ['foreignobject'],
};

/**
 * Hooks for one sanitizer run: they follow whether the parser is inside an `<svg>`, spell drawing elements as SVG
 * does there and unwrap them elsewhere, and keep only an attribute that neither loads nor runs.
 */
export function inlineSvgScope(): Pick<sanitizeHtml.IOptions, 'onOpenTag' | 'onCloseTag'> & {
  transform: sanitizeHtml.Transformer;
} {
  let depth = 0;
  return {
    onOpenTag: (name) => {
      if (name === 'svg') depth++;
    },
    onCloseTag: (name) => {
      if (name === 'svg' && depth > 0) depth--;
    },
    transform: (tagName, attribs) => {
      const svgName = TAG_NAMES.get(tagName);
      if (svgName === undefined) return { tagName, attribs };
      if (depth === 0) return { tagName: STRAY, attribs: {} };
      const kept = keptAttributes(attribs);
      return { tagName: svgName, attribs: svgName === 'svg' ? scalable(kept) : kept };
    },
  };
}
