import { isQuotable, type Passage, type Section } from '../passages/types.js';
import type { QueryConcept } from '../search/analyze.js';
import type { Document } from '../corpus/types.js';
import type { CorpusIndex } from '../ingest/corpusIndex.js';
import type { Hit } from '../search/postings.js';
import { tokenize } from '../text/words.js';
import { englishCorrection, isRareWord } from '../text/specificity.js';
import {
  AnswerKinds,
  answerType,
  ASKS_HOW_LONG,
  ASKS_TIME_NOUN,
  countedWords,
  echoesQuestion,
  givesCount,
  givesNear,
  openingWord,
  REQUIRED_TYPES,
  TIME_NOUNS,
  isWordType,
  type AnswerType,
} from './answerTypes.js';
import { QuestionFit, type StoryLead } from './fit.js';
import { checkModel, learnedModel, rankCandidates, RANKING, type LearnedModel, type PassageFeatures } from '../ranking/model.js';
import type { Answer, QuotedPassage, SourceCard } from './types.js';

/** Search results read for the story a question names: the ranking model's deeper reach is for ranking, not this. */
const STORY_CANDIDATES = 20;

/** Questions longer than this are read up to here: nobody asks about more than a paragraph at once. */
export const MAX_QUESTION_CHARS = 1_000;
const MAX_WORDS_KEPT = 20_000;

export interface AskOptions {
  limit?: number;
  /** The id of the one article to answer from: a member who knows which story they mean can say so. */
  article?: string;
  /**
   * The id of the article the asker was last answered from. A question that names no one the story does not
   * ("why did they walk out?", "what did sanders say next") follows on from it, and is asked of it first; of every
   * article when it does not answer. Over the training real-news sets among 200 more articles, asked in their order
   * (ten questions per article, so a story changes every ten), hit@1 rose from 0.515 to 0.600 (to 0.546 when only
   * questions naming no one followed on); on their eight articles alone it moved 0.674 to 0.671.
   */
  follows?: string;
}

/**
 * Turns a question into an Answer: the passages that answer it, best first, or an
 * honest noAnswer. It never writes text of its own; every answer is a passage.
 */
export class AnswerEngine {
  private readonly sources = new Map<string, SourceCard>();
  /** Per document, its headline and opening body paragraph (those it has), by position in the corpus. */
  private readonly leads: ReadonlyMap<string, StoryLead>;
  private readonly answerKinds: AnswerKinds;
  /** Per document, the terms of its title, outlet, byline and relayed outlets: names a question may use for it. */
  private readonly metadataTermsOf = new Map<string, ReadonlySet<string>>();
  /** The metadata terms of every document. */
  private readonly metadataTerms = new Set<string>();
  /** A word's index terms, kept as read: the words near a candidate's answer are read for every question, and recur. */
  private readonly wordTerms = new Map<string, readonly string[]>();

  constructor(
    readonly corpus: CorpusIndex,
    /** The ranking model; another one only to measure it (npm run train-ranker). */
    private readonly model: LearnedModel = learnedModel(),
  ) {
    checkModel(model);
    for (const doc of corpus.documents) {
      this.sources.set(doc.id, sourceCard(doc));
      const { meta } = doc;
      const names = [doc.title, doc.outlet, meta.byline, ...(meta.relays ?? []).map((r) => r.outlet)].filter((t): t is string => !!t);
      const terms = new Set(names.flatMap((text) => corpus.index.analyzer.indexTerms(text)));
      this.metadataTermsOf.set(doc.id, terms);
      for (const term of terms) this.metadataTerms.add(term);
    }
    this.answerKinds = new AnswerKinds(corpus.positionCount);
    const leads = new Map<string, number[]>();
    for (let at = 0; at < corpus.positionCount; at++) {
      const passage = corpus.passageAt(at);
      if (!passage) continue;
      const lead = leads.get(passage.doc) ?? [];
      leads.set(passage.doc, lead);
      const first = (section: Section) => section === passage.section && !lead.some((id) => corpus.passageAt(id)!.section === section);
      if (first('headline') || first('body')) lead.push(at);
    }
    this.leads = leads;
  }

