/**
 * @fileoverview Jekyll: the Liquid block tags a site defines itself, in Ruby under its `_plugins/` (or the
 * config's `plugins_dir`), e.g. `Liquid::Template.register_tag('notice', Jekyll::NoticeBlock)` with
 * `class NoticeBlock < Liquid::Block`: a tag with a body and an `{% endnotice %}`. Read as text, never run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { posix, walkFiles } from './walk.ts';

const REGISTER = /\bregister_tag\s*\(?\s*(?:['"]([\w-]+)['"]|:([\w-]+))\s*,\s*(?:::)?([\w:]+)/g;
const BLOCK_CLASS = /\bclass\s+(?:[\w:]+::)?(\w+)\s*<\s*(?:::)?(?:Liquid::)?Block\b/g;

/**
 * The site's own block tags by name, each with the plugin file (relative to the site) that registers it.
 * Tags whose class is not a `Liquid::Block` (one-line tags such as `{% youtube id %}`) are not listed.
 */
export function findPluginBlockTags(root: string, config: Record<string, unknown>): Map<string, string> {
  const source = typeof config.source === 'string' ? config.source : '';
  const dir = join(root, source, typeof config.plugins_dir === 'string' ? config.plugins_dir : '_plugins');
  const tags = new Map<string, string>();
  if (!existsSync(dir)) return tags;
  const files = walkFiles(dir, root).filter((path) => path.endsWith('.rb'));
  const texts = files.map((path) => ({ file: posix(root, path), text: readFileSync(path, 'utf8') }));
  const blocks = new Set(texts.flatMap(({ text }) => [...text.matchAll(BLOCK_CLASS)].map((m) => m[1]!)));
  for (const { file, text } of texts)
    for (const m of text.matchAll(REGISTER)) {
      const name = m[1] ?? m[2]!;
      const className = m[3]!.split('::').at(-1)!;
      if (blocks.has(className) && !tags.has(name)) tags.set(name, file);
    }
  return tags;
}
