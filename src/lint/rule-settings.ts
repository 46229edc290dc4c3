/** @fileoverview Rule settings from `--rule` flags, checked against the rules that exist (`lint.rules` is checked with the config). */
import { ESSENTIAL_RULE_IDS as ESSENTIAL, RULE_IDS } from '../config/rule-ids.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { suggest } from '../util/suggest.ts';
import type { RuleSettings } from './lint-blog.ts';

/** `--rule body/no-h1=off --rule blog/tag-typo=error` → settings, or a usage error naming the bad one. */
export function parseRuleFlags(flags: readonly string[]): RuleSettings {
  const settings: RuleSettings = {};
  for (const flag of flags) {
    const m = /^([^=]+)=(off|warn|error)$/.exec(flag.trim());
    if (!m) {
      throw new BlogError('USAGE', `Unexpected --rule \`${flag}\`, expected \`rule-id=off|warn|error\`.`, {
        hint: 'For example `--rule body/no-h1=off`.',
      });
    }
    const [, id, setting] = m;
    if (!RULE_IDS.includes(id!)) {
      const guess = suggest(id!, RULE_IDS, 4);
      throw new BlogError('USAGE', `Unknown rule \`${id}\` in --rule.`, {
        hint: guess ? `Did you mean \`${guess}\`?` : 'The rules are listed in the README under `blog lint`.',
      });
    }
    if (ESSENTIAL.includes(id!) && setting !== 'error')
      throw new BlogError('USAGE', `Rule \`${id}\` cannot be turned ${setting}: the build needs it.`);
    settings[id!] = setting as 'off' | 'warn' | 'error';
  }
  return settings;
}
