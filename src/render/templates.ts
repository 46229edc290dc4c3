/** @fileoverview The theme: the package's Eta layouts, each overridable by a file of the same name in the blog's `templates/`. */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import { BlogError } from '../diagnostics/blog-error.ts';
import { walkFiles } from '../fs/walk-files.ts';
import { escapeHtml } from './escape.ts';
import { templateErrorPlace, templateSyntaxPlace } from './template-error-place.ts';
import { type ThemeStrings, themeStrings } from './theme-strings.ts';

/** The package's own `templates/` folder. */
export const PACKAGE_TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
export const THEME_DIR = join(PACKAGE_TEMPLATES, 'theme');

export interface ThemeFile {
  /** Name relative to the theme root, forward slashes: `post.eta`, `partials/header.eta`, `assets/style.css`. */
  name: string;
  path: string;
  /** True when the blog's `templates/` provides it. */
  overridden: boolean;
}

/** Theme files under `dir`; the blog's own may link to files inside the blog, the package's inside the package. */
function walk(dir: string, within: string): string[] {
  return walkFiles(dir, { within }).files.map((f) => f.path);
}

/** Every theme file, the blog's own winning over the package's of the same name. Sorted by name. */
export function listThemeFiles(blogRoot: string): ThemeFile[] {
  const files = new Map<string, ThemeFile>();
  for (const path of walk(THEME_DIR, PACKAGE_TEMPLATES)) {
    const name = relative(THEME_DIR, path).split(sep).join('/');
    files.set(name, { name, path, overridden: false });
  }
  const userDir = join(blogRoot, 'templates');
  for (const path of walk(userDir, blogRoot)) {
    const name = relative(userDir, path).split(sep).join('/');
    if (files.has(name) || name.endsWith('.eta')) files.set(name, { name, path, overridden: true });
  }
  return [...files.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export interface Theme {
  render(template: string, data: object): string;
  /** Static files of the theme (`assets/…`), copied to the output. */
  assets: ThemeFile[];
  /** Text of every layout, part of the cache key. */
  fingerprint: string;
  /** True when the blog's `templates/` replaces the theme file `name` (`post.eta`). */
  overrides(name: string): boolean;
}

/**
 * @param strings the site's words: every template (partials included, whatever they are given) reads them as
 *   `t('relatedPosts')`, `t('minRead', { count })`
 */
export function loadTheme(blogRoot: string, strings: ThemeStrings = themeStrings('en')): Theme {
  const files = listThemeFiles(blogRoot);
  const options = {
    autoEscape: true,
    escapeFunction: escapeHtml,
    autoTrim: [false, 'nl'] as [false, 'nl'],
    cache: true,
    // Eta spreads its options into `this.config`, and calls each template with `this` the Eta instance.
    functionHeader: 'const t = this.config.themeStrings.t;',
    themeStrings: strings,
  };
  const eta = new Eta(options);
  const sources: string[] = [];
  const texts = new Map<string, string>();
  const byName = new Map<string, ThemeFile>();
  for (const file of files) {
    if (!file.name.endsWith('.eta')) continue;
    const name = `@${file.name.replace(/\.eta$/, '')}`;
    const text = readFileSync(file.path, 'utf8');
    sources.push(name, text);
    texts.set(name, text);
    byName.set(name, file);
    try {
      eta.loadTemplate(name, text);
    } catch (error) {
      const message = compileMessage(error as Error);
      const shown = displayPath(blogRoot, file);
      // Eta names the line of a tag it cannot parse; JavaScript that does not parse is found here.
      const place = /\bat line \d+ col \d+/.test(message) ? undefined : templateSyntaxPlace(options, text);
      const at = place ? ` at line ${place.line}, column ${place.column}` : '';
      throw new BlogError('TEMPLATE', `Template ${shown} could not be compiled${at}: ${message}`, {
        cause: error,
        hint: 'Check the template named above; remove your override to fall back to the default theme.',
        ...(place && file.overridden
          ? {
              diagnostics: [{ file: shown, ...place, severity: 'error' as const, ruleId: null, message }],
            }
          : {}),
      });
    }
  }
  return {
    render(template, data) {
      try {
        return eta.render(`@${template}`, data);
      } catch (error) {
        const message = String((error as Error).message).split('\n')[0]!;
        const place = templateErrorPlace(options, texts, `@${template}`, data);
        const file = byName.get(place?.name ?? `@${template}`);
        const shown = file ? displayPath(blogRoot, file) : template;
        const at = place ? ` at line ${place.line}, column ${place.column}` : '';
        throw new BlogError('TEMPLATE', `Template ${shown} failed${at}: ${message}`, {
          cause: error,
          hint: 'Check the template named above; remove your override to fall back to the default theme.',
          // A file of the blog's own gets a diagnostic, which `serve` shows with the lines around it.
          ...(place && file?.overridden
            ? {
                diagnostics: [
                  {
                    file: shown,
                    line: place.line,
                    column: place.column,
                    severity: 'error' as const,
                    ruleId: null,
                    message,
                  },
                ],
              }
            : {}),
        });
      }
    },
    assets: files.filter((f) => f.name.startsWith('assets/')),
    // The words are part of every page: another language or a changed `strings` renders each again.
    fingerprint: [...sources, strings.language, JSON.stringify(strings.messages)].join('\0'),
    overrides: (name) => files.some((f) => f.name === name && f.overridden),
  };
}

function displayPath(blogRoot: string, file: ThemeFile): string {
  return file.overridden
    ? relative(blogRoot, file.path).split(sep).join('/')
    : `(default theme) ${file.name}`;
}

/**
 * Eta's own message, without the JavaScript it compiled the template to: a code in a `<% %>` tag that is not
 * JavaScript (`<% if ( %>`) is reported as "Bad template syntax", the error, then that whole generated function,
 * which names nothing the writer wrote. A tag error (`unclosed tag at line 1 col 7`) keeps its frame.
 */
function compileMessage(error: Error): string {
  const message = String(error.message);
  const generated = /^Bad template syntax\s+([^\n]+)\n=+\n/.exec(message);
  if (generated) return `Bad template syntax: ${generated[1]} (in the JavaScript of a \`<% %>\` tag)`;
  return message;
}
