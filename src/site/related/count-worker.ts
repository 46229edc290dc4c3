/** @fileoverview Worker thread: counts the terms of its share of the posts, then wakes the waiting build. */
import { type MessagePort, workerData } from 'node:worker_threads';
import { countTerms, type PostText } from './count-terms.ts';

const { texts, maxWords, port, signal } = workerData as {
  texts: (PostText | undefined)[];
  maxWords: number;
  port: MessagePort;
  signal: Int32Array;
};
try {
  const counts = countTerms(texts, maxWords);
  port.postMessage({ counts }, [counts.start.buffer, counts.ids.buffer, counts.tf.buffer] as ArrayBuffer[]);
} catch (error) {
  port.postMessage({ error: String(error) });
}
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
