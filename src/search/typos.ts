import SearchableMap from 'minisearch/SearchableMap';

/**
 * Corrects a mistyped question word toward the corpus's own words. It compares
 * whole words, not stems, which a typo bends out of shape ("termnial" does not
 * stem like "terminal").
 */
export class TypoCorrector {
  /** Corpus words in a radix tree, which finds the words within an edit distance without a scan. */
  private readonly words = new SearchableMap<string>();

  constructor(words: Iterable<[word: string, term: string]>) {
    for (const [word, term] of words) if (word.length >= 3 && !word.includes(' ')) this.words.set(word, term);
  }

  /**
   * Index terms of the corpus words one edit from `word` (Levenshtein, from the
   * tree) or one swap of neighbouring letters (a direct look-up): "goverment"
   * finds "government", "wrokers" finds "workers". Two edits would catch a few
   * more typos but cost a tree walk that reaches far more words than it corrects.
   */
  correct(word: string): string[] {
    if (word.length < 4) return [];
    const terms = new Set<string>();
    for (const [, [term]] of this.words.fuzzyGet(word, 1)) terms.add(term);
    for (let i = 0; i + 1 < word.length; i++) {
      const term = this.words.get(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      if (term !== undefined) terms.add(term);
    }
    return [...terms];
  }

  /** Corpus words that start with a prefix, shortest first: completions for a word being typed. */
  completions(prefix: string, limit: number): string[] {
    if (prefix.length < 2) return [];
    return [...this.words.atPrefix(prefix).keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }
}
