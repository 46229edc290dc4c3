/**
 * @fileoverview The blog's own card fonts (`socialCardFonts`): each read from inside the blog and checked to be
 * a font satori can use, with the characters it draws. A bad entry is a config error, before anything is built.
 */
import { readFileSync, statSync } from 'node:fs';
import { invalidConfigValue, readConfigText } from '../config/load.ts';
import type { BlogError } from '../diagnostics/blog-error.ts';
import { fontCharacters, fontFormat } from '../fs/font-file.ts';
import { isReallyInside, pathInside } from '../fs/inside.ts';

export interface CardFont {
  /** As the config names it, relative to the blog. */
  path: string;
  data: Buffer;
  /** The code points it has a glyph for. */
  characters: Set<number>;
}

const KEY = 'socialCardFonts';
const HINT =
  'Give the path of a .ttf, .otf or .woff file inside the blog, e.g. `static/fonts/NotoSansSC-Bold.otf`.';

/** The fonts the config names, in its order; throws the config error for the first that cannot be used. */
export function loadCardFonts(root: string, paths: readonly string[]): CardFont[] {
  return paths.map((path, i) => {
    const fail = (problem: string, hint = HINT): BlogError =>
      invalidConfigValue(readConfigText(root), [KEY, String(i)], `\`${path}\` ${problem}`, hint);
    const file = pathInside(root, path.replace(/^\.\//, ''));
    if (!file) throw fail('is not a path inside the blog (relative to the config file, without `..`)');
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw fail('does not exist');
    }
    if (!isFile) throw fail('is not a file');
    // A link that leads out of the blog is refused like a path that does: fonts are read only from the blog.
    if (!isReallyInside(root, file)) throw fail('is a link to a file outside the blog');
    const data = readFileSync(file);
    const format = fontFormat(data);
    if (format === 'woff2')
      throw fail(
        'is a WOFF2 font, which the card renderer (satori) cannot read',
        'Use the .ttf, .otf or .woff file of the same font.',
      );
    if (format === 'collection')
      throw fail(
        'is a font collection (.ttc), which the card renderer cannot read',
        'Use a single .ttf or .otf font.',
      );
    const characters = format && fontCharacters(data);
    if (!characters || characters.size === 0) throw fail('is not a TrueType, OpenType or WOFF font');
    return { path, data, characters };
  });
}
