/** @fileoverview A failed rebuild as serve shows it: lines for the terminal, an overlay for the browser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlogError } from '../diagnostics/blog-error.ts';
import { codeFrame } from '../diagnostics/code-frame.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { explainFsError } from '../fs/fs-error.ts';

/** A problem as the overlay shows it: a Diagnostic, with the offending lines when the file can be read. */
export type OverlayProblem = Diagnostic & {
  /** The lines around the problem with a caret under it (`codeFrame`). */
  frame?: string;
};

export interface OverlayError {
  message: string;
  hint?: string | undefined;
  problems: OverlayProblem[];
}

/** Any build failure as data the browser can show; positions come from the error's diagnostics. */
export function toOverlayError(thrown: unknown, root: string): OverlayError {
  // The same explanation the terminal gives for a file the user can fix (see `explainFsError`).
  const error = explainFsError(thrown) ?? thrown;
  if (error instanceof BlogError) {
    return {
      message: error.message,
      // The build's own hint says to build again; serve rebuilds by itself.
      hint:
        error.code === 'CONTENT_INVALID' ? 'Fix the file and save: the site rebuilds by itself.' : error.hint,
      problems: error.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => ({ ...d, ...frameOf(root, d) })),
    };
  }
  return { message: `Internal error: ${(error as Error)?.message ?? String(error)}`, problems: [] };
}

/** One `file:line:col  message  rule` line per problem, the shape editors and terminals make clickable. */
export function formatOverlayError(error: OverlayError): string[] {
  const lines = error.problems.map(
    (p) => `  ${p.file}:${p.line}:${p.column}  ${p.message}${p.ruleId ? `  ${p.ruleId}` : ''}`,
  );
  lines.push(`  ${error.message}`);
  if (error.hint) lines.push(`  ${error.hint}`);
  return lines;
}

function frameOf(root: string, d: Diagnostic): { frame?: string } {
  let text: string;
  try {
    text = readFileSync(join(root, d.file), 'utf8');
  } catch {
    return {};
  }
  const frame = codeFrame(text, d.line, d.column);
  return frame ? { frame } : {};
}

/** Browser side: `showOverlay(error)` / `hideOverlay()`. Text only ever goes in through textContent. */
export const OVERLAY_CLIENT = `
const OVERLAY_ID = 'blog-serve-overlay';
function hideOverlay() { document.getElementById(OVERLAY_ID)?.remove(); }
function showOverlay(error) {
  hideOverlay();
  const el = (tag, style, text) => {
    const node = document.createElement(tag);
    node.setAttribute('style', style);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const box = el('div', 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(15,18,25,.92);color:#f5f5f5;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:5vh 5vw');
  box.id = OVERLAY_ID;
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-label', 'Build failed');
  const panel = el('div', 'max-width:960px;margin:0 auto;background:#1d2230;border-top:4px solid #ff5f56;border-radius:6px;padding:20px 24px;box-shadow:0 10px 40px rgba(0,0,0,.5)');
  panel.append(el('p', 'margin:0 0 12px;color:#ff8a80;font-weight:bold', 'Build failed: still showing the last good version of this page'));
  for (const p of error.problems) {
    panel.append(el('p', 'margin:16px 0 4px;color:#8ab4ff;font-weight:bold', p.file + ':' + p.line + ':' + p.column));
    panel.append(el('p', 'margin:0 0 6px', p.message + (p.ruleId ? '  (' + p.ruleId + ')' : '')));
    if (p.hint) panel.append(el('p', 'margin:0 0 6px;color:#c0c6d4', p.hint));
    if (p.frame) panel.append(el('pre', 'margin:0;padding:10px 12px;background:#11141c;border-radius:4px;overflow:auto;color:#e0e0e0', p.frame));
  }
  panel.append(el('p', 'margin:16px 0 0', error.message));
  if (error.hint) panel.append(el('p', 'margin:4px 0 0;color:#c0c6d4', error.hint));
  box.append(panel);
  document.body.append(box);
}
`;