  ask(question: string, { limit = 3, article, follows }: AskOptions = {}): Answer {
    // Read once: a follow-up is answered twice, from its story and from every article.
    const concepts = this.concepts(question);
    if (follows !== undefined && article === undefined && this.sources.has(follows) && this.storyHolds(follows, concepts.filter((c) => c.name))) {
      const followed = this.answer(question, concepts, limit, follows);
      if (!followed.noAnswer) {
        const every = this.answer(question, concepts, limit);
        // Marked followed only where following on changed the answer, which a reply then says.
        return every.answers[0]?.passage.doc === follows ? every : { ...followed, followed: follows };
      }
    }
    return this.answer(question, concepts, limit, article);
  }

  private answer(question: string, concepts: QueryConcept[], limit: number, article?: string): Answer {
    const measured = this.measure(question, limit, article, concepts);
    if ('answer' in measured) return measured.answer;
    const { candidates, wanted } = measured;
    // A question wanting a number or a time is not answered by a story that names its words without giving one.
    const typed = wanted !== null && !isWordType(wanted);
    const answers: QuotedPassage[] = rankCandidates(candidates, this.model, ({ passage, features }) => (!typed || features.givesType) && this.storyHolds(passage.doc, concepts))
      .slice(0, limit)
      .map(({ passage, result, score }) => ({ passage, score, matchedTerms: result.terms, source: this.sources.get(passage.doc)! }));
    if (answers.length === 0) return { question, noAnswer: true, reason: 'not-in-corpus', answers };
    return { question, noAnswer: false, reason: null, answers };
  }

