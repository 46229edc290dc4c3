/** @fileoverview Plans an import: finds the source's posts, converts each, places them and their images. Writes nothing. */
import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix as path } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { dateFromFileName, parseDate } from '../content/dates.ts';
import { parseSourceFile } from '../content/frontmatter.ts';
import { readSourceFiles } from '../content/load.ts';
import { toPost } from '../content/post.ts';
import { bodyBrokenLink } from '../content/rules/body-broken-link.ts';
import { date } from '../content/rules/date.ts';
import { duplicateSlug } from '../content/rules/duplicate-slug.ts';
import { filenameDate } from '../content/rules/filename-date.ts';
import { scriptEmbed } from '../content/rules/script-embed.ts';
import { updated } from '../content/rules/updated.ts';
import { validatePosts } from '../content/validate.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { capSlug } from '../util/slug.ts';
import { decodeUrlPath } from '../util/urls.ts';
import { convertBody, lineOfKey, mapFrontMatter, padNameDate, type ReadPost } from './convert-post.ts';
import { eleventyConverters, findEleventySite } from './eleventy.ts';
import { readSourceMatter } from './front-matter.ts';
import { findHexoSite, hexoConverters } from './hexo.ts';
import { findHugoSite, hugoConverters } from './hugo.ts';
import { readHugoConfigFiles } from './hugo-config.ts';
import { hugoFileName } from './hugo-filename-date.ts';
import { readHugoDateHandlers } from './hugo-front-matter-config.ts';
import { keepHugoNameDate } from './hugo-name-date.ts';
import { findJekyllSite, jekyllConverters } from './jekyll.ts';
import { mathConverters } from './math.ts';
import { normaliseKeys } from './normalise-keys.ts';
import { keepOldUrl, oldPathOf, readOldPermalinks } from './old-urls.ts';
import { bundleFiles, bundleImage, isRegularFile, planImages } from './plan-assets.ts';
import type { FindOptions, ImportPlan, Note, PlannedFile, SourceKind, SourceSite } from './types.ts';
import { makeSlugsUnique } from './unique-slugs.ts';
import { posix } from './walk.ts';
import { type OffsetDate, writtenOffset } from './zone-for-offsets.ts';

