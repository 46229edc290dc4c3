/** @fileoverview The `blog` program: global flags, the commands, and errors mapped to exit codes (0, 1, 2). */
// The typed facade over commander's own classes (it re-exports them); the errors come from commander itself.
import { Command, Option, type OptionValues } from '@commander-js/extra-typings';
import { CommanderError } from 'commander';
import type { CommandContext, GlobalOptions } from './commands/context.ts';
import { withForeignNameHint } from './commands/foreign-names.ts';
import { reportError } from './commands/report-error.ts';
import { ignoreClosedOutput } from './util/closed-output.ts';
import { createLogger, wantsColor } from './util/logger.ts';
import { VERSION } from './util/version.ts';

/**
 * A command module's entry point: the context, then the command's arguments and options with the types
 * commander (`@commander-js/extra-typings`) infers from the command's definition below: a module whose flags
 * interface disagrees with the definition (a string read as a number, a required flag that may be absent)
 * fails to compile.
 */
type Action<Args extends unknown[], Opts> = (
  ctx: CommandContext,
  ...args: [...Args, Opts]
) => Promise<number>;

export async function main(argv: string[]): Promise<number> {
  ignoreClosedOutput();
  let exitCode = 0;
  const program = new Command('blog')
    .description('Write, check and publish a Markdown blog.')
    .version(VERSION, '-V, --version', 'print the version')
    .option(
      '-C, --cwd <dir>',
      'run in this folder (the blog is found by walking up to blog.config.json)',
      process.cwd(),
    )
    .option('--no-color', 'no colour in the output (also NO_COLOR=1)')
    .addOption(new Option('-q, --quiet', 'print errors only').conflicts('verbose'))
    .option('--verbose', 'print more, with timings per phase');
  const context = (): CommandContext => {
    const globals: GlobalOptions = program.opts();
    const log = createLogger({
      quiet: globals.quiet,
      verbose: globals.verbose,
      color: wantsColor(globals.color),
    });
    return { cwd: globals.cwd, log, globals };
  };
  /** Commands load lazily, so `blog --help` and `blog new` never pay for the build's imports. */
  const run =
    <Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
      _command: Command<Args, Opts, Globals>,
      load: () => Promise<NoInfer<Action<Args, Opts>>>,
    ) =>
    async (...args: [...Args, Opts, unknown]) => {
      const ctx = context();
      try {
        const action = await load();
        // Commander passes the command itself last: the modules take the arguments and options only.
        exitCode = await action(ctx, ...(args.slice(0, -1) as [...Args, Opts]));
      } catch (error) {
        exitCode = reportError(error, ctx.log);
      }
    };

  program
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run `blog --help` for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(withForeignNameHint(s)),
    });

  const initCmd = program
    .command('init')
    .argument('[dir]', 'folder to create the blog in', '.')
    .description('create a starter blog: config, sample posts, templates')
    .option('--ci <provider>', 'also write a CI workflow: github (lint, build --strict, deploy to Pages)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ blog init my-blog\n  $ blog init my-blog --ci github\n  $ cd my-blog && blog build',
    );
  initCmd.action(run(initCmd, async () => (await import('./commands/init.ts')).initCommand));

  const ciCmd = program
    .command('ci')
    .argument('<provider>', 'github')
    .description('write a CI workflow for this blog (never over an existing one)')
    .addHelpText(
      'after',
      '\nWrites .github/workflows/blog.yml: npm ci, blog lint --format github, blog build --strict with\n.blog-cache/ kept, deploy to GitHub Pages, and a daily run that publishes future-dated posts.\n\nExamples:\n  $ blog ci github',
    );
  ciCmd.action(run(ciCmd, async () => (await import('./commands/ci.ts')).ciCommand));

  const buildCmd = program
    .command('build')
    .description('build the site into the output folder (default dist/)')
    .option('-o, --out <dir>', 'output folder (default: outDir from the config)')
    .option('--drafts', 'include drafts')
    .option('--future', 'include posts dated after now (or SOURCE_DATE_EPOCH)')
    .option('--base-url <url>', 'override baseUrl, e.g. for a preview deploy')
    .option('--cache-dir <dir>', 'keep the build cache here (default .blog-cache/ in the blog)')
    .option('--no-cache', 'neither read nor write the build cache')
    .option('--strict', 'broken references (missing images, links to nothing) stop the build, as in lint')
    .addOption(
      new Option(
        '-f, --format <name>',
        "print the build's problems (warnings too) like `blog lint` does",
      ).choices(['stylish', 'json', 'github', 'sarif']),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ blog build\n  $ blog build --strict --format github\n  $ blog build --out public --base-url https://example.com/blog/\n  $ SOURCE_DATE_EPOCH=1700000000 blog build',
    );
  buildCmd.action(run(buildCmd, async () => (await import('./commands/build.ts')).buildCommand));

  const serveCmd = program
    .command('serve')
    .description('preview the site with live reload (drafts shown)')
    .option('-p, --port <port>', 'port to listen on; 0 picks a free one', '4000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--drafts', 'show drafts, marked as drafts (the default)')
    .option('--no-drafts', 'hide drafts, as `blog build` does')
    .option('--future', 'include posts dated after now')
    .option('--open', 'open the site in the default browser')
    .addHelpText('after', '\nExamples:\n  $ blog serve\n  $ blog serve --port 0 --open');
  serveCmd.action(run(serveCmd, async () => (await import('./commands/serve.ts')).serveCommand));

  const importCmd = program
    .command('import')
    .argument('<kind>', 'jekyll, hugo, hexo or eleventy')
    .argument('<source-dir>', "the other generator's site folder")
    .option('--dry-run', 'print the report and write nothing')
    .option(
      '--lang <code>',
      "Hugo, Jekyll: the language to import (default: Hugo's defaultContentLanguage, Jekyll's default_lang or lang, else en)",
    )
    .description("copy another generator's posts and images into posts/, converting what is safe")
    .addHelpText(
      'after',
      '\nExamples:\n  $ blog import jekyll ../old-site --dry-run\n  $ blog import hugo ../hugo-site && blog lint\n  $ blog import hugo ../website --lang en',
    );
  // `blog import jekyll ../old ../new` reads as "from old, into new": say where an import writes.
  importCmd.showHelpAfterError(
    '(`blog import` writes into the blog in this folder, or the one `-C <dir>` names: to start one, run `blog init new-blog`, then `cd new-blog && blog import <kind> ../old-site`)',
  );
  importCmd.action(run(importCmd, async () => (await import('./commands/import.ts')).importCommand));

  const newCmd = program
    .command('new')
    .argument('[title...]', "the post's title (asked for on a terminal when left out)")
    .description('start a post from a template; never overwrites a file')
    .option('-t, --template <name>', 'post template: templates/<name>.md in the blog, or a built-in one')
    .option('--tags <list>', 'comma-separated tags, e.g. "Security, Backup"')
    .option('--description <text>', 'one or two sentences for search results and link previews')
    .option('--date <YYYY-MM-DD>', "the post's date (default: today in the site's time zone)")
    .option('--slug <slug>', 'URL slug (default: made from the title)')
    .option('--draft', 'mark it a draft (the default)')
    .option('--no-draft', 'publish it with the next build')
    .option('--dir <folder>', 'posts/ or a folder inside it, e.g. posts/guides', 'posts')
    .option('--bundle', 'write posts/<slug>/index.md, a folder for the post and its images')
    .option('--open', 'open it in $VISUAL or $EDITOR')
    .option('-y, --yes', 'ask nothing: use the flags and defaults (also when stdin is not a terminal)')
    .addHelpText(
      'after',
      '\nThe last line printed is the new file\'s path.\n\nExamples:\n  $ blog new\n  $ blog new "Your Backup Checklist" --tags Backup,Security --no-draft\n  $ $EDITOR "$(blog new "Release notes" --template how-to --yes | tail -1)"',
    );
  newCmd.action(run(newCmd, async () => (await import('./commands/new.ts')).newCommand));

  const lintCmd = program
    .command('lint')
    .argument('[paths...]', 'post files or folders to report on (default: every post)')
    .description('check every post: front-matter, links, images, headings; --fix the safe ones')
    .addOption(
      new Option('-f, --format <name>', 'output format')
        .choices(['stylish', 'json', 'github', 'sarif'])
        .default('stylish'),
    )
    .option('--fix', 'apply the safe fixes, then report what is left')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option(
      '--rule <id=severity>',
      'set a rule to off, warn or error (repeatable)',
      (v: string, all: string[] = []) => [...all, v],
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ blog lint\n  $ blog lint posts/2024-05-01-hello.md --fix\n  $ blog lint --format github --max-warnings 0\n  $ blog lint --rule body/no-h1=off --quiet',
    );
  lintCmd.action(run(lintCmd, async () => (await import('./commands/lint.ts')).lintCommand));

  const relatedCmd = program
    .command('related')
    .argument('<post>', 'the post: its slug or its file')
    .description('list the related posts of one post, with their scores')
    .option('--explain', 'show why each was picked: shared tags with their weights, top shared words')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--drafts', 'include drafts, as `blog build --drafts` does')
    .option('--future', 'include posts dated after now, as `blog build --future` does')
    .addHelpText(
      'after',
      '\nExamples:\n  $ blog related t-mobile-security-woes --explain\n  $ blog related posts/2023-02-10-t-mobile-security-woes.md --format json',
    );
  relatedCmd.action(run(relatedCmd, async () => (await import('./commands/related.ts')).relatedCommand));

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return 0;
      // Usage errors (unknown command or option, missing argument) exit 2, like ESLint.
      return 2;
    }
    return reportError(error, createLogger({ color: wantsColor(undefined) }));
  }
  return exitCode;
}
