/**
 * @fileoverview The old site's settings against this blog's config: applied when the config is still the one
 * `blog init` wrote (nobody's choices are lost), otherwise listed for a person with the JSON to set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CONFIG_FILE } from '../config/defaults.ts';
import { parseConfig } from '../config/load.ts';
import { configSchema, type SiteConfig } from '../config/schema.ts';
import { writeAtomic } from '../output/write-atomic.ts';
import type { OldSetting } from './site-settings.ts';
import type { ImportPlan, Note } from './types.ts';

export interface SettingsPlan {
  /** The config to plan the import with: the new one when settings are applied (its time zone reads dates). */
  config: SiteConfig;
  /** The config file's new text, when it changes. */
  text?: string;
  changed: Note[];
  left: Note[];
  /** `config.toml:4`, when the old site's time zone was applied. */
  timeZoneFrom?: string;
  /** Why, when that zone is what the generator does without one (`no \`timeZone\` in config.yaml, so Hugo read dates without an offset in UTC`). */
  timeZoneImplied?: string;
}

/** Keys whose starter values describe the sample company, not the imported blog. */
const STARTER_KEYS = ['title', 'tagline', 'description', 'baseUrl', 'authors', 'nav', 'cta'];

const json = (value: unknown) => inline(value);

/** `[{ "name": "x" }]`: the starter's own one-line style. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

/** A list of several profiles one to a line (an imported author map may hold dozens), anything else on one. */
function configText(value: unknown): string {
  if (Array.isArray(value) && value.length > 1 && value.some((v) => v && typeof v === 'object'))
    return `[\n${value.map((v) => `    ${inline(v)}`).join(',\n')}\n  ]`;
  return inline(value);
}

/**
 * What the report says was set: the value, or for an author map each key with its name (the profiles'
 * other fields are in the config), and which one now stands for the posts that name no author.
 */
function setText(key: string, value: unknown): string {
  const keyed = Array.isArray(value) ? value.filter((v) => v && typeof v === 'object' && 'key' in v) : [];
  if (key !== 'authors' || keyed.length < 2) return json(value);
  const list = value as { key?: string; name: string }[];
  const shown = list.slice(0, 10).map((a) => (a.key ? `${a.key} → ${a.name}` : a.name));
  const more = list.length > 10 ? `, and ${list.length - 10} more` : '';
  return `${list.length} profiles by key (${shown.join(', ')}${more}); posts that name no author are by ${list[0]!.name}`;
}

/** The 1-based line of a top-level key in the config text, 1 when it is not there. */
function lineOfKey(text: string, key: string): number {
  const at = text.search(new RegExp(`^\\s*"${key}"\\s*:`, 'm'));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** The text with top-level keys set: each one-line `"key": …` replaced in place, else the whole file rewritten. */
export function setConfigKeys(text: string, values: Record<string, unknown>): string {
  const want = { ...(JSON.parse(text) as Record<string, unknown>), ...values };
  let out = text;
  for (const [key, value] of Object.entries(values)) {
    const line = new RegExp(`^(  "${key}": ).*?(,?)$`, 'm');
    out = line.test(out) ? out.replace(line, (_, head, comma) => `${head}${configText(value)}${comma}`) : '';
    if (!out) break;
  }
  try {
    if (out && isDeepStrictEqual(JSON.parse(out), want)) return out;
  } catch {
    // A key over several lines: written whole below.
  }
  return `${JSON.stringify(want, null, 2)}\n`;
}

/**
 * What to do with each old setting. `source` is the blog's config text, `starter` the text `blog init` writes:
 * only a config still equal to it byte for byte is changed.
 */
export function planSiteSettings(
  settings: readonly OldSetting[],
  current: { config: SiteConfig; source: string },
  starter: string,
): SettingsPlan {
  const untouched = current.source === starter;
  const changed: Note[] = [];
  const left: Note[] = [];
  const values: Record<string, unknown> = {};
  const applied: OldSetting[] = [];
  const at = (key: string) => ({ file: CONFIG_FILE, line: lineOfKey(current.source, key) });
  for (const s of settings) {
    const where = `${s.file}:${s.line}`;
    if ('problem' in s.checked) {
      left.push({
        ...at(s.key),
        message: `"${s.key}" not set from the old site's \`${s.from}\` \`${s.raw}\` (${where}): ${s.checked.problem}`,
      });
      continue;
    }
    const value = s.checked.value;
    const parsed = configSchema.shape[s.key].parse(value);
    if (isDeepStrictEqual(parsed, current.config[s.key])) continue;
    if (untouched) {
      values[s.key] = value;
      applied.push(s);
    } else
      left.push({
        ...at(s.key),
        message: `${s.implied ? `${s.implied};` : `the old site's \`${s.from}\` (${where})`} not applied (this config was edited after \`blog init\`); to use it, set "${s.key}": ${json(value)}`,
      });
  }
  let config = current.config;
  let text: string | undefined;
  if (applied.length) {
    text = setConfigKeys(current.source, values);
    config = parseConfig(text, CONFIG_FILE);
    for (const s of applied)
      changed.push({
        file: s.file,
        line: s.line,
        message: `${s.implied ?? `\`${s.from}\``} → ${CONFIG_FILE}: "${s.key}": ${setText(s.key, values[s.key])}`,
      });
  }
  if (untouched) {
    const starterConfig = JSON.parse(starter) as Record<string, unknown>;
    const still = STARTER_KEYS.filter((k) => !(k in values) && k in starterConfig);
    if (still.length)
      left.push({
        file: CONFIG_FILE,
        line: 1,
        message: `still the starter's sample company: ${still.map((k) => `"${k}"`).join(', ')}; set this blog's own (\`"cta": null\` shows no call to action)`,
      });
  }
  const zone = applied.find((s) => s.key === 'timeZone');
  return {
    config,
    ...(text !== undefined && { text }),
    changed,
    left,
    ...(zone && { timeZoneFrom: `${zone.file}:${zone.line}` }),
    ...(zone?.implied && { timeZoneImplied: zone.implied }),
  };
}

/** The settings' notes and the sample posts' beside the posts', and the dates note told where its zone came from. */
export function withSettings(
  plan: ImportPlan,
  settings: SettingsPlan | undefined,
  samples: Note[],
): ImportPlan {
  const { dayShifts } = plan;
  const from = settings?.timeZoneFrom;
  const implied = settings?.timeZoneImplied;
  return {
    ...plan,
    changed: [...(settings?.changed ?? []), ...plan.changed],
    left: [...(settings?.left ?? []), ...samples, ...plan.left],
    ...(dayShifts &&
      from && {
        dayShifts: { ...dayShifts, timeZoneFrom: from, ...(implied && { timeZoneImplied: implied }) },
      }),
  };
}

/**
 * Writes the new config in one atomic replace, only over the text it was planned from: a config edited while
 * importing is the user's, and then the report takes back what it said was changed.
 */
export function writeSiteSettings(
  plan: ImportPlan,
  settings: SettingsPlan,
  blogRoot: string,
  plannedFrom: string,
): ImportPlan {
  if (settings.text === undefined) return plan;
  const at = join(blogRoot, CONFIG_FILE);
  if (readFileSync(at, 'utf8') === plannedFrom) {
    writeAtomic(at, settings.text, { durable: true });
    return plan;
  }
  return {
    ...plan,
    changed: plan.changed.filter((n) => !settings.changed.includes(n)),
    skipped: [
      ...plan.skipped,
      { file: CONFIG_FILE, line: 1, message: 'changed while importing, not overwritten' },
    ],
  };
}
