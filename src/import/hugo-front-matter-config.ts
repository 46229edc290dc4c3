/**
 * @fileoverview A Hugo site's `[frontmatter]` config: for each of its dates, the handlers Hugo tries in order
 * (`DecodeFrontMatterConfig` in resources/page/pagemeta/page_frontmatter.go).
 */
import { BlogError } from '../diagnostics/blog-error.ts';
import { findKey, type HugoConfig } from './hugo-config.ts';

/** The four dates, in the order `HandleDates` runs their handlers. */
export const DATE_KINDS = ['date', 'lastmod', 'publishdate', 'expirydate'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

export interface HugoDateHandlers {
  /** Each date's handlers, lowercase, `:default` expanded and key aliases added (`pubdate` after `publishdate`). */
  lists: Record<DateKind, string[]>;
  /** `enableGitInfo`: only then does `:git` find a date. */
  gitInfo: boolean;
}

/** `newDefaultFrontmatterConfig`: what `:default` stands for, and each list when the config sets none. */
const DEFAULTS: Record<DateKind, string[]> = {
  date: ['date', 'publishdate', 'lastmod'],
  lastmod: [':git', 'lastmod', 'date', 'publishdate'],
  publishdate: ['publishdate', 'date'],
  expirydate: ['expirydate'],
};

/** `dateFieldAliases`: keys Hugo reads after the one named. */
const ALIASES: Record<string, string[]> = {
  lastmod: ['modified'],
  publishdate: ['pubdate', 'published'],
  expirydate: ['unpublishdate'],
};

/** Reads the handlers; a `[frontmatter]` value that is not a list of strings is a BlogError naming its file. */
export function readHugoDateHandlers(config: HugoConfig): HugoDateHandlers {
  const file = config.files.frontmatter ?? config.main ?? 'the Hugo config';
  const table = findKey(config.data, 'frontmatter');
  if (table != null && (typeof table !== 'object' || Array.isArray(table)))
    throw invalid(
      file,
      `\`frontmatter\` is ${JSON.stringify(table)}, expected a table of date handler lists`,
    );
  const set: Partial<Record<DateKind, string[]>> = {};
  for (const [key, value] of Object.entries((table ?? {}) as Record<string, unknown>)) {
    const kind = key.toLowerCase();
    // Hugo ignores other keys, `pubdate` among them: it is a front-matter alias, not a config key.
    if (!(DATE_KINDS as readonly string[]).includes(kind)) continue;
    set[kind as DateKind] = handlerList(value, `frontmatter.${key}`, file);
  }
  const lists = Object.fromEntries(
    DATE_KINDS.map((kind) => [kind, expand(set[kind] ?? DEFAULTS[kind], DEFAULTS[kind])]),
  ) as Record<DateKind, string[]>;
  return { lists, gitInfo: findKey(config.data, 'enableGitInfo') === true };
}

/**
 * `toLowerSlice` (cast.ToStringSlice): a list of strings, or one string split at spaces; lowercase. Hugo
 * quietly turns other values into strings (`2` is a key) or no handlers at all; here they are refused, so the
 * old URLs are not guessed from a setting nobody meant.
 */
function handlerList(value: unknown, key: string, file: string): string[] {
  if (typeof value === 'string')
    return value
      .split(/\s+/)
      .filter(Boolean)
      .map((s) => s.toLowerCase());
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.map((s) => s.toLowerCase());
  throw invalid(
    file,
    `\`${key}\` is ${JSON.stringify(value)}, expected a list of handlers such as [":filename", ":default"]`,
  );
}

/** `expandDefaultValues`, then `addDateFieldAliases` (each alias after its key; duplicates dropped). */
function expand(values: string[], defaults: string[]): string[] {
  const out = values
    .flatMap((v) => (v === ':default' ? defaults : [v]))
    .flatMap((v) => [v, ...(ALIASES[v] ?? [])]);
  return [...new Set(out)];
}

function invalid(file: string, what: string): BlogError {
  return new BlogError(
    'CONFIG_INVALID',
    `The source site's \`${file}\` has a \`[frontmatter]\` setting that is not a list of date handlers: ${what}.`,
    {
      hint: 'Write each date as a list of strings (Hugo would quietly read another value as no handlers or as a front-matter key), then import again.',
    },
  );
}
