/** @fileoverview Opens a file in the user's editor ($VISUAL, then $EDITOR), the way git does. */
import { spawnSync } from 'node:child_process';

export type OpenResult = { ok: true } | { ok: false; reason: string };

/** Waits for the editor to exit. The editor string may carry arguments (`code --wait`); the path is passed as one argument. */
export function openInEditor(path: string, env: NodeJS.ProcessEnv = process.env): OpenResult {
  // When stdout is captured (`$(blog new --open)`), a terminal editor draws on stderr instead of into the capture.
  const stdio: [number, number, number] = [0, process.stdout.isTTY ? 1 : 2, 2];
  const editor = env.VISUAL?.trim() || env.EDITOR?.trim();
  if (!editor) return { ok: false, reason: 'neither $VISUAL nor $EDITOR is set' };
  const result =
    process.platform === 'win32'
      ? spawnSync(`${editor} "${path}"`, { stdio, shell: true })
      : // `sh -c '<editor> "$@"' <editor> <path>`: the editor string is split by the shell, the path never is.
        spawnSync('sh', ['-c', `${editor} "$@"`, editor, path], { stdio });
  if (result.error)
    return { ok: false, reason: `\`${editor}\` could not be started: ${result.error.message}` };
  if (result.status !== 0)
    return { ok: false, reason: `\`${editor}\` exited with ${result.status ?? result.signal}` };
  return { ok: true };
}
