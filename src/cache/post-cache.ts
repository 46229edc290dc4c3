/**
 * @fileoverview What the build remembers of each post between runs: its parsed front-matter, its Post
 * fields, its per-post lint findings and its rendered Markdown. Each entry is keyed by the post's text,
 * path, the config and the code; rendered HTML lives in one append-only pack per shard, read only when a page
 * is actually re-rendered.
 */
import { dirname } from 'node:path';
import type { Document } from 'yaml';
import { type ParsedFile, parseSourceFile, type SourceFile } from '../content/frontmatter.ts';
import { nameParts, type Post, toPost } from '../content/post.ts';
import type { PostCheckCache } from '../content/validate.ts';
import type { RenderedMarkdown } from '../render/markdown.ts';
import { hashOf, hashOfSource, isJsonSafe } from './fingerprint.ts';
import { type PostEntry, postShardSchema } from './schemas.ts';
import type { CacheStore, PackedAt } from './store.ts';

/** Entries are kept in 16 records by path hash, so a one-post edit rewrites a sixteenth of them. */
const SHARDS = 16;
const shards = new Map<string, number>();
const shardOf = (file: string) => {
  let shard = shards.get(file);
  if (shard === undefined) {
    shard = Number.parseInt(hashOf(file).slice(0, 8), 16) % SHARDS;
    shards.set(file, shard);
  }
  return shard;
};

/** Fields rebuilt on every run from the file itself rather than stored. */
const DERIVED = new Set(['file', 'path', 'bundleDir', 'data', 'body', 'bodyOffset', 'source']);

export interface RenderedWithHash {
  rendered: RenderedMarkdown;
  /** SHA-1 of the page HTML: what the page fingerprints use instead of the HTML itself. */
  htmlHash: string;
}

export class PostCache {
  private readonly old: Record<string, PostEntry> = {};
  private readonly next: Record<string, PostEntry>[] = Array.from({ length: SHARDS }, () => ({}));
  private readonly entryOf = new Map<Post, PostEntry>();
  private readonly changed = new Set<number>();
  private readonly oldCount: number[] = [];
  /** HTML to append to each shard's pack at `save()`, and the pack's size with it. */
  private readonly pending: { texts: string[]; size: number }[] = [];

  /**
   * @param configKey hash of what reading and checking a post depends on: the config (its `baseUrl` only by the
   *   base path, so `blog serve` and `blog build` share entries) and the parsing libraries' versions
   * @param renderKey hash of what rendering a post's Markdown depends on besides its text: the Markdown
   *   options and the versions of the libraries that render it
   * @param listing hash of the names of every file under `posts/` and `static/`, which rules may look for
   */
  constructor(
    private readonly store: CacheStore,
    private readonly configKey: string,
    private readonly renderKey: string,
    private readonly listing: string,
  ) {
    for (let shard = 0; shard < SHARDS; shard++) {
      const entries = store.readRecord(`posts-${shard}`, postShardSchema) ?? {};
      this.oldCount[shard] = Object.keys(entries).length;
      Object.assign(this.old, entries);
      this.pending[shard] = { texts: [], size: store.packSize(`html-${shard}`) };
    }
  }

