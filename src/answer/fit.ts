import type { QueryConcept } from '../search/analyze.js';
import type { Hit, TermStats } from '../search/postings.js';
import { RANKING } from '../ranking/model.js';

/**
 * A story's headline and lede (positions of those passages it has): what the
 * whole story is about, so "who is Veldmark's ambassador" finds the paragraph
 * that names him without naming Veldmark again.
 */
export type StoryLead = readonly number[];

export interface Fit {
  /** Share of the question's information (concepts by weight) the passage holds, or its story does. */
  coverage: number;
  /** How many of the question's concepts the passage holds, each counted by its credit. */
  held: number;
  /** The weight of the heaviest concept neither the passage nor its story's lead holds, over the heaviest concept's. */
  missing: number;
  /** Coverage of the concepts that are not names; coverage itself for a question of names only. */
  wordCoverage: number;
}

/**
 * How well search results fit one question. MiniSearch sums every query term a
 * passage holds, so a concept with several stand-ins would count several times:
 * here each concept counts once, by the best of its terms.
 */
export class QuestionFit {
  /** Query term → the concepts it stands for, with its credit in each. */
  private readonly owners = new Map<string, { concept: number; credit: number }[]>();
  private readonly totalWeight: number;
  private readonly wordWeight: number;
  private readonly maxWeight: number;
  /** Per concept, the best credit of its terms in the result being measured. */
  private readonly credit: Float64Array;
  private readonly best: Float64Array;
  private readonly leadHolders = new Map<StoryLead, (number | undefined)[]>();

  constructor(
    private readonly concepts: readonly QueryConcept[],
    /** Search boost of each query term. */
    private readonly boosts: ReadonlyMap<string, number>,
    /** Query terms that also matched as prefixes of longer words. */
    private readonly loose: ReadonlySet<string>,
    private readonly stats: TermStats,
  ) {
    concepts.forEach((concept, c) =>
      concept.terms.forEach((term, t) => {
        const list = this.owners.get(term) ?? [];
        list.push({ concept: c, credit: concept.credits[t]! });
        this.owners.set(term, list);
      }),
    );
    this.totalWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
    this.wordWeight = concepts.reduce((sum, c) => sum + (c.name ? 0 : c.weight), 0);
    this.maxWeight = concepts.reduce((max, c) => Math.max(max, c.weight), 0);
    this.credit = new Float64Array(concepts.length);
    this.best = new Float64Array(concepts.length);
  }

  /**
   * Coverage and concepts held: each concept counts with the credit of the best
   * of its terms the passage has (its own word 1, a stand-in less, a longer word
   * a loose term begins by the share typed), or a little when its own word is in
   * the story's headline or lede (as in relevance).
   */
  measure(result: Hit, lead: StoryLead): Fit {
    const credit = this.credit;
    credit.fill(0);
    for (const term of result.terms) {
      const owners = this.owners.get(term);
      if (owners) {
        for (const owner of owners) if (owner.credit > credit[owner.concept]!) credit[owner.concept] = owner.credit;
        continue;
      }
      const completed = this.completed(term);
      if (completed && completed.credit > credit[completed.concept]!) credit[completed.concept] = completed.credit;
    }
    let covered = 0;
    let held = 0;
    let missing = 0;
    let words = 0;
    for (let c = 0; c < credit.length; c++) {
      held += credit[c]!;
      let counted = credit[c]!;
      if (counted < RANKING.scopeCredit && this.inLead(c, lead) !== undefined) counted = RANKING.scopeCredit;
      const weight = this.concepts[c]!.weight;
      covered += weight * counted;
      if (!this.concepts[c]!.name) words += weight * counted;
      if (counted === 0 && weight > missing) missing = weight;
    }
    const coverage = this.totalWeight === 0 ? 0 : covered / this.totalWeight;
    return {
      coverage,
      wordCoverage: this.wordWeight === 0 ? coverage : words / this.wordWeight,
      held,
      missing: this.maxWeight === 0 ? 0 : missing / this.maxWeight,
    };
  }

  /**
   * The sum over the question's concepts of the best-scoring term each has in
   * the passage; a concept the passage lacks but whose own word its story's
   * headline or lede holds counts a little (a stand-in there is too far away).
   */
  relevance(result: Hit, lead: StoryLead): number {
    const id = result.id;
    const best = this.best;
    best.fill(0);
    for (const term of result.terms) {
      const owner = this.ownerOf(term);
      if (owner === undefined) continue;
      const boost = this.boosts.get(term) ?? this.boosts.get(this.concepts[owner]!.terms[0]!) ?? 1;
      const score = boost * this.stats.score(term, id);
      if (score > best[owner]!) best[owner] = score;
    }
    let total = 0;
    for (let c = 0; c < best.length; c++) {
      if (best[c] === 0) {
        const own = this.concepts[c]!.terms[0]!;
        const at = this.inLead(c, lead);
        if (at !== undefined && at !== id) best[c] = RANKING.scopeCredit * (this.boosts.get(own) ?? 1) * this.stats.score(own, at);
      }
      total += best[c]!;
    }
    return total;
  }

  /**
   * The first passage of a story's lead whose text holds a concept's own word.
   * Many results share a story, so each story's answers are kept for the question.
   */
  private inLead(concept: number, lead: StoryLead): number | undefined {
    let holders = this.leadHolders.get(lead);
    if (!holders) {
      holders = this.concepts.map((c) => lead.find((at) => this.stats.inText(c.terms[0]!, at)));
      this.leadHolders.set(lead, holders);
    }
    return holders[concept];
  }

  /** The first concept a passage's term stands for, including a longer word a prefix matched. */
  private ownerOf(term: string): number | undefined {
    return this.owners.get(term)?.[0]!.concept ?? this.completed(term)?.concept;
  }

  /**
   * The concept a longer word stands for when a loose term begins it: a word
   * still being typed stands for it only as far as it was typed ("div" is
   * little of "divided").
   */
  private completed(term: string): { concept: number; credit: number } | undefined {
    let best: { concept: number; credit: number } | undefined;
    for (const prefix of this.loose) {
      const owner = term.startsWith(prefix) ? this.owners.get(prefix)?.[0] : undefined;
      const credit = owner ? (owner.credit * prefix.length) / term.length : 0;
      if (owner && credit > (best?.credit ?? 0)) best = { concept: owner.concept, credit };
    }
    return best;
  }
}