  /**
   * A question's candidate passages with what the ranking model measures of
   * them; or the answer itself, for a question answered otherwise (about a
   * story as such, or naming what the corpus never mentions). With an
   * `article`, only that story's passages are candidates.
   */
  measure(
    question: string,
    limit = 3,
    article?: string,
    concepts: QueryConcept[] = this.concepts(question),
  ): { answer: Answer } | { candidates: Candidate[]; wanted: AnswerType | null } {
    const aboutStory = this.aboutStory(question, concepts, limit, article);
    if (aboutStory) {
      const answers = aboutStory.map((passage) => ({ passage, score: 0, matchedTerms: [], source: this.sources.get(passage.doc)! }));
      return { answer: { question, noAnswer: answers.length === 0, reason: answers.length === 0 ? 'not-in-corpus' : null, answers } };
    }
    if (concepts.length === 0) return { answer: { question, noAnswer: true, reason: 'no-topic-words', answers: [] } };
    if (this.namesAbsent(concepts)) return { answer: { question, noAnswer: true, reason: 'not-in-corpus', answers: [] } };

    const plan = this.plan(concepts);
    const results = this.corpus.index.search(plan.terms, plan.boosts, plan.loose, RANKING.candidates, article === undefined ? undefined : this.within(article));
    const wanted = answerType(question);
    const counted = wanted === 'quantity' ? this.countedTerms(question, concepts) : null;
    const opening = openingWord(question);
    const ownTerms = new Set(concepts.map((c) => c.terms[0]!));
    // What the question asks about, by which a typed answer should stand: not a name, nor the thing counted (see givesCount).
    const asked = wanted ? new Set(concepts.filter((c) => !c.name && !counted?.has(c.terms[0]!)).flatMap((c) => c.terms)) : null;
    // Whom or what "how old" asks about: the question's words but those asking for the age.
    const aged = wanted === 'age' ? new Set(concepts.filter((c) => !ASKS_AGE_WORDS.has(c.word)).flatMap((c) => c.terms)) : null;
    const termsOf = (word: string) => this.termsOfWord(word);
    const asksPhoto = ASKS_PHOTO.test(question);
    const fit = new QuestionFit(concepts, plan.boosts, plan.loose, this.corpus.index.termStats());
    const minCoverage = this.topicAbsent(concepts) ? RANKING.minCoverageTopicAbsent : RANKING.minCoverage;
    const candidates: Candidate[] = [];
    for (const found of results) {
      const id = found.id;
      const passage = this.corpus.passageAt(id)!;
      const lead = this.leads.get(passage.doc)!;
      const asking = opening === null ? null : echoesQuestion(passage.text, opening, ownTerms, termsOf);
      const result = asking?.embedded ? heldOutside(found, passage.text, asking.embedded, termsOf) : found;
      const { coverage, held, missing, wordCoverage } = fit.measure(result, lead);
      if (coverage < minCoverage) continue;
      const givesAnswer = wanted !== null && this.answerKinds.gives(id, wanted, () => passage.text);
      const givesWord = givesAnswer && isWordType(wanted!) ? wanted : null;
      const givesType = givesAnswer && givesWord === null;
      if (wanted && REQUIRED_TYPES.has(wanted) && !givesType) continue;
      // An age answers "how old is X" only next to X or what the question calls them: "Ted Cruz, 45," not "the 61-year-old" of someone else in the paragraph.
      if (aged && !givesNear(passage.text, 'age', aged, termsOf)) continue;
      // The text is searched for a count or a nearby answer only in a passage giving the kind wanted.
      candidates.push({
        passage,
        result,
        features: {
          relevance: fit.relevance(result, lead),
          held,
          coverage,
          missing,
          namesOnly: sharesOnlyNames(concepts, result.terms),
          section: passage.section,
          lede: passage.section === 'body' && lead.includes(id),
          length: passage.text.length,
          asksPhoto,
          givesType,
          givesCount: givesType && counted !== null && givesCount(passage.text, counted, termsOf),
          givesNear: givesType && givesNear(passage.text, wanted!, asked!, termsOf),
          echoes: asking?.echoes ?? false,
          relevanceShare: 0,
          storyShare: 0,
          heading: this.answerKinds.isHeading(id, () => passage.text),
          givesWord,
          coverageShare: 0,
          wordCoverage,
        },
      });
    }
    // What each candidate is measured against: the best of them, and the stories they come from.
    const best = Math.max(...candidates.map((c) => c.features.relevance));
    const bestCoverage = Math.max(...candidates.map((c) => c.features.coverage));
    const byStory = new Map<string, number>();
    for (const c of candidates) byStory.set(c.passage.doc, (byStory.get(c.passage.doc) ?? 0) + c.features.relevance);
    const total = [...byStory.values()].reduce((a, b) => a + b, 0);
    for (const c of candidates) {
      c.features.relevanceShare = best > 0 ? c.features.relevance / best : 0;
      c.features.coverageShare = bestCoverage > 0 ? c.features.coverage / bestCoverage : 0;
      c.features.storyShare = total > 0 ? byStory.get(c.passage.doc)! / total : 0;
    }
    return { candidates, wanted };
  }

  /** Whether a passage, by position, is one of a story's. */
  private within(doc: string): (position: number) => boolean {
    const { first, count } = this.corpus.positionsOf(doc);
    return (position) => position >= first && position < first + count;
  }

  /**
   * Whether a story's text holds each of the question's concepts in some passage, by its own word or a stand-in
   * surer than a near meaning: over the training answer sets, near meanings ("people" for "population", "Iraq" for
   * "Baghdad") let 4 more off-topic questions through for 3 more answered first.
   */
  private storyHolds(doc: string, concepts: readonly QueryConcept[]): boolean {
    const { first, count } = this.corpus.positionsOf(doc);
    const stats = this.corpus.index.termStats();
    return concepts.every((concept) => {
      for (let at = first; at < first + count; at++) if (concept.terms.some((term, t) => concept.credits[t]! > RANKING.nearMeaningCredit && stats.inText(term, at))) return true;
      return false;
    });
  }

