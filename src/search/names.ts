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
 * being part of the name ("The", "On Monday"); the first of each name wins, so
 * the result is stable as articles are added.
 */
export function learnNames(texts: Iterable<string>): string[][] {
  const found = new Map<string, string[]>();
  for (const text of texts) {
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = tokenize(match[0]).map((t) => t.lower);
      const start = words.findIndex((word) => !STOPWORDS.has(word) && !NOT_NAME_START.has(word));
      const name = start === -1 ? [] : words.slice(start);
      const key = name.join(' ');
      if (name.filter((word) => !STOPWORDS.has(word)).length >= 2 && !found.has(key)) found.set(key, name);
    }
  }
  return [...found.values()];
}
