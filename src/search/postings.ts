import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { RANKING } from '../ranking/model.js';

/** A term's postings as MiniSearch 7 keeps them: field id → short document id → term frequency. */
type FieldPostings = ReadonlyMap<number, ReadonlyMap<number, number>>;

/**
 * MiniSearch with read access to the index it keeps, for Postings. The fields
 * read are protected in MiniSearch's types, so the compiler checks these
 * readers against them (package.json pins the minor version; tests/search
 * checks Postings against MiniSearch.search). Documents are found by a numeric `id`.
 */
export class PassageSearch<T extends { id: number }> extends MiniSearch<T> {
  /**
   * MiniSearch.loadJS builds a plain MiniSearch (`new MiniSearch`, not `new
   * this`), whose state a PassageSearch takes over; the serialized form stays
   * MiniSearch's own.
   */
  static load<T extends { id: number }>(js: AsPlainObject, options: Options<T>): PassageSearch<T> {
    return Object.assign(new PassageSearch<T>(options), MiniSearch.loadJS<T>(js, options));
  }

  /** A term's postings, if any passage holds it. */
  postingsOf(term: string): FieldPostings | undefined {
    return this._index.get(term);
  }

  /** The terms that begin with a prefix, the prefix itself included, with their postings. */
  withPrefix(prefix: string): Iterable<[string, FieldPostings]> {
    return this._index.atPrefix(prefix);
  }

  /** A field's id, by which postings and lengths are kept. */
  fieldId(name: string): number | undefined {
    return this._fieldIds[name];
  }

  /** Per short document id, each field's length in terms, by field id. */
  get fieldLengths(): ReadonlyMap<number, readonly number[]> {
    return this._fieldLength;
  }

  /** Each field's average length in terms, by field id. */
  get averageFieldLengths(): readonly number[] {
    return this._avgFieldLength;
  }

  /** Short document id → the document's id. */
  get documentIds(): ReadonlyMap<number, T['id']> {
    return this._documentIds;
  }

  /** The document's id → its short document id. */
  get shortIds(): ReadonlyMap<T['id'], number> {
    return this._idToShortId;
  }

  /** One more than the largest short document id given so far. */
  get nextShortId(): number {
    return this._nextId;
  }
}

/** BM25 parameters, as MiniSearch takes them. */
export interface Bm25 {
  k: number;
  b: number;
  d: number;
}

/** One passage a search found, as MiniSearch.search reports it. */
export interface Hit {
  /** The passage's position in the corpus. */
  id: number;
  /** MiniSearch's score: the BM25 sum over matched terms, times how many query terms matched. */
  score: number;
  /** The index terms it holds: the query terms, and longer words a loose term matched as a prefix. */
  terms: string[];
}

/** A term in a passage (by its position in the corpus), as the index holds it. */
export interface TermStats {
  /** BM25 of the term in the passage exactly as MiniSearch scores it, summed over fields with their boosts. */
  score(term: string, id: number): number;
  /** Whether the passage's own text (not its sourcing) holds the term. */
  inText(term: string, id: number): boolean;
}

const NO_EXPANSIONS: readonly [string, FieldPostings][] = [];

/**
 * Reads MiniSearch's postings directly. `search` ranks exactly as
 * MiniSearch.search does with the same terms, boosts and prefix option (same
 * BM25, same sum, same ties), but keeps running totals in typed arrays and
 * builds result objects only for the few best passages: MiniSearch builds one,
 * with a match table, for every passage any term touches and then sorts them
 * all, which is most of the time an answer takes.
 */
export class Postings<T extends { id: number }> {
  /** The indexed fields, the first being the passage's own text, as MiniSearch visits them. */
  private readonly fields: { id: number; boost: number }[];
  // Scratch space by short document id; a stamp tells which entries belong to the current search.
  private total = new Float64Array(0);
  private termScore = new Float64Array(0);
  private docStamp = new Uint32Array(0);
  private termStamp = new Uint32Array(0);
  private matched = new Uint32Array(0);
  private stamp = 0;

