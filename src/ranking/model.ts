import type { Section } from '../passages/types.js';

/**
 * The ranking model: every parameter that decides which passages answer a
 * question and in what order, and the functions that combine what is measured
 * of a passage into its score and the answers. A learned ranker replaces
 * passageScore (and, if it learns when to abstain, answering) here.
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
  /** A word close in meaning (WordNet) is less sure than a listed equivalent, which a person chose. */
  nearMeaningCredit: 0.4,
  /** Words commoner than about one in 1,000 (weight 10, see specificity) have many senses ("good", "last", "take"), of which only two are followed, so are not widened to near meanings. */
  nearMeaningMinWeight: 10,
  /** A concept held by the story's headline or lede rather than the passage counts half: the passage is about it, but does not say it. */
  scopeCredit: 0.5,

  // Which passages are weighed.

  /** Search results weighed for coverage before the best are chosen: reranking reaches this far down BM25's order and no further, since each costs a fit measurement. */
  candidates: 20,

  // The factors of a passage's score (see passageScore).

  /** Short headlines and captions win BM25's length normalisation against the body paragraph that says the same with its details; the body is the better quote. */
  sectionWeight: { body: 1, caption: 0.8, headline: 0.7, boilerplate: 0, breadcrumb: 0 } satisfies Record<Section, number>,
  /** A question about a photo is answered by its caption first. */
  photoCaptionWeight: 1.25,
  /** A passage that gives the kind of answer asked for (a time for "when", a number for "how many") ranks a little higher among those holding the question's words. */
  answerTypeBoost: 1.25,
  /** A number of the very thing "how many" counts ("14 houses") is the answer itself, not just some number: twice the score, in place of answerTypeBoost. */
  countBoost: 2,
  /** An answer of the kind asked next to what the question asks about ("fined €18.5 million") answers it where an amount elsewhere in the paragraph may not. */
  nearAnswerBoost: 1.3,
  /** How far, in characters either side of an answer, "next to" reaches: about five words. */
  nearAnswerReach: 30,
  /** A passage that asks the question itself ("identifying who is behind the attack") says it is open, sharing its words without answering them. */
  echoPenalty: 0.5,

  // When to abstain.

  /** Share of a question's information (words weighted by how telling they are) a passage must hold; below it the question is about something the corpus does not cover (0.32 from 0.35 once other rules kept off-topic questions out). */
  minCoverage: 0.32,
  /** Coverage at which a passage answers even when one that shares only names with the question ranks above it: holding most of what is asked outweighs a name ranking high. */
  strongCoverage: 0.7,
  /** A word rarer than about one in 4,000 in everyday English (weight 12, see specificity) tells what a question is about: a passage sharing only names but lacking it is about something else. */
  tellingWeight: 12,
} as const;

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
  /** Whether it shares only names with the question while lacking a telling word of it (see sharesOnlyNames). */
  namesOnly: boolean;
  section: Section;
  /** Whether the question asks about a photo. */
  asksPhoto: boolean;
  /** Whether it gives the kind of answer the question wants; false when the question wants none. */
  givesType: boolean;
  /** Whether it gives a number of the thing "how many" counts; false unless givesType. */
  givesCount: boolean;
  /** Whether its answer of the kind wanted stands next to what the question asks about; false unless givesType. */
  givesNear: boolean;
  /** Whether it asks the question itself (see echoesQuestion). */
  echoes: boolean;
}

/** A passage's score: comparable between the passages of one question only. */
export function passageScore(f: PassageFeatures): number {
  const section = f.asksPhoto && f.section === 'caption' ? RANKING.photoCaptionWeight : RANKING.sectionWeight[f.section];
  const typed = f.givesType ? (f.givesCount ? RANKING.countBoost : RANKING.answerTypeBoost) * (f.givesNear ? RANKING.nearAnswerBoost : 1) : 1;
  const echo = f.echoes ? RANKING.echoPenalty : 1;
  // More of the question's concepts in one passage beats a high score on one of them.
  return f.relevance * f.held * section * typed * echo;
}

/**
 * The passages that answer, best first; none when the question is about
 * something else. The best match sharing only names says it is, unless another
 * passage holds most of what it asks ("inflation in Veldmark": the rate is not
 * in the paragraph that names the country most).
 */
export function answering<T extends { features: PassageFeatures; score: number }>(scored: readonly T[]): T[] {
  const ranked = scored.toSorted((a, b) => b.score - a.score);
  if (ranked.length === 0 || !ranked[0]!.features.namesOnly) return ranked;
  const answers = ranked.filter((r) => !r.features.namesOnly);
  const strong = answers.filter((r) => r.features.coverage >= RANKING.strongCoverage);
  if (strong.length === 0) return [];
  return [...strong, ...answers.filter((r) => r.features.coverage < RANKING.strongCoverage)];
}
