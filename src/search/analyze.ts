import { RANKING } from '../ranking/model.js';
import { isGivenName } from '../caveats/person-names.js';
import { isEnglishName, isEnglishWord, specificity } from '../text/specificity.js';
import { baseForms, PARTICLES } from '../text/wordnet.js';
import { stem, STOPWORDS, tokenize, type Token } from '../text/words.js';
import capitals from './lexicon/capitals.json' with { type: 'json' };
import chat from './lexicon/chat-spellings.json' with { type: 'json' };
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
  /** How telling the word is in general English (see specificity); a name of several words, as its most telling word. */
  weight: number;
  /** A word general English uses (see isEnglishWord); never a name of several words. */
  english: boolean;
  /** A name: several words ("Washington Post"), or one English writes with a capital and long enough not to be something else. */
  name: boolean;
  /** A word neither the corpus nor English knows, perhaps still being typed: its term also matches as a prefix. */
  loose?: boolean;
}

/** Corpus terms close in meaning to an English lemma (see PassageIndex). */
export type NearMeanings = ReadonlyMap<string, readonly string[]>;

const NONE: readonly string[] = [];

interface PhraseMatch {
  term: string;
  /** The words that make it, as typed. */
  word: string;
  /** Terms of its words, which stand behind the phrase in a question. */
  parts: readonly string[];
  /** Tokens it spans. */
  length: number;
}

const NO_PHRASES: readonly never[] = [];
const LIGHT_VERBS = new Set(['get', 'gets', 'got', 'getting', 'gotten']);
const QUESTION_STOPWORDS = new Set([...STOPWORDS, ...questionWords.words, ...questionWords.contractions]);
/** Contractions typed without their apostrophe ("wouldnt", "hows"): function words, unless the corpus writes them as words ("Jony Ive"). */
const CONTRACTIONS: ReadonlySet<string> = new Set(questionWords.contractions);

function nearMeaningTerms({ word, weight }: QueryConcept, near: NearMeanings): readonly string[] {
  if (near.size === 0 || word.includes(' ') || weight < RANKING.nearMeaningMinWeight) return NONE;
  const own = near.get(word);
  if (own) return own;
  for (const form of baseForms(word)) {
    const terms = near.get(form);
    if (terms) return terms;
  }
  return NONE;
}

/** Each chat spelling as the tokens of what it spells: "vp" is two words, "ppls" a possessive. */
const CHAT_SPELLINGS: ReadonlyMap<string, Token[]> = new Map(Object.entries(chat.spellings).map(([typed, meant]) => [typed, tokenize(meant)]));

/** A question's token as the words a chat spelling stands for ("ppl" → "people", "vp" → "vice president"). */
function spelledOut(token: Token): readonly Token[] {
  return CHAT_SPELLINGS.get(token.lower) ?? [token];
}

/** A phrasal verb in a question: its verb and particle as typed, and the corpus terms of what it means. */
interface PhrasalVerb {
  verb: string;
  particle: string;
  meanings: readonly string[];
}

/**
 * Finds phrasal verbs ("fell apart", "set money aside": the particle next to
 * the verb or one word after it) that the near-meaning table knows, and takes
 * their tokens out of the question, so that "apart" is not a topic of its own.
 */
function phrasalVerbs(tokens: Token[], near: NearMeanings): { tokens: Token[]; phrasals: PhrasalVerb[] } {
  if (near.size === 0) return { tokens, phrasals: [] };
  const phrasals: PhrasalVerb[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const gap of [1, 2]) {
      const particle = tokens[i + gap]?.lower;
      if (particle === undefined || !PARTICLES.has(particle) || taken.has(i)) continue;
      const verb = tokens[i]!.lower;
      const meanings = baseForms(verb)
        .map((form) => near.get(`${form} ${particle}`))
        .find((found) => found !== undefined);
      if (!meanings) continue;
      phrasals.push({ verb, particle, meanings });
      taken.add(i).add(i + gap);
    }
  }
  return phrasals.length === 0 ? { tokens, phrasals } : { tokens: tokens.filter((_, i) => !taken.has(i)), phrasals };
}

/** What general English says of a question's word, asked once per concept. */
function lexicalFacts(word: string): Pick<QueryConcept, 'weight' | 'english' | 'name'> {
  if (word.includes(' ')) return { weight: Math.max(...word.split(' ').map(specificity)), english: false, name: true };
  // A short word English writes with a capital ("pic", "may") is as often something else.
  return { weight: specificity(word), english: isEnglishWord(word), name: word.length > 3 && isEnglishName(word) };
}

/** Lists a term the index holds as standing in for a concept's word, unless another concept or the concept has it. */
function addStandIn(concept: QueryConcept, term: string, credit: number, known: (term: string) => boolean, seen: ReadonlySet<string>) {
  if (known(term) && !seen.has(term) && !concept.terms.includes(term)) {
    concept.terms.push(term);
    concept.credits.push(credit);
  }
}

/** The longest initials a name is typed by: "opm", "ncaa". */
const MAX_INITIALS = 5;

