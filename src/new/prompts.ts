/** @fileoverview The questions `blog new` asks on a terminal, each with a default and checked as you type. */
import type { ChalkInstance } from 'chalk';
import type { DistinctQuestion } from 'inquirer';
import inquirer from 'inquirer';
import type { SiteConfig } from '../config/schema.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { SLUG_PATTERN, slugFromTitle } from '../util/slug.ts';
import type { ExistingPosts } from './existing.ts';
import type { NewAnswers, NewPlan } from './plan.ts';
import { answersFromFlags, templateTags } from './plan.ts';
import { nearDuplicate, parseTagList } from './tags.ts';
import type { PostTemplate } from './templates.ts';

export interface PromptContext {
  config: SiteConfig;
  existing: ExistingPosts;
  templates: readonly PostTemplate[];
  /** The template named by --template, if any. */
  template: PostTemplate | undefined;
  color: ChalkInstance;
}

/** Prompts draw on stderr, so stdout carries only the result and `$(blog new)` still works. */
const prompt = inquirer.createPromptModule({ output: process.stderr });

/**
 * One inquirer question without its answer key (distributed over the question types, so `type` still picks
 * the options and the callbacks' parameter types).
 */
type Question = DistinctQuestion extends infer Q ? (Q extends unknown ? Omit<Q, 'name'> : never) : never;

/**
 * Asks one question at a time: which question comes next (and its defaults) depends on earlier answers.
 * Ctrl-C in any prompt: nothing has been written yet, so there is nothing to undo; exit 130 like a shell.
 */
async function ask<T>(question: Question): Promise<T> {
  try {
    const { answer } = await prompt({ ...question, name: 'answer' });
    return answer as T;
  } catch (error) {
    if ((error as Error)?.name === 'ExitPromptError' || (error as Error)?.name === 'AbortPromptError')
      throw new BlogError('USAGE', 'Cancelled; nothing was written.', { exitCode: 130 });
    throw error;
  }
}

/** Asks for everything the flags left open, in the order a writer thinks of it. */
export async function askNewPost(plan: NewPlan, ctx: PromptContext): Promise<NewAnswers> {
  const { color, existing } = ctx;
  const title =
    plan.title ??
    (
      await ask<string>({
        type: 'input',
        message: 'Title',
        required: true,
        validate: (v) => (v.trim() ? true : 'A post needs a title.'),
        transformer: (v, { isFinal }) => {
          if (isFinal || !v.trim()) return v;
          const slug = plan.slug ?? slugFromTitle(v.trim());
          const owner = existing.slugs.get(slug);
          return `${v}  ${color.dim(owner ? `(slug \`${slug}\` is taken by ${owner})` : `→ ${slug}`)}`;
        },
      })
    ).trim();

  const template =
    ctx.template ??
    (ctx.templates.length === 1
      ? ctx.templates[0]!
      : await ask<PostTemplate>({
          type: 'select',
          message: 'Template',
          choices: ctx.templates.map((t) => ({
            name: t.description ? `${t.name} ${color.dim(`— ${t.description}`)}` : t.name,
            short: t.name,
            value: t,
            description: t.origin,
          })),
          default: ctx.templates.find((t) => t.name === 'default'),
        }));

  const defaults = answersFromFlags({ ...plan, title }, template);
  const tags = plan.tags ?? (await askTags(templateTags(template), ctx));

  const description =
    plan.description ??
    (
      await ask<string>({
        type: 'input',
        message: 'Description (for search results and link previews, optional)',
        default: defaults.description || undefined,
        validate: (v) => {
          const { max } = ctx.config.frontMatter.descriptionLength;
          return v.trim().length <= max || `At most ${max} characters, this is ${v.trim().length}.`;
        },
        transformer: (v, { isFinal }) => {
          const { min, max } = ctx.config.frontMatter.descriptionLength;
          const n = v.trim().length;
          return isFinal || n === 0 ? v : `${v}  ${color.dim(`(${n}/${n < min ? `${min}+` : max})`)}`;
        },
      })
    ).trim();

  const draft =
    plan.draft ??
    (await ask<boolean>({
      type: 'confirm',
      message: 'Draft (left out of the site until you publish)?',
      default: defaults.draft,
    }));
  return { title, template, tags, description, draft };
}

/** Existing tags to tick (most used first), then new ones typed in; a near-duplicate is offered its existing twin. */
async function askTags(preset: string[], ctx: PromptContext): Promise<string[]> {
  const known = ctx.existing.tags.map((t) => t.tag);
  // The template's tags that the blog does not use yet are offered too, ticked, after the blog's own.
  const choices = [
    ...ctx.existing.tags.map(({ tag, count }) => ({ tag, note: `(${count})` })),
    ...preset.filter((t) => !known.includes(t)).map((tag) => ({ tag, note: '(new, from the template)' })),
  ];
  let picked: string[] = [];
  if (choices.length > 0) {
    picked = await ask<string[]>({
      type: 'checkbox',
      message: 'Tags',
      pageSize: 12,
      choices: choices.map(({ tag, note }) => ({
        name: `${tag} ${ctx.color.dim(note)}`,
        short: tag,
        value: tag,
        checked: preset.includes(tag),
      })),
    });
  }
  const typed = await ask<string>({
    type: 'input',
    message: choices.length > 0 ? 'New tags (comma-separated, optional)' : 'Tags (comma-separated, optional)',
    transformer: (v, { isFinal }) => {
      if (isFinal) return v;
      const slips = parseTagList(v).flatMap((t) => {
        const near = nearDuplicate(t, known);
        return near ? [`${t} → ${near}?`] : [];
      });
      return slips.length ? `${v}  ${ctx.color.yellow(`(close to a tag in use: ${slips.join(', ')})`)}` : v;
    },
  });
  const tags = [...picked];
  for (const tag of parseTagList(typed)) {
    const near = nearDuplicate(tag, known);
    const chosen = near
      ? await ask<string>({
          type: 'select',
          message: `\`${tag}\` looks like the existing tag \`${near}\``,
          choices: [
            { name: `Use \`${near}\``, value: near },
            { name: `Keep \`${tag}\` as a new tag`, value: tag },
          ],
        })
      : tag;
    if (!tags.includes(chosen)) tags.push(chosen);
  }
  return tags;
}

/** The slug is taken: offer the first free one, and accept any other free one typed in. */
export async function askFreeSlug(
  taken: { file: string; reason: string },
  suggested: string,
  isFree: (slug: string) => { file: string; reason: string } | undefined,
): Promise<string> {
  const slug = await ask<string>({
    type: 'input',
    message: `${capitalize(taken.reason)}. Slug for this post`,
    default: suggested,
    validate: (v) => {
      const slug = v.trim();
      if (!SLUG_PATTERN.test(slug)) return 'Lowercase letters, digits and dashes only.';
      const other = isFree(slug);
      return other ? `Taken too: ${other.reason}.` : true;
    },
  });
  return slug.trim();
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
