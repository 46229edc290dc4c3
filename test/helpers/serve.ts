/** @fileoverview Runs `blog serve` as a child process and follows its event stream, for serve's tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { BIN } from './cli.ts';

export interface ServeProcess {
  /** The URL serve printed, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  /** Waits until the output matches, or throws with the output after `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Ctrl-C, then the exit code (or the signal's name if it did not exit on its own in 5 s). */
  stop(): Promise<number | string | null>;
}

export async function startServe(cwd: string, args: string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SOURCE_DATE_EPOCH: '1767225600' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const w of waiters) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );

  const waitForOutput = (pattern: RegExp, timeoutMs = 10_000) =>
    waitUntil(
      waiters,
      () => output.match(pattern) ?? undefined,
      timeoutMs,
      () => `Timed out waiting for ${pattern} in serve's output:\n${output}`,
    );

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return exited;
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    const result = await exited;
    clearTimeout(timer);
    return result;
  };

  try {
    const [, url] = (await waitForOutput(/Serving at (http:\/\/\S+?)[\s;]/)) as [string, string];
    return { url, child, output: () => output, waitForOutput, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface ServeState {
  build: number;
  error: null | {
    message: string;
    problems: { file: string; line: number; column: number; message: string }[];
  };
}

/** Follows `/__blog/events` like a page does; `next()` resolves with the first state that matches. */
export async function followEvents(origin: string, output: () => string = () => '') {
  const controller = new AbortController();
  const response = await fetch(new URL('/__blog/events', origin), { signal: controller.signal });
  const states: ServeState[] = [];
  const waiters = new Set<() => void>();
  (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: state$/m.test(block) && data) states.push(JSON.parse(data) as ServeState);
          end = buffer.indexOf('\n\n');
        }
        for (const w of waiters) w();
      }
    } catch {
      // aborted
    }
  })();
  return {
    states,
    next(match: (s: ServeState) => boolean, timeoutMs = 10_000): Promise<ServeState> {
      let seen = 0;
      return waitUntil(
        waiters,
        () => {
          for (; seen < states.length; seen++) if (match(states[seen]!)) return states[seen]!;
          return undefined;
        },
        timeoutMs,
        () =>
          `No matching serve state in ${timeoutMs} ms; saw ${JSON.stringify(states)}\nserve printed:\n${output()}`,
      );
    },
    close: () => controller.abort(),
  };
}

/** Resolves with the first value `find` gives, re-asked each time a waiter is called; rejects after `timeoutMs`. */
function waitUntil<T>(
  waiters: Set<() => void>,
  find: () => T | undefined,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = find();
      if (found === undefined) return;
      cleanup();
      resolve(found);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(describe()));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      waiters.delete(check);
    };
    waiters.add(check);
    check();
  });
}
