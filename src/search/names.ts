import { STOPWORDS, tokenize } from '../text/words.js';

/**
 * Capitalised words in a row, with "of", "the" or "for" allowed between them:
 * "Brevik Marine Works", "Bank of Veldmark", "Aranmore Star". Not "and", which
 * more often joins two names ("Britain and France") than sits inside one.
 */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}’'-]*(?:[ \u00a0]+(?:(?:of|the|for)[ \u00a0]+)?\p{Lu}[\p{L}\p{N}’'-]*)+/gu;

/** Capitalised words that open a run without being part of the name: "On Monday Brevik Marine Works said". */
const NOT_NAME_START = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/**
 * Names of several words the corpus writes with capitals, as their lowercase
 * words ("brevik marine works", "bank of veldmark"), so that a question typed
 * in lower case reads "brevik marine works founded" as a name and a word, not
 * three words and a word. Headlines are left out by the caller: some outlets
 * capitalise every word of them. A run loses the words that open it without
 * being part of the name ("The", "On Monday").
 */
export function learnNames(texts: Iterable<string>): string[][] {
  return namesOf(countNameRuns(texts));
}

/** A run of capitalised words and how many passages write it. */
export interface NameRun {
  name: string[];
  passages: number;
}

/**
 * Every run of capitalised words of the texts, with how many of them write it,
 * added to `counts` (or taken from it, with `sign` -1, for texts leaving the corpus).
 */
export function countNameRuns(texts: Iterable<string>, counts = new Map<string, NameRun>(), sign: 1 | -1 = 1): Map<string, NameRun> {
  for (const text of texts) {
    const inPassage = new Set<string>();
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = tokenize(match[0]).map((t) => t.lower);
      const start = words.findIndex((word) => !STOPWORDS.has(word) && !NOT_NAME_START.has(word));
      const name = start === -1 ? [] : words.slice(start);
      const key = name.join(' ');
      if (name.filter((word) => !STOPWORDS.has(word)).length < 2 || inPassage.has(key)) continue;
      inPassage.add(key);
      const seen = counts.get(key);
      if (seen) seen.passages += sign;
      else if (sign > 0) counts.set(key, { name, passages: 1 });
      if (seen && seen.passages <= 0) counts.delete(key);
    }
  }
  return counts;
}

/**
 * The runs that are names: a name is written more than once; a run written once is as often two
 * capitalised words that happen to meet ("Lauderdale Said", a sentence's first word after a name).
 */
export function namesOf(counts: ReadonlyMap<string, NameRun>): string[][] {
  // In the order of their words, so that a corpus grown article by article learns them in the order a fresh build does.
  const keys = [...counts.keys()].filter((key) => counts.get(key)!.passages >= MIN_PASSAGES).sort();
  return keys.map((key) => counts.get(key)!.name);
}

/** How many passages must write a run of capitalised words for it to be a name. */
const MIN_PASSAGES = 2;
