/** @fileoverview Runs `bin/blog.js` in a pseudo-terminal, so prompts see a real TTY, and types into it. */
import { stripVTControlCharacters } from 'node:util';
import pty from '@lydell/node-pty';
import { BIN } from './cli.ts';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', ctrlC: '\x03' } as const;

export interface PtySession {
  /** Everything printed so far, colour and cursor codes removed. */
  screen(): string;
  /** Waits until the output (after the `since` offset) contains `text`; fails after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Sends keys; a short pause lets the prompt redraw before the next call. */
  type(keys: string): Promise<void>;
  exit: Promise<{ exitCode: number; output: string }>;
  kill(): void;
}

export function spawnBlogPty(
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    /** Send stdout to this file, as `$(blog new)` does; stdin and stderr stay on the terminal. */
    stdoutFile?: string;
  },
): PtySession {
  let raw = '';
  const env = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    SOURCE_DATE_EPOCH: '1767225600',
    ...options.env,
  };
  const command = [process.execPath, BIN, ...args];
  // sh runs the command with only stdout redirected: `exec "$@" >"$0"` with $0 the file.
  const [file, ...argv] = options.stdoutFile
    ? ['/bin/sh', '-c', 'exec "$@" >"$0"', options.stdoutFile, ...command]
    : command;
  const child = pty.spawn(file!, argv, {
    cwd: options.cwd,
    cols: 120,
    rows: 40,
    env: env as Record<string, string>,
  });
  child.onData((d) => {
    raw += d;
  });
  const screen = () => stripVTControlCharacters(raw);
  const exit = new Promise<{ exitCode: number; output: string }>((resolve) => {
    child.onExit(({ exitCode }) => setTimeout(() => resolve({ exitCode, output: screen() }), 50));
  });
  let seen = 0;
  return {
    screen,
    async waitFor(text, timeoutMs = 10_000) {
      const started = Date.now();
      for (;;) {
        const rest = screen().slice(seen);
        const at = typeof text === 'string' ? rest.indexOf(text) : rest.search(text);
        if (at >= 0) {
          seen += at;
          return;
        }
        if (Date.now() - started > timeoutMs) {
          // A prompt left waiting would keep the test process alive.
          child.kill();
          throw new Error(`Timed out waiting for ${String(text)}; screen so far:\n${screen()}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async type(keys) {
      child.write(keys);
      await new Promise((r) => setTimeout(r, 60));
    },
    exit,
    kill: () => child.kill(),
  };
}
