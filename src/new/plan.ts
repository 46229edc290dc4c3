/** @fileoverview `blog new`'s flags, checked before anything is asked or written, and the answers a script gets. */
import { DateTime } from 'luxon';
import type { SiteConfig } from '../config/schema.ts';
import { readTags } from '../content/post.ts';
import { EARLIEST_LIKELY_YEAR } from '../content/rules/date.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { shellWord } from '../util/shell-word.ts';
import {
  capSlug,
  MAX_SLUG_BYTES,
  SLUG_PATTERN,
  slugify,
  unreservedSlug,
  windowsReservedName,
} from '../util/slug.ts';
import { reservedReason, resolvePostsDir } from './post-path.ts';
import { parseTagList } from './tags.ts';
import type { PostTemplate } from './templates.ts';

export interface NewFlags {
  template?: string;
  tags?: string;
  description?: string;
  date?: string;
  slug?: string;
  draft?: boolean;
  dir?: string;
  bundle?: boolean;
  open?: boolean;
  yes?: boolean;
}

/** What the flags settle; anything undefined is asked (on a terminal) or defaulted. */
export interface NewPlan {
  title: string | undefined;
  template: string | undefined;
  tags: string[] | undefined;
  description: string | undefined;
  draft: boolean | undefined;
  slug: string | undefined;
  /** YYYY-MM-DD in the site's time zone: `--date`, or today. */
  date: string;
  dir: string;
  bundle: boolean;
}

export function readNewFlags(
  titleWords: readonly string[],
  flags: NewFlags,
  config: SiteConfig,
  root: string,
  now: number,
): NewPlan {
  const title = titleWords.join(' ').trim() || undefined;
  if (title?.includes('\n'))
    throw new BlogError('USAGE', 'Unexpected line break in the title, expected one line.');
  if (title !== undefined && flags.slug === undefined) refuseFilePathTitle(title);
  let date = DateTime.fromMillis(now, { zone: config.timeZone }).toISODate()!;
  if (flags.date !== undefined) {
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(flags.date)
      ? DateTime.fromISO(flags.date, { zone: config.timeZone })
      : undefined;
    if (!parsed?.isValid)
      throw new BlogError(
        'USAGE',
        `Unexpected --date \`${flags.date}\`, expected a real date as YYYY-MM-DD.`,
      );
    // `0000-01-01` is a placeholder, `0204-05-01` a slip for 2024: the post would be published in that year, and
    // `blog lint` would warn about the date `blog new` just wrote (frontmatter/date).
    if (parsed.year < EARLIEST_LIKELY_YEAR)
      throw new BlogError(
        'USAGE',
        `Unexpected --date \`${flags.date}\` in the year ${parsed.year}, expected a year from ${EARLIEST_LIKELY_YEAR} on.`,
        { hint: 'Give the day the post is for, e.g. `--date 2024-05-01`, or leave `--date` out for today.' },
      );
    date = flags.date;
  }
  if (flags.slug !== undefined && !SLUG_PATTERN.test(flags.slug)) {
    const better = capSlug(slugify(flags.slug));
    // `--slug CON` was told "Did you mean `con`?", a name Windows refuses.
    const suggested = windowsReservedName(better) ? unreservedSlug(better, title ?? '') : better;
    throw new BlogError(
      'USAGE',
      `Unexpected --slug \`${flags.slug}\`, expected lowercase letters, digits and dashes.`,
      { hint: `Did you mean \`${suggested}\`?` },
    );
  }
  if (flags.slug !== undefined && capSlug(flags.slug) !== flags.slug)
    throw new BlogError(
      'USAGE',
      `Unexpected --slug of ${Buffer.byteLength(flags.slug)} bytes, expected at most ${MAX_SLUG_BYTES}.`,
      { hint: `Did you mean \`${capSlug(flags.slug)}\`?` },
    );
  const reserved = flags.slug === undefined ? undefined : windowsReservedName(flags.slug);
  if (reserved)
    throw new BlogError('USAGE', `Unexpected --slug \`${flags.slug}\`: ${reservedReason(reserved)}.`, {
      hint: `Pick another, e.g. \`--slug ${unreservedSlug(flags.slug!, title ?? '')}\`; nothing was written.`,
    });
  const dir = flags.dir ?? 'posts';
  resolvePostsDir(root, dir);
  return {
    title,
    template: flags.template,
    tags: flags.tags === undefined ? undefined : parseTagList(flags.tags),
    description: flags.description?.trim(),
    draft: flags.draft,
    slug: flags.slug,
    date,
    dir,
    bundle: flags.bundle === true,
  };
}

