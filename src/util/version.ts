/** @fileoverview This package's version, from its package.json (the `--version`, SARIF and cache-key source). */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const VERSION = pkg.version;
