/**
 * @fileoverview Positions in front-matter are found only for posts a rule reports on: building the YAML
 * document with positions is the slow part of reading a post, and a rule that asked for a span before
 * knowing it had something to say would quietly make every build pay for it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateBlog } from '../../bench/generate.ts';
import { loadConfig } from '../../src/config/load.ts';
import { positionedDocuments } from '../../src/content/frontmatter.ts';
import { lintBlog } from '../../src/lint/lint-blog.ts';
import { tempDir } from '../helpers/cli.ts';

test('lint with every rule builds positioned documents only for the posts it reports on', () => {
  const root = tempDir('blog-lazy-');
  generateBlog(root, 300);
  const { config } = loadConfig(root);
  const before = positionedDocuments.built;
  const { diagnostics, files } = lintBlog({ root, config });
  const built = positionedDocuments.built - before;
  const reported = new Set(diagnostics.map((d) => d.file)).size;
  assert.ok(files.length >= 300);
  assert.ok(reported > 0, 'the generated blog has findings, so positions are asked for');
  assert.ok(built <= reported, `${built} documents built for ${reported} posts with findings`);
});

test.run();
