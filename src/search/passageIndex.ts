import type { AsPlainObject, SearchOptions } from 'minisearch';
import { RANKING } from '../ranking/model.js';
import { CAVEAT_KIND_INFO } from '../caveats/kinds.js';
import type { Passage } from '../passages/types.js';
import { isQuotable } from '../passages/types.js';
import { learnAcronyms } from './acronyms.js';
import { learnNames } from './names.js';
import { corpusNearMeanings, nearMeaningsBeside } from './nearMeanings.js';
import { changedPhrases, CorpusVocabulary, vocabularyTexts } from './vocabulary.js';
import { Analyzer, type Acronym, type NearMeanings } from './analyze.js';
import { PassageSearch, Postings, type Hit, type TermStats } from './postings.js';
import { TypoCorrector } from './typos.js';

/** What MiniSearch indexes for one passage; the id is the passage's position in the corpus. */
interface SearchDoc {
  id: number;
  text: string;
  /** Who the passage's claim comes from and what kind of sourcing it has, so "what did the Post say" finds "the daily". */
  sourcing: string;
}

export interface SerializedIndex {
  acronyms: Acronym[];
  /** Names of several words, as lowercase words (see learnNames). */
  names: string[][];
  /** English lemmas → corpus terms close in meaning (see nearMeanings). */
  near: [lemma: string, terms: string[]][];
  /** Every word the index terms were made from, with its term and how often the corpus writes it. */
  words: [word: string, term: string, count: number][];
  miniSearch: AsPlainObject;
}

/** A document entering or leaving the index: its file and its passages with their positions in the corpus. */
export interface IndexedDocument {
  file: string;
  passages: readonly { position: number; passage: Passage }[];
}

/** Documents leaving and entering the corpus at once (a changed file does both). */
export interface IndexChange {
  removed: readonly IndexedDocument[];
  added: readonly IndexedDocument[];
  /** Every document the index holds before the change: read once, the first time the corpus changes. */
  current(): Iterable<IndexedDocument>;
  /** The passage at a position once the change is made. */
  passageAt(position: number): Passage | undefined;
}

const FIELDS = ['text', 'sourcing'] as const;

/**
 * The search side of the corpus: a MiniSearch index over quotable passages and
 * the analyzer that turns both passages and questions into its terms.
 * Boilerplate and breadcrumbs are never indexed, so they can never be answers.
 *
 * What the analyzer learns from the whole corpus (names, acronyms) and the
 * words it holds are kept with their counts, so that `apply` can add and
 * remove documents and leave the index as a fresh build of the same files would.
 */
export class PassageIndex {
  /** Exposed so benchmarks can time raw MiniSearch against the answer path on the same index. */
  readonly miniSearch: PassageSearch<SearchDoc>;
  private readonly postings: Postings<SearchDoc>;
  /** Index term → how many times the corpus gives it. */
  private readonly terms = new Map<string, number>();
  private typoCorrector: TypoCorrector | null = null;
  /** Hears each word indexed while this index adds passages (MiniSearch calls the tokenizer for other reasons too). */
  private hearing: ((term: string, word: string) => void) | undefined;
  /** The names and acronyms of every document, counted: made the first time the corpus changes. */
  private vocabulary: CorpusVocabulary | null = null;
  /** Whether a term has come or gone since the near meanings were chosen. */
  private termsChanged = false;

  private constructor(
    private currentAnalyzer: Analyzer,
    makeSearch: (tokenize: (text: string) => string[]) => PassageSearch<SearchDoc>,
    /** Word of the corpus → its index term. */
    private readonly words: Map<string, string>,
    /** Word of the corpus → how many times the corpus writes it. */
    private readonly wordCounts: Map<string, number>,
    /** English lemmas → corpus terms close in meaning, for questions that say it differently. */
    private nearTable: NearMeanings,
  ) {
    this.miniSearch = makeSearch((text) => this.currentAnalyzer.indexTerms(text, this.hearing));
    for (const [word, count] of wordCounts) this.terms.set(words.get(word)!, (this.terms.get(words.get(word)!) ?? 0) + count);
    this.postings = new Postings(this.miniSearch, FIELDS.map((name) => ({ name, boost: RANKING.fieldBoost[name] })), RANKING.bm25);
  }