  private termsOfWord(word: string): readonly string[] {
    let terms = this.wordTerms.get(word);
    if (terms === undefined) {
      // Bounded: a corpus's words are many, and a few thousand of them are most of what is read.
      if (this.wordTerms.size >= MAX_WORDS_KEPT) this.wordTerms.clear();
      terms = this.corpus.index.analyzer.indexTerms(word);
      this.wordTerms.set(word, terms);
    }
    return terms;
  }

  /** The terms of what "how many" counts ("troops" and its stand-ins in "how many american troops"), or null. */
  private countedTerms(question: string, concepts: readonly QueryConcept[]): Set<string> | null {
    const words = new Set(countedWords(question));
    const counted = concepts.filter((c) => words.has(c.word)).flatMap((c) => c.terms);
    return counted.length > 0 ? new Set(counted) : null;
  }

  /** How the index is searched for a question's concepts. */
  plan(concepts: readonly QueryConcept[]): SearchPlan {
    const terms: string[] = [];
    const boosts = new Map<string, number>();
    const loose = new Set<string>();
    const mean = concepts.reduce((sum, c) => sum + c.weight, 0) / Math.max(1, concepts.length);
    for (const concept of concepts) {
      if (concept.loose) loose.add(concept.terms[0]!);
      // In a small corpus every word is rare; how telling a word is in English steadies the ranking.
      // Boosts in plain proportion to it: raised to a power, one rare word drowned the others.
      const prior = concept.weight / mean;
      // A term is searched at the weight of what it stands for: fully for the word itself, less for a stand-in.
      for (let i = 0; i < concept.terms.length; i++) {
        const term = concept.terms[i]!;
        const boost = prior * concept.credits[i]!;
        const previous = boosts.get(term);
        if (previous === undefined) terms.push(term);
        if (previous === undefined || previous < boost) boosts.set(term, boost);
      }
    }
    return { terms, boosts, loose };
  }

  /**
   * Questions about a story itself rather than what it reports: its gist
   * ("what's the quillpay article about", "tldr"), its photo ("the picture at
   * the top of the rail strike story"), or what an acronym it spells out stands
   * for. The story is the one the question's other words name, or the only one
   * in the corpus. Null when the question is not of that kind or names no single
   * story; no passages when it asks what an acronym stands for and the corpus
   * never spells it out.
   */
  private aboutStory(question: string, concepts: readonly QueryConcept[], limit: number, article?: string): Passage[] | null {
    const expansion = this.expansion(question, concepts, limit, article);
    if (expansion) return expansion;
    const photo = ASKS_PHOTO.test(question);
    if (!photo && !ASKS_OVERVIEW.test(question)) return null;
    const rest = concepts.filter((c) => !STORY_WORDS.has(c.word));
    // "What's the rail strike article about" names its story; "what did they say about the strike" is a question about it,
    // and so is "the story pelosi told about…": a story someone tells is what the article reports.
    if (rest.length > 0 && (!NAMES_STORY.test(question) || STORY_TOLD.test(question))) return null;
    const doc = article ?? this.storyNamed(rest);
    if (doc === null) return null;
    const passages = photo
      ? this.corpus.passagesOf(doc).filter((p) => p.section === 'caption')
      : (this.leads.get(doc) ?? []).map((at) => this.corpus.passageAt(at)!);
    return passages.length > 0 ? passages.slice(0, limit) : null;
  }

