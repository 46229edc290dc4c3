/** @fileoverview Rule settings from `--rule` flags and `lint.rules`, checked against the rules that exist. */
import type { SiteConfig } from '../config/schema.ts';
import { rules, syntaxRule } from '../content/rules/index.ts';
import { BlogError } from '../diagnostics/blog-error.ts';
import { suggest } from '../util/suggest.ts';
import type { RuleSettings } from './lint-blog.ts';

const RULE_IDS = [syntaxRule, ...rules].map((r) => r.id);
const ESSENTIAL = [syntaxRule.id, ...rules.filter((r) => r.meta.essential).map((r) => r.id)];

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

/** `lint.rules` in the config: every id must be a rule, and the essential ones stay errors. */
export function checkConfiguredRules(settings: SiteConfig['lint']['rules']): void {
  for (const [id, setting] of Object.entries(settings)) {
    if (ESSENTIAL.includes(id) && setting !== 'error')
      throw new BlogError(
        'CONFIG_INVALID',
        `Rule \`${id}\` in \`lint.rules\` cannot be turned ${setting}: the build needs it.`,
      );
    if (RULE_IDS.includes(id)) continue;
    const guess = suggest(id, RULE_IDS, 4);
    throw new BlogError('CONFIG_INVALID', `Unknown rule \`${id}\` in \`lint.rules\` of blog.config.json.`, {
      hint: guess ? `Did you mean \`${guess}\`?` : 'The rules are listed in the README under `blog lint`.',
    });
  }
}
