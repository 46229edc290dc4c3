/** @fileoverview ESLint's RuleTester shape for our rules: `valid` posts report nothing, `invalid` ones exactly `expect`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../../src/config/load.ts';
import { parseSourceFile } from '../../src/content/frontmatter.ts';
import { listPostFiles, readSourceFiles } from '../../src/content/load.ts';
import { toPost } from '../../src/content/post.ts';
import type { Rule } from '../../src/content/rule.ts';
import { validatePosts } from '../../src/content/validate.ts';
import { tempDir } from './cli.ts';

/** One post (written to `posts/2024-05-01-post.md`) or a whole blog of files. */
export type Case = string | { files: Record<string, string>; config?: object };
export interface InvalidCase {
  src: Case;
  /** `line:col severity message rule`, prefixed with the file when the case has several files. */
  expect: string[];
  /** Each diagnostic's hint, in the same order, when the case checks them. */
  hints?: (string | undefined)[];
}

const POST = 'posts/2024-05-01-post.md';

/** Lints a case with one rule, returning ESLint-style strings. */
export function lintCase(rule: Rule, src: Case): string[] {
  const several =
    typeof src !== 'string' && Object.keys(src.files).filter((f) => /\.(md|markdown)$/.test(f)).length > 1;
  return lintDiagnostics(rule, src).map(
    (d) => `${several ? `${d.file} ` : ''}${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`,
  );
}

/** Lints a case with one rule, returning its diagnostics in file, line and column order. */
function lintDiagnostics(rule: Rule, src: Case) {
  const files = typeof src === 'string' ? { [POST]: src } : src.files;
  const root = tempDir('blog-rule-');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const config = parseConfig(
    JSON.stringify(typeof src === 'string' ? {} : (src.config ?? {})),
    'blog.config.json',
  );
  const posts = readSourceFiles(root, listPostFiles(root)).map((s) => toPost(parseSourceFile(s), config));
  return validatePosts(posts, config, root, { rules: [rule], lint: true }).sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  cases.valid.forEach((src, i) => {
    test(`${rule.id} valid #${i + 1}`, () => {
      assert.equal(lintCase(rule, src), []);
    });
  });
  cases.invalid.forEach(({ src, expect, hints }, i) => {
    test(`${rule.id} invalid #${i + 1}`, () => {
      assert.equal(lintCase(rule, src), expect);
      if (hints)
        assert.equal(
          lintDiagnostics(rule, src).map((d) => d.hint),
          hints,
        );
    });
  });
}

/** Front-matter with everything a post needs, then `extra` keys, then the body. */
export function post(extra = '', body = 'Body.\n'): string {
  return `---\ntitle: A post\ndate: 2024-05-01\ntags: [backup]\ndescription: A description long enough that no search engine would cut it short.\n${extra}---\n${body}`;
}
