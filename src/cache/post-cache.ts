/**
 * @fileoverview What the build remembers of each post between runs: its parsed front-matter, its Post
 * fields, its per-post lint findings and its rendered Markdown. Each entry is keyed by the post's text,
 * path, the config and the code; rendered HTML lives in one append-only pack per shard, read only when a page
 * is actually re-rendered.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Document } from 'yaml';
import { type ParsedFile, parseSourceFile, type SourceFile } from '../content/frontmatter.ts';
import { isBundlePage, type Post, toPost, withBody } from '../content/post.ts';
import type { PostCheckCache } from '../content/validate.ts';
import type { RenderedMarkdown } from '../render/markdown.ts';
import { copyStrings } from '../util/text.ts';
import { hashOf, hashOfSource, isJsonSafe } from './fingerprint.ts';
import { type PostEntry, postShardSchema } from './schemas.ts';
import { changedWhileBuilding } from './source-stamps.ts';
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

/** How much fresh HTML is held before it is appended to the packs. */
const FLUSH_BYTES = 8_000_000;

/** One post's HTML during a build: in memory until its shard's pack has it, then read from the pack. */
interface HtmlSlot {
  hash: string;
  at: PackedAt;
  /** Held until the pack is written (for the whole build when it cannot be). */
  text: string | undefined;
}

