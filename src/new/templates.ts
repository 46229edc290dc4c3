/** @fileoverview Post templates for `blog new`: the package's `templates/posts/*.md`, overridden by the blog's `templates/*.md`. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseSourceFile } from '../content/frontmatter.ts';
import { toPosix } from '../content/load.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { type Refusal, walkFiles } from '../fs/walk-files.ts';
import { PACKAGE_TEMPLATES } from '../render/templates.ts';
import { suggest } from '../util/suggest.ts';

export const PACKAGE_POST_TEMPLATES = join(PACKAGE_TEMPLATES, 'posts');
/** The front-matter key that describes the template itself and is never copied into a post. */
export const TEMPLATE_KEY = 'template';
const BUILT_IN = '(built in)';

export interface PostTemplate {
  name: string;
  /** One line shown in the template list. */
  description: string;
  path: string;
  /** Where it comes from, as the user should see it: `templates/how-to.md` or `(built in)`. */
  origin: string;
  /** Front-matter defaults for the new post (without the `template` key). */
  data: Record<string, unknown>;
  body: string;
  /** Why it cannot be used (its front-matter does not parse): raised only when it is the one asked for. */
  problem?: BlogError;
}

/**
 * A link in `templates/` that leads outside the blog stops `blog new` before it reads or writes anything, as it
 * stops `blog build`: a usage problem of the blog's folder (exit 2), not of its posts.
 */
const TEMPLATE_LINK: Refusal = {
  outside: '`blog new` reads no template from outside the blog, and nothing was written',
  hint: 'Copy the template into the blog’s templates/ folder in place of the link, or remove the link; then run `blog new` again.',
  exitCode: 2,
};

function markdownFiles(dir: string, within: string): string[] {
  return walkFiles(dir, { within, recursive: false, refusal: TEMPLATE_LINK })
    .files.filter((f) => /\.md$/i.test(f.rel))
    .map((f) => f.path);
}

function readTemplate(path: string, origin: string): PostTemplate {
  const file = origin === BUILT_IN ? path : origin;
  const parsed = parseSourceFile({ path, file, text: readFileSync(path, 'utf8') });
  const name = basename(path).replace(/\.md$/i, '');
  // One broken template must not stop `blog new` from using the others: it fails only when chosen.
  if (parsed.problems.length > 0)
    return {
      name,
      description: '',
      path,
      origin,
      data: {},
      body: '',
      problem: new BlogError('TEMPLATE', `The post template ${origin} cannot be read.`, {
        diagnostics: parsed.problems,
        hint: 'Fix its front-matter (YAML between `---` lines); nothing was written.',
      }),
    };
  const { [TEMPLATE_KEY]: meta, ...data } = parsed.data;
  const description =
    typeof meta === 'string'
      ? meta
      : meta &&
          typeof meta === 'object' &&
          typeof (meta as { description?: unknown }).description === 'string'
        ? (meta as { description: string }).description
        : '';
  return { name, description, path, origin, data, body: parsed.body };
}

/** Every post template by name, sorted, `default` first; the blog's own win over the package's. */
export function listPostTemplates(root: string): PostTemplate[] {
  const byName = new Map<string, PostTemplate>();
  for (const path of markdownFiles(PACKAGE_POST_TEMPLATES, PACKAGE_TEMPLATES)) {
    const t = readTemplate(path, BUILT_IN);
    byName.set(t.name, t);
  }
  for (const path of markdownFiles(join(root, 'templates'), root)) {
    const t = readTemplate(path, toPosix(root, path));
    byName.set(t.name, t);
  }
  return [...byName.values()].sort((a, b) =>
    a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}

/** The template of that name, or a usage error listing the ones there are (or why that one cannot be read). */
export function findPostTemplate(templates: readonly PostTemplate[], name: string): PostTemplate {
  const found = templates.find((t) => t.name === name);
  if (found?.problem) throw found.problem;
  if (found) return found;
  const names = templates.map((t) => t.name);
  const guess = suggest(name, names);
  throw new BlogError(
    'USAGE',
    `Unknown template \`${name}\`, expected one of ${names.map((n) => `\`${n}\``).join(', ')}.`,
    {
      hint: guess
        ? `Did you mean \`${guess}\`?`
        : 'Add your own as templates/<name>.md in the blog; nothing was written.',
    },
  );
}
