/** @fileoverview The term-counting worker of `count-parallel.ts`: counts the posts of one task. */
import { countTerms, type PostText, type TermCounts } from './count-terms.ts';

// Test hook: a worker that dies as it starts, to check that the build completes without it.
if (process.env.BLOG_TEST_WORKER_FAIL) throw new Error('BLOG_TEST_WORKER_FAIL is set');

export default function countBatch(task: { texts: (PostText | undefined)[]; maxWords: number }): TermCounts {
  return countTerms(task.texts, task.maxWords);
}
