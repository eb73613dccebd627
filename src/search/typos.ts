import SearchableMap from 'minisearch/SearchableMap';

/**
 * Corrects a mistyped question word toward the corpus's own words: "wrokers"
 * finds "workers", "termnial" finds "terminal". It compares whole words (not
 * stems, which a typo bends out of shape) by optimal string alignment distance,
 * which counts a swapped pair of letters as one edit, the commonest typo.
 */
export class TypoCorrector {
  /** Corpus words in a radix tree, which finds the words within an edit distance without a scan. */
  private readonly words = new SearchableMap<string>();

  constructor(words: Iterable<[word: string, term: string]>) {
    for (const [word, term] of words) if (word.length >= 3 && !word.includes(' ')) this.words.set(word, term);
  }

  /**
   * Index terms of the corpus words nearest to `word`: within one edit, or two
   * from seven letters, by Levenshtein distance from the tree, and one swap of
   * neighbouring letters by a direct look-up; the nearest by alignment distance
   * win, so "wrokers" finds "workers".
   */
  correct(word: string): string[] {
    const max = word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
    if (max === 0) return [];
    const candidates = new Map<string, string>();
    for (const [candidate, [term]] of this.words.fuzzyGet(word, max)) candidates.set(candidate, term);
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      const term = this.words.get(swapped);
      if (term !== undefined) candidates.set(swapped, term);
    }
    let best = max;
    let terms: string[] = [];
    for (const [candidate, term] of candidates) {
      const distance = alignmentDistance(word, candidate, best + 1);
      if (distance > best) continue;
      if (distance < best) [best, terms] = [distance, []];
      if (!terms.includes(term)) terms.push(term);
    }
    return terms;
  }
}

/** Optimal string alignment distance, or `limit` as soon as it is certain to reach it. */
export function alignmentDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    previous2 = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit);
}