  constructor(
    private readonly index: PassageSearch<T>,
    fields: readonly { name: string; boost: number }[],
    private readonly bm25: Bm25,
  ) {
    this.fields = fields.map(({ name, boost }) => ({ id: index.fieldId(name)!, boost }));
  }

  /**
   * The best `limit` passages for the terms, best first, as MiniSearch.search
   * would rank them; `loose` terms of three letters or more also match longer
   * words they begin.
   */
  search(queryTerms: readonly string[], boostOf: (term: string) => number, loose: ReadonlySet<string>, limit: number, accept?: (id: number) => boolean): Hit[] {
    if (limit <= 0) return [];
    // Each term counts once (MiniSearch would add a repeated term's score twice but count it once).
    const terms = [...new Set(queryTerms)];
    const index = this.index;
    const fieldLengths = index.fieldLengths;
    const averages = index.averageFieldLengths;
    const words = (terms.length + 31) >>> 5;
    this.reserve(index.nextShortId, words);
    const { total, termScore, docStamp, termStamp, matched } = this;
    this.reserveStamps(terms.length + 1);
    const search = ++this.stamp;
    const touched: number[] = [];
    const termDocs: number[] = [];
    const expansions: (readonly [string, FieldPostings][])[] = [];

    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      const boost = boostOf(term);
      const stamp = ++this.stamp;
      termDocs.length = 0;
      const visit = (postings: FieldPostings, weight: number) => {
        for (const field of this.fields) {
          const docs = postings.get(field.id);
          if (!docs) continue;
          const idf = this.idf(docs.size);
          const average = averages[field.id]!;
          const scale = weight * boost * field.boost;
          for (const [doc, frequency] of docs) {
            // A removed passage's postings stay until MiniSearch vacuums them; its lengths are gone at once.
            const lengths = fieldLengths.get(doc);
            if (!lengths) continue;
            const score = scale * this.bm25Score(frequency, lengths[field.id]!, average, idf);
            if (termStamp[doc] === stamp) termScore[doc] = termScore[doc]! + score;
            else {
              termStamp[doc] = stamp;
              termScore[doc] = score;
              termDocs.push(doc);
            }
          }
        }
      };
      const exact = index.postingsOf(term);
      if (exact) visit(exact, 1);
      let prefixed = NO_EXPANSIONS;
      if (loose.has(term) && term.length >= 3) {
        prefixed = [...index.withPrefix(term)].filter(([longer]) => longer.length > term.length);
        // 0.3 is MiniSearch's own discount for the letters a prefix leaves out, kept so that Postings ranks as MiniSearch.search does.
        for (const [longer, postings] of prefixed) visit(postings, (RANKING.prefixWeight * longer.length) / (longer.length + 0.3 * (longer.length - term.length)));
      }
      expansions.push(prefixed);
      // A term's own total is added to the passage's as one sum, as MiniSearch combines per-term results.
      for (const doc of termDocs) {
        if (docStamp[doc] === search) total[doc] = total[doc]! + termScore[doc]!;
        else {
          docStamp[doc] = search;
          total[doc] = termScore[doc]!;
          matched.fill(0, doc * words, doc * words + words);
          touched.push(doc);
        }
        matched[doc * words + (t >>> 5)]! |= 1 << (t & 31);
      }
    }

