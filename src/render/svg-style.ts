/**
 * @fileoverview The CSS of a `<style>` inside an inline `<svg>` (v8.dev's charts style their labels by class), cut
 * down to plain rules that style that drawing alone: each selector is put under a selector for that drawing, and only
 * declarations that neither load, run, nor hide what they say behind escapes are kept.
 *
 * Parsed with postcss, which sanitize-html already depends on (it parses `style` attributes with it): a real
 * parser, so a brace inside a string or a comment cannot end a rule early.
 */
import { createRequire } from 'node:module';
import type { AtRule, ChildNode, Declaration, Root, Rule } from 'postcss';

const require = createRequire(import.meta.url);
/** Loaded on the first drawing with a `<style>`: most posts have none. */
let parse: ((css: string) => Root) | undefined;

/**
 * Characters never written out: `<` and `&` because inside `<svg>` a browser reads a `<style>`'s text as markup
 * (`<img onerror>` in a CSS string would break out of the drawing), `\` because escapes hide names
 * (`u\72l(`), and `@`, braces and `;` where a selector or value could smuggle in another rule.
 */
const NEVER = /[<&\\@{};]|\/\*/;
/** A selector of tags, classes, ids, attributes and pseudo-classes; no escapes, strings checked by NEVER above. */
const SELECTOR = /^[\w\s.#:>+~*,()[\]="'^$|-]+$/;
/** Values that load or run something: `url()` is checked on its own (a `#fragment` is kept). */
const LOADS = /expression\s*\(|javascript:|image-set\s*\(|image\s*\(|src\s*\(|element\s*\(|cross-fade\s*\(/i;
/** `url(…)` naming anything but a part of the page (`url(#arrow)`). */
const OUTSIDE_URL = /url\(\s*(?!['"]?\s*#)/i;
/** Property names that bind behaviour (IE's `behavior`, Firefox's `-moz-binding`). */
const RUNS = /behavior|binding/i;
/** Only at-rules that hold more rules for the same drawing: `@media (prefers-color-scheme: dark)` and the like. */
const NESTING_AT_RULES = new Set(['media']);

/**
 * The rules of `css` that style only what is inside the element `scope` selects (`svg[data-svg-style="…"]`), never
 * that element itself (a drawing made `position: fixed` would cover the page), as CSS text; rules that would reach
 * outside it, load anything or run anything are left out whole.
 */
export function scopedSvgCss(css: string, scope: string): string {
  parse ??= (require('postcss') as typeof import('postcss')).parse;
  let root: Root;
  try {
    root = parse(css);
  } catch {
    return ''; // Not CSS a browser would read the same way: nothing of it is kept.
  }
  return rules(root.nodes, scope).join('');
}

function rules(nodes: readonly ChildNode[], prefix: string): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'rule') {
      const kept = rule(node, prefix);
      if (kept) out.push(kept);
    } else if (node.type === 'atrule') {
      const kept = atRule(node, prefix);
      if (kept) out.push(kept);
    }
    // Comments go; @import, @font-face, @keyframes, @namespace and every other at-rule too.
  }
  return out;
}

function atRule(node: AtRule, prefix: string): string | undefined {
  if (!NESTING_AT_RULES.has(node.name.toLowerCase()) || !node.nodes) return undefined;
  if (NEVER.test(node.params) || !/^[\w\s():,.-]*$/.test(node.params) || /url\s*\(/i.test(node.params))
    return undefined;
  const inner = rules(node.nodes, prefix);
  return inner.length ? `@media ${node.params.trim()}{${inner.join('')}}` : undefined;
}

function rule(node: Rule, prefix: string): string | undefined {
  // `svg .l` (the drawing, then what is in it) is read as `.l`, and `svg > g` as `> g`: both inside the drawing.
  const selectors = node.selectors.map((s) => s.trim().replace(/^svg(?:\s+(?![+~])|\s*(?=>))/i, ''));
  // One selector that could match outside the drawing (`~ p`, `+ div`: beside it), or the drawing itself (`svg`),
  // drops the rule, as a browser drops a rule with one selector it cannot read.
  if (selectors.some((s) => !s || NEVER.test(s) || !SELECTOR.test(s) || /^[+~]|^svg$/i.test(s)))
    return undefined;
  const declarations = node.nodes.filter((n): n is Declaration => n.type === 'decl').filter(safe);
  if (declarations.length === 0) return undefined;
  const body = declarations
    .map((d) => `${d.prop.toLowerCase()}:${d.value.trim()}${d.important ? '!important' : ''}`)
    .join(';');
  return `${selectors.map((s) => `${prefix} ${s}`).join(',')}{${body}}`;
}

function safe(d: Declaration): boolean {
  if (!/^[a-z][a-z-]*$/i.test(d.prop) || RUNS.test(d.prop)) return false;
  return !NEVER.test(d.value) && !LOADS.test(d.value) && !OUTSIDE_URL.test(d.value);
}
