import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusFile } from '../corpus/load.js';
import type { SerializedCorpus } from './corpusIndex.js';

/** What is written to the cache: the serialized corpus and the key it was built under. */
export interface Bundle extends SerializedCorpus {
  contentHash: string;
}

/** The stages whose output the serialized index holds: a change to any of their code makes the index stale. */
const INGEST_STAGES = ['text', 'corpus', 'passages', 'caveats', 'ranking', 'search', 'ingest'];
const SRC = fileURLToPath(new URL('..', import.meta.url));

let codeHash: string | null = null;

function hashIngestCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:ts|js|json)$/u.test(entry.name)) hash.update(entry.name).update(readFileSync(full));
    }
  };
  for (const stage of INGEST_STAGES) walk(join(SRC, stage));
  return (codeHash = hash.digest('hex'));
}

/** The cache key: the ingest code and every corpus file's name and bytes. */
export function corpusKey(files: readonly CorpusFile[]): string {
  const hash = createHash('sha256').update(hashIngestCode());
  for (const file of files) hash.update(file.name).update('\0').update(file.bytes).update('\0');
  return hash.digest('hex');
}

/** Each corpus directory has its own cache file, named by a hash of its absolute path. */
export function cacheFileFor(cacheDir: string, corpusDir: string): string {
  return join(cacheDir, `index-${createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16)}.json`);
}

export function readBundle(file: string): Bundle | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Bundle;
  } catch {
    return null; // missing or unreadable: rebuild
  }
}

/** Written to a temporary file, flushed and renamed, so a reader finds the old bundle or the new one, never half of one. */
export function writeBundle(file: string, bundle: Bundle) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeFileSync(fd, JSON.stringify(bundle));
      // On disk before it takes the name: a crash after the rename finds the whole bundle.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    pruneCache(dirname(file));
  } catch {
    // A read-only checkout still answers; it just ingests on every start.
  }
}

/** Keep the index files of the most recently built few corpus directories. */
function pruneCache(dir: string, keep = 8) {
  const files = readdirSync(dir)
    .filter((name) => /^index-[0-9a-f]{16}\.json$/u.test(name))
    .map((name) => ({ path: join(dir, name), built: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.built - a.built);
  for (const old of files.slice(keep)) rmSync(old.path, { force: true });
}
