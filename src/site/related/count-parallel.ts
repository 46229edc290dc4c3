/**
 * @fileoverview Term counting on two threads. The build is synchronous, so the main thread counts its half,
 * then blocks on `Atomics.wait` until the worker has posted its half, and reads it with
 * `receiveMessageOnPort`. Any failure of the worker falls back to counting on the main thread.
 */
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { countTerms, type PostText, type TermCounts } from './count-terms.ts';

/** Below this many posts a second thread costs more to start than it saves. */
export const PARALLEL_MIN_POSTS = 3000;
const WAIT_MS = 60_000;

/**
 * Loads the worker module and, if it cannot be loaded, still wakes the main thread, which would otherwise
 * wait for a message that never comes.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const ready = workerData.tsx ? import(workerData.tsx).then((api) => api.register()) : Promise.resolve();
ready.then(() => import(workerData.url)).catch((error) => {
  workerData.port.postMessage({ error: String(error) });
  Atomics.store(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
});
`;

/**
 * Counts in one or two parts (main thread first), whose concatenation is the same as one count. A part
 * counted by the worker is marked `threaded`.
 */
export function countTermsInParts(
  texts: readonly (PostText | undefined)[],
  maxWords: number,
  parallel = texts.length >= PARALLEL_MIN_POSTS && availableParallelism() > 1,
): (TermCounts & { threaded?: boolean })[] {
  if (!parallel) return [countTerms(texts, maxWords)];
  // The main thread takes a little more: the worker pays for starting up.
  const half = Math.floor(texts.length * 0.45);
  const theirs = texts.slice(half);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    const ext = extname(fileURLToPath(import.meta.url));
    const url = new URL(`./count-worker${ext}`, import.meta.url).href;
    // Run from source (tests, benchmarks), the worker needs tsx to load TypeScript; workers do not inherit
    // the loader hooks of `--import tsx`.
    const tsx = ext === '.ts' ? import.meta.resolve('tsx/esm/api') : undefined;
    worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { url, tsx, texts: theirs, maxWords, port: port2, signal },
      transferList: [port2],
      stdout: true,
      stderr: true,
    });
    worker.on('error', () => {});
  } catch {
    return [countTerms(texts, maxWords)];
  }
  const mine = countTerms(texts.slice(0, half), maxWords);
  Atomics.wait(signal, 0, 0, WAIT_MS);
  const reply = receiveMessageOnPort(port1)?.message as { counts?: TermCounts } | undefined;
  port1.close();
  void worker.terminate();
  if (!reply?.counts) return [mine, countTerms(theirs, maxWords)];
  return [mine, { ...reply.counts, threaded: true }];
}
