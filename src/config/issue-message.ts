/**
 * @fileoverview zod's issues said in our words, in one place: `postsPerPage` "must be a whole number, got the
 * string "ten"" rather than "Invalid input: expected number, received string". Messages a schema wrote itself
 * (refinements, `error:`) are not zod's and are kept as written.
 */

/** What zod says of a value, as far as these messages read it (its `invalid_union` keeps each option's issues). */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
  errors?: SchemaIssue[][];
  maximum?: unknown;
  minimum?: unknown;
  inclusive?: boolean;
  origin?: string;
  values?: unknown[];
  divisor?: unknown;
  /** Set by `explainUnion`: every type a union's options take (`authors`: a list or an object). */
  expectedAny?: string[];
  /** Set by `explainUnion`: the types a union takes besides the words of `values` (`socialCards`: true or false). */
  alsoTypes?: string[];
}

const TYPE_NOUN: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** `the string "ten"`, `1.5`, `a list`: the value as the writer would recognise it. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return value === '' ? 'an empty string' : `the string ${JSON.stringify(shown)}`;
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** `"a" or "b"`, `"a", "b" or "c"`. */
function orList(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/**
 * What is wrong with `value`, to follow the key's name (`must be at most 1000, got 1001`); undefined when the
 * issue's message is the schema's own and should be shown as it is.
 * `wholeNumber`: the key takes integers only, which zod's "expected number" for a string does not say.
 */
export function describeIssue(issue: SchemaIssue, value: unknown, wholeNumber: boolean): string | undefined {
  // A message the schema gave (a refinement's, an `error:`) says it better than any of these.
  if (!/^(Invalid input|Invalid option|Too small|Too big|Invalid number)/.test(issue.message))
    return undefined;
  const got = `, got ${describeValue(value)}`;
  const noun = (type: string) => TYPE_NOUN[type === 'number' && wholeNumber ? 'int' : type] ?? `a ${type}`;
  switch (issue.code) {
    case 'invalid_type': {
      const types = issue.expectedAny ?? [issue.expected ?? ''];
      const expected = orList([...new Set(types.map(noun))]);
      return value === undefined ? `is missing, expected ${expected}` : `must be ${expected}${got}`;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string' && small && bound === 1) return 'must not be empty';
      const unit =
        issue.origin === 'string'
          ? ` character${bound === 1 ? '' : 's'}`
          : issue.origin === 'array'
            ? ` item${bound === 1 ? '' : 's'}`
            : '';
      const counted = issue.origin === 'string' || issue.origin === 'array';
      const shown = counted ? `, got ${(value as { length: number }).length}` : got;
      const limit =
        issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
      return `must ${counted ? 'have' : 'be'} ${limit} ${bound}${unit}${shown}`;
    }
    case 'invalid_value': {
      const words = (issue.values ?? []).map((v) => JSON.stringify(v));
      const also = issue.alsoTypes?.length ? `, or ${orList(issue.alsoTypes.map(noun))}` : '';
      return `must be ${words.length > 1 ? 'one of ' : ''}${orList(words)}${also}${got}`;
    }
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}${got}`;
    default:
      return undefined;
  }
}
