import { stemmer } from 'stemmer';
import irregular from './irregular-forms.json' with { type: 'json' };
import stopwords from './stopwords.json' with { type: 'json' };

/** Function words dropped from articles and questions alike (see stopwords.json). */
export const STOPWORDS: ReadonlySet<string> = new Set(stopwords.words);

/** Contractions and possessives whose suffix carries no topic. */
const CLITICS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** `U.S.` and `C-RAM` are written as one word: `US`, `CRAM`. */
const SPLIT_ACRONYM = /\b(?:\p{Lu}\.){2,}|\b\p{Lu}+(?:-\p{Lu}+)+(?=s?\b)/gu;
// Patterns of single UTF-16 units go without the `u` flag, with which V8 runs them several times slower.
const NON_ASCII = /[\u0080-\uffff]/;
const APOSTROPHE = /['’]/;
const APOSTROPHES = /['’]/g;
const COMBINING_MARKS = /\p{M}+/gu;

export interface Token {
  /** Lowercase, accent-folded form. */
  lower: string;
  /** Written all in capitals (two letters or more): `US` is a country, `us` a pronoun. */
  upper: boolean;
}

/** Splits text into words, keeping case information and folding `U.S.` into `US`. */
export function tokenize(text: string): Token[] {
  // Tokenizing runs on every question and every passage: the common case skips the regex work.
  const source = /[.-]/.test(text) ? text.replace(SPLIT_ACRONYM, (m) => m.replace(/[.-]/gu, '')) : text;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match !== null; match = TOKEN.exec(source)) {
    let word = match[0];
    const apostrophe = word.search(APOSTROPHE);
    if (apostrophe !== -1) {
      const suffix = word.slice(apostrophe + 1).toLowerCase();
      // "Won't" keeps its "t": "won" is the past of "win".
      const clitic = CLITICS.has(suffix) && !(suffix === 't' && /^won$/iu.test(word.slice(0, apostrophe)));
      word = clitic ? word.slice(0, apostrophe) : word.replace(APOSTROPHES, '');
    }
    let lower = word.toLowerCase();
    if (NON_ASCII.test(lower)) lower = lower.normalize('NFKD').replace(COMBINING_MARKS, '');
    const upper = word.length >= 2 && word !== lower && word === word.toUpperCase();
    tokens.push({ lower, upper });
  }
  return tokens;
}

/** Irregular inflections and the word each inflects ("paid" → "pay"), which Porter's rules cannot join (see scripts/irregular-forms.ts). */
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries(irregular.forms));

/** The word an irregular form inflects ("fell" → "fall"), if it is one. */
export function irregularBase(lower: string): string | undefined {
  return IRREGULAR.get(lower);
}

const stems = new Map<string, string>();

/**
 * Porter stem of a lowercase word, taken from the word it inflects if it is an
 * irregular form; numbers stay as they are. Cached: text repeats its words.
 */
export function stem(lower: string): string {
  let result = stems.get(lower);
  if (result === undefined) {
    result = /\d/u.test(lower) ? lower : stemmer(irregularBase(lower) ?? lower);
    if (stems.size > 200_000) stems.clear();
    stems.set(lower, result);
  }
  return result;
}

/** Empties the stem cache: building the near-meaning table stems all of WordNet, which text will not repeat. */
export function forgetStems(): void {
  stems.clear();
}

/**
 * The words of a text in lower-case ASCII letters alone, as /\b[a-z]+\b/g finds them, with their offsets:
 * read by character codes, as every word of every passage is asked about and a match object each cost more than the asking.
 */
export function lowerWords(text: string): { index: number; word: string }[] {
  const words: { index: number; word: string }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isLowerCode(text.charCodeAt(j))) j++;
    if (j > i && (j === n || !isWordCode(text.charCodeAt(j)))) words.push({ index: i, word: text.slice(i, j) });
    while (j < n && isWordCode(text.charCodeAt(j))) j++; // past the rest of a word that is not all lower case
    i = j;
  }
  return words;
}
const isLowerCode = (c: number) => c >= 97 && c <= 122;
/** A character of a regular expression's \w: ASCII letters, digits and "_". */
const isWordCode = (c: number) => isLowerCode(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
