import { specificity } from '../text/specificity.js';
import { baseForms } from '../text/wordnet.js';
import { stem, STOPWORDS, tokenize, type Token } from '../text/words.js';
import equivalents from './lexicon/equivalents.json' with { type: 'json' };
import questionWords from './lexicon/question-words.json' with { type: 'json' };

/** An acronym the corpus spells out somewhere, e.g. `PMU` for "Popular Mobilization Units". */
export interface Acronym {
  /** The acronym as an index term (lowercase). */
  short: string;
  /** Stems of the long form's content words, in order. */
  long: string[];
  /** The long form as first written in the corpus, for display. */
  longForm: string;
}

/** One thing a question asks about: a word and the index terms that stand for it. */
export interface QueryConcept {
  word: string;
  /** The word's own term first, then equivalents the index holds. */
  terms: string[];
  /** How fully each term stands for the word: 1 for its own term, less for an equivalent. */
  credits: number[];
}

/** How fully a listed equivalent, or one word of a multi-word name, stands for the question's word. */
export const EQUIVALENT_CREDIT = 0.5;
/** How fully a word close in meaning (WordNet) stands for the question's word: less than a listed equivalent. */
export const NEAR_MEANING_CREDIT = 0.4;
/**
 * Words more common than this (weight in general English, see specificity) are
 * not widened to near meanings: the commoner a word, the more senses it has
 * ("good", "last", "take"), and only its first sense is followed.
 */
const NEAR_MEANING_MIN_WEIGHT = 12;

/** Corpus terms close in meaning to an English lemma (see PassageIndex). */
export type NearMeanings = ReadonlyMap<string, readonly string[]>;

const NONE: readonly string[] = [];
const QUESTION_STOPWORDS = new Set([...STOPWORDS, ...questionWords.words]);

function nearMeaningTerms(word: string, near: NearMeanings): readonly string[] {
  if (near.size === 0 || word.includes(' ') || specificity(word) < NEAR_MEANING_MIN_WEIGHT) return NONE;
  for (const form of baseForms(word)) {
    const terms = near.get(form);
    if (terms) return terms;
  }
  return NONE;
}

/** Multi-word names as sequences of index terms, keyed by their first term, longest first. */
type PhraseTable = Map<string, { terms: string[]; term: string }[]>;

function addPhrase(table: PhraseTable, terms: string[], term: string) {
  const list = table.get(terms[0]!) ?? [];
  list.push({ terms, term });
  list.sort((a, b) => b.terms.length - a.terms.length);
  table.set(terms[0]!, list);
}