/**
 * `blog new site my-blog`, as `hugo new site my-blog` is typed, made a post titled "site my-blog" (or, outside a
 * blog, said only that no blog.config.json was found): the two bare words are refused, with `blog init`. A title
 * given as one quoted argument (`blog new "site map"`), or with `--slug`, is taken as written. Checked before the
 * blog is looked for, since someone starting a site has none yet.
 */
export function refuseHugoNewSite(titleWords: readonly string[], flags: NewFlags): void {
  if (titleWords.length !== 2 || titleWords[0] !== 'site' || flags.slug !== undefined) return;
  const dir = shellWord(titleWords[1]!);
  throw new BlogError(
    'USAGE',
    `Unexpected \`site ${titleWords[1]}\` as a post's title: \`blog new\` starts a post, \`blog init ${dir}\` creates a site (Hugo's \`hugo new site\`).`,
    {
      hint: `Run \`blog init ${dir}\`. To title a post "site ${titleWords[1]}", quote it: \`blog new "site ${titleWords[1]}"\`; nothing was written.`,
    },
  );
}

/**
 * `blog new posts/my-post.md`, as `hugo new` is typed, made a post titled `posts/my-post.md` at
 * `posts/<today>-posts-my-post-md.md`: a word ending in `.md` is refused, with the command that was meant.
 * With `--slug` it is taken as written (a post may be titled `CHANGELOG.md`).
 */
function refuseFilePathTitle(title: string): void {
  const path = /^[^\s]+\.(?:md|markdown)$/i.test(title) ? title.split(/[\\/]+/).filter(Boolean) : undefined;
  if (!path) return;
  const file = path.pop()!.replace(/\.(?:md|markdown)$/i, '');
  const bundle = file.toLowerCase() === 'index' && path.length > 0;
  const name = (bundle ? path.pop()! : file).replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const words = name.split(/[-_\s]+/).filter(Boolean);
  const suggested = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') || 'Title';
  // Hugo's `content/posts/x.md`: the folders below `posts/` are ours too.
  const at = path.indexOf('posts');
  const dir = at >= 0 && at < path.length - 1 ? ` --dir ${path.slice(at).join('/')}` : '';
  throw new BlogError(
    'USAGE',
    `Unexpected file path \`${title}\` as the title: \`blog new\` takes the post's title and names the file itself (posts/YYYY-MM-DD-<slug>.md).`,
    {
      hint: `Did you mean \`blog new "${suggested}"${dir}${bundle ? ' --bundle' : ''}\`? To title a post \`${title}\`, give its \`--slug\` too; nothing was written.`,
    },
  );
}

export interface NewAnswers {
  title: string;
  template: PostTemplate;
  tags: string[];
  description: string;
  draft: boolean;
}

/** The template's `tags`, as defaults for a post that is given none. */
export function templateTags(template: PostTemplate): string[] {
  return readTags(template.data.tags);
}

/** Answers from the flags and defaults alone: nothing is asked, and a missing title is a usage error. */
export function answersFromFlags(plan: NewPlan, template: PostTemplate): NewAnswers {
  if (!plan.title)
    throw new BlogError('USAGE', 'Missing title, expected `blog new "Title"`.', {
      hint: 'Without a terminal (or with --yes) nothing is asked: give the title as an argument.',
    });
  const description = template.data.description;
  return {
    title: plan.title,
    template,
    tags: plan.tags ?? templateTags(template),
    description: plan.description ?? (typeof description === 'string' ? description : ''),
    draft: plan.draft ?? (typeof template.data.draft === 'boolean' ? template.data.draft : true),
  };
}
