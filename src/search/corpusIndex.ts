import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticles, readCorpusFiles, type CorpusFile } from '../corpus/load.js';
import type { Article, ArticleMeta } from '../corpus/types.js';
import { analyzeArticle } from '../caveats/article.js';
import { PROJECT_ROOT } from '../config.js';
import { splitArticle } from '../passages/split.js';
import { storePassages } from '../passages/textStore.js';
import type { Passage } from '../passages/types.js';
import { PassageIndex, type SerializedIndex } from './passageIndex.js';

/** An article as the rest of the app sees it, once its passages are cut. */
export interface Document {
  id: string;
  file: string;
  format: Article['format'];
  meta: ArticleMeta;
  /** Front-matter title, else the article's headline. */
  title: string | null;
  /** Front-matter outlet, else the one the article's boilerplate names. */
  outlet: string | null;
  /** Number of passages, boilerplate included. */
  passageCount: number;
}

export interface SerializedCorpus {
  documents: Document[];
  passages: Passage[];
  index: SerializedIndex;
}

/** What is written to the cache: the serialized corpus and the hash of what it was built from. */
interface Bundle extends SerializedCorpus {
  contentHash: string;
}

export interface OpenOptions {
  /** Where the serialized index is kept; null to neither read nor write one. */
  cacheDir: string | null;
}

export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache');

/**
 * The corpus ready to answer from: documents, every passage (caveats computed
 * once, at ingest) and the search index. Opening reads the corpus files, hashes
 * them with the code that ingests them, and loads the serialized index when the
 * hash matches; otherwise it ingests again and saves the result.
 */
export class CorpusIndex {
  readonly documentById = new Map<string, Document>();
  /** Position in `passages` of each document's first passage. */
  private readonly firstPassage = new Map<string, number>();

  private constructor(
    readonly documents: readonly Document[],
    readonly passages: readonly Passage[],
    readonly index: PassageIndex,
    /** Whether this instance came from the serialized index rather than a fresh ingest. */
    readonly fromCache: boolean,
  ) {
    for (const d of documents) this.documentById.set(d.id, d);
    passages.forEach((p, at) => this.firstPassage.has(p.doc) || this.firstPassage.set(p.doc, at));
  }

  /** A document's passages, in order: they stand together in `passages`. */
  passagesOf(doc: string): readonly Passage[] {
    const first = this.firstPassage.get(doc);
    const count = this.documentById.get(doc)?.passageCount ?? 0;
    return first === undefined ? [] : this.passages.slice(first, first + count);
  }

  /** The passage with an id (`<doc>#<n>`), found from its document's first passage rather than a table of every id. */
  passage(id: string): Passage | undefined {
    const hash = id.lastIndexOf('#');
    const first = this.firstPassage.get(id.slice(0, hash));
    const n = Number(id.slice(hash + 1));
    if (hash === -1 || first === undefined || !Number.isInteger(n) || n < 1) return undefined;
    const passage = this.passages[first + n - 1];
    return passage?.id === id ? passage : undefined;
  }

  static open(corpusDir: string, { cacheDir }: OpenOptions = { cacheDir: DEFAULT_CACHE_DIR }): CorpusIndex {
    const files = readCorpusFiles(corpusDir);
    const contentHash = hashCorpus(files);
    const cacheFile = cacheDir ? join(cacheDir, `index-${hashText(resolve(corpusDir)).slice(0, 16)}.json`) : null;

    if (cacheFile) {
      const cached = readBundle(cacheFile);
      if (cached?.contentHash === contentHash) return CorpusIndex.fromJSON(cached);
    }
    const built = CorpusIndex.ingest(parseArticles(files));
    if (!cacheFile) return built;
    writeBundle(cacheFile, { ...built.toJSON(), contentHash });
    // Read back, the corpus is as compact as every later start will find it: the fresh one
    // keeps the article sources and WordNet's files alive through slices of their strings.
    const saved = readBundle(cacheFile);
    // An unwritable cache leaves the old file (or none): then the fresh build is the answer.
    return saved?.contentHash === contentHash ? CorpusIndex.fromJSON(saved, { fromCache: false }) : built;
  }

  static fromJSON(bundle: SerializedCorpus, { fromCache = true } = {}): CorpusIndex {
    return new CorpusIndex(bundle.documents, storePassages(bundle.passages), PassageIndex.load(bundle.index), fromCache);
  }

  /**
   * Cuts articles into passages, computes their sourcing, and indexes them.
   * `sourcing: false` skips the attribution and caveat analysis, for measuring what it costs.
   */
  static ingest(articles: readonly Article[], { sourcing = true } = {}): CorpusIndex {
    const passages: Passage[] = [];
    const documents: Document[] = articles.map((article) => {
      const own = splitArticle(article);
      const outlet = sourcing ? analyzeArticle(article, own).outlet : article.meta.outlet;
      passages.push(...own);
      const title = article.meta.title ?? own.find((p) => p.section === 'headline')?.text ?? null;
      return { id: article.id, file: article.file, format: article.format, meta: article.meta, title, outlet, passageCount: own.length };
    });
    return new CorpusIndex(documents, passages, PassageIndex.build(passages), false);
  }

  toJSON(): SerializedCorpus {
    return { documents: [...this.documents], passages: [...this.passages], index: this.index.toJSON() };
  }
}

/** Code whose output the serialized index holds: a change to any of it makes the index stale. */
const INGEST_CODE_DIRS = ['../text', '../corpus', '../passages', '../caveats', '.'].map((d) => fileURLToPath(new URL(d, import.meta.url)));

let codeHash: string | null = null;

function hashIngestCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      return; // a stage that does not exist yet
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:ts|js|json)$/u.test(entry.name)) hash.update(entry.name).update(readFileSync(full));
    }
  };
  INGEST_CODE_DIRS.forEach(walk);
  return (codeHash = hash.digest('hex'));
}

function hashCorpus(files: readonly CorpusFile[]): string {
  const hash = createHash('sha256').update(hashIngestCode());
  for (const file of files) hash.update(file.name).update('\0').update(file.bytes).update('\0');
  return hash.digest('hex');
}

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function readBundle(file: string): Bundle | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Bundle;
  } catch {
    return null; // missing or unreadable: rebuild
  }
}

function writeBundle(file: string, bundle: Bundle) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(bundle));
    renameSync(temporary, file);
    pruneCache(dirname(file));
  } catch {
    // A read-only checkout still answers; it just ingests on every start.
  }
}

/** Each corpus directory gets its own index file; keep those of the most recently built few. */
function pruneCache(dir: string, keep = 8) {
  const files = readdirSync(dir)
    .filter((name) => /^index-[0-9a-f]{16}\.json$/u.test(name))
    .map((name) => ({ path: join(dir, name), built: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.built - a.built);
  for (const old of files.slice(keep)) rmSync(old.path, { force: true });
}
