/**
 * Finds the words of a fixed list that are one slip from a word: a letter left
 * out, one added, one changed, or two neighbours swapped ("goverment",
 * "retalation", "thier"). Each word is filed under a hash of itself and of each
 * of its forms with one letter left out; two words are one slip apart only if
 * one of those forms is shared (the "symmetric delete" idea of SymSpell). A
 * question's word is then looked up in a few binary searches instead of trying
 * every letter at every position, and the whole list costs one typed array.
 */
export class SlipIndex {
  /** The most words one index holds. */
  static readonly CAPACITY = 2 ** 21;

  /** hash × 2^21 + word number, sorted: a Float64 holds both exactly. */
  private readonly keys: Float64Array;
  /**
   * Where the keys whose hash starts with each 16-bit prefix begin: a look-up
   * reads one short run of keys instead of binary-searching the whole array,
   * whose cache lines a question's search has long evicted.
   */
  private readonly starts = new Uint32Array(BUCKETS + 1);

  constructor(readonly words: readonly string[]) {
    if (words.length > SlipIndex.CAPACITY) throw new RangeError(`SlipIndex holds at most ${SlipIndex.CAPACITY} words`);
    let count = 0;
    for (const word of words) count += word.length + 1;
    const keys = new Float64Array(count);
    let at = 0;
    words.forEach((word, owner) => {
      keys[at++] = hashWithout(word, -1) * OWNER_SPAN + owner;
      for (let skip = 0; skip < word.length; skip++) keys[at++] = hashWithout(word, skip) * OWNER_SPAN + owner;
    });
    this.keys = keys.sort();
    for (const key of this.keys) this.starts[bucketOf(Math.floor(key / OWNER_SPAN)) + 1]!++;
    for (let b = 0; b < BUCKETS; b++) this.starts[b + 1]! += this.starts[b]!;
  }

  /** Positions in `words` of the words exactly one slip from `word`, without repeats. */
  near(word: string): number[] {
    const found: number[] = [];
    for (let skip = -1; skip < word.length; skip++) {
      const hash = hashWithout(word, skip);
      const bucket = bucketOf(hash);
      for (let i = this.starts[bucket]!; i < this.starts[bucket + 1]!; i++) {
        const key = this.keys[i]!;
        if (Math.floor(key / OWNER_SPAN) !== hash) continue;
        const owner = key % OWNER_SPAN;
        if (!found.includes(owner) && oneSlipApart(word, this.words[owner]!)) found.push(owner);
      }
    }
    return found;
  }
}

const BUCKETS = 2 ** 16;
const bucketOf = (hash: number) => hash >>> 16;

/** Word numbers up to CAPACITY fit beside a 32-bit hash in a double's 53-bit integer range. */
const OWNER_SPAN = SlipIndex.CAPACITY;

/** FNV-1a of the word's UTF-16 units, leaving out the unit at `skip` (-1: none). */
function hashWithout(word: string, skip: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** Whether two different words are one deletion, insertion, substitution or swap of neighbours apart. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let first = -1;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (first === -1) first = i;
      else if (i === first + 1 && a[first] === b[i] && a[i] === b[first]) return a.slice(i + 1) === b.slice(i + 1);
      else return false;
    }
    return true;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
