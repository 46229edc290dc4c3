/**
 * @fileoverview Renders many posts' Markdown on worker threads as well as this one. The main thread renders
 * its own share while the workers render theirs; a worker that fails to start, throws or exits early is
 * reported through `warn` and its share is rendered here: the output never depends on the workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { plural } from '../util/plural.ts';
import type { RenderedMarkdown } from './markdown.ts';

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
  // Workers run the compiled modules; under a TypeScript loader (tests of src/) everything stays here.
  if (!import.meta.url.endsWith('.js')) return 0;
  // BLOG_RENDER_WORKERS=0 turns the pool off (or fixes its size), for measuring and for tight CI containers.
  const fixed = process.env.BLOG_RENDER_WORKERS;
  if (fixed !== undefined && /^\d+$/.test(fixed)) return Math.min(Number(fixed), Math.floor(jobs / 2));
  // On two cores the second one is already busy (Pagefind, libuv's writes, the collector): one worker made
  // clean builds slower at every size measured, 1,000 posts 1.06×, 2,000 1.13×, 10,000 1.08× (wall, medians).
  if (cores <= 2) return 0;
  return Math.max(0, Math.min(cores - 1, Math.floor(jobs / MIN_JOBS_PER_THREAD) - 1));
}

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
  const chunk = workers === 0 ? 0 : Math.floor((jobs.length / (workers + 1)) * WORKER_SHARE);
  const started = Array.from({ length: workers }, (_, i) => {
    const slice = jobs.slice(i * chunk, (i + 1) * chunk);
    return { first: i * chunk, slice, reply: renderOnWorker(slice, context) };
  });
  for (let i = workers * chunk; i < jobs.length; i++) take(i, renderHere(jobs[i]!));
  for (const { first, slice, reply } of started) {
    const answer = await reply.settle(WORKER_GRACE_MS);
    if (Array.isArray(answer)) for (const [k, output] of answer.entries()) take(first + k, output);
    else {
      warn(
        `A render worker failed (${answer.message}); rendered its ${plural(slice.length, 'post')} on the main thread instead.`,
      );
      for (const [k, job] of slice.entries()) take(first + k, renderHere(job));
    }
  }
}

/** Starts a worker on `jobs`; `settle` gives its results, or the reason there are none. */
function renderOnWorker(
  jobs: readonly RenderJob[],
  context: RenderContext,
): { settle(graceMs: number): Promise<RenderOutput[] | Error> } {
  let worker: Worker;
  let done: (answer: RenderOutput[] | Error) => void = () => {};
  const answer = new Promise<RenderOutput[] | Error>((resolve) => {
    done = resolve;
  });
  try {
    worker = new Worker(new URL('./markdown-worker.js', import.meta.url), {
      workerData: { ...context, jobs },
    });
  } catch (error) {
    done(error as Error);
    return { settle: () => answer };
  }
  worker.unref();
  worker.once('message', (message: { results?: RenderOutput[]; error?: string }) =>
    done(message.results ?? new Error(message.error ?? 'no results')),
  );
  worker.once('error', (error) => done(error));
  worker.once('exit', (code) => done(new Error(`it exited with code ${code} before answering`)));
  return {
    async settle(graceMs) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<Error>((resolve) => {
        timer = setTimeout(() => resolve(new Error(`no answer in ${graceMs / 1000} s`)), graceMs);
      });
      const result = await Promise.race([answer, late]);
      clearTimeout(timer);
      void worker.terminate();
      return result;
    },
  };
}
