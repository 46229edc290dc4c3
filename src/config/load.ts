/** @fileoverview Finds the blog root (walking up to the config file, like git) and loads its validated config. */

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { BlogError } from '../diagnostics/blog-error.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { LineIndex, positionAt } from '../diagnostics/position.ts';
import { isNotRegular, readRegularFile } from '../fs/read-regular.ts';
import { describeSpecial } from '../fs/walk-files.ts';
import { findJsonSyntaxError } from '../util/json-syntax.ts';
import { suggest } from '../util/suggest.ts';
import { isUtf16 } from '../util/utf16.ts';
import { CONFIG_FILE } from './defaults.ts';
import { findDuplicateKeys } from './duplicate-keys.ts';
import { describeIssue, type SchemaIssue } from './issue-message.ts';
import { findProtoKeys } from './reserved-keys.ts';
import { configSchema, type SiteConfig, unknownRuleMessage } from './schema.ts';

export interface LoadedConfig {
  /** Absolute path of the folder holding the config file. */
  root: string;
  config: SiteConfig;
  /** The config file's text, part of every cache key. */
  source: string;
}

/** Walks up from `start` to the first folder holding the config file. */
export function findBlogRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfig(cwd: string): LoadedConfig {
  const root = findBlogRoot(cwd);
  if (!root) {
    throw new BlogError(
      'CONFIG_NOT_FOUND',
      `No ${CONFIG_FILE} found in ${resolve(cwd)} or any folder above it.`,
      {
        hint: 'Run `blog init <dir>` to start a blog, or pass `-C <dir>` to point at one.',
      },
    );
  }
  return loadConfigAt(root);
}

/**
 * The config of the blog at `root` itself, never of a folder above it: `blog serve` reads it again on every
 * change, and while it is gone (moved, or mid-checkout) it rebuilt the blog with a parent folder's config.
 */
export function loadConfigAt(root: string): LoadedConfig {
  if (!existsSync(join(root, CONFIG_FILE)))
    throw new BlogError('CONFIG_NOT_FOUND', `No ${CONFIG_FILE} in ${resolve(root)}.`, {
      hint: `Put ${CONFIG_FILE} back in the blog's folder.`,
    });
  const source = readConfigText(root);
  return { root, config: parseConfig(source, CONFIG_FILE), source };
}

/**
 * The config file's text, without the byte order mark an editor may save before it (Notepad did, in UTF-8):
 * JSON.parse refuses one, and posts are read with theirs skipped too.
 */
