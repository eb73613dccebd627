import type { Section } from '../passages/types.js';
import learned from './learned-model.json' with { type: 'json' };

/**
 * The ranking model: every parameter that decides which passages answer a
 * question and in what order, what is measured of a passage, and how the
 * measures combine into its score: linearly, with weights learned from
 * labelled questions by `npm run train-ranker` (learned-model.json).
 *
 * A stage of its own, before search/: the index and the answer engine read
 * the same parameters, and the data still flows one way.
 */
export const RANKING = {
  // How the index scores a term in a passage (src/search). MiniSearch.search given
  // PassageIndex.searchOptions ranks with the same values, as tests/search checks.

  /** BM25+: k and d are MiniSearch's defaults; b 0.9 (for 0.7) so that a long paragraph touching many topics does not outrank the short one about the question. */
  bm25: { k: 1.2, b: 0.9, d: 0.5 },
  /** Who a passage's claim comes from and its caveat words find it ("what did the Post say") at half weight: they say where it comes from, not what it reports. */
  fieldBoost: { text: 1, sourcing: 0.5 },
  /** MiniSearch's default weight of a longer word a word still being typed begins: less than the whole word typed. */
  prefixWeight: 0.375,
  /** MiniSearch's default; no search is fuzzy (typos are corrected toward the corpus's words instead), but MiniSearch.search takes the weight. */
  fuzzyWeight: 0.45,

  // How fully a term that is not the question's own word stands for it (src/search/analyze.ts, engine.ts, fit.ts).

  /** A corrected typo stands for the word meant almost as fully as the word itself. */
  correctionCredit: 0.9,
  /** A listed equivalent, or one word of a multi-word name, says the same thing less surely than the word itself. */
  equivalentCredit: 0.5,
  /**
   * The surname of a person the corpus names in full stands for the first name a member types ("bernie": Sanders)
   * nearly as surely as the name itself; the corpus may name two people of one first name. Over the training real-news
   * sets' own corpora, mean hit@1 went from 0.647 to 0.664 with 0.8, to 0.661 with 0.5 or 1.
   */
  surnameCredit: 0.8,
  /** A word close in meaning (WordNet) is less sure than a listed equivalent, which a person chose. */
  nearMeaningCredit: 0.4,
  /** Words commoner than about one in 1,000 (weight 10, see specificity) have many senses ("good", "last", "take"), of which only two are followed, so are not widened to near meanings. */
  nearMeaningMinWeight: 10,
  /** A concept held by the story's headline or lede rather than the passage counts half: the passage is about it, but does not say it. */
  scopeCredit: 0.5,

  // Which passages are weighed.

  /** Search results the model weighs: reranking reaches this far down BM25's order and no further. Out of fold, 40 rather than 20 found more answers among 200 other articles (SQuAD hit@1 0.703 → 0.736) and changed nothing on the sets' own corpora. */
  candidates: 40,

  // What the ranking model measures (the weights of what it measures are learned: learned-model.json).

  /** How far, in characters either side of an answer, "next to" reaches: about five words. */
  nearAnswerReach: 30,
  /** An age stands further from whom it is given for, a clause away ("Rubio… a sunny optimist whose age, 44,"): about fifteen words. */
  nearAgeReach: 90,

  // When to abstain.

  /** Share of a question's information (words weighted by how telling they are) a passage must hold; below it the question is about something the corpus does not cover (0.32 from 0.35 once other rules kept off-topic questions out). */
  minCoverage: 0.32,
  /**
   * The share a passage must hold of a question whose most telling word the corpus never writes (see
   * AnswerEngine.topicAbsent). Over the training answer sets, 0.4 let 6 more off-topic questions be abstained on
   * for 1 answerable one (0.5: 4 answerable ones); on their real news alone, 5 for none.
   */
  minCoverageTopicAbsent: 0.4,
  /** Coverage at which a passage answers even when one that shares only names with the question ranks above it: holding most of what is asked outweighs a name ranking high. */
  strongCoverage: 0.7,
  /** A word rarer than about one in 4,000 in everyday English (weight 12, see specificity) tells what a question is about: a passage sharing only names but lacking it is about something else. */
  tellingWeight: 12,
} as const;

/** Answers named by words rather than numbers: whom, where, why, and what was said. */
export type WordType = 'person' | 'place' | 'reason' | 'quote';

/**
 * What is measured of one search result for one question: the inputs of the
 * ranking model.
 */
