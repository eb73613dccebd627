import { compareCorpusPaths } from '../corpus/load.js';
import type { Document } from '../corpus/types.js';
import { storePassages } from '../passages/textStore.js';
import type { Passage } from '../passages/types.js';
import { PassageIndex, type IndexedDocument, type SerializedIndex } from '../search/passageIndex.js';

export interface SerializedCorpus {
  documents: Document[];
  /** By position, the search index's ids; null where a removed document's passages stood. */
  passages: (Passage | null)[];
  index: SerializedIndex;
}

/** A document with its passages, as ingest makes them. */
export interface IngestedDocument {
  document: Document;
  passages: Passage[];
}

/**
 * The corpus ready to answer from: documents, every passage (caveats computed
 * once, at ingest) and the search index. `ingest` makes one from articles,
 * `openCorpus` from a corpus directory and its cache, and `withChange` the
 * next one when documents are added or removed.
 *
 * Passages keep their positions, the ids the search index knows them by, for
 * as long as the process runs: a removed document leaves empty positions and an
 * added one takes new positions at the end.
 */
export class CorpusIndex {
  readonly documentById = new Map<string, Document>();
  /** Every passage, in corpus order. */
  readonly passages: readonly Passage[];
  /** Position of each document's first passage. */
  private readonly firstPassage = new Map<string, number>();

  constructor(
    /** In the order of their files. */
    readonly documents: readonly Document[],
    /** Passages by position; null where a removed document's passages stood. */
    private readonly positions: readonly (Passage | null)[],
    readonly index: PassageIndex,
    /** Whether this instance came from the serialized index rather than a fresh ingest. */
    readonly fromCache: boolean,
  ) {
    for (const d of documents) this.documentById.set(d.id, d);
    positions.forEach((p, at) => p && (this.firstPassage.has(p.doc) || this.firstPassage.set(p.doc, at)));
    this.passages = positions.includes(null) ? documents.flatMap((d) => this.passagesOf(d.id)) : (positions as readonly Passage[]);
  }

  /** One more than the last position a passage has held. */
  get positionCount(): number {
    return this.positions.length;
  }

  /** The passage at a position (a search hit's id). */
  passageAt(position: number): Passage | undefined {
    return this.positions[position] ?? undefined;
  }

  /** A document's passages, in order: they stand together. */
  passagesOf(doc: string): readonly Passage[] {
    const first = this.firstPassage.get(doc);
    const count = this.documentById.get(doc)?.passageCount ?? 0;
    return first === undefined ? [] : (this.positions.slice(first, first + count) as Passage[]);
  }

  /** The positions of a document's passages, in order. */
  positionsOf(doc: string): { first: number; count: number } {
    return { first: this.firstPassage.get(doc) ?? 0, count: this.documentById.get(doc)?.passageCount ?? 0 };
  }

  /** The passage with an id (`<doc>#<n>`), found from its document's first passage rather than a table of every id. */
  passage(id: string): Passage | undefined {
    const hash = id.lastIndexOf('#');
    const first = this.firstPassage.get(id.slice(0, hash));
    const n = Number(id.slice(hash + 1));
    if (hash === -1 || first === undefined || !Number.isInteger(n) || n < 1) return undefined;
    const passage = this.positions[first + n - 1];
    return passage?.id === id ? passage : undefined;
  }

  /**
   * The corpus with documents removed (by id) and added; a document both
   * removed and added is replaced. The search index is shared and changed in
   * place, so this instance must not answer again: whoever holds it swaps in
   * the result in the same turn of the event loop.
   */
  withChange(removed: readonly string[], added: readonly IngestedDocument[]): CorpusIndex {
    const positions = [...this.positions];
    const leaving: IndexedDocument[] = [];
    for (const id of removed) {
      const document = this.documentById.get(id);
      const first = this.firstPassage.get(id);
      if (!document || first === undefined) continue;
      leaving.push(this.indexed(document));
      positions.fill(null, first, first + document.passageCount);
    }
    const entering: IndexedDocument[] = added.map(({ document, passages }) => {
      const start = positions.length;
      positions.push(...passages);
      return { file: document.file, passages: passages.map((passage, i) => ({ position: start + i, passage })) };
    });
    const gone = new Set([...removed, ...added.map((a) => a.document.id)]);
    const documents = [...this.documents.filter((d) => !gone.has(d.id)), ...added.map((a) => a.document)];
    documents.sort((a, b) => compareCorpusPaths(a.file, b.file));
    this.index.apply({
      removed: leaving,
      added: entering,
      current: () => this.indexedDocuments(),
      passageAt: (position) => positions[position] ?? undefined,
    });
    return new CorpusIndex(documents, positions, this.index, false);
  }

  /** Readies the index for `withChange` ahead of the first change (see PassageIndex.prepareChanges). */
  prepareChanges(): void {
    this.index.prepareChanges(this.indexedDocuments());
  }

  private indexedDocuments(): IndexedDocument[] {
    return this.documents.map((d) => this.indexed(d));
  }

  private indexed(document: Document): IndexedDocument {
    const first = this.firstPassage.get(document.id)!;
    return { file: document.file, passages: this.passagesOf(document.id).map((passage, i) => ({ position: first + i, passage })) };
  }

  static fromJSON(bundle: SerializedCorpus, { fromCache = true } = {}): CorpusIndex {
    return new CorpusIndex(bundle.documents, storePassages(bundle.passages), PassageIndex.load(bundle.index), fromCache);
  }

  toJSON(): SerializedCorpus {
    return { documents: [...this.documents], passages: [...this.positions], index: this.index.toJSON() };
  }
}
