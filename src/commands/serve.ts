/** @fileoverview `blog serve`: flags → startDevServer → wait for Ctrl-C → close. */

import { findBlogRoot, loadConfig } from '../config/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { startDevServer } from '../serve/dev-server.ts';
import { now as buildClock } from '../util/clock.ts';
import type { CommandContext } from './context.ts';

export interface ServeFlags {
  port: string;
  host: string;
  /** On unless `--no-drafts`. */
  drafts?: boolean;
  future?: boolean;
  open?: boolean;
}

export async function serveCommand(ctx: CommandContext, flags: ServeFlags): Promise<number> {
  const port = Number(flags.port);
  if (!/^\d+$/.test(flags.port) || port > 65535)
    throw new BlogError(
      'USAGE',
      `Unexpected --port \`${flags.port}\`, expected 0 to 65535 (0 picks a free port).`,
    );
  // A broken config is shown like any broken post once serving; only a missing blog stops us here.
  const root = findBlogRoot(ctx.cwd) ?? loadConfig(ctx.cwd).root;
  buildClock(); // checks SOURCE_DATE_EPOCH before anything starts

  const drafts = flags.drafts !== false;
  const server = await startDevServer(
    {
      root,
      port,
      host: flags.host,
      drafts,
      future: Boolean(flags.future),
      now: () => buildClock(),
    },
    ctx.log,
  );
  ctx.log.info(`Serving at ${server.url}${drafts ? ' (drafts shown)' : ''}; Ctrl-C to stop.`);
  if (flags.open) {
    const { default: open } = await import('open');
    const warn = (error: Error) => ctx.log.warn(`Could not open a browser: ${error.message}`);
    open(server.url).then((child) => child.on('error', warn), warn);
  }

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  ctx.log.info('Stopped.');
  return 0;
}