interface NameShortForms {
  /** People by the term of their first name ("bernie", "bernies" → `sander`): news calls them by their surname, members by their first. */
  surnames: Map<string, string[]>;
  /** Names of several words by their initials ("nk" → `northkorea`): a member types "nk" where no article defines it. */
  initials: Map<string, string[]>;
}

function listUnder(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Multi-word names as sequences of index terms, keyed by their first term, longest first. */
type PhraseTable = Map<string, Phrase[]>;

interface Phrase {
  /** Index terms of the phrase's words, function words left out. */
  terms: string[];
  /** The one term the phrase gives. */
  term: string;
  /** For a name learned from the corpus, its words exactly as written, function words included. */
  words?: readonly string[];
}

function addPhrase(table: PhraseTable, terms: string[], term: string, words?: readonly string[]) {
  const list = table.get(terms[0]!) ?? [];
  list.push({ terms, term, words });
  list.sort((a, b) => b.terms.length - a.terms.length);
  table.set(terms[0]!, list);
}

/** One word-like term for a name: "Washington Post" → `washingtonpost`. */
export function nameTerm(name: string): string {
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
  private readonly acronymTerms = new Map<string, Acronym>();
  /** Short forms of the corpus's names, made on the first question: they weigh words by SUBTLEX, which only questions need. */
  private shortForms: NameShortForms | null = null;

  constructor(
    readonly acronyms: readonly Acronym[] = [],
    /** Names of several words the corpus writes with capitals, as lowercase words (see learnNames). */
    readonly names: readonly (readonly string[])[] = [],
  ) {
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
      for (const stem of stems) this.relate(stem, stems.filter((s) => s !== stem));
    }
    for (const acronym of acronyms) {
      this.acronymTerms.set(acronym.short, acronym);
      addPhrase(this.phrases, acronym.long, acronym.short);
    }
    for (const name of names) {
      const terms = name.filter((word) => !STOPWORDS.has(word)).map((word) => this.term(word));
      // "United States" is already the entity US, and gives no second term for the same words.
      if (terms.length < 2 || this.phrases.get(terms[0]!)?.some((phrase) => phrase.terms.join(' ') === terms.join(' '))) continue;
      addPhrase(this.phrases, terms, nameTerm(name.join(' ')), name);
    }
    // A capital stands for its country's government ("London refused to join"), not the other way round.
    for (const [capital, countries] of Object.entries(capitals.capitals)) {
      const own = this.term(capital);
      const terms = countries.map((country) => this.indexTerms(country)).flatMap((terms) => (terms.length === 1 && terms[0] !== own ? terms : []));
      this.relate(own, terms);
    }
  }

  /** Adds terms a question's term may stand for, beside those it already has. */
  private relate(term: string, others: readonly string[]) {
    if (others.length > 0) this.related.set(term, [...new Set([...(this.related.get(term) ?? []), ...others])]);
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
    // A chat spelling the corpus itself writes stands in for the word it spells: "gov" is also the "Gov." of "Gov. Rick Perry".
    const typed = new Map<string, string>();
    const spelled = tokenize(text).flatMap((token) => {
      const words = spelledOut(token);
      if (words[0] !== token && known(this.term(token.lower))) for (const word of words) typed.set(word.lower, this.term(token.lower));
      return words;
    });
    const { tokens, phrasals } = phrasalVerbs(spelled, near);
    const stopwords = { has: (word: string) => QUESTION_STOPWORDS.has(word) && !(CONTRACTIONS.has(word) && known(this.term(word))) };
    const { surnames, initials } = (this.shortForms ??= this.nameShortForms());
    this.walk(tokens, stopwords, false, (term, word, parts) => {
      if (seen.has(term)) return;
      seen.add(term);
      const concept: QueryConcept = { word, terms: [term], credits: [1], ...lexicalFacts(word) };
      const asTyped = typed.get(word);
      if (asTyped !== undefined) addStandIn(concept, asTyped, RANKING.equivalentCredit, known, seen);
      for (const other of parts) addStandIn(concept, other, RANKING.equivalentCredit, known, seen);
      for (const other of this.related.get(term) ?? NONE) addStandIn(concept, other, RANKING.equivalentCredit, known, seen);
      // Near meanings stand in for a word the corpus lacks; a word it holds is searched as itself.
      if (!known(term)) for (const other of nearMeaningTerms(concept, near)) addStandIn(concept, other, RANKING.nearMeaningCredit, known, seen);
      for (const other of surnames.get(term) ?? NONE) addStandIn(concept, other, RANKING.surnameCredit, known, seen);
      // A short word neither the corpus nor English knows may be a name's initials.
      if (!known(term) && !concept.english) for (const other of initials.get(word) ?? NONE) addStandIn(concept, other, RANKING.equivalentCredit, known, seen);
      concepts.push(concept);
    });
    // A phrasal verb is one concept: its verb's own term ("talks fell apart"), then what it means.
    for (const { verb, particle, meanings } of phrasals) {
      const term = this.term(verb);
      if (seen.has(term)) continue;
      seen.add(term);
      const concept: QueryConcept = { word: `${verb} ${particle}`, terms: [term], credits: [1], weight: Math.max(specificity(verb), specificity(particle)), english: true, name: false };
      for (const other of meanings) addStandIn(concept, other, RANKING.nearMeaningCredit, known, seen);
      // The particle alone still says something ("put aside" meets "set aside").
      if (!STOPWORDS.has(particle)) addStandIn(concept, this.term(particle), RANKING.nearMeaningCredit, known, seen);
      concepts.push(concept);
    }
    return concepts;
  }

  private nameShortForms(): NameShortForms {
    const forms: NameShortForms = { surnames: new Map(), initials: new Map() };
    for (const name of this.names) {
      const words = name.filter((word) => !STOPWORDS.has(word));
      if (words.length < 2) continue;
      // A first name is one birth records give, or a word English does not know ("bernie"), so not the place, body or
      // adjective other names begin with ("Iowa caucuses", "Senate Democrats", "Islamic State"). A surname is telling
      // enough not to be "news" or "house".
      const [first, last] = name;
      if (name.length === 2 && first!.length > 2 && (isGivenName(first!) || !isEnglishWord(first!)) && specificity(last!) >= RANKING.tellingWeight) {
        listUnder(forms.surnames, this.term(first!), this.term(last!));
      }
      const letters = words.map((word) => word[0]).join('');
      if (letters.length <= MAX_INITIALS) listUnder(forms.initials, letters, nameTerm(name.join(' ')));
    }
    return forms;
  }

  /** The acronym the corpus spells out for an index term, if any. */
  acronym(term: string): Acronym | undefined {
    return this.acronymTerms.get(term);
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
    stopwords: { has(word: string): boolean },
    keepNameWords: boolean,
    emit: (term: string, word: string, parts: readonly string[]) => void,
  ) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const lower = token.lower;
      // Names never start with a function word (they were built without them); a question's own
      // stopwords ("news", "story") may.
      const term = STOPWORDS.has(lower) ? null : this.term(lower);
      const phrases = term === null ? NO_PHRASES : this.matchPhrases(tokens, i, term);
      if (phrases.length > 0) {
        // An article gives every name that starts here ("United States Navy" is also the US); a
        // question reads the longest as one concept.
        if (!keepNameWords) {
          const [longest] = phrases;
          emit(longest!.term, longest!.word, longest!.parts);
          i += longest!.length - 1;
          continue;
        }
        for (const phrase of phrases) emit(phrase.term, phrase.word, phrase.parts);
      }
      // "US" in capitals is the country; lower-case "us" is too when a topic word follows ("us troops").
      const country =
        lower === 'us' && (token.upper || (tokens[i + 1] !== undefined && !stopwords.has(tokens[i + 1]!.lower)));
      // An acronym in capitals is a name even when it spells a stopword ("WHO").
      const acronym = token.upper && this.acronymTerms.has(lower);
      if (!country && !acronym && stopwords.has(lower)) continue;
      // "Get" before another topic word only makes it passive or a change ("get hurt", "got worse").
      if (!keepNameWords && LIGHT_VERBS.has(lower) && tokens[i + 1] !== undefined && !stopwords.has(tokens[i + 1]!.lower)) continue;
      if (lower.length < 2 && !/\d/u.test(lower)) continue;
      const plural = token.upper && lower.length > 2 && lower.endsWith('s') ? lower.slice(0, -1) : null;
      if (plural && this.acronymTerms.has(plural)) emit(plural, lower, NONE);
      else emit(term ?? this.term(lower), lower, NONE);
    }
  }

  /** The index term of one lowercase word: its entity, an acronym, or its stem. */
  private term(lower: string): string {
    const same = this.sameAs.get(lower);
    if (same) return same;
    if (this.acronymTerms.has(lower)) return lower;
    return stem(lower);
  }

  /** The phrases that start at token i, longest first. */
  private matchPhrases(tokens: Token[], i: number, first: string): readonly PhraseMatch[] {
    const candidates = this.phrases.get(first);
    if (!candidates) return NO_PHRASES;
    const matches: PhraseMatch[] = [];
    for (const phrase of candidates) {
      const length = phrase.words ? this.matchWords(tokens, i, phrase.words) : this.matchTerms(tokens, i, phrase.terms);
      if (length > 0) {
        const word = tokens.slice(i, i + length).map((t) => t.lower).join(' ');
        matches.push({ term: phrase.term, word, parts: phrase.terms, length });
      }
    }
    return matches;
  }

  /** How many tokens from i spell the terms, skipping function words inside ("of the"), as when the phrase was built; 0 if they do not. */
  private matchTerms(tokens: Token[], i: number, terms: readonly string[]): number {
    let j = i;
    let k = 0;
    while (k < terms.length && j < tokens.length) {
      const lower = tokens[j]!.lower;
      if (k > 0 && STOPWORDS.has(lower)) {
        j++;
        continue;
      }
      if (this.term(lower) !== terms[k]) return 0;
      j++;
      k++;
    }
    return k === terms.length ? j - i : 0;
  }

  /** How many tokens from i are a learned name's words exactly ("bank of veldmark", not "bank in veldmark"); 0 if they are not. */
  private matchWords(tokens: Token[], i: number, words: readonly string[]): number {
    for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return 0;
    return words.length;
  }
}
