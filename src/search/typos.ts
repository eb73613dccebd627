import { SlipIndex } from '../text/slips.js';

/**
 * Corrects a mistyped question word toward the corpus's own words. It compares
 * whole words, not stems, which a typo bends out of shape ("termnial" does not
 * stem like "terminal").
 */
export class TypoCorrector {
  /** Corpus words, sorted, for completions. */
  private readonly sorted: string[];
  private readonly terms: string[];
  private readonly slips: SlipIndex;

  constructor(words: Iterable<[word: string, term: string]>) {
    const entries = [...words].filter(([word]) => word.length >= 3 && !word.includes(' '));
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // Past two million distinct words (twenty times a 100k-passage corpus), the rest go uncorrected.
    entries.length = Math.min(entries.length, SlipIndex.CAPACITY);
    this.sorted = entries.map(([word]) => word);
    this.terms = entries.map(([, term]) => term);
    this.slips = new SlipIndex(this.sorted);
  }

  /**
   * Index terms of the corpus words one slip from `word` (a letter left out,
   * added or changed, or two neighbours swapped): "goverment" finds
   * "government", "wrokers" finds "workers". Two slips would catch a few more
   * typos but reach far more words than they correct.
   */
  correct(word: string): string[] {
    if (word.length < 4) return [];
    return [...new Set(this.slips.near(word).map((at) => this.terms[at]!))];
  }

  /** Corpus words that start with a prefix, shortest first: completions for a word being typed. */
  completions(prefix: string, limit: number): string[] {
    if (prefix.length < 2) return [];
    const found: string[] = [];
    for (let at = this.firstAtOrAfter(prefix); at < this.sorted.length && this.sorted[at]!.startsWith(prefix); at++) found.push(this.sorted[at]!);
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }

  /** Whether any corpus word starts with a prefix (see completions). */
  completes(prefix: string): boolean {
    return prefix.length >= 2 && (this.sorted[this.firstAtOrAfter(prefix)]?.startsWith(prefix) ?? false);
  }

  /** The position of the first corpus word not sorting before the prefix (binary search). */
  private firstAtOrAfter(prefix: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sorted[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
