/** @fileoverview Lints the blog: reads every post (rules look across them), validates, keeps the asked-for files' problems. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { themeLanguageWarning } from '../config/theme-language.ts';
import { parseSourceFile } from '../content/frontmatter.ts';
import { listPostFiles, readSourceFiles, toPosix } from '../content/load.ts';
import { isMarkdownFile, type Post, toPost } from '../content/post.ts';
import { validatePosts } from '../content/validate.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { compareStrings, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { isReallyInside } from '../fs/inside.ts';
import { describeSpecial, type SkippedFile, skippedWarning } from '../fs/walk-files.ts';

export type RuleSettings = Record<string, 'off' | 'warn' | 'error'>;

export interface LintOptions {
  root: string;
  config: SiteConfig;
  /** Files or folders to report on, as the user wrote them (relative to `cwd`); every post when empty. */
  paths?: readonly string[];
  cwd?: string;
  ruleSettings?: RuleSettings;
  /** Leave out warnings (they are not even counted), like ESLint's `--quiet`. */
  errorsOnly?: boolean;
}

export interface LintResult {
  /** The linted files, relative to the root, sorted. */
  files: string[];
  diagnostics: Diagnostic[];
  /** The text each linted file had when it was read, by relative path (for `--fix`). */
  texts: Map<string, string>;
  /** Absolute path of each linted file, by relative path. */
  paths: Map<string, string>;
}

export function lintBlog(options: LintOptions): LintResult {
  const { root, config } = options;
  const special: SkippedFile[] = [];
  const all = listPostFiles(root, undefined, special);
  const selected = options.paths?.length
    ? expandPaths(root, options.paths, options.cwd ?? process.cwd())
    : all;
  const inBlog = new Set(all);
  const extra = selected.filter((p) => !inBlog.has(p));
  const posts: Post[] = readSourceFiles(root, [...all, ...extra]).map((s) =>
    toPost(parseSourceFile(s), config),
  );
  const wanted = new Set(selected.map((p) => toPosix(root, p)));
  const diagnostics = validatePosts(posts, config, root, {
    lint: true,
    ...(options.ruleSettings ? { ruleSettings: options.ruleSettings } : {}),
  }).filter((d) => wanted.has(d.file) && (!options.errorsOnly || d.severity === 'error'));
  const texts = new Map<string, string>();
  const paths = new Map<string, string>();
  for (const post of posts) {
    if (!wanted.has(post.file)) continue;
    texts.set(post.file, post.source.text);
    paths.set(post.file, post.path);
  }
  // A FIFO named like a post is never opened; with no paths given (every post), it is named in a warning.
  if (!options.paths?.length && !options.errorsOnly)
    for (const file of special) {
      const warning = skippedWarning(root, file);
      wanted.add(warning.file);
      diagnostics.push(warning);
    }
  const language =
    options.paths?.length || options.errorsOnly ? undefined : themeLanguageWarning(root, config);
  if (language) {
    wanted.add(language.file);
    diagnostics.push(language);
  }
  return { files: [...wanted].sort(compareStrings), diagnostics, texts, paths };
}

/**
 * Files as given, and the Markdown posts under folders as given; a path that does not exist, lies outside the
 * blog (links followed) or is not Markdown is a usage error.
 */
function expandPaths(root: string, paths: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const given of paths) {
    const path = resolve(cwd, given);
    if (!existsSync(path))
      throw new BlogError('USAGE', `No such file or folder \`${given}\`.`, {
        hint: 'Pass post files or folders, or no paths to lint every post.',
      });
    // Nothing outside the blog is read (or, with --fix, written): not `/etc/passwd`, not another blog's posts.
    if (!isReallyInside(root, path))
      throw new BlogError(
        'USAGE',
        `Unexpected path \`${given}\`, expected a file or folder of this blog (${root}).`,
        {
          hint: 'Run `blog lint` in the blog that holds it (`-C <dir>`); nothing was read.',
        },
      );
    const stats = statSync(path);
    const folder = stats.isDirectory();
    // Reading a FIFO named like a post waits for a writer for ever; the walker skips it, so must a path given.
    if (!folder && !stats.isFile())
      throw new BlogError(
        'USAGE',
        `Unexpected \`${given}\`: ${describeSpecial(stats)}, not a regular file; only regular files are read.`,
        { hint: 'Remove it or replace it with a file; nothing was read.' },
      );
    if (!folder && !isMarkdownFile(path))
      throw new BlogError(
        'USAGE',
        `Unexpected file \`${given}\`, expected a Markdown post (\`.md\` or \`.markdown\`).`,
        {
          hint: 'Pass post files or folders, or no paths to lint every post.',
        },
      );
    if (folder) for (const file of listPostFiles(root, path)) found.add(file);
    else found.add(path);
  }
  return [...found].sort(compareStrings);
}
