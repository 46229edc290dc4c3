/** @fileoverview Keys written twice in one JSON object: JSON.parse keeps the last without a word. */
import { visit } from 'jsonc-parser';

export interface DuplicateKey {
  /** The key's path (`nav.1.url`), its own name last. */
  path: string[];
  /** Where the later one starts (its opening quote), and where the first one did. */
  offset: number;
  firstOffset: number;
}

interface Frame {
  path: string[];
  /** An object's keys and where each was first written; undefined for an array. */
  keys: Map<string, number> | undefined;
  /** An object's key whose value comes next; an array's count of items so far. */
  key: string;
  items: number;
}

/** Every key that repeats one before it in the same object, in the order written. */
export function findDuplicateKeys(source: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const frames: Frame[] = [];
  /** The path of the value starting now, inside the innermost open object or array. */
  const childPath = (): string[] => {
    const parent = frames.at(-1);
    if (!parent) return [];
    return [...parent.path, parent.keys ? parent.key : String(parent.items++)];
  };
  const open = (isObject: boolean) => {
    frames.push({ path: childPath(), keys: isObject ? new Map() : undefined, key: '', items: 0 });
  };
  visit(source, {
    onObjectBegin: () => open(true),
    onArrayBegin: () => open(false),
    onObjectEnd: () => {
      frames.pop();
    },
    onArrayEnd: () => {
      frames.pop();
    },
    onLiteralValue: () => {
      childPath();
    },
    onObjectProperty: (key, offset) => {
      const frame = frames.at(-1)!;
      const first = frame.keys!.get(key);
      if (first === undefined) frame.keys!.set(key, offset);
      else found.push({ path: [...frame.path, key], offset, firstOffset: first });
      frame.key = key;
    },
  });
  return found;
}
