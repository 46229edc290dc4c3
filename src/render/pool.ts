/**
 * @fileoverview Renders many posts' Markdown on worker threads (a Piscina pool) as well as this one. The main
 * thread renders its own share while the workers render theirs in batches; a worker that fails to start, throws
 * or exits early is reported through `warn` and its batches are rendered here: the output never depends on the
 * workers.
 */

import { availableParallelism } from 'node:os';
import { plural } from '../util/plural.ts';
import { canStartWorkers, startWorkerPool, withGrace } from '../util/worker-pool.ts';
import type { RenderedMarkdown } from './markdown.ts';
import type { ThemeStringOverrides } from './theme-strings.ts';

export interface RenderJob {
  file: string;
  body: string;
}

export interface RenderOutput {
  rendered: RenderedMarkdown;
  /** Each link the Markdown resolved, with what it resolved to. */
  links: [string, string][];
}

export interface RenderContext {
  allowHtml: boolean;
  language: string;
  strings: ThemeStringOverrides;
  baseUrl: string;
  pathByFile: [file: string, path: string][];
}

/**
 * Below this many posts per thread, a worker costs more than it saves: it loads marked and highlight.js, and
 * the posts and their HTML are copied both ways. Not measured: this machine has two cores, where no size
 * paid (see `workerCount`); on more cores a worker gets at least this much work.
 */
const MIN_JOBS_PER_THREAD = 1500;
/** A worker starts late (it loads its modules first), so it gets a little less than an even share. */
const WORKER_SHARE = 0.85;
/** A worker still silent this long after the main thread finished its own share is given up on. */
const WORKER_GRACE_MS = 30_000;

/** How many workers to start for `jobs` posts: none for small blogs, up to one fewer than the cores. */
export function workerCount(jobs: number, cores = availableParallelism()): number {
  if (!canStartWorkers) return 0;
  // BLOG_RENDER_WORKERS=0 turns the pool off (or fixes its size), for measuring and for tight CI containers.
  const fixed = process.env.BLOG_RENDER_WORKERS;
  if (fixed !== undefined && /^\d+$/.test(fixed)) return Math.min(Number(fixed), Math.floor(jobs / 2));
  // On two cores the second one is already busy (Pagefind, libuv's writes, the collector): one worker made
  // clean builds slower at every size measured, 1,000 posts 1.06×, 2,000 1.13×, 10,000 1.08× (wall, medians).
  if (cores <= 2) return 0;
  return Math.max(0, Math.min(cores - 1, Math.floor(jobs / MIN_JOBS_PER_THREAD) - 1));
}

/** Posts per task sent to a worker: small enough to share the work out evenly, big enough to cost little. */
const TASK_SIZE = 250;

/**
 * Renders every job; `take` is given each output with its job's index as soon as it exists (so a caller can
 * store it and let it go), in no particular order. `renderHere` renders one on this thread.
 */
export async function renderAll(
  jobs: readonly RenderJob[],
  context: RenderContext,
  renderHere: (job: RenderJob) => RenderOutput,
  take: (index: number, output: RenderOutput) => void,
  warn: (message: string) => void,
): Promise<void> {
  const workers = workerCount(jobs.length);
  const chunk = workers === 0 ? 0 : Math.floor((jobs.length / (workers + 1)) * WORKER_SHARE) * workers;
  // The workers' share goes first, in tasks; this thread renders the rest meanwhile.
  const tasks: { first: number; jobs: RenderJob[] }[] = [];
  for (let first = 0; first < chunk; first += TASK_SIZE)
    tasks.push({ first, jobs: jobs.slice(first, Math.min(first + TASK_SIZE, chunk)) });
  const pool =
    tasks.length > 0
      ? startWorkerPool(new URL('./markdown-worker.js', import.meta.url), workers, context)
      : undefined;
  const replies = tasks.map((task) => pool!.run<RenderOutput[]>(task.jobs));
  for (let i = chunk; i < jobs.length; i++) take(i, renderHere(jobs[i]!));
  let failure: Error | undefined;
  let redone = 0;
  try {
    for (const [t, task] of tasks.entries()) {
      const answer = failure ?? (await withGrace(replies[t]!, WORKER_GRACE_MS));
      if (Array.isArray(answer)) {
        for (const [k, output] of answer.entries()) take(task.first + k, output);
        continue;
      }
      // One failure is enough: the rest is rendered here rather than waited for.
      failure ??= answer;
      redone += task.jobs.length;
      for (const [k, job] of task.jobs.entries()) take(task.first + k, renderHere(job));
    }
  } finally {
    pool?.close();
  }
  if (failure)
    warn(
      `A render worker failed (${failure.message}); rendered ${plural(redone, 'post')} on the main thread instead.`,
    );
}
