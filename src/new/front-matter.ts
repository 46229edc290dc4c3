/** @fileoverview Writes a new post's front-matter with the `yaml` library, so any value reads back exactly. */
import { Document, isPair, isScalar, isSeq, Scalar, stringify, visit } from 'yaml';

/** Keys whose values stay plain even where YAML 1.1 would read them as something else (`date: 2024-05-01`). */
const PLAIN_KEYS = new Set(['date', 'updated']);

/**
 * True when a YAML 1.1 reader (Jekyll, PyYAML, older tools) would not read the plain string back as that string:
 * `yes`, `no`, `on`, `1:20`, `2024-05-01`. YAML 1.2 (what `blog` reads) already quotes everything else it must.
 */
function ambiguousInYaml11(value: string): boolean {
  return /^["']/.test(stringify(value, { version: '1.1' }));
}

/** The `---`-fenced front-matter block for `data`, keys in the order given, tags as a flow list. */
export function writeFrontMatter(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(key, node, path) {
      if (key !== 'value' && key !== null && typeof key !== 'number') return;
      if (typeof node.value !== 'string') return;
      const parent = path.at(-1);
      if (
        path.length === 3 &&
        isPair(parent) &&
        isScalar(parent.key) &&
        PLAIN_KEYS.has(String(parent.key.value))
      )
        return;
      if (ambiguousInYaml11(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  for (const key of ['tags', 'author']) {
    const node = doc.get(key, true);
    if (isSeq(node) && node.items.every(isScalar)) node.flow = true;
  }
  // lineWidth 0: a long title stays on one line instead of being folded.
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
