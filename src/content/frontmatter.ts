/** @fileoverview Splits a post into front-matter and body (gray-matter) and parses the YAML with positions. */
import matter from 'gray-matter';
import { type Document, isMap, isScalar, LineCounter, type Node, type Pair, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../diagnostics/position.ts';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Relative to the blog root, forward slashes. */
  file: string;
  text: string;
}

export interface ParsedFile extends SourceFile {
  /** The front-matter language after the opening `---` (`yaml` when none is written), or null with no front-matter. */
  language: string | null;
  data: Record<string, unknown>;
  doc: Document | null;
  /** Offset in `text` where the front-matter's YAML starts. */
  matterOffset: number;
  body: string;
  /** Offset in `text` where the body starts. */
  bodyOffset: number;
  /** Fatal problems: the front-matter could not be read at all. */
  problems: Diagnostic[];
}

export interface Span {
  offset: number;
  end: number;
}

class RefusedLanguageError extends Error {}

/**
 * gray-matter's default `javascript` engine runs the front-matter with `eval`. Both of its names are replaced
 * by engines that refuse, so front-matter stays data (PRODUCT.md: no front-matter language may ever run code).
 */
const refuse = (language: string) => ({
  parse: (): never => {
    throw new RefusedLanguageError(language);
  },
  stringify: (): never => {
    throw new RefusedLanguageError(language);
  },
});

