/**
 * @fileoverview The one way `blog` runs work on other threads: a Piscina pool whose failures come back as
 * values (a worker that fails to start, throws or dies, or stays silent too long), never as a crash, so each
 * caller does that work on the main thread instead.
 */
import type { Piscina } from 'piscina';

/** Workers run the compiled modules; under a TypeScript loader (tests of src/) everything stays on this thread. */
export const canStartWorkers = import.meta.url.endsWith('.js');

export interface WorkerPool {
  /** Starts a task; its result, or the Error that stands for it. */
  run<T>(task: unknown): Promise<T | Error>;
  /** Ends the workers (tasks still running are dropped). */
  close(): void;
}

/**
 * A pool of `threads` workers running the default export of `filename`, each given `workerData` once. Piscina
 * is loaded here, on first use: most builds start no worker, and loading it cost every command 14 ms.
 */
export function startWorkerPool(filename: URL, threads: number, workerData?: unknown): WorkerPool {
  const started: Promise<Piscina> = import('piscina').then(({ Piscina }) => {
    const pool = new Piscina({
      filename: filename.href,
      minThreads: threads,
      maxThreads: threads,
      workerData,
    });
    // A worker that fails also fails its tasks, which `run` reports; unheard, this event would end the process.
    pool.on('error', () => {});
    return pool;
  });
  const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
  return {
    run: <T>(task: unknown) => started.then((pool) => pool.run(task)).then((result: T) => result, asError),
    close: () => void started.then((pool) => pool.destroy()).catch(() => {}),
  };
}

/** The reply, or an Error once `graceMs` have passed without one (counted from now). */
export async function withGrace<T>(reply: Promise<T | Error>, graceMs: number): Promise<T | Error> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Error>((resolve) => {
    timer = setTimeout(() => resolve(new Error(`no answer in ${graceMs / 1000} s`)), graceMs);
  });
  const result = await Promise.race([reply, late]);
  clearTimeout(timer);
  return result;
}
