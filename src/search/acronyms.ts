import { tokenize } from '../text/words.js';
import { Analyzer, type Acronym } from './analyze.js';

const DEFINITION = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9}?)s?\)/gu;
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'de', 'du', 'des', 'al', 'el', 'a', '&']);

/**
 * Finds acronyms the corpus defines in the usual way, a long form followed by its
 * initials in parentheses: "Popular Mobilization Units (PMU)". The first definition
 * of each acronym wins, so the result is stable as articles are added.
 */
export function learnAcronyms(texts: Iterable<string>): Acronym[] {
  const found = new Map<string, Acronym>();
  for (const text of texts) for (const acronym of acronymDefinitions(text)) if (!found.has(acronym.short)) found.set(acronym.short, acronym);
  return [...found.values()];
}

/** Long forms are read with no corpus knowledge, so that a definition means the same in any corpus. */
let plain: Analyzer | null = null;

/** The acronyms one text defines, in the order it defines them. */
export function acronymDefinitions(text: string): Acronym[] {
  if (!text.includes('(')) return [];
  plain ??= new Analyzer();
  const analyzer = plain;
  const found: Acronym[] = [];
  for (const match of text.matchAll(DEFINITION)) {
    const letters = match[1]!.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    if (letters.length < 2) continue;
    const before = text.slice(Math.max(0, match.index - 200), match.index);
    const longForm = spelledOut(before, letters);
    if (!longForm) continue;
    const long = tokenize(longForm)
      .filter((t) => !MINOR_WORDS.has(t.lower))
      .map((t) => analyzer.indexTerms(t.lower)[0])
      .filter((s): s is string => s !== undefined);
    if (long.length >= 2) found.push({ short: letters, long, longForm });
  }
  return found;
}

/** The words just before an acronym whose initials spell it, or null. */
function spelledOut(before: string, letters: string): string | null {
  const words = before.trimEnd().split(/[\s\u00a0]+/u);
  let k = letters.length - 1;
  let first = words.length;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const word = words[w]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!word) return null;
    const initials = word.split('-').map((part) => part[0]?.toLowerCase() ?? '');
    // A hyphenated word may give one letter or one per part ("Counter-Rocket" → C or CR).
    // Lower-case function words inside a name ("of the") are skipped, not read as initials.
    if (MINOR_WORDS.has(word) && k < letters.length - 1) continue;
    const asParts = initials.join('');
    if (k + 1 >= asParts.length && letters.slice(k + 1 - asParts.length, k + 1) === asParts) k -= asParts.length;
    else if (initials[0] === letters[k]) k--;
    else return null;
    first = w;
  }
  if (k >= 0) return null;
  return words.slice(first).join(' ').replace(/[^\p{L}\p{N}]+$/u, '');
}
