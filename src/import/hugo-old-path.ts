/**
 * @fileoverview The path Hugo gave a page: its front-matter `url`, else the `[permalinks]` pattern of its
 * section, else its folders and slug or file name (`CreateTargetPaths` in resources/page/page_paths.go), with
 * the language's prefix (`/fr/`) where Hugo adds one.
 */
import { type Expanded, expandHugoPattern } from './hugo-permalinks.ts';
import { type HugoPathOptions, hugoTokens, hugoUnescape, hugoUrlize } from './hugo-urls.ts';

/** How the Hugo site's config shapes a page's URL. */
export interface HugoUrlConfig extends HugoPathOptions {
  /** The patterns for pages (`[permalinks]` or `[permalinks.page]`), by top-level section, lowercase. */
  patterns: Record<string, string>;
  /** Why no pattern is worked out for pages without a `url` (a form of `permalinks` not read here). */
  unsupported?: string;
  /** The config file the patterns are read from, relative to the site (for messages). */
  file: string;
  /** The imported language's URL prefix (`fr`), or '' when its URLs have none. */
  langPrefix: string;
  /**
   * `uglyURLs`: true for every section, or by top-level section (lowercase): such a page was `/x.html`, not
   * `/x/` (`IsUglyURLSection` in config/allconfig/allconfig.go).
   */
  ugly?: boolean | Record<string, boolean> | undefined;
}

/** The page as Hugo sees it. */
export interface HugoSource {
  title: string;
  slug: string | undefined;
  /** The file name without its extension and language (`post` for `post.fr.md`), or a bundle's folder name. */
  baseName: string;
  /** The folders below the content folder the page sits in. */
  dirs: string[];
  /** The folders of its nearest section. */
  sections: string[];
  date: [string, string, string] | undefined;
  /** Front-matter `url`, when a string. */
  url: string | undefined;
}

/** The page's old path (not yet checked), why it is not worked out, or undefined when it had none. */
export function hugoOldPath(
  page: HugoSource,
  config: HugoUrlConfig,
): { path: string } | { problem: string } | undefined {
  const section = page.dirs[0] ?? '';
  const tokens = hugoTokens({ ...page, fileName: page.baseName, section }, config);
  const expansion = { tokens, sections: page.sections.map((s) => s.toLowerCase()), date: page.date };
  const prefix = config.langPrefix ? `/${config.langPrefix}` : '';
  if (page.url !== undefined) {
    const url = page.url;
    // Hugo expands the tokens of a `url` with a `:` (`/:section/:year/:slug/` on kubernetes.io) and unescapes
    // the result; the rest of a `url` is kept as written. A relative `url` gets the language prefix, one
    // starting with `/` does not (`ForcePrefix` in page_paths.go; its "not already set" test compares the
    // relative `url` with `/fr`, so it never holds: `fr/x/` is `/fr/fr/x/`).
    const withPrefix = (path: string) => (prefix && !url.startsWith('/') ? `${prefix}/${path}` : path);
    if (!url.includes(':')) return { path: withPrefix(url) };
    const path = expandHugoPattern(url, expansion);
    return 'path' in path
      ? { path: withPrefix(hugoUnescape(path.path)) }
      : problemOf(path, `its \`url\` \`${url}\``);
  }
  if (config.unsupported) return { problem: `${config.unsupported} is not read here` };
  const ugly = isUgly(config.ugly, section);
  const pattern = config.patterns[section.toLowerCase()];
  if (pattern === undefined)
    // Hugo's default: the page's folders and its slug, else its file (or bundle folder) name, cleaned up as one path.
    return {
      path:
        prefix +
        ending(hugoUrlize(`/${[...page.dirs, page.slug ?? page.baseName].join('/')}/`, config), ugly),
    };
  if (!page.date) return undefined;
  const path = expandHugoPattern(pattern, expansion);
  const what = `the \`[permalinks]\` pattern \`${pattern}\` in ${config.file}`;
  // The expanded pattern is one more path Hugo cleans up, as a whole.
  return 'path' in path
    ? { path: prefix + ending(hugoUrlize(hugoUnescape(path.path), config), ugly) }
    : problemOf(path, what);
}

function isUgly(ugly: HugoUrlConfig['ugly'], section: string): boolean {
  return typeof ugly === 'object' ? ugly[section.toLowerCase()] === true : ugly === true;
}

/**
 * An ugly URL is the path's last segment with `.html` (`pb.ConcatLast(pb.fullSuffix)` in
 * resources/page/page_paths.go): `/:year/:slug/` gives `/2021/go.html`; a pretty one is a folder.
 */
function ending(path: string, ugly: boolean): string {
  if (!ugly) return path;
  const trimmed = path.replace(/\/+$/, '');
  return trimmed ? `${trimmed}.html` : path;
}

function problemOf(expanded: Exclude<Expanded, { path: string }>, what: string): { problem: string } {
  return 'unknown' in expanded
    ? {
        problem: `${what} uses \`${expanded.unknown}\`, which Hugo does not know (it refuses to build with it)`,
      }
    : { problem: `${what} uses \`${expanded.problem}\`` };
}
