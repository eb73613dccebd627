import firstNames from './first-names.json' with { type: 'json' };
import { isEnglishName, isEnglishWord } from '../text/specificity.js';
import { isPlace, isRole } from './word-classes.js';

export type Gender = 'female' | 'male';

/** First names from birth records (scripts/first-names.ts), with the sex they tell if one; read on first use and let go after a batch. */
let byFirstName: Map<string, Gender | 'either'> | null = null;
function firstNameTable(): Map<string, Gender | 'either'> {
  if (!byFirstName) {
    byFirstName = new Map();
    for (const name of firstNames.female.split(' ')) byFirstName.set(name, 'female');
    for (const name of firstNames.male.split(' ')) byFirstName.set(name, 'male');
    for (const name of firstNames.either.split(' ')) byFirstName.set(name, 'either');
  }
  return byFirstName;
}
function firstNameGender(lower: string): Gender | undefined {
  const sex = firstNameTable().get(lower);
  return sex === 'either' ? undefined : sex;
}
/** Whether birth records know a word as a first name, of either sex ("Dana", "Jeb", "Hope"). */
export function isFirstName(word: string): boolean {
  return firstNameTable().has(word.toLowerCase());
}
export function forgetFirstNames(): void {
  byFirstName = null;
}

const TITLE_OF_MEN = /^Mr\.?$/u;
const TITLE_OF_WOMEN = /^(?:Mrs|Ms|Miss)\.?$/u;

/**
 * The sex a person's name tells, or null: a title ("Mr. Obama", "Ms. Gedrich"), else its first name (see
 * firstName); else what the article has said of a surname written alone ("Clinton", after "Hillary Clinton").
 * A surname alone is never read as a first name: "Clinton" and "Warren" are both.
 */
