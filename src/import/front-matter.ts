/** @fileoverview Reads another generator's front-matter (YAML, Hugo's TOML, Hexo's opener-less YAML, Eleventy's `---js` values) as an editable YAML document. */
import { parse as parseToml } from 'smol-toml';
import { Document, isMap, isScalar, type Node, parseDocument, visit, type YAMLMap } from 'yaml';
import { splitFrontMatter, splitOpenerless } from '../content/split-front-matter.ts';
import { lineAt, positionAt } from '../diagnostics/position.ts';
import { findJsonSyntaxError } from '../util/json-syntax.ts';
import { truncateText } from '../util/text.ts';
import { indentFlowLines, indentQuotedLines } from './indent-quoted-lines.ts';
import { readJsData } from './js-front-matter.ts';

export interface SourceMatter {
  doc: Document;
  body: string;
  /** 1-based line in the source where the body starts, so body notes point at source lines. */
  bodyLine: number;
  format: 'yaml' | 'toml' | 'json' | 'js' | 'none';
  /** Hexo allows a front-matter with only its closing `---`. */
  missingOpener: boolean;
  /** Blank lines above the opening `---`, which Hexo reads past (jointlike.github.io's 7 posts): how many. */
  blankLinesAbove?: number;
  /** Keys written more than once: only the last is kept, the value Jekyll (Ruby's YAML) reads. */
  duplicateKeys?: string[];
  /** Keys whose quoted value ran on from the left margin, indented so that YAML 1.2 reads it. */
  indentedKeys?: string[];
  /** Keys whose bracketed list had lines at the margin or after a tab, indented with spaces. */
  flowKeys?: string[];
}

/** Lines ended in a text (its `\n` count). */
const lineCount = (text: string) => lineAt(text, text.length) - 1;

/** Splits and parses; throws with a readable message when the front-matter cannot be read. */
export function readSourceMatter(raw: string): SourceMatter {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // A blank line above `---`: Hexo's front-matter reader took the block all the same (its `---` then opens
  // a YAML document); read as text, the post lost its title, date and tags, and showed them as its body.
  const above = /^(?:[ \t]*\n)+(?=(?:-{3}|\+{3})[ \t]*\n)/.exec(text);
  if (above) {
    const inner = readSourceMatter(text.slice(above[0].length));
    if (inner.format !== 'none') {
      const lines = lineCount(above[0]);
      return { ...inner, bodyLine: inner.bodyLine + lines, blankLinesAbove: lines };
    }
  }
  const toml = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/.exec(text);
  if (toml) {
    // smol-toml gives dates as TomlDate; `toISOString()` keeps what was written (offset, or none).
    const data = parseToml(toml[1]!) as Record<string, unknown>;
    const doc = new Document(normaliseToml(data));
    return {
      doc,
      body: text.slice(toml[0].length),
      bodyLine: lineCount(toml[0]) + 1,
      format: 'toml',
      missingOpener: false,
    };
  }
  // Hexo's JSON front-matter: `"title": "x",` lines ended by `;;;` (opened by one too, or not).
  const json = /^(?:;{3,}[ \t]*\n)?([\s\S]*?)\n;{3,}[ \t]*(?:\n|$)/d.exec(text);
  if (json && /^\s*"/.test(json[1]!)) {
    // Read as Hexo reads it, between braces (hexo-front-matter); a syntax error is placed in the file.
    const source = `{${json[1]}}`;
    const problem = findJsonSyntaxError(source);
    if (problem) {
      const at = json.indices![1]![0] + Math.min(Math.max(problem.offset - 1, 0), json[1]!.length);
      const { line, column } = positionAt(text, at);
      throw new Error(
        `Invalid JSON front-matter (\`;;;\`) at line ${line}, column ${column}: ${problem.message}`,
      );
    }
    return {
      doc: new Document(JSON.parse(source)),
      body: text.slice(json[0].length),
      bodyLine: lineCount(json[0]) + 1,
      format: 'json',
      missingOpener: false,
    };
  }
  const block = splitFrontMatter(text);
  if (block?.closed) {
    // Eleventy's `---js`: values read as data, never run; a block with code is refused with the reason.
    if (block.language === 'js' || block.language === 'javascript') {
      let data: Record<string, unknown>;
      try {
        data = readJsData(text.slice(block.sourceStart, block.sourceEnd));
      } catch (error) {
        throw new Error(
          `Unexpected \`${block.language}\` front-matter with code: ${(error as Error).message}`,
        );
      }
      return {
        doc: new Document(data),
        body: text.slice(block.bodyStart),
        bodyLine: lineCount(text.slice(0, block.bodyStart)) + 1,
        format: 'js',
        missingOpener: false,
      };
    }
    // JSON (`---json`) is YAML too; any other language is data we do not read.
    if (block.language !== 'yaml' && block.language !== 'yml' && block.language !== 'json')
      throw new Error(
        `Unexpected \`${truncateText(block.language, 20)}\` front-matter, expected YAML or JSON`,
      );
    const head = text.slice(0, block.bodyStart);
    const source = text.slice(block.sourceStart, block.sourceEnd);
    return fromYaml(source, text.slice(block.bodyStart), lineCount(head) + 1, false);
  }
  // Hexo: `title: x\ndate: y\n---` with no opening line.
  const hexo = splitOpenerless(text);
  if (hexo)
    return fromYaml(
      text.slice(0, hexo.sourceEnd),
      text.slice(hexo.bodyStart),
      lineCount(text.slice(0, hexo.bodyStart)) + 1,
      true,
    );
  return { doc: new Document({}), body: text, bodyLine: 1, format: 'none', missingOpener: false };
}

