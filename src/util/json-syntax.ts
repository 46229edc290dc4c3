/**
 * @fileoverview Where and why text is not JSON, for a message a person can act on. `JSON.parse` says why in
 * words that change with the Node version, and often not where (`Unexpected token '}', "…" is not valid
 * JSON` carries no position on Node 20); this walks the grammar once to find the first offending character.
 */

export interface JsonSyntaxError {
  /** 0-based offset of the first character that cannot be JSON there (the text's length at its end). */
  offset: number;
  message: string;
}

const VALUE = 'a value (`"text"`, a number, `true`, `false`, `null`, `{` or `[`)';

/** The first syntax error in `text`, or undefined when `JSON.parse` would accept it. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  // The `{` and `[` still open, innermost last: a list, not the call stack, so that a deeply nested file
  // gets an answer, not a stack overflow.
  const open: ('{' | '[')[] = [];
  const fail = (message: string, offset = at): JsonSyntaxError => ({ offset, message });
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const unexpected = (expected: string): JsonSyntaxError => {
    if (at >= text.length) return fail(`Unexpected end of the file, expected ${expected}`);
    if (text.startsWith('//', at) || text.startsWith('/*', at))
      return fail(`Unexpected comment, expected ${expected}: JSON has no comments`);
    if (text[at] === '\ufeff') return fail(`Unexpected byte order mark (BOM), expected ${expected}`);
    const ahead = text.slice(at, at + 40);
    const token =
      /^"[^"\n]*"?|^[\p{L}\p{N}_$'.+-]+/u.exec(ahead)?.[0] ?? String.fromCodePoint(ahead.codePointAt(0)!);
    return fail(`Unexpected \`${token}\`, expected ${expected}`);
  };

  /** Reads a string at `at` (on its `"`); returns an error, or undefined with `at` past the closing quote. */
  const readString = (): JsonSyntaxError | undefined => {
    const start = at;
    at++;
    while (at < text.length) {
      const c = text[at]!;
      if (c === '"') {
        at++;
        return undefined;
      }
      if (c === '\\') {
        const escaped = text[at + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
            return fail('Unexpected `\\u` escape, expected four hex digits (`\\u00e9`)');
          at += 6;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at += 2;
        else
          return fail(
            `Unexpected escape \`\\${escaped ?? ''}\`, expected \`\\"\`, \`\\\\\`, \`\\n\` or another JSON escape`,
          );
        continue;
      }
      if (c === '\n' || c === '\r')
        return fail('Unexpected end of the line in a string, expected a closing `"`', start);
      if (c < ' ')
        return fail('Unexpected control character in a string, expected it written as an escape (`\\t`)');
      at++;
    }
    return fail('Unexpected end of the file in a string, expected a closing `"`', start);
  };

  /** Reads a string, number, `true`, `false` or `null`; returns an error, or undefined with `at` past it. */
  const readScalar = (): JsonSyntaxError | undefined => {
    if (text[at] === '"') return readString();
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400))?.[0];
    if (number) {
      at += number.length;
      return undefined;
    }
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, at)) {
        at += word.length;
        return undefined;
      }
    return unexpected(VALUE);
  };

  let expect: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    if (expect === 'value') {
      const c = text[at];
      if (c === '{' || c === '[') {
        open.push(c);
        at++;
        skipSpace();
        if (text[at] === closeOf(c)) {
          open.pop();
          at++;
          expect = 'after';
        } else expect = c === '{' ? 'key' : 'value';
        continue;
      }
      const error = readScalar();
      if (error) return error;
      expect = 'after';
      continue;
    }
    if (expect === 'key') {
      if (text[at] !== '"') return unexpected('a key in double quotes (`"title"`)');
      const error = readString();
      if (error) return error;
      skipSpace();
      if (text[at] !== ':') return unexpected('`:` after the key');
      at++;
      expect = 'value';
      continue;
    }
    const inner = open.at(-1);
    if (!inner) return at < text.length ? unexpected('the end of the file after the JSON value') : undefined;
    const close = closeOf(inner);
    if (text[at] === close) {
      open.pop();
      at++;
      continue;
    }
    if (text[at] !== ',') return unexpected(`\`,\` or \`${close}\``);
    const comma = at;
    at++;
    skipSpace();
    if (text[at] === close)
      return fail(`Unexpected \`,\` before \`${close}\`: JSON allows no comma after the last item`, comma);
    expect = inner === '{' ? 'key' : 'value';
  }
}

function closeOf(open: '{' | '['): '}' | ']' {
  return open === '{' ? '}' : ']';
}