/** One word-like term for a name: "Washington Post" → `washingtonpost`. */
function nameTerm(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Turns text into index terms and questions into concepts, the same way for both
 * so that a question's words meet the article's: stopwords out, Porter stems,
 * one term for each spelling of an entity, and acronyms joined to their long form.
 */
export class Analyzer {
  private readonly sameAs = new Map<string, string>();
  private readonly related = new Map<string, string[]>();
  private readonly phrases: PhraseTable = new Map();
  private readonly acronymTerms = new Set<string>();

  constructor(readonly acronyms: readonly Acronym[] = []) {
    const phrases: [string[], string][] = [];
    for (const group of equivalents.same) {
      const canonical = nameTerm(group[0]!);
      for (const member of group) {
        const words = tokenize(member).map((t) => t.lower);
        if (words.length === 1) this.sameAs.set(words[0]!, canonical);
        else phrases.push([words, canonical]);
      }
    }
    // Phrases are matched on index terms, so they can only be built once single words map to theirs.
    for (const [words, canonical] of phrases) {
      addPhrase(this.phrases, words.filter((w) => !STOPWORDS.has(w)).map((w) => this.term(w)), canonical);
    }
    for (const group of equivalents.related) {
      const stems = [...new Set(group.map((w) => this.term(w.toLowerCase())))];
      for (const stem of stems) {
        const others = stems.filter((s) => s !== stem);
        this.related.set(stem, [...new Set([...(this.related.get(stem) ?? []), ...others])]);
      }
    }
    for (const acronym of acronyms) {
      this.acronymTerms.add(acronym.short);
      addPhrase(this.phrases, acronym.long, acronym.short);
    }
  }

  /** Index terms of a passage, in order; `surface` hears the word each term was made from. */
  indexTerms(text: string, surface?: (term: string, word: string) => void): string[] {
    const terms: string[] = [];
    this.walk(tokenize(text), STOPWORDS, true, (term, word) => {
      terms.push(term);
      surface?.(term, word);
    });
    return terms;
  }

  /**
   * The concepts of a question; equivalents are listed only when `known` says the
   * index holds them, and near meanings come from the corpus's own table.
   */
  question(text: string, known: (term: string) => boolean = () => true, near: NearMeanings = new Map()): QueryConcept[] {
    const concepts: QueryConcept[] = [];
    const seen = new Set<string>();
    this.walk(tokenize(text), QUESTION_STOPWORDS, false, (term, word, parts) => {
      if (seen.has(term)) return;
      seen.add(term);
      const terms = [term];
      const credits = [1];
      const add = (other: string, credit: number) => {
        if (known(other) && !seen.has(other) && !terms.includes(other)) {
          terms.push(other);
          credits.push(credit);
        }
      };
      for (const other of [...parts, ...(this.related.get(term) ?? [])]) add(other, EQUIVALENT_CREDIT);
      // Near meanings stand in for a word the corpus lacks; a word it holds is searched as itself.
      if (!known(term)) for (const other of nearMeaningTerms(word, near)) add(other, NEAR_MEANING_CREDIT);
      concepts.push({ word, terms, credits });
    });
    return concepts;
  }

  /** The index term of one word, as a passage's text would give it. */
  wordTerm(word: string): string {
    return this.term(word.toLowerCase());
  }

  /**
   * Emits the terms of a token stream. A multi-word name gives one more term for
   * the name; in articles its words are indexed too, in questions they stand
   * behind the name as its `parts` so that the name counts once.
   */
  private walk(
    tokens: Token[],
    stopwords: ReadonlySet<string>,
    keepNameWords: boolean,
    emit: (term: string, word: string, parts: readonly string[]) => void,
  ) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const phrase = this.matchPhrase(tokens, i);
      if (phrase) {
        emit(phrase.term, phrase.word, phrase.parts);
        if (!keepNameWords) {
          i += phrase.length - 1;
          continue;
        }
      }
      const lower = token.lower;
      // "US" in capitals is the country; lower-case "us" is too when a topic word follows ("us troops").
      const country =
        lower === 'us' && (token.upper || (tokens[i + 1] !== undefined && !stopwords.has(tokens[i + 1]!.lower)));
      // An acronym in capitals is a name even when it spells a stopword ("WHO").
      const acronym = token.upper && this.acronymTerms.has(lower);
      if (!country && !acronym && stopwords.has(lower)) continue;
      if (lower.length < 2 && !/\d/u.test(lower)) continue;
      const plural = token.upper && lower.length > 2 && lower.endsWith('s') ? lower.slice(0, -1) : null;
      if (plural && this.acronymTerms.has(plural)) emit(plural, lower, NONE);
      else emit(this.term(lower), lower, NONE);
    }
  }

  /** The index term of one lowercase word: its entity, an acronym, or its stem. */
  private term(lower: string): string {
    const same = this.sameAs.get(lower);
    if (same) return same;
    if (this.acronymTerms.has(lower)) return lower;
    return stem(lower);
  }

  private matchPhrase(tokens: Token[], i: number) {
    const candidates = this.phrases.get(this.term(tokens[i]!.lower));
    if (!candidates) return null;
    for (const phrase of candidates) {
      // Function words inside a name ("of the") are skipped, as they were when the phrase was built.
      let j = i;
      let k = 0;
      while (k < phrase.terms.length && j < tokens.length) {
        const lower = tokens[j]!.lower;
        if (k > 0 && STOPWORDS.has(lower)) {
          j++;
          continue;
        }
        if (this.term(lower) !== phrase.terms[k]) break;
        j++;
        k++;
      }
      if (k === phrase.terms.length) {
        const word = tokens.slice(i, j).map((t) => t.lower).join(' ');
        return { term: phrase.term, word, parts: phrase.terms, length: j - i };
      }
    }
    return null;
  }
}