  /** Parses each file, or takes its parse from the cache when its text is unchanged. */
  loadPost(source: SourceFile, config: Parameters<typeof toPost>[1]): Post {
    const key = hashOf(this.configKey, source.file, hashOfSource(source));
    const hit = this.old[source.file];
    if (hit && hit.key === key && hit.post) {
      const parsed = lazyParsed(source, hit.parsed);
      const post = {
        ...hit.post,
        file: source.file,
        path: source.path,
        bundleDir: nameParts(source.file).bundle ? dirname(source.path) : undefined,
        data: parsed.data,
        body: parsed.body,
        bodyOffset: parsed.bodyOffset,
        source: parsed,
      } as Post;
      this.next[shardOf(source.file)]![source.file] = hit;
      this.entryOf.set(post, hit);
      return post;
    }
    const parsed = parseSourceFile(source);
    const post = toPost(parsed, config);
    const own: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(post)) if (!DERIVED.has(k)) own[k] = v;
    const stored = {
      language: parsed.language,
      data: parsed.data,
      matterOffset: parsed.matterOffset,
      bodyOffset: parsed.bodyOffset,
      problems: parsed.problems,
    };
    const entry: PostEntry = {
      key,
      parsed: stored as PostEntry['parsed'],
      post: isJsonSafe(own) && isJsonSafe(stored) ? (own as PostEntry['post']) : null,
    };
    this.replace(post, entry);
    return post;
  }

  /** Per-post lint findings, reused while the post, config, code and the list of files are unchanged. */
  readonly checks: PostCheckCache = {
    get: (post) => {
      const checks = this.entryOf.get(post)?.checks;
      return checks && checks.listing === this.listing ? checks.byRule : undefined;
    },
    set: (post, byRule) => {
      const entry = this.entryOf.get(post);
      if (!entry?.post || !isJsonSafe(byRule)) return;
      this.replace(post, { ...entry, checks: { listing: this.listing, byRule } });
    },
  };

  /**
   * The post's cached rendering, when its text is unchanged and every link it resolved still resolves the
   * same way (another post renamed changes those); `render` is kept for the rare pack that cannot be read.
   */
  cachedRender(
    post: Post,
    render: (resolve: (url: string) => string) => RenderedMarkdown,
    resolve: (url: string) => string,
  ): RenderedWithHash | undefined {
    const entry = this.entryOf.get(post);
    const md = entry?.markdown;
    if (md?.key === this.renderKey && md.links.every(([url, to]) => resolve(url) === to)) {
      const { store } = this;
      const pack = `html-${shardOf(post.file)}`;
      let html: string | undefined;
      const rendered: RenderedMarkdown = {
        // Read on demand so that only pages being rewritten pay for (and hold) their HTML.
        get html() {
          const kept = store.readPacked(pack, md.at, md.html);
          if (kept !== undefined) return kept;
          html ??= render(resolve).html;
          return html;
        },
        excerptHtml: md.excerptHtml,
        excerptText: md.excerptText,
        wordCount: md.wordCount,
        headings: md.headings,
      };
      return { rendered, htmlHash: md.html };
    }
    return undefined;
  }

  /** Remembers a fresh rendering and the links it resolved. */
  keepRender(post: Post, rendered: RenderedMarkdown, links: [string, string][]): RenderedWithHash {
    const entry = this.entryOf.get(post);
    const htmlHash = hashOf(rendered.html);
    if (entry?.post) {
      const pending = this.pending[shardOf(post.file)]!;
      const length = Buffer.byteLength(rendered.html);
      const at: PackedAt = [pending.size, length];
      pending.texts.push(rendered.html);
      pending.size += length;
      const { html: _, ...rest } = rendered;
      this.replace(post, { ...entry, markdown: { ...rest, key: this.renderKey, links, html: htmlHash, at } });
    }
    return { rendered, htmlHash };
  }

  /** Writes the entries of this build's posts (deleted and renamed files drop out). */
  save(): void {
    this.pending.forEach((pending, shard) => {
      if (pending.texts.length === 0) return;
      const pack = `html-${shard}`;
      const live = Object.values(this.next[shard]!).reduce((sum, e) => sum + (e.markdown?.at[1] ?? 0), 0);
      // Appending leaves old versions behind; once they outweigh the live text, the pack is rewritten.
      if (pending.size > 2 * live + 1_000_000) this.compact(shard, pack);
      else this.store.writePack(pack, pending.texts, false);
    });
    this.next.forEach((entries, shard) => {
      if (this.changed.has(shard) || Object.keys(entries).length !== this.oldCount[shard])
        this.store.writeRecord(`posts-${shard}`, entries);
    });
  }

  /** Rewrites a shard's pack with only the HTML its entries still use; entries whose HTML is gone lose it. */
  private compact(shard: number, pack: string): void {
    const fresh = new Map<string, string>();
    for (const text of this.pending[shard]!.texts) fresh.set(hashOf(text), text);
    const texts: string[] = [];
    let size = 0;
    for (const [file, entry] of Object.entries(this.next[shard]!)) {
      const md = entry.markdown;
      if (!md) continue;
      const text = fresh.get(md.html) ?? this.store.readPacked(pack, md.at, md.html);
      if (text === undefined) {
        this.next[shard]![file] = { ...entry, markdown: undefined };
        continue;
      }
      texts.push(text);
      this.next[shard]![file] = { ...entry, markdown: { ...md, at: [size, md.at[1]] } };
      size += md.at[1];
    }
    this.store.writePack(pack, texts, true);
    this.changed.add(shard);
  }

  private replace(post: Post, entry: PostEntry): void {
    this.entryOf.set(post, entry);
    const shard = shardOf(post.file);
    this.next[shard]![post.file] = entry;
    this.changed.add(shard);
  }
}

/** A ParsedFile from the cache; its YAML document is parsed again only if a rule asks for positions. */
function lazyParsed(source: SourceFile, stored: PostEntry['parsed']): ParsedFile {
  let doc: Document | null | undefined;
  const parsed = {
    ...source,
    language: stored.language,
    data: stored.data,
    matterOffset: stored.matterOffset,
    body: source.text.slice(stored.bodyOffset),
    bodyOffset: stored.bodyOffset,
    problems: stored.problems,
  } as ParsedFile;
  Object.defineProperty(parsed, 'doc', {
    enumerable: true,
    get: () => {
      doc ??= parseSourceFile(source).doc;
      return doc;
    },
  });
  return parsed;
}