  static build(passages: readonly Passage[]): PassageIndex {
    const quotable = passages.filter(isQuotable);
    // Some outlets write headlines in title case, which would make every pair of words a name.
    const bodies = quotable.filter((p) => p.section !== 'headline');
    const analyzer = new Analyzer(learnAcronyms(quotable.map((p) => p.text)), learnNames(bodies.map((p) => p.text)));
    const index = new PassageIndex(analyzer, (tokenize) => new PassageSearch<SearchDoc>(options(tokenize)), new Map(), new Map(), new Map());
    passages.forEach((p, position) => index.add(position, p));
    index.nearTable = corpusNearMeanings(analyzer, index.terms);
    index.termsChanged = false;
    return index;
  }

  static load(data: SerializedIndex): PassageIndex {
    const words = new Map<string, string>();
    const counts = new Map<string, number>();
    for (const [word, term, count] of data.words) {
      words.set(word, term);
      counts.set(word, count);
    }
    const makeSearch = (tokenize: (text: string) => string[]) => PassageSearch.load<SearchDoc>(data.miniSearch, options(tokenize));
    return new PassageIndex(new Analyzer(data.acronyms, data.names), makeSearch, words, counts, new Map(data.near));
  }

  toJSON(): SerializedIndex {
    return {
      acronyms: [...this.analyzer.acronyms],
      names: this.analyzer.names.map((name) => [...name]),
      near: [...this.nearTable].map(([lemma, terms]) => [lemma, [...terms]]),
      words: [...this.words].map(([word, term]) => [word, term, this.wordCounts.get(word)!]),
      miniSearch: this.miniSearch.toJSON(),
    };
  }

  get analyzer(): Analyzer {
    return this.currentAnalyzer;
  }

  get near(): NearMeanings {
    return this.nearTable;
  }

  /**
   * Removes and adds documents. Names and acronyms the change teaches or
   * takes away are learned or forgotten, and the passages that write them
   * indexed again. Questions asked after `apply` returns see the new corpus;
   * `settle` then makes term statistics and near meanings those of a fresh build.
   */
  apply(change: IndexChange): void {
    const vocabulary = this.prepareChanges(change.current());
    const before = this.currentAnalyzer;
    for (const doc of change.removed) {
      vocabulary.remove(vocabularyTexts(doc));
      for (const { position, passage } of doc.passages) if (this.miniSearch.has(position)) this.discard(position, passage, before);
    }
    for (const doc of change.added) vocabulary.add(vocabularyTexts(doc));
    const after = new Analyzer(vocabulary.acronyms(), vocabulary.names());
    // The passages that write a name or acronym learned or forgotten are indexed again: those
    // that hold every term of one way of writing it (few, even when its first word is common).
    const again = new Set<number>();
    for (const ways of changedPhrases(before, after)) for (const terms of ways(before)) for (const position of this.positionsHoldingAll(terms)) again.add(position);
    this.currentAnalyzer = after;
    for (const position of again) {
      const passage = change.passageAt(position)!;
      this.discard(position, passage, before);
      this.add(position, passage);
    }
    for (const doc of change.added) for (const { position, passage } of doc.passages) this.add(position, passage);
    this.typoCorrector = null;
  }

  /**
   * Counts the names and acronyms of every document, which `apply` needs: half
   * a second at 100k passages, so a running bot does it once, before the first change.
   */
  prepareChanges(documents: Iterable<IndexedDocument>): CorpusVocabulary {
    return (this.vocabulary ??= CorpusVocabulary.of(documents));
  }

  /**
   * Waits for MiniSearch to drop the postings of removed passages (until then
   * they still count in a term's document frequency), then chooses the near
   * meanings again if the corpus's terms have changed. No `apply` may run until it resolves.
   */
  async settle(): Promise<void> {
    if (this.miniSearch.dirtCount > 0) await this.miniSearch.vacuum();
    if (!this.termsChanged) return;
    this.termsChanged = false;
    // Reading WordNet takes a second or more: done beside the event loop, so questions keep being answered.
    this.nearTable = await nearMeaningsBeside(this.currentAnalyzer.acronyms, [...this.terms.keys()]);
  }

  private add(position: number, passage: Passage) {
    if (!isQuotable(passage)) return;
    this.hearing = (term, word) => {
      this.words.set(word, term);
      this.wordCounts.set(word, (this.wordCounts.get(word) ?? 0) + 1);
      const count = (this.terms.get(term) ?? 0) + 1;
      this.terms.set(term, count);
      if (count === 1) this.termsChanged = true;
    };
    try {
      this.miniSearch.add({ id: position, text: passage.text, sourcing: sourcingText(passage) });
    } finally {
      this.hearing = undefined;
    }
  }

