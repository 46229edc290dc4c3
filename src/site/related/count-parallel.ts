/**
 * @fileoverview Term counting on two threads for big blogs: a Piscina worker counts the second part while this
 * thread counts the first. The parts concatenated are the same as one count (see `weigh` and `countReusing`);
 * a worker that fails to start or dies is reported through `warn` and its part is counted here.
 */
import { availableParallelism } from 'node:os';
import { canStartWorkers, startWorkerPool, withGrace } from '../../util/worker-pool.ts';
import { countTerms, type PostText, type TermCounts } from './count-terms.ts';

/** Below this many posts a second thread costs more to start than it saves. */
export const PARALLEL_MIN_POSTS = 3000;
/** A worker still silent this long after this thread finished its part is given up on. */
const GRACE_MS = 30_000;

export type CountedPart = TermCounts & { threaded?: boolean };

/**
 * Counts `texts` in one part, or two (this thread's first) when there are enough of them and more than two
 * cores. Only the compiled build starts a worker; `force` starts one whenever it can (tests).
 */
export async function countTermsInParts(
  texts: readonly (PostText | undefined)[],
  maxWords: number,
  warn: (message: string) => void = () => {},
  force = false,
): Promise<CountedPart[]> {
  // On two cores the second is busy already (libuv, the collector): a worker made the related step slower at
  // 10,000 posts, 1.9-2.1 s against 1.47 s, and took 30 MB more (three clean builds each).
  // BLOG_COUNT_WORKERS=1 starts the worker whatever the size and cores (0: never), for measuring and tests.
  const fixed = process.env.BLOG_COUNT_WORKERS;
  const wanted =
    fixed === '1' || fixed === '0'
      ? fixed === '1'
      : texts.length >= PARALLEL_MIN_POSTS && availableParallelism() > 2;
  const parallel = canStartWorkers && (force || wanted);
  if (!parallel) return [countTerms(texts, maxWords)];
  // This thread takes a little more: the worker pays for starting up.
  const half = Math.floor(texts.length * 0.45);
  const theirs = texts.slice(half);
  const pool = startWorkerPool(new URL('./count-worker.js', import.meta.url), 1);
  const reply = pool.run<TermCounts>({ texts: theirs, maxWords });
  try {
    const mine = countTerms(texts.slice(0, half), maxWords);
    const answer = await withGrace(reply, GRACE_MS);
    if (!(answer instanceof Error)) return [mine, { ...answer, threaded: true }];
    warn(`A term-counting worker failed (${answer.message}); counted its posts on the main thread instead.`);
    return [mine, countTerms(theirs, maxWords)];
  } finally {
    pool.close();
  }
}
