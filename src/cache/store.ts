/**
 * @fileoverview The persistent build cache on disk (`.blog-cache/`, or `--cache-dir`). Every record carries
 * the code fingerprint and the SHA-1 of its bytes, and its value is checked against a schema when read: a
 * missing, corrupt, edited or foreign record reads as "not cached", never as an error or as trusted data.
 */
import { appendFileSync, closeSync, constants, readSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { makeDirs } from '../fs/make-dirs.ts';
import { openRegularFile, readRegularFile } from '../fs/read-regular.ts';
import { writeAtomic } from '../output/write-atomic.ts';
import { codeFingerprint, hashOf } from './fingerprint.ts';

/** Bumped when the layout of the records changes. */
const FORMAT = 2;

export interface CacheStore {
  dir: string;
  /** A JSON record written by this very code, byte for byte, whose value has the schema's shape; or undefined. */
  readRecord<S extends z.ZodType>(name: string, schema: S): z.infer<S> | undefined;
  writeRecord(name: string, value: unknown): void;
  removeRecord(name: string): void;
  /** Text at a place in a pack; undefined unless it is there and still has the SHA-1 `hash`. */
  readPacked(pack: string, at: PackedAt, hash: string): string | undefined;
  /** Size in bytes of a pack (0 when there is none): where the next appended text starts. */
  packSize(pack: string): number;
  /** Appends texts to a pack, or replaces the pack with them when `replace`; false when it could not be written. */
  writePack(pack: string, texts: readonly string[], replace: boolean): boolean;
  /** A binary record written by this very code whose bytes still have their SHA-1, with its JSON header. */
  readBlob<H>(name: string): { header: H; body: Buffer } | undefined;
  writeBlob(name: string, header: unknown, body: Uint8Array): void;
}

/** Byte offset and length of one text in a pack. */
export type PackedAt = [offset: number, length: number];

interface Envelope {
  format: number;
  code: string;
  sha1: string;
}

export function openCacheStore(dir: string): CacheStore {
  const code = codeFingerprint();
  // Many texts per file: a clean build of 10,000 posts writes 16 packs rather than 10,000 small files.
  const packPath = (pack: string) => join(dir, 'packs', `${pack}.pack`);
  const madeDirs = new Set<string>();
  // Writing the cache is best effort: a read-only or full cache folder makes builds slower, never failed.
  const write = (path: string, text: string | Uint8Array): boolean => {
    try {
      const parent = dirname(path);
      if (!madeDirs.has(parent)) {
        makeDirs(parent);
        madeDirs.add(parent);
      }
      // Whole or not at all: a build killed mid-write leaves the old record or none, never half of one.
      writeAtomic(path, text);
      return true;
    } catch {
      // Nothing more to do: the record is simply not cached.
      return false;
    }
  };
  return {
    dir,
    readRecord(name, schema) {
      try {
        // A header line, then the value: the value's bytes are hashed as they are, never re-serialised.
        const text = readRegularFile(join(dir, `${name}.json`)).toString('utf8');
        const eol = text.indexOf('\n');
        const head = JSON.parse(text.slice(0, eol)) as Envelope;
        if (head?.format !== FORMAT || head.code !== code) return undefined;
        const body = text.slice(eol + 1);
        if (hashOf(body) !== head.sha1) return undefined;
        const parsed = schema.safeParse(JSON.parse(body));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    writeRecord(name, value) {
      const body = JSON.stringify(value);
      const head: Envelope = { format: FORMAT, code, sha1: hashOf(body) };
      write(join(dir, `${name}.json`), `${JSON.stringify(head)}\n${body}`);
    },
    removeRecord(name) {
      try {
        rmSync(join(dir, `${name}.json`), { force: true });
      } catch {
        // An unremovable record is still checked against the output before any use.
      }
    },
    readPacked(pack, [offset, length], hash) {
      let fd: number | undefined;
      try {
        // Only a regular file: a FIFO here would otherwise hang the build.
        fd = openRegularFile(packPath(pack));
        const buffer = Buffer.alloc(length);
        const read = readSync(fd, buffer, 0, length, offset);
        const text = buffer.toString('utf8', 0, read);
        return hashOf(text) === hash ? text : undefined;
      } catch {
        return undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    packSize(pack) {
      try {
        return statSync(packPath(pack)).size;
      } catch {
        return 0;
      }
    },
    readBlob<H>(name: string) {
      try {
        const file = readRegularFile(join(dir, `${name}.bin`));
        const length = file.readUInt32LE(0);
        const envelope = JSON.parse(file.toString('utf8', 4, 4 + length)) as Envelope & { value: H };
        if (envelope?.format !== FORMAT || envelope.code !== code) return undefined;
        const body = file.subarray(4 + length);
        if (hashOf(JSON.stringify(envelope.value), body) !== envelope.sha1) return undefined;
        return { header: envelope.value, body };
      } catch {
        return undefined;
      }
    },
    writeBlob(name, value, body) {
      const sha1 = hashOf(JSON.stringify(value), body);
      const head = Buffer.from(JSON.stringify({ format: FORMAT, code, value, sha1 }));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(head.length);
      write(join(dir, `${name}.bin`), Buffer.concat([length, head, body]));
    },
    writePack(pack, texts, replace) {
      const path = packPath(pack);
      if (replace) return write(path, texts.join(''));
      let fd: number | undefined;
      try {
        makeDirs(dirname(path));
        // To a regular file only (a FIFO with no reader fails with ENXIO instead of waiting).
        fd = openRegularFile(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT);
        appendFileSync(fd, texts.join(''));
        return true;
      } catch {
        // Entries pointing past the end of a pack fail their hash check and are rendered again.
        return false;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
  };
}