  /**
   * "What does FRTW stand for?", "what is the NDPA": the passages that spell
   * out an acronym the corpus defines. Null for other questions, and for "what
   * is X" when X is no acronym the corpus spells out.
   */
  private expansion(question: string, concepts: readonly QueryConcept[], limit: number, article?: string): Passage[] | null {
    const standsFor = ASKS_EXPANSION.test(question);
    if (!standsFor && !ASKS_WHAT_IS.test(question)) return null;
    const named = concepts.filter((c) => !EXPANSION_WORDS.has(c.word));
    if (named.length !== 1) return null;
    const { word, terms } = named[0]!;
    const acronym = this.corpus.index.analyzer.acronym(terms[0]!);
    if (!acronym) {
      // Asked what initials stand for, a corpus that never spells them out has no answer.
      return standsFor && tokenize(question).some((t) => t.upper && t.lower === word) ? [] : null;
    }
    // The passage that gives the initials in brackets after the long form first, then others that spell it out.
    // A long form may be wrapped across lines in a passage.
    const flat = (text: string) => text.replace(/\s+/gu, ' ');
    const spells = (text: string) => text.slice(text.indexOf(acronym.longForm) + acronym.longForm.length).trimStart().startsWith('(');
    const defining = this.corpus.index
      .search([...acronym.long, acronym.short], new Map(), new Set(), this.corpus.positionCount)
      // Only a passage with every word of the long form can spell it out; the others' texts are not read.
      .filter((r) => acronym.long.every((term) => r.terms.includes(term)))
      .map((r) => this.corpus.passageAt(r.id)!)
      .filter((p) => (article === undefined || p.doc === article) && flat(p.text).includes(acronym.longForm))
      .sort((a, b) => Number(spells(flat(b.text))) - Number(spells(flat(a.text))));
    return defining.length > 0 ? defining.slice(0, limit) : null;
  }

  /**
   * The one story whose headline or lede, title or outlet holds every one of
   * the question's concepts, or failing any, the one whose passages do; with no
   * concepts, the corpus's only story.
   */
  private storyNamed(concepts: readonly QueryConcept[]): string | null {
    const { documents, index } = this.corpus;
    if (concepts.length === 0) return documents.length === 1 ? documents[0]!.id : null;
    const plan = this.plan(concepts);
    const stats = index.termStats();
    const named = new Set<string>();
    /** Per story, the concepts its passages among the results hold in their own words. */
    const anywhere = new Map<string, Set<QueryConcept>>();
    const ownTerm = (concept: QueryConcept, holds: (term: string) => boolean) => concept.terms.some((term, t) => concept.credits[t] === 1 && holds(term));
    for (const result of index.search(plan.terms, plan.boosts, plan.loose, STORY_CANDIDATES)) {
      const doc = this.corpus.passageAt(result.id)!.doc;
      const held = anywhere.get(doc) ?? new Set();
      for (const concept of concepts) if (ownTerm(concept, (term) => result.terms.includes(term))) held.add(concept);
      if (anywhere.has(doc)) continue;
      anywhere.set(doc, held);
      const lead = this.leads.get(doc) ?? [];
      const metadata = this.metadataTermsOf.get(doc)!;
      if (concepts.every((concept) => ownTerm(concept, (term) => metadata.has(term) || lead.some((at) => stats.inText(term, at))))) named.add(doc);
    }
    if (named.size === 1) return [...named][0]!;
    // No headline names it ("the bribery trial story" under "…jailed in bribery case").
    const whole = [...anywhere].filter(([, held]) => held.size === concepts.length);
    return named.size === 0 && whole.length === 1 ? whole[0]![0] : null;
  }

  /**
   * The passages nearest a question the corpus does not answer, for a reader to
   * choose from: the best search results, however little of the question they hold.
   */
  nearby(question: string, limit: number): Passage[] {
    const concepts = this.concepts(question);
    if (concepts.length === 0) return [];
    const plan = this.plan(concepts);
    return this.corpus.index
      .search(plan.terms, plan.boosts, plan.loose, limit)
      .map((r) => this.corpus.passageAt(r.id)!);
  }

