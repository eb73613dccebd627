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

/**
 * Every run of capitalised words of the texts, by its lowercase words joined
 * with spaces, with how many of the texts write it; added to `counts` (or taken
 * from it, with `sign` -1, for texts leaving the corpus). Only counts are kept:
 * a corpus that changes holds one for every run it has ever seen once.
 */
export function countNameRuns(texts: Iterable<string>, counts = new Map<string, number>(), sign: 1 | -1 = 1): Map<string, number> {
  for (const text of texts) {
    const inPassage = new Set<string>();
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = tokenize(match[0]).map((t) => t.lower);
      const start = words.findIndex((word) => !STOPWORDS.has(word) && !NOT_NAME_START.has(word));
      const name = start === -1 ? [] : words.slice(start);
      const key = name.join(' ');
      if (name.filter((word) => !STOPWORDS.has(word)).length < 2 || inPassage.has(key)) continue;
      inPassage.add(key);
      const count = (counts.get(key) ?? 0) + sign;
      if (count > 0) counts.set(key, count);
      else counts.delete(key);
    }
  }
  return counts;
}

/**
 * The runs that are names: a name is written more than once; a run written once is as often two
 * capitalised words that happen to meet ("Lauderdale Said", a sentence's first word after a name).
 * In the order of their words, so that a corpus grown article by article learns them in the order a fresh build does.
 */
export function namesOf(counts: ReadonlyMap<string, number>): string[][] {
  const keys = [...counts].filter(([, passages]) => passages >= MIN_PASSAGES).map(([key]) => key);
  return keys.sort().map((key) => key.split(' '));
}

/** How many passages must write a run of capitalised words for it to be a name. */
const MIN_PASSAGES = 2;
