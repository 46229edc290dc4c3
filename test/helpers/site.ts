/** @fileoverview Checks on a built site: every internal link resolves, and the Nu HTML Checker finds no error. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli.ts';

export function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

/**
 * Every `href`/`src` on every page that points inside the site (root-relative, or absolute on `origin`),
 * resolved the way a static host does (`/x/` → `x/index.html`), returned when no file answers it.
 */
export function brokenLinks(dir: string, baseUrl: string): string[] {
  const base = new URL(baseUrl);
  const broken: string[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(join(dir, file), 'utf8');
    const pageUrl = new URL(file.replace(/(^|\/)index\.html$/, '$1'), base);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      const url = new URL(raw, pageUrl);
      if (url.origin !== base.origin || url.protocol === 'mailto:') continue;
      if (!url.pathname.startsWith(base.pathname)) {
        broken.push(`${file}: ${raw} (outside ${base.pathname})`);
        continue;
      }
      let path = decodeURIComponent(url.pathname.slice(base.pathname.length));
      if (path === '' || path.endsWith('/')) path += 'index.html';
      const target = join(dir, path);
      if (!existsSync(target) || statSync(target).isDirectory()) broken.push(`${file}: ${raw}`);
    }
  }
  return broken;
}

export const VNU_JAR = join(REPO, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
}

/** Nu HTML Checker errors over every HTML page of a folder, as `file: line: message` strings. */
export function vnuErrors(dir: string): string[] {
  const r = spawnSync(
    'java',
    ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', dir],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.error) throw r.error;
  const report = JSON.parse(r.stderr || r.stdout || '{"messages":[]}') as {
    messages: { type: string; url?: string; lastLine?: number; message: string }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${(m.url ?? '').replace(`file:${dir}`, '')}:${m.lastLine ?? 0}: ${m.message}`);
}
