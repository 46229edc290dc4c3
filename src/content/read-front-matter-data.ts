/**
 * @fileoverview The fast way to read front-matter data: gray-matter with js-yaml's core schema, about eight
 * times faster than building the position-keeping YAML document (`frontmatter.ts`), which is then built only
 * when a rule needs a position or when this path declines.
 */
import matter from 'gray-matter';
import jsYaml from 'js-yaml';

/**
 * Front-matter where js-yaml (YAML 1.1 habits) could read a value differently from the YAML 1.2 core schema
 * the rest of `blog` uses, or that needs the careful reader's guards: tabs, anchors, aliases and tags, merge
 * keys, complex keys, document markers, and number-like scalars with `_`, `:`, a leading zero, a base prefix or a leading dot
 * (`1_000`, `12:30`, `017`, `0b1`, `0o7`, `-.5`). Those take the careful path; the rest read the same either way
 * (test/content/front-matter-fast-path.test.ts compares both on every shape we know).
 */
const CAREFUL = new RegExp(
  [
    '\\t|__proto__|(?<![\\s\\S]) ',
    // anchors, aliases, tags, flow maps and key indicators, where a value starts
    '(?:^|[\\s[{,])[&*!{?]',
    // a quoted scalar that goes on to the next line
    `(?:^|[-:[,])[ \\t]*(?:"(?:[^"\\\\\\n]|\\\\.)*|'(?:[^'\\n]|'')*)$`,
    // complex keys, directives, document markers; null keys (`~: x`, `: x`), which 1.2 reads as ""
    '^\\s*[?[{%]|^(?:---|\\.\\.\\.)|^[ \\t]*(?:- +)?(?:null|Null|NULL|~)?[ \\t]*:(?:\\s|$)',
    // number-like scalars: a base prefix or leading zero, a leading dot, `_` or `:` among the digits
    '(?:^|[\\s[{,:])[-+]?(?:0[0-9a-zA-Z_]|\\.[0-9_]|[0-9.][^\\s,\\]}]*[_:])',
    // text after a closing quote (`"a"b`, `"a"::`) but a key's `: `; an empty flow entry (`[, a]`)
    `(?:^|[-:[,][ \\t]*)(?:"(?:[^"\\\\\\n]|\\\\.)*"|'(?:[^'\\n]|'')*'(?!'))[ \\t]*(?!:(?:\\s|$))[^\\s,\\]}#]|[[,][ \\t]*,`,
    // a sequence inside a sequence's item (`- - a`)
    '^[ \\t]*-[ \\t]+-(?:[ \\t]|$)',
    // a sequence at the left margin (`key:` then `- a`): js-yaml forgives uneven indents there, YAML 1.2 does not
    '^-(?:[ \\t]|$)',
    // a `:` or `[` inside a flow sequence (`[:]`, `[a: b]`, `[[a]]`), or text after one (`[a]b`)
    '\\[[^\\]\\n]*[:[]|\\][ \\t]*[^\\s,\\]}#]',
    // a merge key (`<<: hello`): js-yaml reads a key named `<<`, the careful reader merges or says why not
    '(?:^|[\\s{,])<<[ \\t]*:',
  ].join('|'),
  'm',
);

const OPTIONS = {
  engines: {
    yaml: (source: string): object => jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA }) as object,
  },
};

/**
 * The data of a front-matter block, or undefined when it should be read the careful way (see CAREFUL) or
 * does not parse (the careful reader then says where and why).
 * @param source the YAML between the `---` lines, as `split-front-matter.ts` found it
 */
export function readFrontMatterData(source: string): unknown {
  if (CAREFUL.test(source)) return undefined;
  try {
    // gray-matter reads the block it is given; the split (BOM, CRLF, `----`, unclosed blocks) is ours.
    return matter(`---\n${source}\n---\n`, OPTIONS).data;
  } catch {
    return undefined;
  }
}
