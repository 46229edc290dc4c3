/**
 * @fileoverview Where and why text is not JSON, for a message a person can act on. `JSON.parse` judges
 * validity, but says why in words that change with the Node version and often not where (`Unexpected token
 * '}', "…" is not valid JSON` carries no position on Node 20). jsonc-parser (the parser behind VS Code's JSON
 * support) finds the first error, its kind and offset; this module words it and moves it to where a person
 * would look (a trailing comma, not the `}` after it; the bad escape, not the string holding it).
 */
import { getLocation, type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

export interface JsonSyntaxError {
  /** 0-based offset of the first character that cannot be JSON there (the text's length at its end). */
  offset: number;
  message: string;
}

/** Strict JSON, as `JSON.parse` reads it. */
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
const VALUE = 'a value (`"text"`, a number, `true`, `false`, `null`, `{` or `[`)';
const KEY = 'a key in double quotes (`"title"`)';

/** The first syntax error in `text`; undefined exactly when `JSON.parse` accepts it. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let v8: string;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    v8 = (error as Error).message;
  }
  const errors: ParseError[] = [];
  try {
    parse(text, errors, STRICT);
  } catch {
    // A stack overflow: the library's parser recurses once per `[` or `{`, and thousands open at once are
    // more than the stack holds. An error it found before that is still the first one in the text.
  }
  // The scanner's error for a token (a bad escape in a string) comes before the grammar's error at the same
  // token (the comma missing before that string): the grammar's is the first mistake in reading order.
  const [scanned, grammar] = errors;
  const skip = scanned && grammar?.offset === scanned.offset && isScanError(scanned) && !isScanError(grammar);
  const [first, next] = errors.slice(skip ? 1 : 0);
  return first ? describe(text, first, next) : fromV8(text, v8);
}

/** An error in one token's own text, found by the scanner, not by the grammar around it. */
function isScanError(error: ParseError): boolean {
  // The grammar's codes all end so: `CommaExpected`, `ValueExpected`, `EndOfFileExpected`, …
  return !printParseErrorCode(error.error).endsWith('Expected');
}

/** The error jsonc-parser reports, in words, at the character a person would look at. */
function describe(text: string, error: ParseError, next: ParseError | undefined): JsonSyntaxError {
  const { offset, length } = error;
  const token = text.slice(offset, offset + length);
  const shown = show(token);
  const at = (message: string, where = offset): JsonSyntaxError => ({ offset: where, message });
  const atEnd = offset >= text.length;
  const end = (expected: string) => at(`Unexpected end of the file, expected ${expected}`);
  switch (printParseErrorCode(error.error)) {
    case 'PropertyNameExpected':
    case 'ValueExpected': {
      // Reported at the `}` or `]` after a trailing comma; the mistake is the comma.
      const close = text[offset];
      const comma = close === '}' || close === ']' ? /,[ \t\r\n]*$/.exec(text.slice(0, offset)) : null;
      if (comma)
        return at(
          `Unexpected \`,\` before \`${close}\`: JSON allows no comma after the last item`,
          comma.index,
        );
      const expected = printParseErrorCode(error.error) === 'ValueExpected' ? VALUE : KEY;
      if (text.trim() === '') return at(`Unexpected empty file, expected ${VALUE}`, 0);
      if (atEnd) return end(expected);
      return at(`Unexpected ${shown}, expected ${expected}`);
    }
    case 'CommaExpected': {
      const run = runTogether(text, offset);
      if (run) return run;
      // The container the comma belongs in: the path to this place ends in an index inside an array.
      const close = typeof getLocation(text, offset).path.at(-1) === 'number' ? ']' : '}';
      if (atEnd) return end(`\`,\` or \`${close}\``);
      if (/^["[{\d-]|^(?:true|false|null)$/.test(token)) return at(`Missing \`,\` before ${shown}`);
      return at(`Unexpected ${shown}, expected \`,\` or \`${close}\``);
    }
    case 'ColonExpected':
      return atEnd ? end('`:` after the key') : at(`Unexpected ${shown}, expected \`:\` after the key`);
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const close = printParseErrorCode(error.error) === 'CloseBraceExpected' ? '}' : ']';
      // Right after the `{` or `[` nothing else could come; after an item, a `,` could.
      const expected = /[[{][ \t\r\n]*$/.test(text.slice(0, offset))
        ? `\`${close}\``
        : `\`,\` or \`${close}\``;
      return atEnd ? end(expected) : at(`Unexpected ${shown}, expected ${expected}`);
    }
    case 'EndOfFileExpected':
      return at(`Unexpected ${shown}, expected the end of the file after the JSON value`);
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return at('Unexpected comment: JSON has no comments');
    case 'InvalidSymbol': {
      // What was expected here: jsonc-parser reports it next, right after the symbol.
      const what =
        next && text.slice(offset + length, next.offset).trim() === ''
          ? printParseErrorCode(next.error)
          : undefined;
      if (what === 'PropertyNameExpected') return at(`Unexpected ${shown}, expected ${KEY}`);
      if (what === 'ValueExpected') return at(`Unexpected ${shown}, expected ${VALUE}`);
      const run = runTogether(text, offset);
      if (run) return run;
      // Else a stray symbol where only blanks may be: after the value, or before or inside it.
      if (isJson(text.slice(0, offset)))
        return at(`Unexpected ${shown}, expected the end of the file after the JSON value`);
      return at(`Unexpected ${shown}`);
    }
    case 'UnexpectedEndOfString':
      return at(
        `Unexpected end of the ${offset + length >= text.length ? 'file' : 'line'} in a string, expected a closing \`"\``,
      );
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat':
      return at(`Unexpected end of the number ${shown}, expected a digit after its \`.\` or \`e\``);
    case 'InvalidUnicode':
    case 'InvalidEscapeCharacter':
    case 'InvalidCharacter': {
      // Reported at the string's opening quote; point at the escape or character inside it.
      const bad = badInString(token);
      if (!bad) break;
      const where = offset + bad.index;
      if (bad.kind === 'unicode')
        return at('Unexpected `\\u` escape, expected four hex digits (`\\u00e9`)', where);
      if (bad.kind === 'escape')
        return at(
          `Unexpected escape \`${bad.text}\`, expected \`\\"\`, \`\\\\\`, \`\\n\` or another JSON escape`,
          where,
        );
      return at(
        bad.text === '\t'
          ? 'Unexpected tab in a string, expected it written as `\\t`'
          : `Unexpected ${show(bad.text)} in a string, expected it written as an escape (\`\\n\`, \`\\u0001\`)`,
        where,
      );
    }
  }
  return at(`Unexpected ${shown}`);
}

/**
 * A token run together with the one before it (`01`, `1.5.3`, `2025-01-08` unquoted): the library reads two
 * tokens, a person wrote one value that is not JSON, not a value with a comma missing after it.
 */
function runTogether(text: string, offset: number): JsonSyntaxError | undefined {
  const before = /[^\s,:[\]{}"]+$/.exec(text.slice(0, offset));
  const after = /^[^\s,:[\]{}"]+/.exec(text.slice(offset))?.[0];
  if (!before || !after) return undefined;
  const whole = before[0] + after;
  return {
    offset: before.index,
    message: /^-?0\d+$/.test(whole)
      ? `Unexpected leading zero in \`${whole}\`, expected a number without one (or a string: \`"${whole}"\`)`
      : `Unexpected ${show(whole)}, expected ${VALUE}`,
  };
}

/** The first bad escape or raw control character in a string token (quotes included). */
function badInString(
  token: string,
): { index: number; kind: 'unicode' | 'escape' | 'control'; text: string } | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a raw control character is what is looked for.
  const parts = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})|(\\u)|(\\[\s\S]?)|([\u0000-\u001f])/g;
  for (const m of token.matchAll(parts)) {
    if (m[1]) return { index: m.index, kind: 'unicode', text: m[1] };
    if (m[2]) return { index: m.index, kind: 'escape', text: m[2] };
    if (m[3]) return { index: m.index, kind: 'control', text: m[3] };
  }
  return undefined;
}

/** A token as a message shows it: in backticks, shortened; an invisible character by its code point. */
function show(token: string): string {
  if (token === '\ufeff') return 'byte order mark (BOM)';
  if (/^[\p{C}\p{Z}]$/u.test(token))
    return `character U+${token.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const short = token.length > 30 ? `${token.slice(0, 29)}…` : token;
  return `\`${short.replace(/\n/g, '\\n')}\``;
}

/** True when `JSON.parse` accepts the text. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `JSON.parse`'s own account, for text the library cannot follow (nested thousands deep). */
function fromV8(text: string, message: string): JsonSyntaxError {
  const position = /at position (\d+)/.exec(message)?.[1];
  return {
    offset: position ? Number(position) : /end of JSON input/.test(message) ? text.length : 0,
    message: message.replace(/ in JSON at position \d+.*$/, '').replace(/, (?:\.\.\.)?".*$/s, ''),
  };
}