export function genderOfName(name: string, surnames?: ReadonlyMap<string, Gender | null>): Gender | null {
  const words = nameWords(name);
  const titled = titleGender(words);
  if (titled) return titled;
  const first = firstName(words);
  if (first) return firstNameGender(first.toLowerCase()) ?? null;
  const last = words.at(-1)?.replace(/['’]s?$/u, '');
  return last === undefined ? null : (surnames?.get(last) ?? null);
}

/** A name's words, less initials ("Donald J. Trump"). */
const nameWords = (name: string) => name.split(/[\s\u00a0]+/u).filter((w) => w !== '' && !/^\p{Lu}\.$/u.test(w));

function titleGender(words: readonly string[]): Gender | null {
  if (words.some((w) => TITLE_OF_MEN.test(w))) return 'male';
  if (words.some((w) => TITLE_OF_WOMEN.test(w))) return 'female';
  return null;
}

/**
 * The first name of a run of capitalised words: the word before the surname ("Sen. Bernie Sanders", "Terry
 * McAuliffe"), or the one before that when it is a known first name ("Hillary Rodham Clinton"). A place, a
 * role or an ordinary word before the surname is none: "Virginia Gov. McAuliffe", "Senator Murphy", "The Murphy".
 */
function firstName(words: readonly string[]): string | null {
  const capitalised = (word: string | undefined): word is string => word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word) && !isPlace(word);
  const known = (word: string | undefined): boolean => capitalised(word) && firstNameGender(word.toLowerCase()) !== undefined;
  const before = words.at(-2);
  if (!capitalised(before)) return null;
  // Of a first and a middle name, the first tells: "Christine Todd Whitman", "Hillary Rodham Clinton".
  const earlier = words.at(-3);
  if (known(earlier)) return earlier!;
  if (known(before)) return before;
  const lower = before.toLowerCase();
  // A role ("Senator Murphy") or an ordinary word ("The Murphy") is no first name; an unknown name may be of either sex.
  return isRole(lower) || (isEnglishWord(lower) && !isEnglishName(lower)) ? null : before;
}

/**
 * What an article's full names tell of its surnames: "Hillary Clinton" makes a later "Clinton" a woman, unless
 * the article also names "Bill Clinton", or someone of that surname whose first name tells neither ("Chris
 * Murphy" beside "Cathy Murphy"); a title does too ("Mrs. Clinton").
 */
export function surnameGenders(texts: Iterable<string>): Map<string, Gender | null> {
  const surnames = new Map<string, Gender | null>();
  for (const text of texts) {
    for (const m of text.matchAll(FULL_NAME)) {
      for (const words of namesInRun(nameWords(m[0]))) {
        const surname = words.at(-1)!.replace(/['’]s?$/u, '');
        const titled = titleGender(words.slice(0, 1)); // a title at the name's head, not one a run carried in
        const first = titled ? null : firstName(words);
        const gender = titled ?? (first === null ? undefined : (firstNameGender(first.toLowerCase()) ?? null));
        if (gender === undefined) continue; // a role or a place before the surname tells nothing
        const known = surnames.get(surname);
        surnames.set(surname, known === undefined || known === gender ? gender : null);
      }
    }
  }
  return surnames;
}

/**
 * The names in a run of capitalised words, which may cross a sentence's end ("…for Hillary Clinton. Clinton
 * arrived"): a full stop ends a name unless it closes a title or an initial.
 */
function namesInRun(words: readonly string[]): string[][] {
  const names: string[][] = [];
  let name: string[] = [];
  for (const word of words) {
    const ends = word.endsWith('.') && !TITLE_BEFORE_NAME.test(word);
    name.push(ends ? word.slice(0, -1) : word);
    if (ends) {
      names.push(name);
      name = [];
    }
  }
  if (name.length > 0) names.push(name);
  return names.filter((n) => n.length >= 2 && /^\p{Lu}/u.test(n.at(-1)!));
}
const TITLE_BEFORE_NAME = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|St|Jr|Sr|Sgt|Capt|Maj|Rev|Hon|Pres)\.$/u;

/** A run of capitalised words: "Hillary Clinton", "Mrs. Clinton", "Sen. Bernie Sanders". */
const FULL_NAME = /\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*)+/gu;

/** Whether a pronoun can stand for a person of a known sex, or of an unknown one. */
export function pronounAgrees(pronoun: string, gender: Gender | null): boolean {
  if (gender === null) return true;
  if (pronoun === 'she' || pronoun === 'her') return gender === 'female';
  if (pronoun === 'he' || pronoun === 'him' || pronoun === 'his') return gender === 'male';
  return true;
}

/** What an article tells of the names in it, read when a pronoun first asks. */
export interface ArticleNames {
  /** The sex a name tells: by its title or first name, or by what the article says of its surname. */
  genderOf(name: string): Gender | null;
  /** Whether the article capitalises a word inside a sentence ("said Brown", "Sherrod Brown"), where only names are capitalised. */
  capitalisesInside(word: string): boolean;
  /** The same reading, but of a name's sex only what its title tells: for when no one else can be meant. */
  readonly byTitles: ArticleNames;
}

export function articleNames(texts: readonly string[]): ArticleNames {
  let surnames: Map<string, Gender | null> | null = null;
  let inside: Set<string> | null = null;
  const capitalisesInside = (word: string) => {
    inside ??= new Set(texts.flatMap((t) => [...t.matchAll(INSIDE_A_SENTENCE)].map((m) => m[0].toLowerCase())));
    return inside.has(word.toLowerCase());
  };
  const byTitles: ArticleNames = { genderOf: (name) => titleGender(nameWords(name)), capitalisesInside, get byTitles() { return byTitles; } };
  return { genderOf: (name) => genderOfName(name, (surnames ??= surnameGenders(texts))), capitalisesInside, byTitles };
}
/** A capitalised word after a word, a comma or a semicolon: inside a sentence, where only names are capitalised. */
const INSIDE_A_SENTENCE = /(?<=[\p{L}\p{N},;][\s\u00a0]+)\p{Lu}[\p{L}'’-]*/gu;
