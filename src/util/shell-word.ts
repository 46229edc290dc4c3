/** @fileoverview A path spelt as one word for the shell a user pastes a suggested command into. */

/**
 * The path as one word for the shell the user pastes it into: `cd my blog` would fail. Double quotes also work
 * in PowerShell and cmd; single quotes only when the path holds what double quotes would expand (`$`, `` ` ``).
 */
export function shellWord(given: string): string {
  // `cd -x` is read as an option, and `cd -` goes back: a name starting with `-` is spelt `./-x`.
  const path = given.startsWith('-') ? `./${given}` : given;
  if (/^[\w@%+=:,./-]+$/.test(path)) return path;
  if (!/["$`!]/.test(path)) return `"${path}"`;
  return `'${path.replace(/'/g, `'\\''`)}'`;
}