  /** The quotable passages just before and after one, in the same article. */
  context(passageId: string): { before: Passage | null; passage: Passage; after: Passage | null } | null {
    const passage = this.corpus.passage(passageId);
    if (!passage) return null;
    const own = this.corpus.passagesOf(passage.doc).filter(isQuotable);
    const at = own.indexOf(passage);
    return { before: own[at - 1] ?? null, passage, after: own[at + 1] ?? null };
  }

  /** Character spans of a passage's words that the question matched, for bold type. */
  highlights(passage: Passage, matchedTerms: readonly string[]): [number, number][] {
    const matched = new Set(matchedTerms);
    const spans: [number, number][] = [];
    for (const word of passage.text.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)) {
      if (this.corpus.index.analyzer.indexTerms(word[0]).some((t) => matched.has(t))) spans.push([word.index, word.index + word[0].length]);
    }
    return spans;
  }

  /** The question's concepts, as the index will be searched for them. */
  concepts(question: string): QueryConcept[] {
    const index = this.corpus.index;
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const asksTime = ASKS_TIME_NOUN.test(text);
    const asksLength = ASKS_HOW_LONG.test(text);
    const concepts = index.analyzer
      .question(text, index.has, index.near)
      .filter((c) => !(asksTime && TIME_NOUNS.has(c.word)) && !(asksLength && c.word === 'long'));
    return concepts.flatMap((concept) => {
      const { word } = concept;
      // A number is not a slip: "2016" is not "2010", nor "20" the start of "2016".
      if (word.includes(' ') || index.has(concept.terms[0]!) || concept.english || /\d/u.test(word)) return [concept];
      // A word neither the corpus nor English knows is a typo, or a word still being typed.
      const corrections = index.corrections(word).filter((term) => !concept.terms.includes(term));
      if (corrections.length > 0 || index.completes(word)) {
        return [{ ...concept, terms: [...concept.terms, ...corrections], credits: [...concept.credits, ...corrections.map(() => RANKING.correctionCredit)], loose: true }];
      }
      // A slip the corpus cannot explain is read as the English word it is one slip from:
      // "thier" is a stopword, "finacial" weighs as "financial" does.
      const meant = englishCorrection(word);
      return meant ? index.analyzer.question(meant, index.has, index.near) : [{ ...concept, loose: true }];
    });
  }

  /**
   * A name (or a year) the question gives and the corpus never mentions: the
   * question is about someone or something else ("troops in Germany", "an
   * iPhone"), whatever else it shares with a passage.
   */
  private namesAbsent(concepts: readonly QueryConcept[]): boolean {
    const index = this.corpus.index;
    return concepts.some((concept) => {
      if (concept.terms.some(index.has) || this.metadataTerms.has(concept.terms[0]!)) return false;
      const { word } = concept;
      if (/^(?:1[89]|20)\d\d$/u.test(word)) return true;
      if (word.includes(' ') || /\d/u.test(word) || !concept.name) return false;
      // A slip from a corpus word ("minster", "rams" for C-RAMs) is not a new name.
      return index.corrections(word).length === 0;
    });
  }

  /**
   * Whether the question's most telling word is an English word the corpus never
   * writes, nor anything standing in for it: "how far is mars", "how many players
   * on a rugby team". What a passage shares with such a question is its lesser
   * words. A word English rarely uses, one slip from a word the corpus writes, is
   * more likely a typo of it ("minster").
   */
  private topicAbsent(concepts: readonly QueryConcept[]): boolean {
    const top = concepts.reduce((a, b) => (b.weight > a.weight ? b : a));
    const index = this.corpus.index;
    return top.english && top.word.length >= 3 && !top.terms.some(index.has) && !(isRareWord(top.word) && index.corrections(top.word).length > 0);
  }

  source(doc: string): SourceCard | undefined {
    return this.sources.get(doc);
  }
}

// ASCII patterns without the `u` flag, as in answerTypes.ts.