export function parseSourceFile(source: SourceFile): ParsedFile {
  const { text } = source;
  const parsed: ParsedFile = {
    ...source,
    language: null,
    data: {},
    doc: null,
    matterOffset: 0,
    body: text,
    bodyOffset: 0,
    problems: [],
  };
  // Hugo's TOML front-matter: not run, not guessed at; `blog import hugo` converts it.
  if (text.startsWith('+++')) {
    parsed.problems.push(
      fatal(
        source.file,
        1,
        1,
        'Unexpected TOML front-matter (`+++`), expected YAML between `---` lines',
        'Convert it with `blog import hugo`, or rewrite it as YAML.',
      ),
    );
    return parsed;
  }
  if (!/^\uFEFF?---/.test(text)) return parsed;

  let doc: Document | null = null;
  let lineCounter = new LineCounter();
  let yamlSource = '';
  const yamlEngine = {
    parse: (str: string) => {
      yamlSource = str;
      lineCounter = new LineCounter();
      doc = parseDocument(str, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
      return {};
    },
    stringify: (): string => '',
  };
  // gray-matter looks its whole input up in a cache keyed by the text, hashing every byte of every post: hand it
  // only the front-matter, up to the end of the closing `---` line, and take the body from the text.
  const close = text.indexOf('\n---', 3);
  const lineEnd = close < 0 ? -1 : text.indexOf('\n', close + 4);
  const headEnd = close < 0 || lineEnd < 0 ? text.length : lineEnd + 1;
  let result: matter.GrayMatterFile<string>;
  try {
    result = matter(text.slice(0, headEnd), {
      language: 'yaml',
      engines: { yaml: yamlEngine, js: refuse('js'), javascript: refuse('javascript') } as never,
    });
  } catch (error) {
    const language =
      error instanceof RefusedLanguageError ? error.message : /engine "(.*?)"/.exec(String(error))?.[1];
    parsed.problems.push(
      fatal(
        source.file,
        1,
        4,
        `Unexpected \`${language ?? 'unknown'}\` front-matter, expected YAML`,
        language === 'js' || language === 'javascript'
          ? 'Front-matter is data and is never run; write it as YAML.'
          : 'Write the front-matter as YAML between `---` lines.',
      ),
    );
    return parsed;
  }
  parsed.language = result.language || 'yaml';
  parsed.bodyOffset = headEnd - result.content.length;
  parsed.body = text.slice(parsed.bodyOffset);
  if (!doc) {
    // An empty block (`---\n---`): no keys at all.
    return parsed;
  }
  const document = doc as Document;
  parsed.doc = document;
  // gray-matter hands the engine everything after the opening `---<lang>`, starting with its newline
  // (`\r\n` in a Windows file, so the search starts right after the dashes, not at the `\n`).
  const firstNewline = text.indexOf('\n');
  const at = text.indexOf(yamlSource, text.indexOf('---') + 3);
  parsed.matterOffset = at >= 0 ? at : firstNewline;
  if (document.errors.length > 0) {
    const lines = new LineIndex(text);
    for (const err of document.errors) {
      const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const { line, column } = lines.positionAt(
        errorOffset(text, parsed.matterOffset, err.pos[0] ?? 0, message),
      );
      parsed.problems.push(fatal(source.file, line, column, `Invalid YAML: ${message}`));
    }
    return parsed;
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb: more alias expansions than any honest front-matter needs.
    parsed.problems.push(fatal(source.file, 2, 1, `Invalid YAML: ${(error as Error).message}`));
    return parsed;
  }
  if (value === null || value === undefined) return parsed;
  if (isCyclic(value)) {
    parsed.problems.push(
      fatal(source.file, 2, 1, 'Invalid YAML: an alias refers to the value that contains it (`&a [*a]`)'),
    );
    return parsed;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    parsed.problems.push(fatal(source.file, 2, 1, 'Unexpected front-matter, expected `key: value` lines'));
    return parsed;
  }
  parsed.data = value as Record<string, unknown>;
  return parsed;
}

/** True when a value contains itself (a YAML anchor used inside its own value): no consumer can walk it. */
function isCyclic(value: unknown, path = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (path.has(value)) return true;
  path.add(value);
  for (const child of Array.isArray(value) ? value : Object.values(value))
    if (isCyclic(child, path)) return true;
  path.delete(value);
  return false;
}

/**
 * yaml reports an unclosed `[`/`{` where it gave up (the next key); the writer's mistake is the bracket
 * that was never closed, so point there.
 */
function errorOffset(text: string, matterOffset: number, pos: number, message: string): number {
  const bracket = /Flow (sequence|map)/.exec(message);
  const at = matterOffset + pos;
  if (!bracket) return at;
  const [open, close] = bracket[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
  let depth = 0;
  for (let i = Math.min(at, text.length) - 1; i >= matterOffset; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && depth-- === 0) return i;
  }
  return at;
}

function fatal(file: string, line: number, column: number, message: string, hint?: string): Diagnostic {
  return {
    file,
    line,
    column,
    severity: 'error',
    ruleId: 'frontmatter/syntax',
    message,
    fatal: true,
    ...(hint ? { hint } : {}),
  };
}

/** The key/value pair of a top-level key, if the front-matter has one. */
export function findPair(parsed: ParsedFile, key: string): Pair<Node, Node | null> | undefined {
  const contents = parsed.doc?.contents;
  if (!isMap(contents)) return undefined;
  return contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as
    | Pair<Node, Node | null>
    | undefined;
}

/** Where a top-level key is written, in whole-file offsets. */
export function keySpan(parsed: ParsedFile, key: string): Span | undefined {
  const range = findPair(parsed, key)?.key?.range;
  return range ? { offset: parsed.matterOffset + range[0], end: parsed.matterOffset + range[1] } : undefined;
}

/** Where a top-level key's value is written, in whole-file offsets (falls back to the key). */
export function valueSpan(parsed: ParsedFile, key: string): Span | undefined {
  const pair = findPair(parsed, key);
  const range = pair?.value?.range;
  if (range) return { offset: parsed.matterOffset + range[0], end: parsed.matterOffset + range[1] };
  return keySpan(parsed, key);
}

/** Every top-level key with its span, in the order written. */
export function topLevelKeys(parsed: ParsedFile): { key: string; span: Span }[] {
  const contents = parsed.doc?.contents;
  if (!isMap(contents)) return [];
  return contents.items.flatMap((p) => {
    const k = p.key as Node | null;
    if (!isScalar(k) || !k.range) return [];
    return [
      {
        key: String(k.value),
        span: { offset: parsed.matterOffset + k.range[0], end: parsed.matterOffset + k.range[1] },
      },
    ];
  });
}
