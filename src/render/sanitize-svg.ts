/** @fileoverview SVG drawings from writers, kept as drawings: no scripts, event handlers, foreignObject or external references. */
import { createRequire } from 'node:module';
import type sanitizeHtml from 'sanitize-html';

/** SVG elements that draw, group, style or describe; no `script`, `foreignObject`, `set`/`animate` (they can rewrite an href). */
const DRAWING_TAGS = [
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'metadata',
  'style',
  'switch',
  'a',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'image',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feImage',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
  'animateTransform',
  'animateMotion',
  'mpath',
];

/** A reference to the drawing itself (`#a`), to a file beside it, or an embedded raster image. */
const LOCAL_REFERENCE = /^(#|data:image\/(png|jpeg|gif|webp);|(?![a-z][a-z0-9+.-]*:)(?!\/\/)(?![/\\]{2}))/i;

/** `@import`, or `url(…)` naming anything but a fragment of the drawing (`url(#a)`). */
const EXTERNAL_CSS = /@import|url\(\s*(?!['"]?\s*#)/i;

const options: sanitizeHtml.IOptions = {
  allowedTags: DRAWING_TAGS,
  // Every attribute but the ones dropped in `transformTags`: SVG has hundreds of presentation attributes.
  allowedAttributes: false,
  allowVulnerableTags: true,
  // Only `data:` raster images get past `transformTags` with a scheme; sanitize-html checks it again.
  allowedSchemes: ['data'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'xlink:href'],
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'foreignObject', 'iframe', 'noscript', 'textarea', 'set', 'animate', 'handler'],
  // A style sheet that loads from elsewhere goes whole: CSS has too many ways to name a URL to edit it.
  exclusiveFilter: (frame) =>
    frame.tag === 'foreignObject' || (frame.tag === 'style' && EXTERNAL_CSS.test(frame.text)),
  parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false, decodeEntities: true },
  transformTags: {
    '*': (tagName, attribs) => {
      const kept: Record<string, string> = {};
      for (const [name, value] of Object.entries(attribs)) {
        if (/^on/i.test(name)) continue;
        if (/^(xlink:)?href$|^src$/i.test(name) && !LOCAL_REFERENCE.test(compact(value))) continue;
        if (name === 'style' && EXTERNAL_CSS.test(value)) continue;
        kept[name] = value;
      }
      return { tagName, attribs: kept };
    },
  },
};

// Loaded on first use: sanitize-html (with its HTML parser) takes about 0.1 s to load.
const require = createRequire(import.meta.url);
let lib: typeof sanitizeHtml | undefined;

/** Browsers ignore control characters and spaces inside a scheme (`java\tscript:`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const compact = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');

/** The drawing without anything that can run script or load from elsewhere. */
export function sanitizeSvg(svg: string): string {
  lib ??= require('sanitize-html') as typeof sanitizeHtml;
  return lib(svg, options);
}
