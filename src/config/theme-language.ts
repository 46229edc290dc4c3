/** @fileoverview The warning for a site language the theme has no words for: its pages read English. */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { THEME_LANGUAGES, themeLanguageOf } from '../render/theme-strings.ts';
import { CONFIG_FILE } from './defaults.ts';
import { configKeyLocator, readConfigText } from './load.ts';
import type { SiteConfig } from './schema.ts';

/**
 * A warning at the config's `language` when the theme speaks no language of that tag (`sv`, `zh-TW`): the
 * theme's words stay English, dates and numbers still follow the language. Undefined when it does.
 */
export function themeLanguageWarning(root: string, config: SiteConfig): Diagnostic | undefined {
  if (themeLanguageOf(config.language)) return undefined;
  const at = configKeyLocator(readConfigText(root))(['language']);
  return {
    file: CONFIG_FILE,
    line: at.line,
    column: at.column,
    severity: 'warning',
    ruleId: 'config/theme-language',
    message: `The theme has no words in \`${config.language}\`: its headings, labels and links are in English (dates follow \`${config.language}\`)`,
    hint: `Translate them with \`strings\` in ${CONFIG_FILE} (\`"strings": { "relatedPosts": "…" }\`); the theme speaks ${THEME_LANGUAGES.map((l) => `\`${l}\``).join(', ')}.`,
  };
}