function fromYaml(source: string, body: string, bodyLine: number, missingOpener: boolean): SourceMatter {
  let doc = parseDocument(source, { schema: 'core', uniqueKeys: false });
  // The generators' parsers read a quoted value whose lines start at the margin; YAML 1.2 needs them indented.
  const indented = doc.errors.length ? indentQuotedLines(source) : undefined;
  if (indented) {
    const repaired = parseDocument(indented.source, { schema: 'core', uniqueKeys: false });
    if (!repaired.errors.length) doc = repaired;
  }
  // So do they a list in brackets whose lines start at the margin or with a tab.
  const flowed = doc.errors.length ? indentFlowLines(indented?.source ?? source) : undefined;
  if (flowed) {
    const repaired = parseDocument(flowed.source, { schema: 'core', uniqueKeys: false });
    if (!repaired.errors.length) doc = repaired;
  }
  // yaml's own "at line 2, column 1:" counts from the block, not the file; the report adds the file's position.
  if (doc.errors.length)
    throw new Error(
      `Invalid YAML: ${doc.errors[0]!.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  if (doc.contents !== null && !isMap(doc.contents))
    throw new Error('Unexpected front-matter, expected `key: value` lines');
  if (doc.contents === null) doc.contents = doc.createNode({}) as never;
  expandAliases(doc);
  // `title:` twice: one key here, or the new file would not parse. The last one wins, as in Ruby's YAML.
  const items = (doc.contents as YAMLMap).items;
  const seen = new Set<string>();
  const duplicateKeys: string[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const key = items[i]!.key;
    if (!isScalar(key)) continue;
    const name = String(key.value);
    if (!seen.has(name)) seen.add(name);
    else {
      items.splice(i, 1);
      if (!duplicateKeys.includes(name)) duplicateKeys.unshift(name);
    }
  }
  return {
    doc,
    body,
    bodyLine,
    format: 'yaml',
    missingOpener,
    ...(duplicateKeys.length && { duplicateKeys }),
    ...(indented && doc.contents && { indentedKeys: indented.keys }),
    ...(flowed && doc.contents && { flowKeys: flowed.keys }),
  };
}

/**
 * `feature: *image` becomes a copy of what `&image` marks, and the anchors go: converting a key (`image.path` →
 * `image.src`) would otherwise drop the anchor that a later alias needs, and the new file would not parse.
 */
function expandAliases(doc: Document): void {
  try {
    // Its alias count check refuses an expansion that would explode (YAML's "billion laughs").
    doc.toJS();
  } catch (error) {
    throw new Error(`Unexpected YAML aliases: ${(error as Error).message}`);
  }
  visit(doc, {
    Alias(_key, alias, path) {
      const target = alias.resolve(doc);
      if (!target)
        throw new Error(
          `Unexpected YAML alias \`*${alias.source}\`, no anchor \`&${alias.source}\` before it`,
        );
      if (path.includes(target as never))
        throw new Error(`Unexpected YAML alias \`*${alias.source}\` inside what \`&${alias.source}\` marks`);
      return (target as Node).clone() as Node;
    },
  });
  visit(doc, {
    Node(_key, node) {
      delete node.anchor;
    },
  });
}

function normaliseToml(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('.000', '');
  if (Array.isArray(value)) return value.map(normaliseToml);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseToml(v)]));
  return value;
}

/** Top-level keys in the order written. */
export function keysOf(doc: Document): string[] {
  return isMap(doc.contents)
    ? doc.contents.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []))
    : [];
}

/** The 1-based line (within the front-matter, counting the opening `---` as line 1) where a key is written. */
export function keyLine(doc: Document, key: string, source: string): number {
  if (!isMap(doc.contents)) return 1;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const at = (pair?.key as { range?: [number] } | undefined)?.range?.[0];
  return at === undefined ? 1 : lineCount(source.slice(0, at)) + 2;
}

/** `---\n<yaml>---\n` for the converted post. */
export function writeMatter(doc: Document): string {
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml.trim() === '{}' ? '' : yaml}---\n`;
}
