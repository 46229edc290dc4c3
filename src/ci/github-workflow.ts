/**
 * @fileoverview The GitHub Actions workflow `blog ci github` writes: install, lint with annotations, build with
 * `--strict` and a kept cache, deploy to GitHub Pages, and a daily run that publishes future-dated posts.
 */
import { DateTime } from 'luxon';
import type { SiteConfig } from '../config/schema.ts';

/** Where the workflow is written, relative to the repository root. */
export const GITHUB_WORKFLOW_PATH = '.github/workflows/blog.yml';

/** Actions the workflow uses, each pinned to a major version (a tag the action's owner moves for fixes). */
export const WORKFLOW_ACTIONS = {
  checkout: 'actions/checkout@v4',
  setupNode: 'actions/setup-node@v4',
  cache: 'actions/cache@v4',
  configurePages: 'actions/configure-pages@v5',
  uploadPages: 'actions/upload-pages-artifact@v3',
  deployPages: 'actions/deploy-pages@v4',
} as const;

export interface WorkflowOptions {
  config: Pick<SiteConfig, 'outDir' | 'timeZone'>;
  /** The blog has a `package-lock.json` that installs `blog` (`npm ci`); else the workflow installs it. */
  lockfile: boolean;
  /** The version of `blog` to install when there is no lockfile. */
  version: string;
  /**
   * The blog's folder in the repository, forward slashes (`site`), when it is not the repository's root: the
   * workflow lives at the root, its steps run in that folder, and the paths the actions take are under it.
   */
  dir?: string | undefined;
}

/** The workflow's YAML. The same options give the same bytes. */
export function renderGithubWorkflow({ config, lockfile, version, dir }: WorkflowOptions): string {
  const cron = dailyCronAfterMidnight(config.timeZone);
  const blog = lockfile ? 'npx blog' : 'blog';
  const install = lockfile ? 'npm ci' : `npm install --global blog@${version}`;
  // A path as the actions take it (relative to the repository), in YAML and in a `${{ }}` string.
  const at = (path: string) => (dir && !path.startsWith('/') ? `${dir}/${path}` : path);
  const yaml = (path: string) => (/^[\w./-]+$/.test(path) ? path : JSON.stringify(path));
  const expr = (path: string) => `'${path.replace(/'/g, "''")}'`;
  const lockfiles = lockfile ? `${expr(at('**/package-lock.json'))}, ` : '';
  const configFile = expr(at('blog.config.json'));
  const outDir = config.outDir.replace(/\/+$/, '');
  const runIn = dir ? `\n    defaults:\n      run:\n        working-directory: ${yaml(dir)}` : '';
  const lockPath =
    lockfile && dir ? `\n          cache-dependency-path: ${yaml(at('package-lock.json'))}` : '';
  return `# Lints, builds and deploys the blog to GitHub Pages. Written by \`blog ci github\`: yours to change.
# Turn Pages on first: Settings → Pages → Source: GitHub Actions.
name: blog

on:
  push:
    branches: [main]
  pull_request:
  # Posts dated in the future are left out until their day; this run publishes them on it
  # (${cron.utc} UTC, just after midnight in ${config.timeZone}).
  schedule:
    - cron: '${cron.expression}'
  workflow_dispatch:

permissions:
  contents: read

# One deploy at a time; a deploy in progress is allowed to finish.
concurrency:
  group: pages-\${{ github.ref }}
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest${runIn}
    steps:
      - uses: ${WORKFLOW_ACTIONS.checkout}
      - uses: ${WORKFLOW_ACTIONS.setupNode}
        with:
          node-version: 22${lockfile ? '\n          cache: npm' : ''}${lockPath}
      - name: Install
        run: ${install}
      - name: Lint
        run: ${blog} lint --format github
      # The build cache only saves time: a build with it gives the same bytes as one without.
      - uses: ${WORKFLOW_ACTIONS.cache}
        with:
          path: ${yaml(at('.blog-cache'))}
          key: blog-\${{ runner.os }}-\${{ hashFiles(${lockfiles}${configFile}) }}-\${{ github.sha }}
          restore-keys: blog-\${{ runner.os }}-\${{ hashFiles(${lockfiles}${configFile}) }}-
      - id: pages
        uses: ${WORKFLOW_ACTIONS.configurePages}
      - name: Build
        run: ${blog} build --strict --format github --base-url "$BASE_URL"
        env:
          BASE_URL: \${{ steps.pages.outputs.base_url }}/
      - uses: ${WORKFLOW_ACTIONS.uploadPages}
        with:
          path: ${yaml(at(outDir))}

  deploy:
    # Pull requests are linted and built, not published.
    if: github.event_name != 'pull_request' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: ${WORKFLOW_ACTIONS.deployPages}
`;
}

/**
 * A daily cron (GitHub reads it in UTC) five minutes after midnight in the site's time zone. Where the zone
 * keeps summer time, the later of its two UTC times is used, so the run always falls on the posts' day.
 */
export function dailyCronAfterMidnight(timeZone: string): { expression: string; utc: string } {
  const offsets = [1, 7].map(
    (month) => DateTime.fromObject({ year: 2025, month, day: 1 }, { zone: timeZone }).offset,
  );
  const utcMinutes = (((5 - Math.min(...offsets)) % 1440) + 1440) % 1440;
  const hour = Math.floor(utcMinutes / 60);
  const minute = utcMinutes % 60;
  return {
    expression: `${minute} ${hour} * * *`,
    utc: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
  };
}
