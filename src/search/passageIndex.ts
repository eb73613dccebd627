import type { AsPlainObject, SearchOptions } from 'minisearch';
import { RANKING } from '../ranking/model.js';
import { CAVEAT_KIND_INFO } from '../caveats/kinds.js';
import type { Passage } from '../passages/types.js';
import { isQuotable } from '../passages/types.js';
import { learnAcronyms } from './acronyms.js';
import { learnNames } from './names.js';
import { nearMeanings } from '../text/wordnet.js';
import { forgetStems } from '../text/words.js';
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
  /** Every word the index terms were made from, with its term. */
  words: [word: string, term: string][];
  miniSearch: AsPlainObject;
}

const FIELDS = ['text', 'sourcing'] as const;

/**
 * The search side of the corpus: a MiniSearch index over quotable passages and
 * the analyzer that turns both passages and questions into its terms.
 * Boilerplate and breadcrumbs are never indexed, so they can never be answers.
 */
export class PassageIndex {
  private constructor(
    readonly analyzer: Analyzer,
    /** Exposed so benchmarks can time raw MiniSearch against the answer path on the same index. */
    readonly miniSearch: PassageSearch<SearchDoc>,
    /** Word of the corpus → its index term. */
    private readonly words: ReadonlyMap<string, string>,
    /** English lemmas → corpus terms close in meaning, for questions that say it differently. */
    readonly near: NearMeanings,
  ) {
    for (const term of words.values()) this.terms.add(term);
    this.postings = new Postings(miniSearch, FIELDS.map((name) => ({ name, boost: RANKING.fieldBoost[name] })), RANKING.bm25);
  }

  private readonly postings: Postings<SearchDoc>;

  private readonly terms = new Set<string>();

  private typoCorrector: TypoCorrector | null = null;

  static build(passages: readonly Passage[]): PassageIndex {
    const quotable = passages.filter(isQuotable);
    // Some outlets write headlines in title case, which would make every pair of words a name.
    const bodies = quotable.filter((p) => p.section !== 'headline');
    const analyzer = new Analyzer(learnAcronyms(quotable.map((p) => p.text)), learnNames(bodies.map((p) => p.text)));
    const words = new Map<string, string>();
    const remember = (term: string, word: string) => words.set(word, term);
    const miniSearch = new PassageSearch<SearchDoc>(options((text) => analyzer.indexTerms(text, remember)));
    passages.forEach((p, id) => {
      if (isQuotable(p)) miniSearch.add({ id, text: p.text, sourcing: sourcingText(p) });
    });
    return new PassageIndex(analyzer, miniSearch, words, corpusNearMeanings(analyzer, new Set(words.values())));
  }

  static load(data: SerializedIndex): PassageIndex {
    const analyzer = new Analyzer(data.acronyms, data.names);
    const miniSearch = PassageSearch.load<SearchDoc>(data.miniSearch, options((t) => analyzer.indexTerms(t)));
    return new PassageIndex(analyzer, miniSearch, new Map(data.words), new Map(data.near));
  }

  toJSON(): SerializedIndex {
    return {
      acronyms: [...this.analyzer.acronyms],
      names: this.analyzer.names.map((name) => [...name]),
      near: [...this.near].map(([lemma, terms]) => [lemma, [...terms]]),
      words: [...this.words],
      miniSearch: this.miniSearch.toJSON(),
    };
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
  search(terms: readonly string[], boosts: ReadonlyMap<string, number>, loose: ReadonlySet<string>, limit: number): Hit[] {
    return this.postings.search(terms, (term) => boosts.get(term) ?? 1, loose, limit);
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

/**
 * WordNet's near meanings kept to those this corpus holds, so the table is
 * small and questions look words up without reading WordNet again.
 */
function corpusNearMeanings(analyzer: Analyzer, corpusTerms: ReadonlySet<string>): NearMeanings {
  const near = new Map<string, string[]>();
  for (const [lemma, words] of nearMeanings()) {
    const own = analyzer.wordTerm(lemma);
    // A question word the corpus holds is searched as itself (see Analyzer.question); a phrasal
    // verb means something its verb does not ("fall apart"), whatever the corpus holds.
    if (!lemma.includes(' ') && corpusTerms.has(own)) continue;
    const terms = new Set<string>();
    for (const word of words) {
      const term = analyzer.wordTerm(word);
      if (term !== own && corpusTerms.has(term)) terms.add(term);
    }
    if (terms.size > 0) near.set(lemma, [...terms]);
  }
  forgetStems();
  return near;
}

const splitOnSpace = (text: string) => text.split(' ');
const identity = (term: string) => term;

/** The relayed outlets and people of a passage (not its own outlet, which every passage shares) and its caveat words. */
function sourcingText(passage: Passage): string {
  const caveats = passage.caveats.map((c) => CAVEAT_KIND_INFO[c.kind].searchWords);
  return [...passage.attribution.slice(1), ...caveats].join(' ');
}

function options(tokenize: (text: string) => string[]) {
  return { fields: [...FIELDS], storeFields: [], tokenize, processTerm: identity };
}
