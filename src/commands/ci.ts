/** @fileoverview `blog ci github`: writes a GitHub Actions workflow that lints, builds and deploys the blog. */

import { checkCiProvider, writeGithubWorkflow } from '../ci/write-workflow.ts';
import { loadConfig } from '../config/load.ts';
import { displayPath } from '../util/plural.ts';
import { VERSION } from '../util/version.ts';
import type { CommandContext } from './context.ts';

export async function ciCommand(ctx: CommandContext, provider: string): Promise<number> {
  checkCiProvider(provider);
  const { root, config } = loadConfig(ctx.cwd);
  const path = writeGithubWorkflow(root, config, VERSION);
  ctx.log.info(`Wrote ${displayPath(path)}: lint, build --strict, deploy to GitHub Pages, daily publish.`);
  ctx.log.info('Turn Pages on in the repository: Settings → Pages → Source: GitHub Actions.');
  return 0;
}
