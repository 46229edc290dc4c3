/**
 * @fileoverview Hugo's expansion of a permalink pattern, as `resources/page/permalinks.go` does it: each
 * `:attribute` (regexp `:\w+(\[.+?\])?`) is a known token, a `:sections[…]` slice, or else a Go time layout
 * (`:2006`, `:January`, `:06`) when formatting the reference time changes it; `\:` is a literal colon.
 */
import { formatGoDate, isGoLayout } from './go-date-layout.ts';

/** What a pattern is expanded from: the token values (`hugoTokens`) and the page's sections and date. */
export interface HugoExpansion {
  tokens: Record<string, string>;
  /** `CurrentSection().SectionsEntries()`: the folders of the page's nearest section, lowercased. */
  sections: string[];
  /** The date written in the post: year, month, day. */
  date: [string, string, string] | undefined;
}

/** The expanded pattern, or the first attribute Hugo refuses (`unknown`) or this cannot expand (`problem`). */
export type Expanded = { path: string } | { unknown: string } | { problem: string };

const ATTRIBUTE = /:\w+(\[.+?\])?/g;
const ESCAPED_COLON = '\u0000';
/** Tokens Hugo knows whose values need the section pages' own front-matter, which this does not read. */
const SECTION_SLUG = /^sectionslugs?(\[|$)/;

/** Expands `pattern` for one page. */
export function expandHugoPattern(pattern: string, page: HugoExpansion): Expanded {
  const escaped = pattern.replaceAll('\\:', ESCAPED_COLON);
  let failed: Expanded | undefined;
  const path = escaped.replace(ATTRIBUTE, (match) => {
    const value = failed ? '' : attributeValue(match.slice(1), page);
    if (typeof value === 'string') return value;
    failed ??= value;
    return match;
  });
  return failed ?? { path: path.replaceAll(ESCAPED_COLON, ':') };
}

/** One attribute's value, in the order `PermalinkExpander.callback` tries them. */
function attributeValue(attr: string, page: HugoExpansion): string | Expanded {
  if (Object.hasOwn(page.tokens, attr)) return page.tokens[attr]!;
  if (attr.startsWith('sections[')) return sliceOf(attr.slice('sections'.length), page.sections).join('/');
  if (SECTION_SLUG.test(attr)) return { problem: `:${attr}` };
  if (!isGoLayout(attr)) return { unknown: `:${attr}` };
  if (!page.date) return { problem: `:${attr}` };
  const formatted = formatGoDate(attr, page.date);
  return formatted ?? { problem: `:${attr}` };
}

/**
 * Hugo's `toSliceFunc`: `[low:high]` (either may be left out), `[n]`, or `[last]`, lenient out of bounds;
 * anything else gives nothing.
 */
export function sliceOf(cut: string, entries: string[]): string[] {
  const spec = cut.trim().toLowerCase();
  if (spec === '') return entries;
  if (spec.length < 3 || !spec.startsWith('[') || !spec.endsWith(']')) return [];
  if (entries.length === 0) return [];
  const index = (text: string, low: boolean): number => {
    if (text === '') return low ? 0 : entries.length;
    if (text === 'last') return entries.length - 1;
    // Go's strconv.Atoi failing gives 0, as does a negative number.
    const n = /^[+-]?\d+$/.test(text) ? Math.max(0, Number(text)) : 0;
    if (n >= entries.length) return low ? -1 : entries.length;
    return n;
  };
  const inner = spec.slice(1, -1);
  if (!inner.includes(':')) {
    const n = index(inner, true);
    return n < 0 || !entries[n] ? [] : [entries[n]!];
  }
  const [from = '', to = ''] = inner.split(':');
  const low = index(from, true);
  const high = index(to, false);
  return low < 0 || high < 0 ? [] : entries.slice(low, high);
}
