/** @fileoverview Another generator's config file (TOML, JSON or YAML, by its extension), read as plain data. */
import { readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

/** The file's top-level table, or undefined when it is missing, unreadable or not a table. */
export function readConfigFile(path: string): Record<string, unknown> | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const data: unknown = path.endsWith('.toml')
      ? parseToml(text)
      : path.endsWith('.json')
        ? JSON.parse(text)
        : parseYaml(text);
    return data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