export class PostCache {
  private readonly old: Record<string, PostEntry> = {};
  private readonly next: Record<string, PostEntry>[] = Array.from({ length: SHARDS }, () => ({}));
  private readonly entryOf = new WeakMap<Post, PostEntry>();
  private readonly changed = new Set<number>();
  private readonly oldCount: number[] = [];
  /** Fresh HTML not yet appended to each shard's pack, and the pack's size with it. */
  private readonly pending: { slots: HtmlSlot[]; size: number }[] = [];
  private pendingBytes = 0;
  /** Shards whose pack this build appended to. */
  private readonly appended = new Set<number>();
  /** Where each post's HTML is in this build, by file. */
  private readonly slots = new Map<string, HtmlSlot>();

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
      this.pending[shard] = { slots: [], size: store.packSize(`html-${shard}`) };
    }
  }

  /** Parses each file, or takes its parse from the cache when its text is unchanged. */
  loadPost(source: SourceFile, config: Parameters<typeof toPost>[1]): Post {
    const key = hashOf(this.configKey, source.file, hashOfSource(source));
    const hit = this.old[source.file];
    if (hit && hit.key === key && hit.post) {
      const parsed = lazyParsed(source, hit.parsed);
      // The text is read only if something asks for the body (`withBody`).
      const post = withBody({
        ...(hit.post as unknown as Omit<Post, 'body'>),
        file: source.file,
        path: source.path,
        // Not nameParts: it parses the name's date too, 60 ms for 10,000 cached posts.
        bundleDir: isBundlePage(source.file) ? dirname(source.path) : undefined,
        data: parsed.data,
        bodyOffset: parsed.bodyOffset,
        source: parsed,
      });
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
   * same way (another post renamed changes those). `render` renders a body as this post's (see `reread`).
   */
  cachedRender(
    post: Post,
    resolve: (url: string) => string,
    render: (body: string) => RenderedMarkdown,
  ): RenderedWithHash | undefined {
    const entry = this.entryOf.get(post);
    const md = entry?.markdown;
    if (!entry || md?.key !== this.renderKey || !md.links.every(([url, to]) => resolve(url) === to))
      return undefined;
    const slot: HtmlSlot = { hash: md.html, at: md.at, text: undefined };
    this.slots.set(post.file, slot);
    return { rendered: this.fromSlot(post, entry.key, slot, md, render), htmlHash: md.html };
  }

  /**
   * Remembers a fresh rendering and the links it resolved. The rendering returned reads its HTML back from
   * the pack once that is written, so a build never holds every post's HTML at once.
   */
  keepRender(
    post: Post,
    rendered: RenderedMarkdown,
    links: [string, string][],
    render: (body: string) => RenderedMarkdown,
  ): RenderedWithHash {
    const entry = this.entryOf.get(post);
    const htmlHash = hashOf(rendered.html);
    if (!entry?.post) return { rendered, htmlHash };
    const shard = shardOf(post.file);
    const pending = this.pending[shard]!;
    const length = rendered.htmlBytes;
    const slot: HtmlSlot = { hash: htmlHash, at: [pending.size, length], text: rendered.html };
    pending.slots.push(slot);
    pending.size += length;
    this.pendingBytes += length;
    this.slots.set(post.file, slot);
    // The size is the slot's: kept once, in `at`.
    const { html: _, htmlBytes: __, ...rest } = rendered;
    this.replace(post, {
      ...entry,
      // Copied: each URL is a slice of the post's text, which V8 would keep whole for the rest of the build.
      markdown: { ...rest, key: this.renderKey, links: copyStrings(links), html: htmlHash, at: slot.at },
    });
    if (this.pendingBytes > FLUSH_BYTES) this.flush();
    return { rendered: this.fromSlot(post, entry.key, slot, rest, render), htmlHash };
  }

  /**
   * A rendering whose HTML is the slot's: in memory, else read from the pack on each use (pages are rendered
   * once). It holds the post's path, not the post, so that the post's text can be let go.
   */
  private fromSlot(
    post: Post,
    key: string,
    slot: HtmlSlot,
    fields: Omit<RenderedMarkdown, 'html' | 'htmlBytes'>,
    render: (body: string) => RenderedMarkdown,
  ): RenderedMarkdown {
    const { store, configKey } = this;
    const pack = `html-${shardOf(post.file)}`;
    const { file, path, bodyOffset } = post;
    let html: string | undefined;
    return {
      get html() {
        if (slot.text !== undefined) return slot.text;
        const kept = store.readPacked(pack, slot.at, slot.hash);
        if (kept !== undefined) return kept;
        // The pack was changed or removed during the build: the post is read and rendered again.
        html ??= render(reread({ file, path }, key, configKey).slice(bodyOffset)).html;
        return html;
      },
      excerptHtml: fields.excerptHtml,
      excerptText: fields.excerptText,
      wordCount: fields.wordCount,
      htmlBytes: slot.at[1],
      headings: fields.headings,
      images: fields.images,
      math: fields.math,
    };
  }

  /** Appends the pending HTML to the packs; a pack that cannot be written leaves its HTML in memory. */
  private flush(): void {
    this.pending.forEach((pending, shard) => {
      if (pending.slots.length === 0) return;
      const pack = `html-${shard}`;
      this.appended.add(shard);
      if (
        this.store.writePack(
          pack,
          pending.slots.map((slot) => slot.text ?? ''),
          false,
        )
      ) {
        for (const slot of pending.slots) slot.text = undefined;
        this.pending[shard] = { slots: [], size: pending.size };
      } else this.pending[shard] = { slots: [], size: this.store.packSize(pack) };
    });
    this.pendingBytes = 0;
  }

  /** Writes the entries of this build's posts (deleted and renamed files drop out). */
  save(): void {
    this.flush();
    for (const shard of this.appended) {
      const live = Object.values(this.next[shard]!).reduce((sum, e) => sum + (e.markdown?.at[1] ?? 0), 0);
      // Appending leaves old versions behind; once they outweigh the live text, the pack is rewritten.
      if (this.pending[shard]!.size > 2 * live + 1_000_000) this.compact(shard);
    }
    this.appended.clear();
    this.next.forEach((entries, shard) => {
      if (this.changed.has(shard) || Object.keys(entries).length !== this.oldCount[shard])
        this.store.writeRecord(`posts-${shard}`, entries);
    });
  }

  /** Rewrites a shard's pack with only the HTML its entries still use; entries whose HTML is gone lose it. */
  private compact(shard: number): void {
    const pack = `html-${shard}`;
    const entries = this.next[shard]!;
    const texts: string[] = [];
    const moved: [file: string, at: PackedAt][] = [];
    let size = 0;
    for (const [file, entry] of Object.entries(entries)) {
      const md = entry.markdown;
      if (!md) continue;
      const slot = this.slots.get(file);
      const text =
        (slot?.hash === md.html ? slot.text : undefined) ?? this.store.readPacked(pack, md.at, md.html);
      if (text === undefined) {
        entries[file] = { ...entry, markdown: undefined };
        continue;
      }
      texts.push(text);
      moved.push([file, [size, md.at[1]]]);
      size += md.at[1];
    }
    this.changed.add(shard);
    // Moved only once the new pack is in place: until then every offset still points into the old one.
    if (!this.store.writePack(pack, texts, true)) return;
    for (const [file, at] of moved) {
      const entry = entries[file]!;
      entries[file] = { ...entry, markdown: { ...entry.markdown!, at } };
      const slot = this.slots.get(file);
      if (slot && slot.hash === entry.markdown!.html) slot.at = at;
    }
    this.pending[shard] = { slots: [], size };
  }

  private replace(post: Post, entry: PostEntry): void {
    this.entryOf.set(post, entry);
    const shard = shardOf(post.file);
    this.next[shard]![post.file] = entry;
    this.changed.add(shard);
  }
}

/**
 * A ParsedFile from the cache. Its text and body are the source's, read only when first asked for; its YAML
 * document is parsed again only if a rule asks for positions.
 */
function lazyParsed(source: SourceFile, stored: PostEntry['parsed']): ParsedFile {
  let doc: Document | null | undefined;
  return {
    path: source.path,
    file: source.file,
    get text() {
      return source.text;
    },
    language: stored.language,
    data: stored.data,
    matterOffset: stored.matterOffset,
    get body() {
      return source.text.slice(stored.bodyOffset);
    },
    bodyOffset: stored.bodyOffset,
    problems: stored.problems,
    get doc() {
      doc ??= parseSourceFile(source).doc;
      return doc;
    },
  };
}

/** A post's file read again; it must be the text this build read (its entry's key says so). */
function reread(source: { file: string; path: string }, key: string, configKey: string): string {
  const text = readFileSync(source.path, 'utf8');
  if (hashOf(configKey, source.file, hashOf(text)) !== key) throw changedWhileBuilding(source.file);
  return text;
}
