/** @fileoverview Plans an import: finds the source's posts, converts each, places them and their images. Writes nothing. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix as path } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { scanBody } from '../content/body/scan-body.ts';
import { dateFromFileName, parseDate } from '../content/dates.ts';
import { parseSourceFile } from '../content/frontmatter.ts';
import { readSourceFiles } from '../content/load.ts';
import { toPost } from '../content/post.ts';
import { resolveReference } from '../content/resolve-reference.ts';
import { date } from '../content/rules/date.ts';
import { duplicateSlug } from '../content/rules/duplicate-slug.ts';
import { filenameDate } from '../content/rules/filename-date.ts';
import { scriptEmbed } from '../content/rules/script-embed.ts';
import { validatePosts } from '../content/validate.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { LineIndex } from '../diagnostics/position.ts';
import { capSlug } from '../util/slug.ts';
import { decodeUrlPath } from '../util/urls.ts';
import { convertBody, lineOfKey, mapFrontMatter, type ReadPost } from './convert-post.ts';
import { eleventyConverters, findEleventySite } from './eleventy.ts';
import { readSourceMatter } from './front-matter.ts';
import { findHexoSite, hexoConverters } from './hexo.ts';
import { findHugoSite, hugoConverters } from './hugo.ts';
import { readHugoConfigFiles } from './hugo-config.ts';
import { hugoFileName } from './hugo-filename-date.ts';
import { readHugoDateHandlers } from './hugo-front-matter-config.ts';
import { keepHugoNameDate } from './hugo-name-date.ts';
import { findJekyllSite, jekyllConverters } from './jekyll.ts';
import { normaliseKeys } from './normalise-keys.ts';
import { keepOldUrl, readOldPermalinks } from './old-urls.ts';
import type { FindOptions, ImportPlan, Note, PlannedFile, SourceKind, SourceSite } from './types.ts';
import { isMarkdown, posix, walkFiles } from './walk.ts';

const kinds = {
  jekyll: { find: findJekyllSite, converters: jekyllConverters, where: '_posts/ and _drafts/' },
  hugo: {
    find: findHugoSite,
    converters: hugoConverters,
    where: 'content/posts/, content/post/ or content/blog/, or under content/<lang>/',
  },
  hexo: { find: findHexoSite, converters: hexoConverters, where: 'source/_posts/ and source/_drafts/' },
  eleventy: { find: findEleventySite, converters: eleventyConverters, where: 'src/posts/, posts/ or blog/' },
} as const;

export function planImport(
  kind: SourceKind,
  sourceRoot: string,
  blogRoot: string,
  config: SiteConfig,
  options: FindOptions = {},
): ImportPlan {
  const { find, converters, where } = kinds[kind];
  if (!existsSync(sourceRoot)) throw new BlogError('NOT_FOUND', `No folder at ${sourceRoot}.`);
  if (options.lang !== undefined && kind !== 'hugo')
    throw new BlogError(
      'USAGE',
      `Unexpected --lang for a ${kind} site: only Hugo sites keep languages apart.`,
    );
  const site: SourceSite = find(sourceRoot, options);
  if (site.posts.length === 0)
    throw new BlogError('NOT_FOUND', `No ${kind} posts found in ${sourceRoot} (looked in ${where}).`, {
      hint: 'Pass the folder of the whole site, the one with its config file.',
    });

  const changed: Note[] = [];
  const left: Note[] = [];
  const files: PlannedFile[] = [];
  const taken = new Set<string>();
  const claim = (target: string): string => {
    let unique = target;
    for (let n = 2; taken.has(unique.toLowerCase()); n++)
      unique = target.replace(/(\/index)?\.md$/, (m) => `-${n}${m}`);
    if (unique !== target)
      left.push({
        file: unique,
        line: 1,
        message: `named \`${unique}\`: \`${target}\` is taken by another imported post; the slug differs`,
      });
    taken.add(unique.toLowerCase());
    return unique;
  };

  // Pass 1: read every post and decide where it goes, so links between posts can be rewritten in pass 2.
  const read: ReadPost[] = [];
  let dayShifts: ImportPlan['dayShifts'];
  const hugoDates = site.kind === 'hugo' ? readHugoDateHandlers(readHugoConfigFiles(site.root)) : undefined;
  for (const found of site.posts) {
    const text = readFileSync(found.path, 'utf8');
    let matter: ReturnType<typeof readSourceMatter>;
    try {
      matter = readSourceMatter(text);
    } catch (error) {
      // Never lost: copied unchanged, so `blog lint` shows the problem at its line.
      const target = claim(`posts/${basename(found.path).replace(/\.markdown$/i, '.md')}`);
      files.push({ target, content: { text }, source: found.rel, kind: 'post' });
      left.push({
        file: target,
        line: 1,
        message: `front-matter not read (${(error as Error).message}); copied unchanged`,
      });
      continue;
    }
    const post: Omit<ReadPost, 'target' | 'ymd'> = { found, text, matter, title: '', changed: [], left: [] };
    const name = found.name ?? basename(found.path).replace(/\.(md|markdown)$/i, '');
    // Hugo's `ContentBaseName`: a leaf bundle's folder name.
    const fullStem = /^index$/i.test(name) && found.assetDir ? basename(found.assetDir) : name;
    if (hugoDates)
      post.hugoFileName = hugoFileName(
        hugoDates,
        (matter.doc.toJS() ?? {}) as Record<string, unknown>,
        fullStem,
      );
    normaliseKeys(post, kind, config);
    const fromPublishDate = post.matter.doc.has('publishDate');
    mapFrontMatter(post, site, config);
    keepHugoNameDate(post, fullStem, fromPublishDate ? 'publishdate' : 'date');
    const date = post.matter.doc.get('date');
    const parsed = date == null ? undefined : parseDate(date, config.timeZone);
    const named = dateFromFileName(fullStem);
    // A day no calendar has (`2015-02-30-x.md`) dates nothing: the date rule's check below tells a person.
    const ymd = parsed?.ok ? parsed.date.ymd : named?.real ? named.ymd : undefined;
    const asWritten = typeof date === 'string' ? date : '';
    const written = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(asWritten)?.[1];
    if (ymd && written && written !== ymd && parsed?.ok) {
      const first = { file: found.rel, date: asWritten, day: ymd };
      dayShifts = {
        count: (dayShifts?.count ?? 0) + 1,
        first: dayShifts?.first ?? first,
        timeZone: config.timeZone,
      };
    }
    // `date:` gives the day an impossible one in the name stood for.
    const renamed = named && !named.real && ymd ? fullStem.slice(11) : fullStem;
    if (renamed !== fullStem)
      post.changed.push({
        file: found.rel,
        line: lineOfKey(text, 'date'),
        message: `file name date ${named!.ymd} is not a real date: named by \`date:\` ${ymd}`,
      });
    // A source name near the file system's limit would not fit once dated and written through a temp file.
    const stem = capSlug(renamed);
    if (stem !== renamed)
      post.left.push({
        message: `file name shortened to ${Buffer.byteLength(stem)} bytes; its URL differs from the source's`,
      });
    const prefix = ymd && !/^\d{4}-\d{2}-\d{2}-/.test(stem) ? `${ymd}-` : '';
    const target = claim(found.assetDir ? `posts/${prefix}${stem}/index.md` : `posts/${prefix}${stem}.md`);
    if (/\.markdown$/i.test(found.path))
      post.changed.push({ file: found.rel, line: 1, message: '`.markdown` → `.md`' });
    read.push({ ...post, ymd, target, title: String(post.matter.doc.get('title') ?? stem) });
  }

  const byName = new Map<string, ReadPost>();
  for (const post of read) {
    const rel = post.found.rel;
    const name = basename(post.found.path).replace(/\.(md|markdown)$/i, '');
    const keys = [rel, rel.replace(/\.(md|markdown)$/i, ''), name, name.replace(/^\d{4}-\d{2}-\d{2}-/, '')];
    if (post.found.assetDir) keys.push(basename(post.found.assetDir), posix(site.root, post.found.assetDir));
    for (const key of keys) if (!byName.has(key.toLowerCase())) byName.set(key.toLowerCase(), post);
  }

  // Pass 2: bodies, images, and what is left.
  const oldPermalinks = readOldPermalinks(site);
  for (const post of read) {
    keepOldUrl(post, site, oldPermalinks, config);
    const usedAssets: string[] = [];
    const { text, left: postLeft } = convertBody(post, converters, {
      linkTo: (name) => {
        const clean = name
          .replace(/^\/+/, '')
          .replace(/\/$/, '')
          .replace(/\.(md|markdown)$/i, '');
        const other =
          byName.get(clean.toLowerCase()) ??
          byName.get(`content/${clean}`.toLowerCase()) ??
          byName.get(basename(clean).toLowerCase());
        if (!other) return undefined;
        let href = path.relative(path.dirname(post.target), other.target);
        if (!href.startsWith('.')) href = `./${href}`;
        return { href, title: other.title };
      },
      useAsset: (name) => usedAssets.push(name),
    });
    changed.push(...post.changed);
    left.push(...postLeft);
    files.push({ target: post.target, content: { text }, source: post.found.rel, kind: 'post' });
    if (post.found.assetDir) {
      for (const from of walkFiles(post.found.assetDir, site.root).filter((f) => !isMarkdown(f))) {
        const rel = posix(post.found.assetDir, from);
        files.push({
          target: `${path.dirname(post.target)}/${rel}`,
          content: { copyFrom: from },
          source: posix(site.root, from),
          kind: 'asset',
        });
      }
    }
    planImages(text, post, site, files, { left, changed }, usedAssets);
  }
  left.push(...checkImported(files, blogRoot, config));
  const posts = files.filter((f) => f.kind === 'post').length;
  return {
    kind,
    files,
    changed,
    left,
    skipped: [],
    notPosts: site.notPosts,
    leftOut: site.leftOut ?? [],
    ...(dayShifts && { dayShifts }),
    posts,
  };
}

/**
 * Root-relative images come along into `static/`, relative ones of single-file posts beside the new post;
 * images that cannot be found are left for a person.
 */
