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

// `key: [` or `key: {` opening a flow collection on the key's line, or `key:` alone with the `[` below it.
const FLOW_KEY = /^([ \t]*)([^\s#'"-][^:]*?):[ \t]*(?=[[{]|$)/;

/**
 * Finds each flow collection that runs over several lines (`categories:\n  [\n    css,\n\tsvg,\n  ]`,
 * artsy.github.io's posts) and, on its lines after the first, replaces a leading tab or an indentation not
 * below the key's column with spaces below it: libyaml and js-yaml read such lines, YAML 1.2 refuses them.
 * Returns undefined when there is none to move.
 */
export function indentFlowLines(source: string): IndentedQuotes | undefined {
  const lines = source.split('\n');
  const keys: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FLOW_KEY.exec(lines[i]!);
    if (!m) continue;
    const [opening, indent, key] = m as unknown as [string, string, string];
    let start = i;
    let from = opening.length;
    if (from === lines[i]!.length) {
      // The collection may open on the next line that holds anything.
      let next = i + 1;
      while (next < lines.length && lines[next]!.trim() === '') next++;
      const at = next < lines.length ? /^[ \t]*(?=[[{])/.exec(lines[next]!) : null;
      if (!at) continue;
      start = next;
      from = at[0].length;
    }
    const end = flowEnd(lines, start, from);
    if (end === undefined) return undefined;
    let moved = false;
    for (let j = start + 1; j <= end; j++) {
      const line = lines[j]!;
      const lead = /^[ \t]*/.exec(line)![0];
      if (line.trim() === '' || (!lead.includes('\t') && lead.length > indent.length)) continue;
      lines[j] = `${indent.replace(/\t/g, ' ')}  ${line.slice(lead.length)}`;
      moved = true;
    }
    if (moved) keys.push(key.trim());
    i = end;
  }
  return keys.length ? { source: lines.join('\n'), keys } : undefined;
}

/** The line holding the bracket that closes the flow collection opened at `lines[start]`, column `from`. */
function flowEnd(lines: string[], start: number, from: number): number | undefined {
  let depth = 0;
  for (let j = start; j < lines.length; j++) {
    const line = lines[j]!;
    for (let k = j === start ? from : 0; k < line.length; k++) {
      const c = line[k]!;
      if (c === '"' || c === "'") {
        // A quoted scalar on one line; one that goes on is left to the parser.
        const close =
          c === '"' ? /^(?:[^"\\]|\\.)*"/.exec(line.slice(k + 1)) : /^(?:[^']|'')*'/.exec(line.slice(k + 1));
        if (!close) return undefined;
        k += close[0].length;
      } else if (c === '#' && (k === 0 || /\s/.test(line[k - 1]!))) break;
      else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        depth--;
        if (depth === 0) return j;
      }
    }
  }
  return undefined;
}
