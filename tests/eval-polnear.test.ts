import { describe, expect, it } from 'vitest';
import { headWord, inChain, looksAnonymous } from '../scripts/eval-polnear.js';

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
  ])('%s → %s', (source, head) => {
    expect(headWord(source)).toBe(head);
  });

  it('finds the speaker in a chain by that head', () => {
    expect(inChain('a publishing executive familiar with the talks', ['unknown outlet', 'a publishing executive'])).toBe(true);
    expect(inChain('a publishing executive familiar with the talks', ['unknown outlet', 'Politico'])).toBe(false);
  });

  it('tells anonymous sources from named ones', () => {
    expect(looksAnonymous('senior administration officials')).toBe(true);
    expect(looksAnonymous('Trump spokeswoman Hope Hicks')).toBe(false);
  });
});
