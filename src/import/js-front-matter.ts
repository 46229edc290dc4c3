/**
 * @fileoverview Eleventy's JavaScript front-matter (`---js`) read as data, never run: top-level
 * `const name = value;` declarations (Eleventy 3) or one object literal (`{ title: "x" }`), whose values are
 * literals only — strings, numbers, booleans, `null`, and arrays and objects of them. Anything else (a
 * function, a call, a variable) is code this does not read, and the reason is thrown.
 */

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** The data of a `---js` block; throws a readable message at the first thing that is not a literal. */
export function readJsData(source: string): Record<string, unknown> {
  const reader = new Reader(source);
  reader.skip();
  if (reader.peek('{')) {
    const data = reader.object();
    reader.skip();
    reader.eat(';');
    reader.skip();
    if (!reader.done()) reader.fail('after the object');
    return data;
  }
  const data: Record<string, unknown> = {};
  while (!reader.done()) {
    if (!reader.word(['const', 'let', 'var'])) reader.fail('where a `const` declaration was expected');
    do {
      reader.skip();
      const name = reader.identifier();
      reader.skip();
      reader.expect('=');
      data[name] = reader.value();
      reader.skip();
    } while (reader.eat(','));
    reader.eat(';');
    reader.skip();
  }
  return data;
}

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.at >= this.text.length;
  }

  peek(s: string): boolean {
    return this.text.startsWith(s, this.at);
  }

  eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.at += s.length;
    return true;
  }

  expect(s: string): void {
    if (!this.eat(s)) this.fail(`where \`${s}\` was expected`);
  }

  fail(where: string): never {
    const found = this.text.slice(this.at).split('\n')[0]!.trim().slice(0, 30);
    throw new Error(`\`${found || 'the end'}\` ${where}: only literal values are read, code is never run`);
  }

  /** Spaces, line ends and comments. */
  skip(): void {
    for (;;) {
      const m = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/.exec(this.text.slice(this.at));
      if (!m) return;
      this.at += m[0].length;
    }
  }

  word(words: string[]): boolean {
    const m = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.at));
    if (!m || !words.includes(m[0])) return false;
    this.at += m[0].length;
    return true;
  }

  identifier(): string {
    const m = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.at));
    if (!m) this.fail('where a name was expected');
    this.at += m[0].length;
    return m[0];
  }

  value(): Value {
    this.skip();
    const rest = this.text.slice(this.at);
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') return this.string(quote);
    if (rest[0] === '[') return this.array();
    if (rest[0] === '{') return this.object();
    const number = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w$])/.exec(rest);
    if (number) {
      this.at += number[0].length;
      return Number(number[0]);
    }
    const keyword = /^(true|false|null)(?![\w$])/.exec(rest);
    if (keyword) {
      this.at += keyword[0].length;
      return keyword[1] === 'null' ? null : keyword[1] === 'true';
    }
    return this.fail('where a value was expected');
  }

  private string(quote: string): string {
    let out = '';
    for (let i = this.at + 1; i < this.text.length; i++) {
      const c = this.text[i]!;
      if (c === quote) {
        this.at = i + 1;
        return out;
      }
      if (quote === '`' && this.text.startsWith('${', i)) break;
      if ((c === '\n' && quote !== '`') || c === '\r') break;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const next = this.text[++i];
      const escapes: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        '0': '\0',
        b: '\b',
        f: '\f',
        v: '\v',
      };
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(i + 1, i + 5))) {
        out += String.fromCharCode(Number.parseInt(this.text.slice(i + 1, i + 5), 16));
        i += 4;
      } else if (next === '\n') {
        // A line continuation.
      } else if (next !== undefined) out += escapes[next] ?? next;
    }
    return this.fail('in a string (a template with `${…}`, or one left open)');
  }

  private array(): Value[] {
    this.expect('[');
    const items: Value[] = [];
    for (;;) {
      this.skip();
      if (this.eat(']')) return items;
      items.push(this.value());
      this.skip();
      if (!this.eat(',')) {
        this.skip();
        this.expect(']');
        return items;
      }
    }
  }

  object(): { [key: string]: Value } {
    this.expect('{');
    // No prototype: a key named `__proto__` is data like any other.
    const out: { [key: string]: Value } = Object.create(null);
    for (;;) {
      this.skip();
      if (this.eat('}')) return { ...out };
      const quote = this.text[this.at];
      const key = quote === '"' || quote === "'" ? this.string(quote) : this.identifier();
      this.skip();
      this.expect(':');
      Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true });
      this.skip();
      if (!this.eat(',')) {
        this.skip();
        this.expect('}');
        return { ...out };
      }
    }
  }
}
