/**
 * @fileoverview The persistent build cache on disk (`.blog-cache/`, or `--cache-dir`). Every record carries
 * the code fingerprint and is checked when read: a missing, corrupt or foreign record reads as "not cached".
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeFingerprint, hashOf } from './fingerprint.ts';

/** Bumped when the layout of the records changes. */
const FORMAT = 1;

export interface CacheStore {
  dir: string;
  /** A JSON record written by this very code, or undefined. */
  readRecord<T>(name: string): T | undefined;
  writeRecord(name: string, value: unknown): void;
  removeRecord(name: string): void;
  /** A blob by the SHA-1 of its text; undefined unless it is there and its text still has that hash. */
  readBlob(hash: string): string | undefined;
  /** Stores text under its SHA-1 and returns the hash. */
  writeBlob(text: string, hash?: string): string;
}

interface Envelope {
  format: number;
  code: string;
  value: unknown;
}

export function openCacheStore(dir: string): CacheStore {
  const code = codeFingerprint();
  const blobPath = (hash: string) => join(dir, 'blobs', hash.slice(0, 2), `${hash.slice(2)}.html`);
  const madeDirs = new Set<string>();
  const write = (path: string, text: string) => {
    const parent = dirname(path);
    if (!madeDirs.has(parent)) {
      mkdirSync(parent, { recursive: true });
      madeDirs.add(parent);
    }
    // Temp file then rename: a build killed mid-write leaves the old record or none, never half of one.
    const temp = `${path}.tmp-${process.pid}`;
    writeFileSync(temp, text);
    renameSync(temp, path);
  };
  return {
    dir,
    readRecord<T>(name: string): T | undefined {
      try {
        const envelope = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Envelope;
        if (envelope?.format !== FORMAT || envelope.code !== code) return undefined;
        return envelope.value as T;
      } catch {
        return undefined;
      }
    },
    writeRecord(name, value) {
      const envelope: Envelope = { format: FORMAT, code, value };
      write(join(dir, `${name}.json`), JSON.stringify(envelope));
    },
    removeRecord(name) {
      rmSync(join(dir, `${name}.json`), { force: true });
    },
    readBlob(hash) {
      try {
        const text = readFileSync(blobPath(hash), 'utf8');
        return hashOf(text) === hash ? text : undefined;
      } catch {
        return undefined;
      }
    },
    writeBlob(text, hash = hashOf(text)) {
      write(blobPath(hash), text);
      return hash;
    },
  };
}