export interface PassageFeatures {
  /** Per question concept, its best term's boosted BM25 in the passage, summed (QuestionFit.relevance). */
  relevance: number;
  /** The question's concepts the passage holds, each counted by its credit (Fit.held). */
  held: number;
  /** Share of the question's information the passage, or its story's lead, holds (Fit.coverage). */
  coverage: number;
  /** The weight of the most telling concept the passage and its story's lead lack, over the heaviest concept's (Fit.missing). */
  missing: number;
  /** Whether it shares only names with the question while lacking a telling word of it (see sharesOnlyNames). */
  namesOnly: boolean;
  section: Section;
  /** Whether it is its story's first body paragraph. */
  lede: boolean;
  /** Its length in characters. */
  length: number;
  /** Whether the question asks about a photo. */
  asksPhoto: boolean;
  /** Whether it gives the number or time the question wants; false when the question wants none, or a word type (givesWord). */
  givesType: boolean;
  /** Whether it gives a number of the thing "how many" counts; false unless givesType. */
  givesCount: boolean;
  /** Whether its answer of the kind wanted stands next to what the question asks about; false unless givesType. */
  givesNear: boolean;
  /** Whether it asks the question itself (see echoesQuestion). */
  echoes: boolean;
  /** Its relevance over the best relevance among the question's candidates. */
  relevanceShare: number;
  /** The share of all candidates' relevance that its story's candidates have: a story many results come from is the one asked about. */
  storyShare: number;
  /** Whether it reads as a heading: a short line in title case. */
  heading: boolean;
  /** The kind of answer named by words (who, where, why, what was said) it gives when the question wants one. */
  givesWord: WordType | null;
  /**
   * Its coverage over the best coverage among the question's candidates, and its coverage of the question's words
   * that are not names (Fit.wordCoverage): how it holds the question beside the others, and what of it beside the
   * names. Out of fold, 1,959 of 2,715 ranked questions first with both, 1,953 with the share alone, 1,946 with
   * neither; the paragraph's order in its story, the share of the most concepts held and being its story's most
   * relevant candidate each cost questions (1,941 to 1,946).
   */
  coverageShare: number;
  wordCoverage: number;
}

/** The features in the order the learned weights take them; a change here needs `npm run train-ranker`. */
export const FEATURES = [
  'log relevance',
  'log held',
  'coverage',
  'missing',
  'names only',
  'headline',
  'caption',
  'photo asked, caption',
  'lede',
  'log length',
  'gives type',
  'gives count',
  'gives near',
  'echoes',
  'relevance share',
  'story share',
  'heading',
  'gives person',
  'gives place',
  'gives reason',
  'gives quote',
  'coverage share',
  'word coverage',
] as const;

export function featureVector(f: PassageFeatures): number[] {
  const flag = (b: boolean) => (b ? 1 : 0);
  // Nothing that is the same for every candidate of a question (how many concepts it has, whether it wants a
  // type of answer): the softmax over them cannot tell it apart.
  return [
    Math.log(f.relevance + 1e-6),
    Math.log(f.held + 1e-6),
    f.coverage,
    f.missing,
    flag(f.namesOnly),
    flag(f.section === 'headline'),
    flag(f.section === 'caption'),
    flag(f.asksPhoto && f.section === 'caption'),
    flag(f.lede),
    Math.log(1 + f.length),
    flag(f.givesType),
    flag(f.givesCount),
    flag(f.givesNear),
    flag(f.echoes),
    f.relevanceShare,
    f.storyShare,
    flag(f.heading),
    flag(f.givesWord === 'person'),
    flag(f.givesWord === 'place'),
    flag(f.givesWord === 'reason'),
    flag(f.givesWord === 'quote'),
    f.coverageShare,
    f.wordCoverage,
  ];
}

export function dot(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i]! * x[i]!;
  return s;
}

/**
 * The softmax of scores: the probability of each choice. Computed from the
 * largest score, so large scores do not overflow.
 */
export function choiceProbabilities(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** The learned ranking model, as `npm run train-ranker` writes it. */
export interface LearnedModel {
  features: string[];
  /** Weights of the passage score: a softmax over a question's candidates gives each the probability that it answers. */
  weights: number[];
}

export function checkModel(model: LearnedModel): LearnedModel {
  if (model.features.join('|') !== FEATURES.join('|') || model.weights.length !== FEATURES.length) {
    throw new Error('the ranking model was trained on other features: run npm run train-ranker');
  }
  return model;
}

let shipped: LearnedModel | null = null;

/** The model `npm run train-ranker` wrote, checked against the features once, on first use. */
export function learnedModel(): LearnedModel {
  return (shipped ??= checkModel(learned as LearnedModel));
}

/**
 * Candidates in the order they answer, each with the probability that it is the
 * answer among them; none when the evidence says the question is about
 * something else: the closest match (most relevance over most concepts, as
 * BM25 sees it, whatever order the model prefers) shares only names with it
 * and holds less than most of it, no passage holds most of what it asks ("inflation in Veldmark": the rate
 * is not in the paragraph that names the country most), and the first passage's story does not say every
 * word of it either.
 */
export function rankCandidates<T extends { features: PassageFeatures }>(
  candidates: readonly T[],
  model: LearnedModel = learnedModel(),
  /** Whether a candidate's story holds every concept of the question somewhere in its text. */
  storyHoldsQuestion: (candidate: T) => boolean = () => false,
): (T & { score: number })[] {
  if (candidates.length === 0) return [];
  const closest = candidates.reduce((a, b) => (b.features.relevance * b.features.held > a.features.relevance * a.features.held ? b : a));
  const p = choiceProbabilities(candidates.map((c) => dot(model.weights, featureVector(c.features))));
  const ranked = candidates.map((c, i) => ({ ...c, score: p[i]! })).sort((a, b) => b.score - a.score);
  // A passage holding most of the question answers it, whatever it shares: "where is obama headed after the uk".
  const onlyNames = (c: T) => c.features.namesOnly && c.features.coverage < RANKING.strongCoverage;
  if (!onlyNames(closest)) return ranked;
  const answers = ranked.filter((r) => !onlyNames(r));
  if (answers.some((r) => r.features.coverage >= RANKING.strongCoverage)) return answers;
  // A story whose text says every word of the question, if not in one passage, is what it asks about: "what did koss
  // study" of a story that names her in one paragraph and says "she studied engineering" in another.
  return storyHoldsQuestion(ranked[0]!) ? ranked : [];
}
