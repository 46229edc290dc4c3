/**
 * @fileoverview The paths Hugo gave posts, for their old URLs: its `urlize` (`helpers.PathSpec.MakePathSanitized`
 * over `paths.Sanitize`) and the values of its permalink tokens (`resources/page/permalinks.go`).
 */

/** How the Hugo site's config shapes paths. */
export interface HugoPathOptions {
  /** Paths are lowercased (unless `disablePathToLower`). */
  lowercase: boolean;
  /** Accents are taken off letters (`removePathAccents`). */
  removeAccents: boolean;
}

/** Go's `unicode.IsSpace`. */
const SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
/** Letters, digits and marks, and the few signs Hugo keeps. */
const KEPT = /^[\p{L}\p{Nd}\p{M}./\\_#+~@-]$/u;
const HEX = /^[0-9a-f]$/i;

/**
 * Hugo's `paths.Sanitize`: letters, digits, marks, `./\_#+~-@` and `%` escapes are kept; spaces between kept
 * characters become one `-` (none after a `-`); anything else is dropped. `Kubernetes Release: 0.16.0` is
 * `Kubernetes-Release-0.16.0`.
 */
function sanitize(text: string): string {
  let out = '';
  let spaced = false;
  let wasHyphen = false;
  const chars = [...text];
  chars.forEach((c, i) => {
    const kept = KEPT.test(c) || (c === '%' && HEX.test(chars[i + 1] ?? '') && HEX.test(chars[i + 2] ?? ''));
    if (kept) {
      wasHyphen = c === '-';
      if (spaced && !wasHyphen) out += '-';
      spaced = false;
      out += c;
    } else if (out !== '' && !wasHyphen && SPACE.test(c)) spaced = true;
  });
  return out;
}

/**
 * Hugo's `urlize` of a title, slug or file name, and its clean-up of a whole path (`MakePathSanitized`):
 * sanitised, accents taken off if asked, lowercased unless `disablePathToLower`.
 */
export function hugoUrlize(text: string, options: HugoPathOptions): string {
  let path = sanitize(text);
  if (options.removeAccents)
    path = path
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .normalize('NFC');
  return options.lowercase ? path.toLowerCase() : path;
}

/** What the tokens are worked out from. */
export interface HugoPage {
  /** Front-matter `title`. */
  title: string;
  /** Front-matter `slug`, as written. */
  slug: string | undefined;
  /** The file name without its extension, or a page bundle's folder name. */
  fileName: string;
  /** The first folder below the (language's) content folder. */
  section: string;
  /** The folders of the page's nearest section (`blog/2020` when that folder has an `_index.md`). */
  sections: string[];
  /** The date written in the post: year, month, day. */
  date: [string, string, string] | undefined;
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

/** The value of each permalink token Hugo knows for a page (date tokens only when it has a date). */
export function hugoTokens(page: HugoPage, options: HugoPathOptions): Record<string, string> {
  const urlize = (text: string) => hugoUrlize(text, options);
  const slug = page.slug ? urlize(page.slug) : undefined;
  const tokens: Record<string, string> = {
    // Hugo's section is its normalised path, lowercase whatever `disablePathToLower` says.
    section: page.section.toLowerCase(),
    // `CurrentSection().SectionsPath()`, from the normalised (lowercase) path as well.
    sections: page.sections.join('/').toLowerCase(),
    title: urlize(page.title),
    slug: slug ?? urlize(page.title),
    filename: urlize(page.fileName),
    slugorfilename: slug ?? urlize(page.fileName),
    contentbasename: urlize(page.fileName),
    slugorcontentbasename: slug ?? urlize(page.fileName),
  };
  if (page.date) {
    const [year, month, day] = page.date;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const yearDay = (date.getTime() - Date.UTC(Number(year), 0, 1)) / 86_400_000 + 1;
    Object.assign(tokens, {
      year: String(Number(year)),
      month,
      day,
      monthname: MONTHS[Number(month) - 1] ?? '',
      weekday: String(date.getUTCDay()),
      weekdayname: WEEKDAYS[date.getUTCDay()]!,
      yearday: String(yearDay),
    });
  }
  return tokens;
}

/**
 * `url.QueryUnescape`, which Hugo runs on an expanded permalink or `url`: `+` is a space, `%xx` the byte;
 * text with a broken escape is kept as it is.
 */
export function hugoUnescape(path: string): string {
  try {
    return decodeURIComponent(path.replace(/\+/g, ' '));
  } catch {
    return path;
  }
}
