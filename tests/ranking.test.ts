import { describe, expect, it } from 'vitest';
import { choiceProbabilities, dot, FEATURES, featureVector, learnedModel, rankCandidates, type LearnedModel, type PassageFeatures } from '../src/ranking/model.js';
import { looksLikeHeading } from '../src/answer/answerTypes.js';
import { fit, meanLoss, type TrainingQuestion } from '../scripts/softmax-ranker.js';

const base: PassageFeatures = {
  relevance: 2,
  held: 2,
  coverage: 0.8,
  missing: 0,
  namesOnly: false,
  section: 'body',
  lede: false,
  length: 240,
  asksPhoto: false,
  givesType: false,
  givesCount: false,
  givesNear: false,
  echoes: false,
  relevanceShare: 1,
  storyShare: 1,
  heading: false,
  givesWord: null,
  coverageShare: 1,
  wordCoverage: 0.8,
};

describe('the learned ranking model', () => {
  it('reads a short title-case line as a heading, which ranks below the paragraph under it', () => {
    expect(looksLikeHeading('Salma Hayek Described Her Experience Being Discriminated Against.')).toBe(true);
    expect(looksLikeHeading('Salma Hayek described her experience of being discriminated against.')).toBe(false);
    const weights = learnedModel().weights;
    expect(dot(weights, featureVector({ ...base, heading: true }))).toBeLessThan(dot(weights, featureVector(base)));
    // A sentence full of names still has its verb in lower case.
    expect(looksLikeHeading('U.S. District Judge Carlton W. Reeves ruled.')).toBe(false);
  });

  it('ranks a passage that gives the kind of answer wanted above the same passage without it', () => {
    const weights = learnedModel().weights;
    for (const givesWord of ['person', 'place', 'reason', 'quote'] as const) {
      expect(dot(weights, featureVector({ ...base, givesWord }))).toBeGreaterThan(dot(weights, featureVector(base)));
    }
  });

  it('is trained on the features the engine measures, one weight each', () => {
    const model = learnedModel();
    expect(model.features).toEqual([...FEATURES]);
    expect(model.weights).toHaveLength(FEATURES.length);
    expect(featureVector(base)).toHaveLength(FEATURES.length);
    expect(model.weights.every(Number.isFinite)).toBe(true);
  });

  it('gives probabilities that sum to one, even for scores that would overflow', () => {
    const p = choiceProbabilities([1000, 999, -1000]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p[0]!).toBeGreaterThan(p[1]!);
    expect(p.every(Number.isFinite)).toBe(true);
  });

  it('orders candidates by what the weights favour, best first', () => {
    const model: LearnedModel = { features: [...FEATURES], weights: FEATURES.map((f) => (f === 'gives type' ? 2 : 0)) };
    const ranked = rankCandidates([{ id: 'plain', features: base }, { id: 'typed', features: { ...base, givesType: true } }], model);
    expect(ranked.map((r) => r.id)).toEqual(['typed', 'plain']);
    expect(ranked[0]!.score).toBeGreaterThan(0.5);
  });

  it('abstains when the closest match shares only names and nothing holds most of the question, whatever the weights', () => {
    const model: LearnedModel = { features: [...FEATURES], weights: FEATURES.map((f) => (f === 'names only' ? 5 : 0)) };
    const namesOnly = { id: 'names', features: { ...base, namesOnly: true, relevance: 9, coverage: 0.5 } };
    expect(rankCandidates([namesOnly, { id: 'weak', features: { ...base, relevance: 1, coverage: 0.4 } }], model)).toEqual([]);
    const strong = rankCandidates([namesOnly, { id: 'strong', features: { ...base, relevance: 1, coverage: 0.9 } }], model);
    expect(strong.map((r) => r.id)).toEqual(['strong']);
  });
});

describe('fitting the ranking model', () => {
  // Candidates of two features; the answer is the one with the larger first feature, the second is noise.
  const questions: TrainingQuestion[] = Array.from({ length: 60 }, (_, q) => {
    const candidates = Array.from({ length: 5 }, (_, i) => [((q * 7 + i * 3) % 11) / 10, ((q * 5 + i * 7) % 13) / 10]);
    const best = candidates.reduce((b, x, i) => (x[0]! > candidates[b]![0]! ? i : b), 0);
    return { candidates, gold: [best], fold: String(q % 3) };
  });

  it('learns weights that put the answers first and lower the loss', () => {
    const w = fit(questions, 2, { l2: 0.001, iterations: 300 });
    expect(meanLoss(w, questions)).toBeLessThan(meanLoss([0, 0], questions));
    const right = questions.filter((q) => {
      const scores = q.candidates.map((x) => dot(w, x));
      return q.gold.includes(scores.indexOf(Math.max(...scores)));
    }).length;
    expect(right).toBeGreaterThanOrEqual(55);
    expect(w[0]!).toBeGreaterThan(Math.abs(w[1]!));
  });

  it('is pulled toward its prior by the penalty', () => {
    const prior = [0, 3];
    const loose = fit(questions, 2, { l2: 0.001, iterations: 300, prior });
    const tight = fit(questions, 2, { l2: 10, iterations: 300, prior });
    expect(Math.abs(tight[1]! - 3)).toBeLessThan(Math.abs(loose[1]! - 3));
  });
});