  /** Takes a passage out, with the words `analyzer` made of it when it was indexed. */
  private discard(position: number, passage: Passage, analyzer: Analyzer) {
    this.miniSearch.discard(position);
    const forget = (term: string, word: string) => {
      const count = this.wordCounts.get(word)! - 1;
      if (count > 0) this.wordCounts.set(word, count);
      else {
        this.wordCounts.delete(word);
        this.words.delete(word);
      }
      const left = this.terms.get(term)! - 1;
      if (left > 0) this.terms.set(term, left);
      else {
        this.terms.delete(term);
        this.termsChanged = true;
      }
    };
    analyzer.indexTerms(passage.text, forget);
    analyzer.indexTerms(sourcingText(passage), forget);
  }

  /** Positions of the indexed passages that hold every one of the terms, in either field. */
  private positionsHoldingAll(terms: readonly string[]): number[] {
    const postings = terms.map((term) => [...(this.miniSearch.postingsOf(term)?.values() ?? [])]);
    if (postings.length === 0 || postings.some((fields) => fields.length === 0)) return [];
    const size = (fields: ReadonlyMap<number, number>[]) => fields.reduce((n, docs) => n + docs.size, 0);
    postings.sort((a, b) => size(a) - size(b));
    const [rarest, ...rest] = postings;
    const positions = new Set<number>();
    for (const docs of rarest!) {
      for (const short of docs.keys()) {
        const position = this.miniSearch.documentIds.get(short);
        if (position !== undefined && rest.every((fields) => fields.some((other) => other.has(short)))) positions.add(position);
      }
    }
    return [...positions];
  }

  get size(): number {
    return this.miniSearch.documentCount;
  }

  /** Whether any passage holds this exact term. */
  readonly has = (term: string): boolean => this.terms.has(term);

  /** Terms of the corpus words a mistyped word was probably meant to be (see TypoCorrector). */
  corrections(word: string): string[] {
    return this.wordTree().correct(word);
  }

  /** Corpus words that complete a word being typed. */
  completions(prefix: string, limit: number): string[] {
    return this.wordTree().completions(prefix, limit);
  }

  /** Whether a corpus word completes a word being typed. */
  completes(prefix: string): boolean {
    return this.wordTree().completes(prefix);
  }

  private wordTree(): TypoCorrector {
    return (this.typoCorrector ??= new TypoCorrector(this.words));
  }

  /**
   * The best `limit` passages for processed terms (see Analyzer.question), as
   * MiniSearch.search ranks them with `searchOptions`. Prefix matching applies
   * only to the `loose` terms, words still being typed: a word the corpus
   * holds, or a real English word, is complete, and matching it loosely would
   * only bring in other words and long posting lists.
   */
  /** The best `limit` passages for the terms; only those `accept` takes (by position), when given. */
  search(terms: readonly string[], boosts: ReadonlyMap<string, number>, loose: ReadonlySet<string>, limit: number, accept?: (position: number) => boolean): Hit[] {
    return this.postings.search(terms, (term) => boosts.get(term) ?? 1, loose, limit, accept);
  }

  /** What the index knows of a term in a passage (see Postings.termStats). */
  termStats(): TermStats {
    return this.postings.termStats();
  }

  /** The options with which MiniSearch.search ranks as `search` does, for benchmarks and tests to compare the two. */
  searchOptions(boosts: ReadonlyMap<string, number>, loose: ReadonlySet<string>): SearchOptions {
    return {
      tokenize: splitOnSpace,
      processTerm: identity,
      boost: RANKING.fieldBoost,
      boostTerm: (term) => boosts.get(term) ?? 1,
      prefix: (term) => loose.has(term) && term.length >= 3,
      weights: { prefix: RANKING.prefixWeight, fuzzy: RANKING.fuzzyWeight },
      bm25: RANKING.bm25,
    };
  }
}

const splitOnSpace = (text: string) => text.split(' ');
const identity = (term: string) => term;

/** The relayed outlets and people of a passage (not its own outlet, which every passage shares) and its caveat words. */
function sourcingText(passage: Passage): string {
  const caveats = passage.caveats.map((c) => CAVEAT_KIND_INFO[c.kind].searchWords);
  return [...passage.attribution.slice(1), ...caveats].join(' ');
}

function options(tokenize: (text: string) => string[]) {
  // Vacuuming walks the index in batches across turns of the event loop, and an `add` between two
  // batches breaks its walk: the index vacuums only in `settle`, which no change overlaps.
  return { fields: [...FIELDS], storeFields: [], tokenize, processTerm: identity, autoVacuum: false };
}