export function readConfigText(root: string): string {
  const path = join(root, CONFIG_FILE);
  // Reading a FIFO waits for a writer for ever, a device never ends: `blog build` hung on a named pipe.
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path);
  } catch (error) {
    if (!isNotRegular(error)) throw error;
    throw new BlogError(
      'CONFIG_INVALID',
      `${CONFIG_FILE} is ${error.stats.isDirectory() ? 'a folder' : describeSpecial(error.stats)}, not a file; it was not read.`,
      { hint: `Replace it with the JSON file \`blog init\` writes.` },
    );
  }
  // Read as UTF-8, UTF-16 is "Unexpected `��`" at 1:1, or a NUL after each character.
  if (isUtf16(bytes))
    throw new BlogError(
      'CONFIG_INVALID',
      `${CONFIG_FILE} is saved as UTF-16, expected UTF-8: it was not read.`,
      {
        hint: 'Save it as UTF-8 (in Notepad: File › Save as, Encoding: UTF-8).',
      },
    );
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Parses and validates config text; every problem becomes a Diagnostic at the key's line and column. */
export function parseConfig(source: string, file: string): SiteConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    // JSON.parse often says neither where (no position on Node 20) nor in the same words twice; the
    // locator finds the first character that cannot be JSON (it answers for any text JSON.parse refuses).
    const problem = findJsonSyntaxError(source)!;
    const { line, column } = positionAt(source, problem.offset);
    throw new BlogError('CONFIG_INVALID', `${file} is not valid JSON (line ${line}, column ${column}).`, {
      diagnostics: [
        {
          file,
          line,
          column,
          severity: 'error',
          ruleId: null,
          fatal: true,
          message: `Invalid JSON: ${problem.message}`,
        },
      ],
      hint: `Fix the JSON syntax at line ${line}, column ${column}: a comma after the last item, a missing comma or quote, or a comment are the usual causes.`,
    });
  }
  const twice = findDuplicateKeys(source);
  if (twice.length > 0) {
    const lines = new LineIndex(source);
    throw configError(
      twice.map((d) => {
        const at = lines.positionAt(d.offset);
        const first = lines.positionAt(d.firstOffset);
        return {
          file,
          line: at.line,
          column: at.column,
          severity: 'error' as const,
          ruleId: 'config/duplicate-key',
          message: `Unexpected duplicate key \`${d.path.join('.')}\`, first set at line ${first.line}; JSON reads only the last one`,
          hint: 'Keep one of them (a merge may have left both).',
        };
      }),
    );
  }
  const result = configSchema.safeParse(raw);
  const schemaIssues: SchemaIssue[] = result.success ? [] : result.error.issues;
  const protoIssues = findProtoKeys(raw)
    .filter(
      (path) =>
        !schemaIssues.some((i) => i.keys?.includes('__proto__') && samePath(i.path, path.slice(0, -1))),
    )
    .map(
      (path): SchemaIssue => ({
        code: 'custom',
        path,
        message:
          path.length === 3 && path[0] === 'lint' && path[1] === 'rules'
            ? unknownRuleMessage('__proto__')
            : 'Unexpected key `__proto__`, a name JavaScript keeps for itself: it would be dropped',
      }),
    );
  if (result.success && protoIssues.length === 0) return result.data;

  const lines = new LineIndex(source);
  const doc = parseDocument(source);
  const diagnostics: Diagnostic[] = [];
  const issues = [...schemaIssues, ...protoIssues].flatMap((issue) => explainUnion(issue, []));
  for (const issue of issues) {
    const path = issue.path.map(String);
    // An integer key's value past the safe integers (`1e308`) also breaks the schema's own `max`: that bound is
    // the one to name, not 9007199254740991, which the writer never chose.
    if (isSafeIntegerLimit(issue) && issues.some((i) => i !== issue && samePath(i.path, issue.path)))
      continue;
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(path);
      for (const key of issue.keys ?? []) {
        const pos = lines.positionAt(keyOffset(doc, [...path, key]));
        const guess = suggest(key, known);
        diagnostics.push({
          file,
          line: pos.line,
          column: pos.column,
          severity: 'error',
          ruleId: 'config/unknown-key',
          message: `Unexpected key \`${[...path, key].join('.')}\``,
          hint: guess
            ? `Did you mean \`${guess}\`?`
            : `Expected one of ${known.map((k) => `\`${k}\``).join(', ')}.`,
        });
      }
      continue;
    }
    const offset = keyOffset(doc, path);
    const pos = lines.positionAt(offset);
    const said = describeIssue(issue, valueAt(raw, path), takesWholeNumbers(path));
    const [message, hint] = issue.message.split(/\. (?=Did you mean)/);
    diagnostics.push({
      file,
      line: pos.line,
      column: pos.column,
      severity: 'error',
      ruleId: 'config/invalid-value',
      message: said
        ? `${path.length ? `\`${path.join('.')}\`` : 'The config'} ${said}`
        : `Invalid \`${path.join('.') || '(root)'}\`: ${message}`,
      ...(hint ? { hint } : {}),
    });
  }
  throw configError(diagnostics);
}

/**
 * A value that none of a union's options took (`authors`: a list or a map; an author: a name or a profile) is
 * only "Invalid input" to zod. Said as the option it was meant for says it (`authors.0.name`: expected string),
 * or, when its type fits none, as every type that would ("expected string or object, received number").
 */
function explainUnion(issue: SchemaIssue, prefix: PropertyKey[]): SchemaIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return [{ ...issue, path }];
  const wrongType = (branch: SchemaIssue[]): boolean =>
    branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0;
  const meant = issue.errors.filter((branch) => !wrongType(branch));
  const [only] = meant;
  // A word none of an option's words (`"socialCards": "all"`): those words, and the types that would do as well.
  if (
    meant.length === 1 &&
    only!.length === 1 &&
    only![0]!.code === 'invalid_value' &&
    !only![0]!.path.length
  ) {
    const types = issue.errors.filter(wrongType).map((branch) => branch[0]!.expected!);
    return [{ ...only![0]!, path, alsoTypes: types }];
  }
  if (meant.length > 0)
    return meant
      .reduce((fewest, branch) => (branch.length < fewest.length ? branch : fewest))
      .flatMap((inner) => explainUnion(inner, path));
  const expected = [
    ...new Set(
      issue.errors.map((branch) => (branch[0]!.expected === 'record' ? 'object' : branch[0]!.expected!)),
    ),
  ];
  return [{ ...issue, path, code: 'invalid_type', message: 'Invalid input', expectedAny: expected }];
}

