import { STOPWORDS, tokenize } from '../text/words.js';

/**
 * Capitalised words in a row, with "of", "the", "and" or "for" allowed between
 * them: "Brevik Marine Works", "Bank of Veldmark", "Aranmore Star".
 */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}’'-]*(?:[ \u00a0]+(?:(?:of|the|and|for)[ \u00a0]+)?\p{Lu}[\p{L}\p{N}’'-]*)+/gu;

/**
 * Names of several words the corpus writes with capitals, as lowercase words
 * without function words ("brevik marine works"), so that a question typed in
 * lower case reads "brevik marine works founded" as a name and a word, not three
 * words and a word. Headlines are left out: some outlets capitalise every word
 * of them. A run that starts a sentence loses its leading function words ("The
 * Holloway Dam"); the first of each name wins, so the result is stable as
 * articles are added.
 */
export function learnNames(texts: Iterable<string>): string[][] {
  const found = new Map<string, string[]>();
  for (const text of texts) {
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = tokenize(match[0])
        .map((t) => t.lower)
        .filter((word) => !STOPWORDS.has(word));
      const key = words.join(' ');
      if (words.length >= 2 && !found.has(key)) found.set(key, words);
    }
  }
  return [...found.values()];
}
