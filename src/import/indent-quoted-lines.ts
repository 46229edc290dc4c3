/**
 * @fileoverview Indents the continuation lines of a quoted value written from the left margin, which the
 * YAML parsers of Jekyll, Hugo and Eleventy (libyaml, go-yaml, js-yaml) read and YAML 1.2 refuses.
 */

export interface IndentedQuotes {
  /** The front-matter with those lines indented; as many lines as before, so every line number holds. */
  source: string;
  /** The keys whose values were indented, in the order written. */
  keys: string[];
}

// `key: "…` or `key: '…` opening a value; the key may be indented (a nested map).
const QUOTED_VALUE = /^([ \t]*)([^\s#'"-][^:]*?):[ \t]+(["'])/;

/**
 * Finds each quoted value that runs over several lines (`excerpt: "You can't learn\nagile from a book"`, 18F's
 * posts) and indents its continuation lines below the key's column. Returns undefined when there is none.
 */
export function indentQuotedLines(source: string): IndentedQuotes | undefined {
  const lines = source.split('\n');
  const keys: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = QUOTED_VALUE.exec(lines[i]!);
    if (!m) continue;
    const [opening, indent, key, quote] = m as unknown as [string, string, string, '"' | "'"];
    const end = closingLine(lines, i, opening.length, quote);
    if (end === undefined) return undefined;
    let moved = false;
    for (let j = i + 1; j <= end; j++) {
      const line = lines[j]!;
      if (line.trim() === '' || /^[ \t]*/.exec(line)![0].length > indent.length) continue;
      lines[j] = `${indent}  ${line.trimStart()}`;
      moved = true;
    }
    if (moved) keys.push(key.trim());
    i = end;
  }
  return keys.length ? { source: lines.join('\n'), keys } : undefined;
}

/** The line holding the quote that closes the value opened at `lines[start]`, column `from`. */
function closingLine(lines: string[], start: number, from: number, quote: '"' | "'"): number | undefined {
  for (let j = start; j < lines.length; j++) {
    const line = lines[j]!;
    for (let k = j === start ? from : 0; k < line.length; k++) {
      const c = line[k];
      if (quote === '"' && c === '\\') k++;
      else if (c === quote) {
        // `''` inside single quotes is one quote, not the end.
        if (quote === "'" && line[k + 1] === "'") k++;
        else return j;
      }
    }
  }
  return undefined;
}
