import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { headWord, inChain, looksAnonymous, namesASource } from '../scripts/eval-polnear.js';

describe('the PolNeAR measure reads a source by its head word', () => {
  it.each([
    ['The F.B.I. director, James B. Comey', 'comey'],
    ['a Mexican official who was not authorized to speak', 'official'],
    ['judges handling federal Freedom of Information cases', 'judges'],
    ['exit polls conducted for The Associated Press', 'polls'],
    // An -ing word after a determiner or possessive modifies the noun after it.
    ['a publishing executive familiar with the talks', 'executive'],
    ["the party's governing body", 'body'],
    ['those attending the rally', 'those'],
    ['whose attorneys', 'attorneys'],
    // A place or a body after a full name says where the person is from or works.
    ['Senator Ted Cruz of Texas', 'cruz'],
    ['Maggie Haberman of The New York Times', 'haberman'],
    ['Jeffrey Lewis of the James Martin Center for Nonproliferation Studies', 'lewis'],
    ['the American Civil Liberties Union of Ohio', 'union'],
    ['former Secretary of State Hillary Clinton', 'clinton'],
    // "Himself" after a name intensifies it.
    ['Cruz himself', 'cruz'],
  ])('%s → %s', (source, head) => {
    expect(headWord(source)).toBe(head);
  });

  it('finds the speaker in a chain by that head', () => {
    expect(inChain('a publishing executive familiar with the talks', ['unknown outlet', 'a publishing executive'])).toBe(true);
    expect(inChain('a publishing executive familiar with the talks', ['unknown outlet', 'Politico'])).toBe(false);
  });

  it('counts a name a chain gives as a source only when an annotated source of its passage heads or holds it', () => {
    expect(namesASource('Kantar Media', ['Kantar Media’s political ad tracker'])).toBe(true);
    expect(namesASource('unnamed senior administration officials', ['senior administration officials'])).toBe(true);
    expect(namesASource('the United', ['Marco Rubio'])).toBe(false);
    expect(namesASource('Wednesday', [])).toBe(false);
  });

  it('tells anonymous sources from named ones', () => {
    expect(looksAnonymous('senior administration officials')).toBe(true);
    expect(looksAnonymous('Trump spokeswoman Hope Hicks')).toBe(false);
  });
});

describe.each([
  ['dev', 120],
  ['train', 296],
])('the pronoun referents labelled by hand on PolNeAR %s', (split, drawn) => {
  const { items } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval', `pronouns-polnear-${split}.json`), 'utf8')) as {
    items: { article: string; pronoun: { start: number; end: number }; referent: { start: number; end: number; sha256: string } | null }[];
  };

  it('holds spans only, each pronoun once, with a hash for every referent', () => {
    expect(items.length).toBe(drawn);
    expect(new Set(items.map((i) => `${i.article}@${i.pronoun.start}`)).size).toBe(items.length);
    for (const { pronoun, referent } of items) {
      expect(pronoun.end).toBeGreaterThan(pronoun.start);
      if (referent) {
        expect(referent.end).toBeGreaterThan(referent.start);
        expect(referent.sha256).toMatch(/^[0-9a-f]{12}$/u);
      }
    }
  });
});