const kinds = {
  jekyll: {
    find: findJekyllSite,
    converters: jekyllConverters,
    where: '_posts/ and _drafts/, at the top or in any folder',
  },
  hugo: {
    find: findHugoSite,
    converters: hugoConverters,
    where:
      'content/posts/, content/post/, content/blog/ or the sections in `params.mainSections`, or under content/<lang>/',
  },
  hexo: { find: findHexoSite, converters: hexoConverters, where: 'source/_posts/ and source/_drafts/' },
  eleventy: {
    find: findEleventySite,
    converters: eleventyConverters,
    where: 'src/posts/, posts/, blog/ or _posts/',
  },
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
  if (!statSync(sourceRoot).isDirectory())
    throw new BlogError('USAGE', `Unexpected file ${sourceRoot}, expected the old site's folder.`, {
      hint: 'Pass the folder of the whole site, the one with its config file.',
    });
  if (options.lang !== undefined && kind !== 'hugo' && kind !== 'jekyll')
    throw new BlogError(
      'USAGE',
      `Unexpected --lang for a ${kind} site: only Hugo and Jekyll sites keep languages apart.`,
    );
  const site: SourceSite = find(sourceRoot, options);
  const allConverters = [...converters, ...mathConverters(site)];
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
  const offsets: OffsetDate[] = [];
  const hugoDates = site.kind === 'hugo' ? readHugoDateHandlers(readHugoConfigFiles(site.root)) : undefined;
  for (const found of site.posts) {
    const bytes = readFileSync(found.path);
    const text = bytes.toString('utf8');
    let matter: ReturnType<typeof readSourceMatter> | undefined;
    let problem = isUtf8(bytes) ? undefined : 'not UTF-8 text (UTF-16, or Windows-1252 bytes)';
    try {
      matter = problem ? undefined : readSourceMatter(text);
    } catch (error) {
      problem = `front-matter not read (${(error as Error).message})`;
    }
    if (!matter) {
      // Never lost: copied unchanged (byte for byte when it is not UTF-8), a bundle with its files, so
      // `blog lint` shows the problem at its line.
      const name = basename(found.path).replace(/\.markdown$/i, '.md');
      const stem =
        found.assetDir && /^index\.md$/i.test(name) ? basename(found.assetDir) : name.replace(/\.md$/i, '');
      const target = claim(found.assetDir ? `posts/${stem}/index.md` : `posts/${name}`);
      const content = isUtf8(bytes) ? { text } : { copyFrom: found.path };
      files.push({ target, content, source: found.rel, kind: 'post' }, ...bundleFiles(found, target, site));
      left.push({ file: target, line: 1, message: `${problem}; copied unchanged` });
      continue;
    }
    const post: Omit<ReadPost, 'target' | 'ymd'> = { found, text, matter, title: '', changed: [], left: [] };
    const name = found.name ?? basename(found.path).replace(/\.(md|markdown)$/i, '');
    // Hugo's `ContentBaseName`: a leaf bundle's folder name.
    const baseName = /^index$/i.test(name) && found.assetDir ? basename(found.assetDir) : name;
    if (hugoDates)
      post.hugoFileName = hugoFileName(
        hugoDates,
        (matter.doc.toJS() ?? {}) as Record<string, unknown>,
        baseName,
      );
    normaliseKeys(post, kind, config);
    const fromPublishDate = post.matter.doc.has('publishDate');
    mapFrontMatter(post, site, config);
    keepHugoNameDate(post, baseName, fromPublishDate ? 'publishdate' : 'date');
    const date = post.matter.doc.get('date');
    const parsed = date == null ? undefined : parseDate(date, config.timeZone);
    // A one-digit month or day in the name (`2015-7-1-x`) written in full.
    const fullStem = padNameDate(baseName);
    const named = dateFromFileName(fullStem);
    // A day no calendar has (`2015-02-30-x.md`) dates nothing: the date rule's check below tells a person.
    const ymd = parsed?.ok ? parsed.date.ymd : named?.real ? named.ymd : undefined;
    const asWritten = typeof date === 'string' ? date : '';
    const written = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(asWritten)?.[1];
    const offset = written && parsed?.ok ? writtenOffset(asWritten) : undefined;
    if (offset !== undefined && parsed?.ok) offsets.push({ epoch: parsed.date.epoch, offset });
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

  makeSlugsUnique(read, config);

  const byName = new Map<string, ReadPost>();
  for (const post of read) {
    const rel = post.found.rel;
    const name = basename(post.found.path).replace(/\.(md|markdown)$/i, '');
    const keys = [
      rel,
      rel.replace(/\.(md|markdown)$/i, ''),
      name,
      padNameDate(name).replace(/^\d{4}-\d{2}-\d{2}-/, ''),
    ];
    if (post.found.assetDir) keys.push(basename(post.found.assetDir), posix(site.root, post.found.assetDir));
    for (const key of keys) if (!byName.has(key.toLowerCase())) byName.set(key.toLowerCase(), post);
  }

  const byPath = new Map(read.map((post) => [post.found.rel.toLowerCase(), post]));

  // Pass 2: bodies, images, and what is left.
  const oldPermalinks = readOldPermalinks(site, config.timeZone);
  const includes = includesOf(site);
  for (const post of read) {
    const old = post.found.assetDir ? oldPathOf(post, site, oldPermalinks) : undefined;
    const oldPath = old && 'path' in old ? old.path : undefined;
    keepOldUrl(post, site, oldPermalinks, config);
    const usedAssets: string[] = [];
    const { text, left: postLeft } = convertBody(post, allConverters, {
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
      linkToFile: (written) => {
        // Relative to the post's folder, else from its folder or any folder above it (the content or input
        // folder): only a path that is exactly another imported post's source file.
        const decoded = decodeUrlPath(written);
        const dir = path.dirname(post.found.rel);
        const above = dir.split('/').map((_, i, parts) => parts.slice(0, i).join('/'));
        const candidates = decoded.startsWith('/')
          ? [...above, dir].map((d) => path.join(d, decoded))
          : [path.join(dir, decoded), ...above.map((d) => path.join(d, decoded))];
        const other = candidates
          .map((c) => byPath.get(c.replace(/^\/+/, '').toLowerCase()))
          .find((p) => p !== undefined);
        if (!other || other === post) return undefined;
        let href = path.relative(path.dirname(post.target), other.target);
        if (!href.startsWith('.')) href = `./${href}`;
        return { href, title: other.title };
      },
      useAsset: (name) => usedAssets.push(name),
      bundleFile: (url) => {
        const bare = url.split(/[?#]/)[0]!;
        const decoded = decodeUrlPath(bare);
        if (!post.found.assetDir || !oldPath?.endsWith('/')) return undefined;
        if (!decoded.toLowerCase().startsWith(oldPath.toLowerCase())) return undefined;
        const name = decoded.slice(oldPath.length);
        if (!name || name.split('/').includes('..')) return undefined;
        if (!isRegularFile(join(post.found.assetDir, name), site.root)) return undefined;
        return encodeURI(name) + url.slice(bare.length);
      },
      bundleImage: (name) => bundleImage(post.found, site, name),
      includeFile: includes,
      blockTag: (name) => site.blockTags?.get(name),
      liquidValue: (scope, key) => {
        const data = scope === 'page' ? (post.matter.doc.toJS() as Record<string, unknown>) : site.data;
        const value = data?.[key];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
      },
    });
    changed.push(...post.changed);
    left.push(...postLeft);
    files.push({ target: post.target, content: { text }, source: post.found.rel, kind: 'post' });
    files.push(...bundleFiles(post.found, post.target, site));
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
    ...(dayShifts && { dayShifts: { ...dayShifts, offsets } }),
    posts,
  };
}

/**
 * Jekyll's includes (`_includes/`, or the config's `includes_dir`) by the name a tag gives: a regular file inside
 * the site, its text read once. Looked for under the site, its `source:` folder, and the folders the posts'
 * `_posts/` are in (made-mistakes' `src/_includes/`, beside `src/_posts/`, copied to its `source:` by gulp).
 */
function includesOf(site: SourceSite): (name: string) => { file: string; text: string } | undefined {
  const dir = typeof site.data?.includes_dir === 'string' ? site.data.includes_dir : '_includes';
  const source = typeof site.data?.source === 'string' ? [site.data.source] : [];
  const postsParents = site.posts.map((p) => /^(?:(.*)\/)?_(?:posts|drafts)\//.exec(p.rel)?.[1] ?? '');
  const dirs = [...new Set(['', ...source, ...postsParents])].map((d) => join(site.root, d, dir));
  const read = new Map<string, { file: string; text: string } | undefined>();
  return (name) => {
    if (!read.has(name)) {
      const path = name.split('/').includes('..')
        ? undefined
        : dirs.map((d) => join(d, name)).find((f) => isRegularFile(f, site.root));
      read.set(name, path ? { file: posix(site.root, path), text: readFileSync(path, 'utf8') } : undefined);
    }
    return read.get(name);
  };
}

/**
 * The lint rules that matter most after an import, run on the new posts beside the blog's own (for clashing
 * slugs, and links to them). A link to a page of the old site that was not imported (hexo.io's posts link to
 * `/docs/themes.html`) is named here, as `blog lint` would name it; the files the import copies count as there. Of the date rule only the errors: a date the old generator read leniently and `blog build` cannot
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
    rules: [date, updated, filenameDate, scriptEmbed, duplicateSlug, bodyBrokenLink],
    planned: new Set(files.map((f) => f.target)),
  })
    .filter((d) => targets.has(d.file) && (d.ruleId !== date.id || d.severity === 'error'))
    .map((d) =>
      d.ruleId === bodyBrokenLink.id && !d.hint
        ? {
            ...d,
            hint: 'Not imported from the old site: link to where it is now, or remove the link',
          }
        : d,
    );
}
