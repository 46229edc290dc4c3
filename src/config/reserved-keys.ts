/**
 * @fileoverview Where the parsed config holds a `__proto__` key. JSON.parse keeps one as an own key, but zod
 * skips it in a map (`lint.rules`, `redirects`, `authors`) so that it cannot become the result's prototype: left
 * there, `"lint": { "rules": { "__proto__": "off" } }` was accepted without a word.
 */

/** The path of every own `__proto__` key in `raw`, found without recursion (a config may nest deep). */
export function findProtoKeys(raw: unknown): string[][] {
  const found: string[][] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value: raw, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Object.hasOwn(value, '__proto__')) found.push([...path, '__proto__']);
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
  }
  return found.sort((a, b) => a.join('\0').localeCompare(b.join('\0')));
}
