/** @fileoverview Walks `posts/` and reads every Markdown post (`YYYY-MM-DD-slug.md` or `slug/index.md`). */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { BlogError } from '../diagnostics/blog-error.ts';
import { compareStrings } from '../diagnostics/diagnostic.ts';
import { folderPrefix } from '../fs/inside.ts';
import { DOT_FILE, DOT_FOLDER, type SkippedFile, walkFiles } from '../fs/walk-files.ts';
import type { SourceFile } from './frontmatter.ts';
import { isMarkdownFile } from './post.ts';

export const POSTS_DIR = 'posts';

/** Relative path with forward slashes, as diagnostics and tests print it. */
export function toPosix(root: string, path: string): string {
  // The usual case, a path the walker made by joining onto `root`: no need to resolve both (10,000 posts).
  const prefix = folderPrefix(root);
  if (path.startsWith(prefix) && !path.includes(`${sep}.`) && !path.includes(sep + sep)) {
    const rel = path.slice(prefix.length);
    return sep === '/' ? rel : rel.split(sep).join('/');
  }
  return relative(root, path).split(sep).join('/');
}

/**
 * Every post file under `posts/` (or under `dir`, for `blog lint <folder>`), sorted by path. In a page
 * bundle only `index.md` is a post. `special`, when given, collects the FIFOs, sockets and devices named like
 * a post (never opened), and the dot files named like one (`.hidden.md`), so that build and lint can name them in
 * a warning rather than leave them out silently.
 */
export function listPostFiles(root: string, dir = join(root, POSTS_DIR), special?: SkippedFile[]): string[] {
  assertFolder(root, dir);
  const { files, skipped, hidden, hiddenDirs } = walkFiles(dir, {
    within: root,
    skip: (entry) => entry.name === 'node_modules',
  });
  const markdown = files.filter((f) => isMarkdownFile(f.rel));
  // `posts/index.md` is not a bundle of every post: it is listed like any post, and the
  // content/posts-index rule refuses it by name.
  const top = join(root, POSTS_DIR);
  const bundles = new Set(
    markdown
      .filter((f) => BUNDLE_INDEX.test(f.rel))
      .map((f) => dirname(f.path))
      .filter((d) => d !== top),
  );
  // Inside a bundle only `index.md` is a post; the bundle's other files are the copies' to warn about.
  if (special) {
    for (const file of skipped)
      if (isMarkdownFile(file.path) && !bundles.has(dirname(file.path))) special.push(file);
    for (const path of hidden)
      if (isMarkdownFile(path) && !EDITOR_FILE.test(basename(path)) && !bundles.has(dirname(path)))
        special.push({ path, kind: DOT_FILE });
    for (const path of hiddenDirs) {
      if (TOOL_FOLDER.has(basename(path).toLowerCase()) || bundles.has(dirname(path))) continue;
      const count = markdownIn(root, path);
      if (count > 0) special.push({ path, kind: DOT_FOLDER, count });
    }
    special.sort((a, b) => compareStrings(a.path, b.path));
  }
  return markdown
    .filter((f) => BUNDLE_INDEX.test(f.rel) || !bundles.has(dirname(f.path)))
    .map((f) => f.path)
    .sort(compareStrings);
}

/**
 * A `posts` that is a file (a stray `touch posts`, a botched copy) holds no posts: the walker would find none,
 * and the build would publish an empty blog without a word. A missing folder is still an empty blog.
 */
function assertFolder(root: string, dir: string): void {
  let folder: boolean;
  try {
    folder = statSync(dir).isDirectory();
  } catch {
    return;
  }
  if (folder) return;
  const name = toPosix(root, dir);
  throw new BlogError('FILE_ACCESS', `\`${name}\` is a file, not a folder: no post was read.`, {
    hint: `Move or rename that file, and keep the posts in a \`${name}/\` folder.`,
    // What is wrong is the blog's content, as with a `posts` link leading outside it: exit 1, not 2.
    exitCode: 1,
  });
}

const BUNDLE_INDEX = /(^|\/)index\.(md|markdown)$/i;

/**
 * Dot folders that tools keep beside the posts, whose Markdown is never a post: version control, editors'
 * settings and local history, Obsidian's vault settings and trash. Hugo and Jekyll leave every dot folder
 * out without a word; so does `blog` for these. Any other (`posts/.drafts/`) holding Markdown is named once,
 * in case its posts were put there to be published.
 */
const TOOL_FOLDER: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  '.github',
  '.gitlab',
  '.obsidian',
  '.trash',
  '.trashes',
  '.vscode',
  '.idea',
  '.vs',
  '.fleet',
  '.zed',
  '.history',
  '.cache',
  '.foam',
  '.dendron',
]);

/** How many Markdown files a left-out folder holds (its own dot entries left out too); 0 when it cannot be read. */
function markdownIn(root: string, dir: string): number {
  try {
    return walkFiles(dir, { within: root }).files.filter((f) => isMarkdownFile(f.rel)).length;
  } catch {
    return 0;
  }
}

/** Dot files no person wrote as a post: Emacs's lock files (`.#post.md`) and macOS's metadata (`._post.md`). */
const EDITOR_FILE = /^\.[#_]/;

/** MDX runs JSX components: never read as a post, but named so it is not lost without a word. */
const UNSUPPORTED = /\.mdx$/i;

/** Post-like files under `posts/` that the blog does not read (`.mdx`), relative to the root, sorted. */
export function listUnsupportedPostFiles(root: string): string[] {
  const { files } = walkFiles(join(root, POSTS_DIR), {
    within: root,
    skip: (entry) => entry.name === 'node_modules',
  });
  return files
    .filter((f) => UNSUPPORTED.test(f.rel))
    .map((f) => toPosix(root, f.path))
    .sort(compareStrings);
}

export function readSourceFiles(root: string, paths: readonly string[] = listPostFiles(root)): SourceFile[] {
  return paths.map((path) => ({ path, file: toPosix(root, path), text: readFileSync(path, 'utf8') }));
}
