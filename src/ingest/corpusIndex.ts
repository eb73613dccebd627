import type { Document } from '../corpus/types.js';
import { storePassages } from '../passages/textStore.js';
import type { Passage } from '../passages/types.js';
import { PassageIndex, type SerializedIndex } from '../search/passageIndex.js';

export interface SerializedCorpus {
  documents: Document[];
  passages: Passage[];
  index: SerializedIndex;
}

/**
 * The corpus ready to answer from: documents, every passage (caveats computed
 * once, at ingest) and the search index. `ingest` makes one from articles,
 * `openCorpus` from a corpus directory and its cache.
 */
export class CorpusIndex {
  readonly documentById = new Map<string, Document>();
  /** Position in `passages` of each document's first passage. */
  private readonly firstPassage = new Map<string, number>();

  constructor(
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

  static fromJSON(bundle: SerializedCorpus, { fromCache = true } = {}): CorpusIndex {
    return new CorpusIndex(bundle.documents, storePassages(bundle.passages), PassageIndex.load(bundle.index), fromCache);
  }

  toJSON(): SerializedCorpus {
    return { documents: [...this.documents], passages: [...this.passages], index: this.index.toJSON() };
  }
}
