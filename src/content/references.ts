/**
 * @fileoverview The broken-reference policy: which rules check what a post points at (its `image`, body images,
 * links to posts and to files) and how severe a broken one is. Where a reference points is
 * `resolve-reference.ts`'s answer.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * The rules whose findings are broken references. `build/image` is the build's alone: a post's image that is
 * there but is no image the site can show (a text file named `photo.png`), found when the build opens it.
 */
export const REFERENCE_RULES: ReadonlySet<string> = new Set([
  'frontmatter/image',
  'body/missing-image',
  'body/broken-link',
  'build/image',
]);

/**
 * Where the policy applies: `lint` reports a broken reference as an error; a plain `build` publishes the site
 * and counts it as a warning (a migrated blog builds before every image is copied); `strict` (`blog build
 * --strict`, the CI gate) stops on it as lint does.
 */
export type ReferenceMode = 'lint' | 'build' | 'strict';

export function isBrokenReference(d: Pick<Diagnostic, 'ruleId'>): boolean {
  return d.ruleId !== null && REFERENCE_RULES.has(d.ruleId);
}

/** The diagnostics as the mode reports them: in a plain build, broken references are warnings. */
export function applyReferencePolicy(diagnostics: Diagnostic[], mode: ReferenceMode): Diagnostic[] {
  if (mode !== 'build') return diagnostics;
  return diagnostics.map((d) =>
    d.severity === 'error' && isBrokenReference(d) ? { ...d, severity: 'warning' } : d,
  );
}
