/**
 * Fitting the ranking model: a linear score over a passage's features, trained
 * so that the softmax over a question's candidates puts its mass on the passages
 * that answer (ListNet's top-one probability). A few lines of gradient descent
 * with Adam's step sizes, so no library is needed.
 */
import { choiceProbabilities, dot } from '../src/ranking/model.js';

export interface TrainingQuestion {
  /** One feature vector per candidate passage, in any order. */
  candidates: number[][];
  /** Positions in `candidates` of the passages that answer (none: the question teaches nothing). */
  gold: number[];
  /** Which fold the question belongs to (its corpus): out-of-fold scores never train on their own fold. */
  fold: string;
  /** How much the question counts in the loss (1 unless given). */
  weight?: number;
}

export interface FitOptions {
  /** L2 penalty on the weights, per unit of question weight. */
  l2?: number;
  iterations?: number;
  learningRate?: number;
  /** Weights the penalty pulls toward, and training starts from (else zeros). */
  prior?: readonly number[];
}

/** Weighted mean negative log-likelihood of the right passages, with the L2 penalty, and its gradient. */
function lossAndGradient(w: readonly number[], questions: readonly TrainingQuestion[], l2: number, prior: readonly number[]): { loss: number; gradient: number[] } {
  const gradient = new Array<number>(w.length).fill(0);
  let loss = 0;
  let total = 0;
  for (const q of questions) {
    const weight = q.weight ?? 1;
    total += weight;
    const p = choiceProbabilities(q.candidates.map((x) => dot(w, x)));
    // With several right passages, the target spreads over them in proportion to the model's own belief.
    const right = q.gold.reduce((s, i) => s + p[i]!, 0);
    loss -= weight * Math.log(Math.max(right, 1e-300));
    const gold = new Set(q.gold);
    q.candidates.forEach((x, i) => {
      const g = weight * (p[i]! - (gold.has(i) ? p[i]! / right : 0));
      if (g !== 0) for (let k = 0; k < x.length; k++) gradient[k]! += g * x[k]!;
    });
  }
  const n = Math.max(1, total);
  for (let k = 0; k < w.length; k++) {
    const pull = w[k]! - prior[k]!;
    gradient[k] = gradient[k]! / n + l2 * pull;
    loss += (n * l2 * pull * pull) / 2;
  }
  return { loss: loss / n, gradient };
}

export function fit(questions: readonly TrainingQuestion[], dimensions: number, { l2 = 0.01, iterations = 600, learningRate = 0.05, prior = new Array<number>(dimensions).fill(0) }: FitOptions = {}): number[] {
  const usable = questions.filter((q) => q.gold.length > 0);
  const w = [...prior];
  const m = new Array<number>(dimensions).fill(0);
  const v = new Array<number>(dimensions).fill(0);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= iterations; t++) {
    const { gradient } = lossAndGradient(w, usable, l2, prior);
    for (let k = 0; k < dimensions; k++) {
      m[k] = beta1 * m[k]! + (1 - beta1) * gradient[k]!;
      v[k] = beta2 * v[k]! + (1 - beta2) * gradient[k]! ** 2;
      w[k] = w[k]! - (learningRate * (m[k]! / (1 - beta1 ** t))) / (Math.sqrt(v[k]! / (1 - beta2 ** t)) + epsilon);
    }
  }
  return w;
}

export function meanLoss(w: readonly number[], questions: readonly TrainingQuestion[]): number {
  return lossAndGradient(w, questions.filter((q) => q.gold.length > 0), 0, w).loss;
}
