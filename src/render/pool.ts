/**
 * @fileoverview Renders many posts' Markdown on worker threads as well as this one. The build stays
 * synchronous: the main thread renders its own share, then blocks on a shared flag until each worker
 * has posted its results, and takes them with `receiveMessageOnPort`.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
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

/** Below this many posts per thread, starting a worker (loading marked and highlight.js) costs more than it saves. */
const MIN_JOBS_PER_THREAD = 200;
/** A worker starts late (it loads its modules first), so it gets a little less than an even share. */
const WORKER_SHARE = 0.85;
/** A worker that has not answered by then is given up on and its posts are rendered here. */
const WORKER_TIMEOUT_MS = 120_000;

/** How many workers to start for `jobs` posts: none for small blogs, one fewer than the cores for big ones. */
export function workerCount(jobs: number, cores = availableParallelism()): number {
  // Workers run the compiled modules; under a TypeScript loader (tests of src/) everything stays here.
  if (!import.meta.url.endsWith('.js')) return 0;
  // BLOG_RENDER_WORKERS=0 turns the pool off (or fixes its size), for measuring and for tight CI containers.
  const fixed = process.env.BLOG_RENDER_WORKERS;
  if (fixed !== undefined && /^\d+$/.test(fixed)) return Math.min(Number(fixed), Math.floor(jobs / 2));
  return Math.max(0, Math.min(cores - 1, Math.floor(jobs / MIN_JOBS_PER_THREAD) - 1));
}

/** Renders every job, in order; `renderHere` renders one on this thread. */
export function renderAll(
  jobs: readonly RenderJob[],
  context: RenderContext,
  renderHere: (job: RenderJob) => RenderOutput,
): RenderOutput[] {
  const workers = workerCount(jobs.length);
  if (workers === 0) return jobs.map(renderHere);

  const chunk = Math.floor((jobs.length / (workers + 1)) * WORKER_SHARE);
  const started = Array.from({ length: workers }, (_, i) => {
    const slice = jobs.slice(i * chunk, (i + 1) * chunk);
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./markdown-worker.js', import.meta.url), {
      workerData: { port: port2, flag },
      transferList: [port2],
    });
    worker.unref();
    port1.postMessage({ ...context, jobs: slice });
    return { slice, flag, port: port1, worker };
  });
  const results: RenderOutput[] = [];
  const mine = jobs.slice(workers * chunk).map(renderHere);
  for (const { slice, flag, port, worker } of started) {
    const answered = Atomics.wait(flag, 0, 0, WORKER_TIMEOUT_MS) !== 'timed-out';
    const reply = answered
      ? (receiveMessageOnPort(port)?.message as { results?: RenderOutput[] })
      : undefined;
    // Whatever went wrong in a worker, its posts are rendered here: the output never depends on it.
    results.push(...(reply?.results ?? slice.map(renderHere)));
    port.close();
    void worker.terminate();
  }
  results.push(...mine);
  return results;
}
