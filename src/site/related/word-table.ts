/**
 * @fileoverview Words of many posts, each distinct word stored once. Words are looked up straight from the text
 * they occur in (hash computed while scanning, compared in place), so reading 10,000 posts does not allocate
 * ten million short strings: this is the hot loop of related posts.
 */

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

/** ASCII letters and digits, by char code: this runs once per character of every post. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 123; c++)
  ASCII_WORD[c] = Number((c <= 57 || c >= 97 || (c >= 65 && c <= 90)) && c !== 96);

/** Letters and digits of any script. */
function isWordChar(code: number, text: string, at: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : NON_ASCII_WORD_CHAR.test(text[at]!);
}

const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

export class WordTable {
  /** Word id → the word, lower-cased. */
  readonly words: string[] = [];
  private slots = new Int32Array(1 << 12);
  private hashes: number[] = [];

  /** The id of `text[from..to]` lower-cased (ASCII letters only; callers lower-case other words first). */
  idOf(text: string, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    const length = to - from;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      const word = this.words[id]!;
      if (this.hashes[id] === hash && word.length === length) {
        let j = 0;
        while (j < length && word.charCodeAt(j) === lower(text.charCodeAt(from + j))) j++;
        if (j === length) return id;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(text.slice(from, to).toLowerCase());
    this.hashes.push(hash);
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    });
  }
}

/** FNV-1a over lower-cased char codes, folded to a non-negative int. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ lower(text.charCodeAt(i)), 0x01000193);
  return h >>> 1;
}

/**
 * Calls `emit(id)` with the table's id of each word of `text`, in order. Words are runs of letters and digits;
 * an apostrophe ends a word and what follows it is dropped (`company's` → `company`, `don't` → `don`).
 * At most `limit` words are read, so one huge post cannot dominate the build.
 */
export function scanWords(
  text: string,
  table: WordTable,
  emit: (id: number) => void,
  limit = Number.POSITIVE_INFINITY,
): void {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n && count < limit) {
    let code = text.charCodeAt(i);
    if (code < 128 ? ASCII_WORD[code] === 0 : !NON_ASCII_WORD_CHAR.test(text[i]!)) {
      i++;
      continue;
    }
    const from = i;
    let ascii = true;
    let h = 0x811c9dc5;
    while (i < n) {
      code = text.charCodeAt(i);
      if (code < 128) {
        if (ASCII_WORD[code] === 0) break;
      } else if (NON_ASCII_WORD_CHAR.test(text[i]!)) ascii = false;
      else break;
      h = Math.imul(h ^ lower(code), 0x01000193);
      i++;
    }
    count++;
    if (ascii) emit(table.idOf(text, from, i, h >>> 1));
    else {
      const word = text.slice(from, i).toLowerCase();
      emit(table.idOf(word, 0, word.length, hashOf(word, 0, word.length)));
    }
    if (code === 39 || code === 0x2019) {
      i++;
      while (i < n && isWordChar(text.charCodeAt(i), text, i)) i++;
    }
  }
}