function isSafeIntegerLimit(issue: { code: string; maximum?: unknown; minimum?: unknown }): boolean {
  return (
    (issue.code === 'too_big' && Number(issue.maximum) === Number.MAX_SAFE_INTEGER) ||
    (issue.code === 'too_small' && Number(issue.minimum) === Number.MIN_SAFE_INTEGER)
  );
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/**
 * A config error found after validation, by a stage that reads what a key names (a font file): the same
 * diagnostic as the schema's, at the key's line, and the same exit code.
 */
export function invalidConfigValue(
  source: string,
  path: string[],
  message: string,
  hint?: string,
): BlogError {
  const pos = new LineIndex(source).positionAt(keyOffset(parseDocument(source), path));
  return configError([
    {
      file: CONFIG_FILE,
      line: pos.line,
      column: pos.column,
      severity: 'error',
      ruleId: 'config/invalid-value',
      message: `Invalid \`${path.join('.')}\`: ${message}`,
      ...(hint ? { hint } : {}),
    },
  ]);
}

export function configError(diagnostics: Diagnostic[]): BlogError {
  const first = diagnostics[0];
  return new BlogError('CONFIG_INVALID', `${CONFIG_FILE} is not valid.`, {
    diagnostics,
    hint: first ? 'Fix the keys listed above; see the README for every config key.' : undefined,
  });
}

/** The value the config holds at `path`, its own keys only. */
function valueAt(raw: unknown, path: readonly string[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The schemas (a union's options apart) that validate the value at `path`. */
// biome-ignore lint/suspicious/noExplicitAny: walking zod's internal shape generically
function schemasAt(path: readonly string[]): any[] {
  // biome-ignore lint/suspicious/noExplicitAny: walking zod's internal shape generically
  let schemas: any[] = [configSchema];
  for (const key of path)
    schemas = schemas.flatMap(unwrapSchema).flatMap((schema) => {
      if (schema.shape) return schema.shape[key] ? [schema.shape[key]] : [];
      if (/^\d+$/.test(key) && schema.def?.element) return [schema.def.element];
      return schema.def?.valueType ? [schema.def.valueType] : [];
    });
  return schemas.flatMap(unwrapSchema);
}

/** Keys the schema accepts at a path, for did-you-mean. */
function knownKeysAt(path: string[]): string[] {
  return [...new Set(schemasAt(path).flatMap((schema) => Object.keys(schema.shape ?? {})))];
}

/** Whether the key at `path` takes integers only (`postsPerPage`), so "a number" would mislead. */
function takesWholeNumbers(path: readonly string[]): boolean {
  return schemasAt(path).some((schema) => schema.isInt === true);
}

/** A schema without its optional, default and transform wrappers; a union as its options. */
// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions
function unwrapSchema(schema: any): any[] {
  while (schema?.def?.innerType || schema?.def?.in) schema = schema.def.innerType ?? schema.def.in;
  if (schema?.def?.type === 'union') return schema.def.options.flatMap(unwrapSchema);
  return schema ? [schema] : [];
}

/**
 * 1-based line and column of a key of the config (`['redirects', '/old/']`), or of the nearest key above it; the
 * text is parsed once for all the keys asked after (a config may hold a thousand redirects).
 */
export function configKeyLocator(
  source: string,
): (path: readonly string[]) => { line: number; column: number } {
  const doc = parseDocument(source);
  const lines = new LineIndex(source);
  return (path) => lines.positionAt(keyOffset(doc, path));
}

/** Offset of the deepest key of `path` that exists in the document. */
function keyOffset(doc: ReturnType<typeof parseDocument>, path: readonly string[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isSeq(node) && /^\d+$/.test(key)) {
      // An item of a list: its own line (`nav.2.url` missing points at the third item, not at `nav`).
      node = node.items[Number(key)];
      offset = (node as { range?: number[] } | undefined)?.range?.[0] ?? offset;
      continue;
    }
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (!pair) break;
    offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
    node = pair.value;
  }
  return offset;
}
