/** @fileoverview Allowlist sanitizing of raw HTML in posts (sanitize-html): no scripts, handlers or `javascript:` URLs. */
import { createRequire } from 'node:module';
import type sanitizeHtml from 'sanitize-html';
import { inlineSvg, inlineSvgScope } from './inline-svg.ts';

const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** True for http(s), mailto, tel, and relative URLs; false for `javascript:`, `data:`, `vbscript:`… */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`), so compare without them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SAFE_URL.test(compact);
}

/** Removed with what they hold, not just unwrapped: sanitize-html's own default list, named so lint can say so. */
export const DROPS_CONTENT: readonly string[] = [
  'script',
  'style',
  'textarea',
  'option',
  'xmp',
  ...inlineSvg.dropsContent,
];

/** Built on first use: sanitize-html (with its HTML parser) takes about 0.1 s to load, and most posts have no raw HTML. */
const optionsFor = (lib: typeof sanitizeHtml): sanitizeHtml.IOptions => ({
  allowedTags: [
    ...lib.defaults.allowedTags,
    'img',
    'details',
    'summary',
    'figure',
    'figcaption',
    'picture',
    'source',
    'video',
    'audio',
    'track',
    'del',
    'ins',
    'sup',
    'sub',
    'kbd',
    'mark',
    'input',
    'h1',
    ...inlineSvg.tags,
    ...inlineSvg.ownTags,
  ],
  allowedAttributes: {
    ...inlineSvg.attributes,
    // `data-pagefind-ignore`: the headings' `#` links carry it, and a writer may keep a part of a post out of search.
    '*': ['class', 'id', 'title', 'lang', 'dir', 'aria-label', 'aria-hidden', 'role', 'data-pagefind-ignore'],
    a: ['href', 'name', 'target', 'rel', 'tabindex'],
    // A code block's: keyboard users reach it to scroll its long lines (`highlight` sets it).
    pre: ['tabindex'],
    // A Markdown table's, for the same reason (`markdown.ts`).
    table: ['tabindex'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    source: ['src', 'srcset', 'type', 'media', 'sizes'],
    video: ['src', 'controls', 'width', 'height', 'poster', 'loop', 'muted', 'playsinline'],
    audio: ['src', 'controls', 'loop', 'muted'],
    track: ['src', 'kind', 'srclang', 'label', 'default'],
    input: ['type', 'checked', 'disabled'],
    td: ['align', 'colspan', 'rowspan'],
    th: ['align', 'colspan', 'rowspan', 'scope'],
    ol: ['start', 'reversed', 'type'],
    details: ['open'],
    time: ['datetime'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster', 'srcset'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  nonTextTags: [...DROPS_CONTENT],
  // Void elements get no end tag: sanitize-html's list lacks these, and `<source></source>` is invalid HTML.
  selfClosing: [...lib.defaults.selfClosing, 'source', 'track', 'wbr', 'col'],
  // GFM task list items are the only inputs kept, and never editable.
  exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
});

const require = createRequire(import.meta.url);
let loaded: { lib: typeof sanitizeHtml; options: sanitizeHtml.IOptions } | undefined;
const load = () => {
  const lib = require('sanitize-html') as typeof sanitizeHtml;
  return { lib, options: optionsFor(lib) };
};

/**
 * What the sanitizer keeps, for `content/removed-html` to name what it drops: the tag names (lower case), and
 * the tags removed with their content rather than just unwrapped.
 */
export function keptHtml(): { tags: ReadonlySet<string>; dropsContent: ReadonlySet<string> } {
  loaded ??= load();
  const tags = (loaded.options.allowedTags || []).map((tag) => tag.toLowerCase());
  return { tags: new Set(tags), dropsContent: new Set(DROPS_CONTENT) };
}

export function sanitize(html: string): string {
  loaded ??= load();
  // Whether a `<path>` is a drawing or a stray tag depends on where it stands: one scope per run.
  const { transform, finish, exclusiveFilter, ...hooks } = inlineSvgScope(html);
  const own = loaded.options.exclusiveFilter!;
  return finish(
    loaded.lib(html, {
      ...loaded.options,
      ...hooks,
      transformTags: { '*': transform },
      exclusiveFilter: (frame) => exclusiveFilter(frame) || own(frame),
    }),
  );
}
