/**
 * @fileoverview An old site's setting made into this blog's config value (`zh-cn` → `zh-CN`, `url` + `baseurl` →
 * `baseUrl`), or the reason it cannot be: checked against the config schema, so what is applied always loads.
 */
import { configSchema } from '../config/schema.ts';

export type SettingKey =
  | 'title'
  | 'tagline'
  | 'description'
  | 'baseUrl'
  | 'language'
  | 'timeZone'
  | 'authors';

export type Checked = { value: unknown } | { problem: string };

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** `zh-cn` → `zh-CN`, `en_US` → `en-US`; `cn` (a country, not a language) has no name and is refused. */
export function languageTag(raw: string): Checked {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(raw.trim().replace(/_/g, '-'))[0];
  } catch {
    // Not even the shape of a tag.
  }
  if (!tag) return { problem: `\`${raw}\` is not a BCP 47 language tag` };
  const primary = new Intl.Locale(tag).language;
  if (languageNames.of(primary) === undefined)
    return { problem: `\`${primary}\` is not a language code (\`${raw}\` may name a country)` };
  return { value: tag };
}

const PLACEHOLDER_HOSTS = /^(localhost|127\.0\.0\.1|(www\.)?example\.(com|org|net))$/i;

/** An absolute http(s) URL ending in `/`, with a path prefix joined on (`url` + `baseurl`, `url` + `root`). */
export function baseUrl(raw: string, prefix = ''): Checked {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: `\`${raw}\` is not an absolute URL` };
  }
  if (!/^https?:$/.test(url.protocol)) return { problem: `\`${raw}\` is not an http(s) URL` };
  if (PLACEHOLDER_HOSTS.test(url.hostname))
    return { problem: `\`${raw}\` is a placeholder, not the site's address` };
  const path = `${url.pathname.replace(/\/+$/, '')}/${prefix.replace(/^\/+|\/+$/g, '')}`;
  url.pathname = `${path.replace(/\/+$/, '')}/`.replace(/\/{2,}/g, '/');
  url.search = '';
  url.hash = '';
  return { value: url.href };
}

const PROFILE_KEYS = {
  name: 'name',
  email: 'email',
  url: 'url',
  homepage: 'url',
  website: 'url',
  bio: 'bio',
  avatar: 'avatar',
} as const;

/** `author: Jane`, or a table with `name` (and `email`, `url`/`homepage`, `bio`, `avatar`), or a list of them. */
export function authorsOf(raw: unknown): Checked | undefined {
  if (Array.isArray(raw)) {
    const each = raw.map(authorsOf).flatMap((c) => (c && 'value' in c ? (c.value as unknown[]) : []));
    return each.length ? { value: each } : undefined;
  }
  if (typeof raw === 'string') return raw.trim() ? { value: [raw.trim()] } : undefined;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const profile: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const ours = PROFILE_KEYS[key.toLowerCase() as keyof typeof PROFILE_KEYS];
    if (ours && typeof value === 'string' && value.trim() && !(ours in profile)) profile[ours] = value.trim();
  }
  return profile.name ? { value: [profile] } : undefined;
}

/**
 * What a profile in a Jekyll author map calls our fields, after our own names: jekyll-seo-tag's `uri`,
 * `picture`; artsy's `site`, `byline`; blog.webjeda.com's `display_name`, `about`, `web`, `gravatar`.
 */
const MAP_PROFILE_ALIASES: Record<string, 'name' | 'email' | 'url' | 'bio' | 'avatar'> = {
  uri: 'url',
  site: 'url',
  web: 'url',
  display_name: 'name',
  byline: 'bio',
  about: 'bio',
  picture: 'avatar',
  gravatar: 'avatar',
};

/**
 * A Jekyll site's author map (`authors:` in `_config.yml`, `_data/authors.yml` as Minimal Mistakes and
 * jekyll-seo-tag read it: id → `{ name, bio, avatar, … }`) as this blog's profiles, each with its id as `key`,
 * so `author: db` still means that author and their page stays `/authors/db/`. An avatar is kept when it is a
 * URL: a site path names a file of the old site that is not copied. Fields this blog has no place for
 * (`twitter`, `github`, `links`) are left out.
 */
export function authorMapOf(raw: unknown): { key: string; name: string; [field: string]: string }[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const profiles: { key: string; name: string; [field: string]: string }[] = [];
  for (const [key, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!key.trim() || !entry || typeof entry !== 'object' || Array.isArray(entry)) continue;
    const fields: Record<string, string> = {};
    // Our own names first (`name` over `display_name`), then the aliases, each field's first value kept.
    for (const names of [PROFILE_KEYS, MAP_PROFILE_ALIASES] as Record<string, string>[])
      for (const [k, value] of Object.entries(entry as Record<string, unknown>)) {
        const ours = names[k.toLowerCase()];
        if (ours && typeof value === 'string' && value.trim() && !(ours in fields))
          fields[ours] = value.trim();
      }
    if (fields.email) fields.email = fields.email.replace(/^mailto:/i, '');
    if (fields.avatar && !/^https?:\/\//i.test(fields.avatar)) delete fields.avatar;
    if (fields.url && !/^(https?:\/\/|mailto:)/i.test(fields.url)) delete fields.url;
    const { name, ...rest } = fields;
    profiles.push({ key: key.trim(), name: name ?? key.trim(), ...rest });
  }
  return profiles;
}

/** Whether the schema takes `value` for `key`; its own message when not. */
export function checkValue(key: SettingKey, value: unknown): Checked {
  const result = configSchema.shape[key].safeParse(value);
  if (result.success) return { value };
  return { problem: result.error.issues[0]?.message ?? 'not a valid value' };
}
