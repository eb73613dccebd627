import { join } from 'node:path';
import { parseArticles, readCorpusFiles, type CorpusFile } from '../corpus/load.js';
import { PROJECT_ROOT } from '../config.js';
import { cacheFileFor, corpusKey, readBundle, writeBundle } from './cache.js';
import { CorpusIndex } from './corpusIndex.js';
import { ingest } from './ingest.js';

export interface OpenOptions {
  /** Where the serialized index is kept; null to neither read nor write one. */
  cacheDir: string | null;
}

const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache');

/**
 * Reads a corpus directory and loads its serialized index when the key (the
 * files and the ingest code) matches; otherwise ingests again and saves the result.
 */
export function openCorpus(corpusDir: string, { cacheDir }: OpenOptions = { cacheDir: DEFAULT_CACHE_DIR }): CorpusIndex {
  const files = readCorpusFiles(corpusDir);
  const contentHash = corpusKey(files);
  const cacheFile = cacheDir ? cacheFileFor(cacheDir, corpusDir) : null;

  if (cacheFile) {
    const cached = readBundle(cacheFile);
    if (cached?.contentHash === contentHash) return CorpusIndex.fromJSON(cached);
  }
  const built = ingest(parseArticles(files));
  if (!cacheFile) return built;
  writeBundle(cacheFile, { ...built.toJSON(), contentHash });
  // Read back, the corpus is as compact as every later start will find it: the fresh one
  // keeps the article sources and WordNet's files alive through slices of their strings.
  const saved = readBundle(cacheFile);
  // An unwritable cache leaves the old file (or none): then the fresh build is the answer.
  return saved?.contentHash === contentHash ? CorpusIndex.fromJSON(saved, { fromCache: false }) : built;
}

/** Saves a corpus changed while it served (see LiveCorpus) as the index of the files it was made from. */
export function saveCorpus(corpusDir: string, corpus: CorpusIndex, files: readonly CorpusFile[], { cacheDir }: OpenOptions = { cacheDir: DEFAULT_CACHE_DIR }): void {
  if (cacheDir) writeBundle(cacheFileFor(cacheDir, corpusDir), { ...corpus.toJSON(), contentHash: corpusKey(files) });
}