function planImages(
  text: string,
  post: ReadPost,
  site: SourceSite,
  files: PlannedFile[],
  notes: { left: Note[]; changed: Note[] },
  usedAssets: string[],
): void {
  const { left, changed } = notes;
  const planned = new Set(files.map((f) => f.target));
  // Copied files by target, with the source file each comes from; listed only for a post that copies one.
  let sources: Map<string, string> | undefined;
  const copiedFiles = () =>
    (sources ??= new Map(
      files.flatMap((f) => ('copyFrom' in f.content ? [[f.target, f.content.copyFrom] as const] : [])),
    ));
  // The lint's scanner finds images as Markdown does: never inside code spans or fenced code.
  const lines = new LineIndex(text);
  for (const image of scanBody(text, bodyOffsetOf(text)).links) {
    if (image.kind !== 'image' || image.syntax === 'reference') continue;
    const url = image.url;
    const line = lines.positionAt(image.urlOffset).line;
    if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url) || url.includes('{{') || url.includes('{%')) continue;
    const clean = decodeUrlPath(url.split(/[?#]/)[0]!);
    // `/../../x.png` would read and write outside both sites: never followed.
    if (clean.split('/').includes('..')) {
      left.push({ file: post.target, line, message: `image \`${url}\` points outside the site; not copied` });
      continue;
    }
    if (clean.startsWith('/')) {
      const from = site.staticDirs.map((d) => join(d, clean)).find((f) => existsSync(f));
      const target = `static${clean}`;
      if (from) {
        if (!planned.has(target)) {
          planned.add(target);
          files.push({ target, content: { copyFrom: from }, source: posix(site.root, from), kind: 'asset' });
        }
      } else left.push({ file: post.target, line, message: `image \`${url}\` not found in the source site` });
    } else if (post.found.assetDir) {
      if (!existsSync(join(post.found.assetDir, clean)) && !usedAssets.includes(url))
        left.push({ file: post.target, line, message: `image \`${url}\` not found beside the post` });
    } else {
      const note = copyBeside(url, clean, post, site, files, copiedFiles());
      if (note.copied)
        changed.push({
          file: post.found.rel,
          line: sourceLine(post.text, url),
          message: note.message,
          related: [{ file: note.copied, line: 1, column: 1, message: 'the copy' }],
        });
      else left.push({ file: post.target, line, message: note.message });
    }
  }
}

/**
 * A single-file post's relative image (Jekyll `_posts/pic.png`, Hugo `content/posts/img.png`) comes along to the
 * same place beside the new post, so the URL stays as written. Only a regular file of the source site is copied
 * (the one reference resolver, rooted at the source: no `..`, no link leading out); one new file per target.
 */
function copyBeside(
  url: string,
  clean: string,
  post: ReadPost,
  site: SourceSite,
  files: PlannedFile[],
  sources: Map<string, string>,
): { copied?: string; message: string } {
  const context = { root: site.root, fromDir: dirname(post.found.path), imagesDir: '', basePath: '/' };
  const found = resolveReference(url, context, 'file');
  if (found.kind === 'outside') return { message: `image \`${url}\` points outside the site; not copied` };
  if (found.kind !== 'found') return { message: `image \`${url}\` not found beside the post` };
  const target = path.normalize(path.join(path.dirname(post.target), clean));
  const taken = sources.get(target);
  if (taken !== undefined && taken !== found.path)
    return {
      message: `image \`${url}\` not copied: \`${target}\` comes from another file of the site`,
    };
  if (taken === undefined) {
    sources.set(target, found.path);
    files.push({ target, content: { copyFrom: found.path }, source: found.file, kind: 'asset' });
  }
  return { copied: target, message: `image \`${url}\` copied to \`${target}\`` };
}

/** The 1-based line of the first place `url` is written in a source file (its image, in practice). */
function sourceLine(text: string, url: string): number {
  const at = text.indexOf(url);
  return at < 0 ? 1 : new LineIndex(text).positionAt(at).line;
}

/** Where the body of a converted post starts: after its `---` front-matter. */
function bodyOffsetOf(text: string): number {
  if (!text.startsWith('---\n')) return 0;
  const close = text.indexOf('\n---\n', 3);
  return close < 0 ? 0 : close + 5;
}

/**
 * The lint rules that matter most after an import, run on the new posts beside the blog's own (for clashing
 * slugs). Of the date rule only the errors: a date the old generator read leniently and `blog build` cannot
 * (Jekyll's `2023-01-29 18:30:22 2023 -0800`) would otherwise first show as a failed build.
 */
function checkImported(files: readonly PlannedFile[], blogRoot: string, config: SiteConfig): Note[] {
  const imported = files
    .filter((f): f is PlannedFile & { content: { text: string } } => f.kind === 'post' && 'text' in f.content)
    .map((f) => ({ path: join(blogRoot, f.target), file: f.target, text: f.content.text }));
  const targets = new Set(imported.map((s) => s.file));
  const existing = readSourceFiles(blogRoot).filter((s) => !targets.has(s.file));
  const posts = [...existing, ...imported].map((s) => toPost(parseSourceFile(s), config));
  return validatePosts(posts, config, blogRoot, {
    rules: [date, filenameDate, scriptEmbed, duplicateSlug],
  }).filter((d) => targets.has(d.file) && (d.ruleId !== date.id || d.severity === 'error'));
}
