/** @fileoverview What `blog import` works with: a source site's posts, and what was done to each. */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Passthrough } from './math.ts';
import type { OffsetDate } from './zone-for-offsets.ts';

export type SourceKind = 'jekyll' | 'hugo' | 'hexo' | 'eleventy';
export const SOURCE_KINDS: readonly SourceKind[] = ['jekyll', 'hugo', 'hexo', 'eleventy'];

/**
 * One line of the report: a Diagnostic of which planners must give only where (file, 1-based line) and
 * what; column, severity, rule id and hint ride along when known (the checks run on imported posts).
 * `toDiagnostic` in report.ts fills in the rest.
 */
export type Note = Pick<Diagnostic, 'file' | 'line' | 'message'> & Partial<Diagnostic> & { same?: SameNote };

/**
 * What a note says that many others say too, about one thing (an include file): notes with one `key` are
 * listed once in the report, as `message` with their count and the first few places, when there are many.
 */
export interface SameNote {
  key: string;
  message: string;
}

/** A post file found in the source site. */
export interface FoundPost {
  /** Absolute path. */
  path: string;
  /** Relative to the source folder, forward slashes. */
  rel: string;
  /** A folder whose other files travel with the post (Hugo page bundle, Hexo post asset folder). */
  assetDir?: string;
  /** Found in a drafts folder (`_drafts/`). */
  draft?: boolean;
  /** Hugo: the first folder below the content folder (`content/en/` on a multilingual site), for old URLs. */
  section?: string;
  /** Hugo: the folders below the content folder the page sits in (`['blog', '2020']`), a bundle's own left out. */
  dirs?: string[];
  /**
   * The name the post goes by when it is not its file's: Hugo's without the extension and language code (`post`
   * for `post.fr.md`); Eleventy's dated bundle file `x/2017-03-08-index.md`, its folder's (`2017-03-08-x`).
   */
  name?: string;
  /** Jekyll: the folders above its `_posts/` (`en/news/_posts/` → `['en', 'news']`), its first categories. */
  categories?: string[];
  /** Hugo: the folders of the page's nearest section, for `:sections`. */
  sections?: string[];
}

/** What a source kind knows about its layout. */
export interface SourceSite {
  kind: SourceKind;
  root: string;
  posts: FoundPost[];
  /** Folders where root-relative URLs (`/images/x.png`) live, in the order looked up. */
  staticDirs: string[];
  /** Tags that only name a collection (Eleventy's `posts`), dropped on import. */
  collectionTags: string[];
  /**
   * Hugo: the language imported (when the site has several) and its URL prefix (`fr`, or ''); the math
   * delimiters of its passthrough extension, when enabled.
   */
  hugo?: { lang: string | undefined; prefix: string; passthrough?: Passthrough };
  /** Eleventy: the posts folder's directory data `permalink` (a template such as `/blog/{{ page.fileSlug }}/`). */
  permalink?: string;
  /** Jekyll: the config (`_config.yml`), for `{{ site.x }}`. */
  data?: Record<string, unknown>;
  /**
   * The block tags the site defines, by name, each with the file that does: Jekyll's `_plugins/`, Eleventy's
   * paired shortcodes in its config.
   */
  blockTags?: Map<string, string>;
  /** Jekyll: the config's `excerpt_separator`, when set. */
  excerptSeparator?: string;
  /** Eleventy: why the posts' old URLs cannot be known (a directory data file computes `permalink` in code). */
  permalinkProblem?: string;
  /** Eleventy: the input folder its config names (`content` in eleventy-base-blog), '' for the site's root. */
  inputDir?: string;
  /** Hugo: the files its `ignoreFiles` leaves out (by absolute path), never read or published by Hugo. */
  ignored?: (path: string) => boolean;
  /** Files that look like content but are not posts (pages), named in the report. */
  notPosts: string[];
  /** Files or folders left out for a reason the report gives (listing pages, `.mdx`, other languages). */
  leftOut?: LeftOut[];
}

/** A source file or folder not imported, and why. */
export interface LeftOut {
  /** Relative to the source folder, forward slashes. */
  file: string;
  reason: string;
}

/** What the user asked of the finder. */
export interface FindOptions {
  /** Hugo, Jekyll: the language to import (`content/<lang>/`, `<lang>/…/_posts/`). */
  lang?: string;
}

/** A file to write into the blog. */
export interface PlannedFile {
  /** Relative to the blog root, forward slashes. */
  target: string;
  /** Text for converted posts; a source path for copied files. */
  content: { text: string } | { copyFrom: string };
  /** The source file it comes from, relative to the source folder. */
  source: string;
  kind: 'post' | 'asset';
}

export interface ImportPlan {
  kind: SourceKind;
  files: PlannedFile[];
  /** What was converted, per source file and line. */
  changed: Note[];
  /** What a person should look at, per target file and line. */
  left: Note[];
  /** Targets that exist already and were not touched. */
  skipped: Note[];
  notPosts: string[];
  leftOut: LeftOut[];
  posts: number;
  /**
   * Posts whose date, written with a time and offset, falls on another day in the blog's time zone
   * (`2022-04-28T00:00:00Z` is the 27th in New York): the first of them, and how many.
   */
  dayShifts?: {
    count: number;
    first: { file: string; date: string; day: string };
    timeZone: string;
    /** `config.toml:4` when that time zone is the old site's, applied by this import. */
    timeZoneFrom?: string;
    /** Why, when that zone is what the old generator does without a setting (`no \`timeZone\` in config.yaml, so Hugo read dates without an offset in UTC`). */
    timeZoneImplied?: string;
    /** Every post's date written with an offset, as written: the zones that keep them all are named from these. */
    offsets?: OffsetDate[];
  };
}
