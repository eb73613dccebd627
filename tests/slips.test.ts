import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneSlipApart, SlipIndex } from '../src/text/slips.js';
import { TypoCorrector } from '../src/search/typos.js';

const letters = fc.string({ unit: fc.constantFrom(...'abcdeéz'), minLength: 1, maxLength: 9 });

/** Every word one slip from `word`, by brute force over the letters the tests use. */
function allSlips(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of 'abcdeéz') {
      out.add(head + letter + tail);
      if (tail) out.add(head + letter + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

describe('slips', () => {
  it('finds exactly the listed words one slip away, as brute force does', () => {
    const check = (words: string[], word: string) => {
      const expected = allSlips(word);
      const found = new SlipIndex(words).near(word).map((at) => words[at]!);
      expect(new Set(found).size).toBe(found.length);
      expect(found.sort()).toEqual(words.filter((w) => expected.has(w)).sort());
      for (const w of words) expect(oneSlipApart(word, w)).toBe(expected.has(w));
    };
    fc.assert(
      fc.property(fc.uniqueArray(letters, { minLength: 1, maxLength: 40 }), letters, fc.nat(), fc.nat(), (words, random, pick, slip) => {
        check(words, random);
        const slips = [...allSlips(words[pick % words.length]!)];
        check(words, slips[slip % slips.length]!);
      }),
    );
  });

  it('corrects deletions, insertions, substitutions and swaps toward corpus words, and completes prefixes', () => {
    const corrector = new TypoCorrector([
      ['government', 'govern'],
      ['workers', 'worker'],
      ['retaliation', 'retali'],
      ['retaliate', 'retali'],
      ['governor', 'governor'],
    ]);
    expect(corrector.correct('goverment')).toEqual(['govern']);
    expect(corrector.correct('wrokers')).toEqual(['worker']);
    expect(corrector.correct('retalation')).toEqual(['retali']);
    expect(corrector.correct('governmentt')).toEqual(['govern']);
    expect(corrector.correct('gov')).toEqual([]);
    expect(corrector.completions('gove', 5)).toEqual(['governor', 'government']);
    expect(corrector.completes('retal')).toBe(true);
    expect(corrector.completes('zz')).toBe(false);
  });
});
