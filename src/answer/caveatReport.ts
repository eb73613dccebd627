import { CAVEAT_KINDS, isQuotable, type CaveatKind } from '../passages/types.js';
import type { CorpusIndex } from '../ingest/corpusIndex.js';

export interface CaveatReport {
  doc: string;
  title: string | null;
  outlet: string | null;
  /** Quotable passages of the document (headline, captions, body). */
  passages: number;
  /** Every caveat kind, in a fixed order, with the passages that carry it and their evidence. */
  kinds: { kind: CaveatKind; count: number; passages: { passage: string; evidence: string }[] }[];
}

/** A document's passages grouped by caveat kind: what `caveats` prints and `/caveats` and `/source` count. */
export function caveatReport(corpus: CorpusIndex, doc: string): CaveatReport {
  const document = corpus.documentById.get(doc);
  if (!document) throw new Error(`no document ${doc}`);
  const own = corpus.passagesOf(doc).filter(isQuotable);
  return {
    doc,
    title: document.title,
    outlet: document.outlet,
    passages: own.length,
    kinds: CAVEAT_KINDS.map((kind) => {
      const carrying = own.flatMap((p) => p.caveats.filter((c) => c.kind === kind).map((c) => ({ passage: p.id, evidence: c.evidence })));
      // A passage counts once for a kind, however many pieces of evidence it has for it.
      return { kind, count: new Set(carrying.map((c) => c.passage)).size, passages: carrying };
    }),
  };
}
