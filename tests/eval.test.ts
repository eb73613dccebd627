import { describe, expect, it } from 'vitest';
import { evaluateAnswers } from '../scripts/eval.js';

// The bars (hit@1 0.90, hit@3 0.97, abstention 0.90, none wrongly abstained) are reported by
// `npm run eval`. These floors sit just under the scores measured when the engine last changed, so a
// change that makes answers worse fails here instead of passing unnoticed.
describe('answer quality on eval/answers.json', () => {
  const scores = evaluateAnswers();

  it('every expected snippet names one passage, and the set is the size the issue asks for', () => {
    expect(scores.answerable).toBeGreaterThanOrEqual(40);
    expect(scores.offTopic).toBeGreaterThanOrEqual(10);
  });

  it('does not fall below the measured scores', () => {
    expect(scores.hitAt1).toBeGreaterThanOrEqual(0.66);
    expect(scores.hitAt3).toBeGreaterThanOrEqual(0.75);
    expect(scores.offTopicAbstention).toBeGreaterThanOrEqual(0.88);
    expect(scores.hitAt1).toBeGreaterThan(scores.plainHitAt1);
  });
});