    // The best `limit` by score times the number of query terms matched; on a tie the passage met first stays first.
    const scoreOf = (doc: number) => {
      let count = 0;
      for (let w = 0; w < words; w++) count += bitCount(matched[doc * words + w]!);
      return total[doc]! * count;
    };
    const pool = accept ? touched.filter((doc) => accept(index.documentIds.get(doc)!)) : touched;
    let best: { doc: number; score: number }[] = [];
    if (limit >= pool.length) best = pool.map((doc) => ({ doc, score: scoreOf(doc) })).sort((a, b) => b.score - a.score);
    else {
      for (const doc of pool) {
        const score = scoreOf(doc);
        if (best.length === limit && score <= best[best.length - 1]!.score) continue;
        let at = best.length;
        while (at > 0 && best[at - 1]!.score < score) at--;
        best.splice(at, 0, { doc, score });
        if (best.length > limit) best.pop();
      }
    }
    return best.map(({ doc, score }) => {
      const found: string[] = [];
      terms.forEach((term, t) => {
        if ((matched[doc * words + (t >>> 5)]! & (1 << (t & 31))) === 0) return;
        if (expansions[t]!.length === 0 || this.holds(index.postingsOf(term), doc)) addOnce(found, term);
        for (const [longer, postings] of expansions[t]!) if (this.holds(postings, doc)) addOnce(found, longer);
      });
      return { id: index.documentIds.get(doc)!, score, terms: found };
    });
  }

  /**
   * What the index knows of a term in a passage, for weighing each of a
   * question's concepts by its best term; one instance serves one question,
   * looking each term up in the index once.
   */
  termStats(): TermStats {
    const index = this.index;
    /** Per term, its postings and inverse document frequency in each field (text first). */
    const postings = new Map<string, { docs: ReadonlyMap<number, number> | undefined; idf: number }[] | null>();
    const postingsOf = (term: string) => {
      let byField = postings.get(term);
      if (byField === undefined) {
        const found = index.postingsOf(term);
        byField = found
          ? this.fields.map((field) => {
              const docs = found.get(field.id);
              return { docs, idf: this.idf(docs?.size ?? 0) };
            })
          : null;
        postings.set(term, byField);
      }
      return byField;
    };
    return {
      score: (term, id) => {
        const byField = postingsOf(term);
        const doc = index.shortIds.get(id);
        if (!byField || doc === undefined) return 0;
        let score = 0;
        for (let f = 0; f < this.fields.length; f++) {
          const frequency = byField[f]!.docs?.get(doc);
          if (!frequency) continue;
          const fieldId = this.fields[f]!.id;
          score += this.fields[f]!.boost * this.bm25Score(frequency, index.fieldLengths.get(doc)![fieldId]!, index.averageFieldLengths[fieldId]!, byField[f]!.idf);
        }
        return score;
      },
      inText: (term, id) => {
        const doc = index.shortIds.get(id);
        return doc !== undefined && (postingsOf(term)?.[0]!.docs?.has(doc) ?? false);
      },
    };
  }

  private idf(matching: number): number {
    const count = this.index.documentCount;
    return Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
  }

  /** MiniSearch's BM25+, written in the same order of operations so that scores agree to the last bit. */
  private bm25Score(frequency: number, length: number, average: number, idf: number): number {
    const { k, b, d } = this.bm25;
    return idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
  }

  private holds(postings: FieldPostings | undefined, doc: number): boolean {
    if (!postings) return false;
    for (const field of this.fields) if (postings.get(field.id)?.has(doc)) return true;
    return false;
  }

  /** Makes room for a search's stamps before it takes the first, so that none wraps around mid-search. */
  private reserveStamps(count: number) {
    if (this.stamp + count > 0xffffffff) {
      this.stamp = 0;
      this.docStamp.fill(0);
      this.termStamp.fill(0);
    }
  }

  private reserve(documents: number, words: number) {
    if (this.total.length < documents) {
      this.total = new Float64Array(documents);
      this.termScore = new Float64Array(documents);
      this.docStamp = new Uint32Array(documents);
      this.termStamp = new Uint32Array(documents);
    }
    if (this.matched.length < documents * words) this.matched = new Uint32Array(documents * words);
  }
}

function addOnce(list: string[], item: string) {
  if (!list.includes(item)) list.push(item);
}

function bitCount(bits: number): number {
  let count = 0;
  for (let v = bits; v !== 0; v &= v - 1) count++;
  return count;
}
