/** @fileoverview A closed stdout or stderr (`blog build | head -1`, a pager quit) is not an error. */

let guarded = false;

/**
 * When the reader of a pipe goes away, the next write fails with EPIPE, emitted as an 'error' event
 * that nobody handles: Node prints a stack trace and exits 1 although the command succeeded. Here such
 * a stream is simply dropped: the command finishes its work and exits with its own code.
 */
export function ignoreClosedOutput(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  if (guarded) return;
  guarded = true;
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      throw error;
    });
  }
}