/** A question about a story's gist or title ("tldr", "what's this article about"). */
const ASKS_OVERVIEW = /\b(?:title|headline|about|tl;?dr|summary|summari[sz]e|gist|main point|overview)\b/i;
/** The words that ask "how old" ("what age", "how old is"): no part of whom it asks about. */
const ASKS_AGE_WORDS: ReadonlySet<string> = new Set(['old', 'age', 'aged']);
/** A question about a story's photo. */
const ASKS_PHOTO = /\b(?:photo(?:graph)?|picture|pic|image|caption)s?\b/i;
/** A question that refers to a story as such, so that its other words can name it. */
const NAMES_STORY = /\b(?:article|story|piece|headline|title|tl;?dr|summary|gist|overview)\b/i;
/** A story someone tells: "the story pelosi told", "the story he shared". */
const STORY_TOLD = /\bstory\s+(?:\S+\s+){1,3}(?:told|tells|shared|recounted|related)\b/i;
/** Words of questions about a story as such, not about what it reports. */
const STORY_WORDS = new Set(
  'title headline about tldr tl dr summary summarize summarise gist main point overview story article piece photo photograph picture pic image caption top first opening took take taken shot credit credited photographer'.split(' '),
);
/** "What does X stand for?", "what's X short for?" */
const ASKS_EXPANSION = /\b(?:stands? for|short for|acronym|abbreviation)\b/i;
const ASKS_WHAT_IS = /\b(?:what(?:'s| is| are)|whats)\b/i;
const EXPANSION_WORDS = new Set(['stand', 'stands', 'short', 'acronym', 'abbreviation', 'mean', 'means', 'meaning']);

/** A search result the ranking model weighs, with what it measures of it. */
export interface Candidate {
  passage: Passage;
  result: Hit;
  features: PassageFeatures;
}

export interface SearchPlan {
  terms: string[];
  boosts: Map<string, number>;
  loose: Set<string>;
}

function sourceCard(doc: Document): SourceCard {
  const { meta } = doc;
  return {
    doc: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    url: meta.url,
    published: meta.published,
    relays: meta.relays,
    provenance: meta.provenance,
  };
}

/**
 * A passage that shares only names with the question ("Baghdad" in "what's the
 * population of baghdad") while a telling word of the question is absent is
 * about the same people or places, not about what was asked (unless those names
 * are most of the question: see rankCandidates).
 */
function sharesOnlyNames(concepts: readonly QueryConcept[], matchedTerms: readonly string[]): boolean {
  const matched = new Set(matchedTerms);
  let sharedName = false;
  let missingWord = false;
  for (const concept of concepts) {
    if (concept.terms.some((t) => matched.has(t))) {
      if (!isName(concept)) return false; // it shares a real word
      sharedName = true;
    } else if (concept.weight >= RANKING.tellingWeight && concept.english) {
      // Only a real word the passage lacks says the question is about something else; an
      // uncorrected typo or an unknown name says nothing either way.
      missingWord = true;
    }
  }
  return sharedName && missingWord;
}

/** A name of several words ("Washington Post"), one English writes as a name, or a word English does not know. */
function isName(concept: QueryConcept): boolean {
  return concept.name || !concept.english;
}

/**
 * A search result without the question's terms that its passage writes only inside a question it asks itself
 * ("identifying who is behind a particular attack" says nothing of who is behind it): such a passage holds
 * those words as a question, not as an answer. Words are read as `termsOf` reads them, which the engine keeps.
 */
function heldOutside(result: Hit, text: string, asked: { start: number; end: number }, termsOf: (word: string) => readonly string[]): Hit {
  const termsIn = (part: string) => new Set(part.split(/\s+/u).flatMap(termsOf));
  const inQuestion = termsIn(text.slice(asked.start, asked.end));
  if (!result.terms.some((term) => inQuestion.has(term))) return result;
  const outside = termsIn(`${text.slice(0, asked.start)} ${text.slice(asked.end)}`);
  return { ...result, terms: result.terms.filter((term) => !inQuestion.has(term) || outside.has(term)) };
}
