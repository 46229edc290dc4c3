/** @fileoverview Parses a post's front-matter (YAML, or JSON after `---json`) with positions; the split is split-front-matter.ts. */
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  visit,
  YAMLParseError,
} from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../diagnostics/position.ts';
import { findJsonSyntaxError } from '../util/json-syntax.ts';
import { truncateText } from '../util/text.ts';
import { binarySignature } from './binary-signature.ts';
import { readFrontMatterData } from './read-front-matter-data.ts';
import { splitFrontMatter } from './split-front-matter.ts';

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

/** Front-matter languages read as data; anything else (`---js`, `---toml`, …) is refused, never run. */
const YAML_NAMES = new Set(['yaml', 'yml']);

/**
 * How many positioned YAML documents were built: the slow way to read front-matter, kept for posts a rule
 * reports on (test/content/lazy-positions.test.ts holds it there).
 */
export const positionedDocuments = { built: 0 };

export function parseSourceFile(source: SourceFile): ParsedFile {
  const { text } = source;
  // The text and body are the source's, asked for each time: a source that lets go of its text
  // (`releaseTexts`) leaves nothing here holding it, and this file parsed is kept as long as its post.
  const parsed: ParsedFile = {
    path: source.path,
    file: source.file,
    get text() {
      return source.text;
    },
    language: null,
    data: {},
    doc: null,
    matterOffset: 0,
    get body() {
      return source.text.slice(parsed.bodyOffset);
    },
    bodyOffset: 0,
    problems: [],
  };
  // An image or an archive saved as `.md`: no front-matter to look for, and no rule has anything to say about it
  // (not a missing `title`); named, with its kind, as the one problem of the file.
  const kind = binarySignature(text);
  if (kind) {
    parsed.problems.push({
      ...fatal(
        source.file,
        1,
        1,
        `Unexpected ${kind}, expected Markdown text: this file is not a post`,
        'Move it out of `posts/` (an image beside a post keeps its own extension), or replace it with the post.',
      ),
      ruleId: 'content/encoding',
    });
    return parsed;
  }
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
  const block = splitFrontMatter(text);
  if (!block) return parsed;
  const { language } = block;
  // A file whose lines end in a lone CR (classic Mac OS, some exports) reads as one line: say so, rather than
  // call its whole text an unknown front-matter language.
  const firstLineEnd = text.indexOf('\n');
  if (/\r(?!\n)/.test(firstLineEnd < 0 ? text : text.slice(0, firstLineEnd + 1))) {
    parsed.problems.push(
      fatal(
        source.file,
        1,
        4,
        'Unexpected line ends of a lone CR (classic Mac OS), expected LF or CRLF',
        'Convert the file’s line ends (`dos2unix -c mac`, or your editor’s line-ending setting).',
      ),
    );
    return parsed;
  }
  if (!YAML_NAMES.has(language) && language !== 'json') {
    const shown = truncateText(language, 20);
    parsed.problems.push(
      fatal(
        source.file,
        1,
        4,
        `Unexpected \`${shown}\` front-matter, expected YAML or JSON`,
        language === 'js' || language === 'javascript'
          ? 'Front-matter is data and is never run; write it as YAML.'
          : 'Write the front-matter as YAML between `---` lines (or JSON after `---json`).',
      ),
    );
    return parsed;
  }
  parsed.language = language === 'yml' ? 'yaml' : language;
  // Without its closing line the whole post would be read as front-matter: its body as YAML keys (or a YAML
  // error about the first paragraph), never the mistake the writer made.
  if (!block.closed) {
    parsed.problems.push(
      fatal(
        source.file,
        1,
        1,
        'Missing the closing `---` line of the front-matter opened here',
        'Add a line of three dashes after the last key, before the body.',
      ),
    );
    return parsed;
  }
  parsed.bodyOffset = block.bodyStart;
  parsed.matterOffset = block.sourceStart;
  const matterSource = text.slice(block.sourceStart, block.sourceEnd);
  // An empty block (`---\n---`) or one with only comments: no keys at all.
  if (matterSource.replace(/^\s*#.*$/gm, '').trim() === '') return parsed;
  // `---json` front-matter must be strict JSON, not just the YAML flow that JSON also is: its first syntax
  // error is reported where it is, counted in the whole file.
  const jsonError = language === 'json' ? findJsonSyntaxError(matterSource) : undefined;
  if (jsonError) {
    const { line, column } = new LineIndex(text).positionAt(block.sourceStart + jsonError.offset);
    parsed.problems.push(fatal(source.file, line, column, `Invalid JSON: ${jsonError.message}`));
    return parsed;
  }
  const parseMatter = (matter: string) => {
    positionedDocuments.built++;
    // JSON is YAML (1.2) too, so one parser gives every key its position, whichever language was written.
    // `logLevel: 'error'`: a map used as a key (`description: {{ page.excerpt }}`, Liquid left in place) is
    // reported by the rules at its line; the library's own process warning would only add noise to stderr.
    const doc = parseDocument(matter, {
      prettyErrors: false,
      // Checked below: the library compares each key with every one before it, 12 s for 50,000 keys.
      uniqueKeys: false,
      schema: 'core',
      // `<<: *base` merges a map, as Jekyll's Psych and Hugo's go-yaml read it (YAML 1.1's merge key).
      merge: true,
      logLevel: 'error',
    });
    addDuplicateKeyErrors(doc);
    return doc;
  };
  const quick = language === 'json' ? undefined : readFrontMatterData(matterSource);
  if (quick !== null && typeof quick === 'object' && !Array.isArray(quick)) {
    // Read the fast way: the document with positions is built only if a rule reports a place in it.
    let doc: Document | undefined;
    Object.defineProperty(parsed, 'doc', {
      enumerable: true,
      get: () => {
        // From the source's text, not this parse's: the getter must not hold the text.
        doc ??= parseMatter(source.text.slice(block.sourceStart, block.sourceEnd));
        return doc;
      },
    });
    parsed.data = quick as Record<string, unknown>;
    return parsed;
  }
  const document = parseMatter(matterSource);
  parsed.doc = document;
  if (document.errors.length > 0) {
    const lines = new LineIndex(text);
    for (const err of document.errors) {
      const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const { line, column } = lines.positionAt(
        errorOffset(text, parsed.matterOffset, err.pos[0] ?? 0, message),
      );
      const hint = err.code === 'BLOCK_AS_IMPLICIT_KEY' ? quoteValueHint(text, line) : undefined;
      parsed.problems.push(fatal(source.file, line, column, `Invalid YAML: ${message}`, hint));
    }
    return parsed;
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // A merge key of something other than a map (`<<: hello`), reported at that key; or an alias bomb (more
    // alias expansions than any honest front-matter needs), at the front-matter's start.
    const merge = badMergeKey(document);
    const { line, column } = merge
      ? new LineIndex(text).positionAt(parsed.matterOffset + merge[0]!)
      : { line: 2, column: 1 };
    parsed.problems.push(
      fatal(
        source.file,
        line,
        column,
        `Invalid YAML: ${(error as Error).message}`,
        merge
          ? 'A merge key takes a map or an alias of one (`<<: *defaults`); rename the key or remove it.'
          : undefined,
      ),
    );
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

/** The range of the first merge key (`<<`) whose value is not a map, an alias of one, or a list of those. */
function badMergeKey(doc: Document): readonly number[] | undefined {
  const isMapSource = (node: unknown): boolean => isMap(node) || (isAlias(node) && isMap(node.resolve(doc)));
  let found: readonly number[] | undefined;
  visit(doc, {
    Pair(_, pair) {
      // With `merge: true` the library reads a plain `<<` key as a symbol, not the string.
      if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') return undefined;
      const { value } = pair;
      if (isMapSource(value) || (isSeq(value) && value.items.every(isMapSource))) return undefined;
      found = pair.key.range ?? undefined;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * "Map keys must be unique" at each key written twice in one map, as the library's `uniqueKeys` reports it (keys
 * equal when both are scalars of equal value), found with a set per map rather than a search per key.
 */
function addDuplicateKeyErrors(doc: Document): void {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0;
          found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(key.value);
      }
    },
  });
  if (found.length === 0) return;
  doc.errors.push(...found);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
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
 * yaml reports an unclosed `[`/`{` where it gave up (the next key), and an unclosed quote at the end of the
 * front-matter; the writer's mistake is the bracket or quote that was never closed, so point there.
 */
function errorOffset(text: string, matterOffset: number, pos: number, message: string): number {
  const bracket = /Flow (sequence|map)/.exec(message);
  const at = matterOffset + pos;
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) return openingQuote(text, matterOffset, Math.min(at, text.length), quote) ?? at;
  if (!bracket) return at;
  const [open, close] = bracket[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
  let depth = 0;
  for (let i = Math.min(at, text.length) - 1; i >= matterOffset; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && depth-- === 0) return i;
  }
  return at;
}

/**
 * The quote that opened the scalar yaml found unclosed at `end`: inside it no quote stands alone (a `"` is
 * escaped with `\`, a `'` doubled), so it is the last lone one before `end`.
 */
function openingQuote(text: string, from: number, end: number, quote: string): number | undefined {
  for (let i = end - 1; i >= from; i--) {
    if (text[i] !== quote) continue;
    if (quote === "'" && text[i - 1] === "'") {
      i--;
      continue;
    }
    let backslashes = 0;
    while (quote === '"' && text[i - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return undefined;
}

/**
 * `title: Colon: in title` is YAML's "Nested mappings are not allowed in compact mappings", which names no fix:
 * the value's `: ` needs quotes, shown on the writer's own line.
 */
function quoteValueHint(text: string, line: number): string | undefined {
  const written = /^(\s*[^\s:#"'][^:#]*?):[ \t]+(.+?)\s*$/.exec(text.split(/\r?\n/)[line - 1] ?? '');
  if (!written) return 'A value with `: ` in it needs quotes around it.';
  return `A value with \`: \` in it needs quotes around it: \`${written[1]}: ${JSON.stringify(written[2])}\`.`;
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

/** Each front-matter map's top-level pairs by key (the first of a key), built once per document. */
const pairsByKey = new WeakMap<object, Map<string, Pair<Node, Node | null>>>();

/**
 * The key/value pair of a top-level key, if the front-matter has one. Looked up in an index of the map, not
 * by a scan per key: a post with 50,000 keys took 85 s to lint, one scan for each key's warning.
 */
export function findPair(parsed: ParsedFile, key: string): Pair<Node, Node | null> | undefined {
  const contents = parsed.doc?.contents;
  if (!isMap(contents)) return undefined;
  let index = pairsByKey.get(contents);
  if (!index) {
    index = new Map();
    for (const pair of contents.items)
      if (isScalar(pair.key) && !index.has(String(pair.key.value)))
        index.set(String(pair.key.value), pair as Pair<Node, Node | null>);
    pairsByKey.set(contents, index);
  }
  return index.get(key);
}

/** Where a top-level key is written, in whole-file offsets. */
export function keySpan(parsed: ParsedFile, key: string): Span | undefined {
  if (!Object.hasOwn(parsed.data, key)) return undefined;
  return lazySpan(parsed, () => findPair(parsed, key)?.key?.range);
}

/** Where a top-level key's value is written, in whole-file offsets (falls back to the key). */
export function valueSpan(parsed: ParsedFile, key: string): Span | undefined {
  if (!Object.hasOwn(parsed.data, key)) return undefined;
  return lazySpan(parsed, () => {
    const pair = findPair(parsed, key);
    return pair?.value?.range ?? pair?.key?.range;
  });
}

/** Every top-level key with its span, in the order read. */
export function topLevelKeys(parsed: ParsedFile): { key: string; span: Span }[] {
  return Object.keys(parsed.data).map((key) => ({ key, span: keySpan(parsed, key)! }));
}

/**
 * Where a YAML node's range is in the file. A block scalar's range (`tags: |` and its lines) runs on over the
 * line break that ends it; the span stops before it, so a fix that replaces the value keeps the next line
 * (`tags: [a, b]` rather than `tags: [a, b]---`) and a report ends on the value's own last line.
 */
export function rangeSpan(parsed: ParsedFile, range: readonly number[]): Span {
  const offset = parsed.matterOffset + range[0]!;
  let end = parsed.matterOffset + range[1]!;
  while (end > offset && (parsed.text[end - 1] === '\n' || parsed.text[end - 1] === '\r')) end--;
  return { offset, end };
}

/**
 * A span found only when read: most posts pass every rule, so the YAML document with positions is built
 * for the few that a rule reports on (`read-front-matter-data.ts` reads the data without it). A range the
 * document does not have points at the front-matter's start.
 */
function lazySpan(parsed: ParsedFile, range: () => readonly number[] | null | undefined): Span {
  let found: Span | undefined;
  const get = (): Span => {
    if (!found) {
      const r = range();
      found = r ? rangeSpan(parsed, r) : { offset: parsed.matterOffset, end: parsed.matterOffset };
    }
    return found;
  };
  return {
    get offset() {
      return get().offset;
    },
    get end() {
      return get().end;
    },
  };
}
