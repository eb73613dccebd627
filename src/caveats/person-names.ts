import firstNames from './first-names.json' with { type: 'json' };
import { isEnglishName, isEnglishWord } from '../text/specificity.js';
import { isPlace, isRole, LINKING_OPENER } from './word-classes.js';

export type Gender = 'female' | 'male';

/** The first names birth records give to one sex (scripts/first-names.ts), read on first use and let go after a batch. */
let byFirstName: Map<string, Gender> | null = null;
function firstNameGender(lower: string): Gender | undefined {
  if (!byFirstName) {
    byFirstName = new Map();
    for (const name of firstNames.female.split(' ')) byFirstName.set(name, 'female');
    for (const name of firstNames.male.split(' ')) byFirstName.set(name, 'male');
  }
  return byFirstName.get(lower);
}
/** Whether birth records give a word as a first name: "Benjamin", "Gordon". */
export const isGivenName = (word: string): boolean => firstNameGender(word.toLowerCase()) !== undefined;
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
    for (const { name } of namesIn(text)) {
      const words = nameWords(name);
      if (words.length < 2) continue;
      const surname = words.at(-1)!.replace(/['’]s?$/u, '');
      const titled = titleGender(words.slice(0, 1)); // a title at the name's head
      const first = titled ? null : firstName(words);
      const gender = titled ?? (first === null ? undefined : (firstNameGender(first.toLowerCase()) ?? null));
      if (gender === undefined) continue; // a role or a place before the surname tells nothing
      const known = surnames.get(surname);
      surnames.set(surname, known === undefined || known === gender ? gender : null);
    }
  }
  return surnames;
}

/**
 * The runs of two or more capitalised words in a text, with where each stands: "Hillary Clinton", "Mrs. Clinton",
 * "Sen. Bernie Sanders". A run may cross a sentence's end ("…for Hillary Clinton. Clinton arrived"): a full stop
 * ends a name unless it closes a title or an initial, and is no part of it.
 */
export function namesIn(text: string): { name: string; at: number }[] {
  const found: { name: string; at: number }[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    let from = 0;
    for (const end of [...m[0].matchAll(NAME_END)].map((e) => e.index).concat(m[0].length)) {
      const name = m[0].slice(from, end).replace(/\.$/u, '');
      if (/\s/u.test(name.trim())) found.push({ name: name.trim(), at: m.index + from });
      from = end + 1;
      while (from < m[0].length && /\s/u.test(m[0][from]!)) from++;
    }
  }
  return found;
}
/** Runs of capitalised words; a contraction ("Don’t Republicans…?") opens none. */
const CAPITALISED_RUN = /(?!\p{Lu}\p{L}*n['’]t\b)\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*)+/gu;
/** Titles written before a name, with a full stop: "Sen. Ted Cruz", "Mr. Kasich". */
export const TITLES = 'Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Adm|Lt|Col|Prof';
/** A full stop that ends a sentence inside a run: not a title's ("Sen.", "Jr.") nor an initial's ("J."). */
const NAME_END = new RegExp(String.raw`(?<!\b(?:${TITLES}|St|Jr|Sr|Sgt|Capt|Maj|Rev|Hon|Pres|\p{Lu}))\.(?=[\s\u00a0])`, 'gu');

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
  /** Whether the article writes a word as a surname after a first name or a title ("Gov. Charlie Baker", "Mrs. Clinton"). */
  isSurname(word: string): boolean;
  /**
   * The same reading, but of a name's sex only what its title or the article's own "he" and "she" tell, not birth
   * records: for when no one else can be meant ("Lindsey Graham… his rival" is a he).
   */
  readonly byUsage: ArticleNames;
}

export function articleNames(texts: readonly string[]): ArticleNames {
  let surnames: Map<string, Gender | null> | null = null;
  let inside: Set<string> | null = null;
  const capitalisesInside = (word: string) => {
    inside ??= new Set(texts.flatMap((t) => [...t.matchAll(INSIDE_A_SENTENCE)].map((m) => m[0].toLowerCase())));
    return inside.has(word.toLowerCase());
  };
  const surnamesOf = () => (surnames ??= surnameGenders(texts));
  const isSurname = (word: string) => surnamesOf().has(word);
  let usage: Map<string, Gender | null> | null = null;
  const byUsage: ArticleNames = {
    genderOf: (name) => {
      const words = nameWords(name);
      return titleGender(words) ?? (usage ??= pronounGenders(texts)).get(words.at(-1)?.replace(/['’]s?$/u, '') ?? '') ?? null;
    },
    capitalisesInside,
    isSurname,
    get byUsage() {
      return byUsage;
    },
  };
  return { genderOf: (name) => genderOfName(name, surnamesOf()), capitalisesInside, isSurname, byUsage };
}

/**
 * What the article's own pronouns tell of its surnames: a sentence that opens with a name and then, outside any
 * quotation and before any other name, says only "he", "him" or "his" ("Graham called out his rival") makes the
 * surname a man's; only "she" or "her", a woman's ("Graham attacked Clinton over her emails" tells nothing of Graham). A
 * surname the article uses both ways tells neither.
 */
export function pronounGenders(texts: Iterable<string>): Map<string, Gender | null> {
  const genders = new Map<string, Gender | null>();
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      const opening = OPENING_NAME.exec(sentence);
      // A title tells the sex already; a possessive opens a phrase about someone else ("Graham's aide said he…").
      if (!opening || /['’]s?$/u.test(opening[1]!) || titleGender(nameWords(opening[1]!))) continue;
      // Up to the next capitalised word: a pronoun after another name may be that name's.
      const rest = sentence.slice(opening[0].length).replace(QUOTATION, ' ').split(/(?<=\s)\p{Lu}/u)[0]!;
      const male = HE.test(rest);
      const female = SHE.test(rest);
      if (male === female) continue;
      const surname = nameWords(opening[1]!).at(-1)!;
      const gender: Gender = male ? 'male' : 'female';
      const known = genders.get(surname);
      genders.set(surname, known === undefined || known === gender ? gender : null);
    }
  }
  return genders;
}
/** Where a sentence ends and the next begins: a full stop, question or exclamation mark, not a title's ("Mr.", "Sen.") or an initial's. */
export const SENTENCE_END = new RegExp(String.raw`(?<!\b(?:${TITLES}|St|Jr|Sr|\p{Lu}))[.!?]["”’']?\s+(?=["“‘']?\p{Lu})`, 'gu');
/** A text's sentences, each with the mark that ends it. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    sentences.push(text.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  sentences.push(text.slice(from));
  return sentences;
}
/** A capitalised word with a lowercase letter: "Graham", "McGraw", "O’Hara"; not "NATO". */
const NAME_WORD = String.raw`\p{Lu}(?=[\p{L}'’-]*\p{Ll})[\p{L}'’-]+`;
/** Words that open a sentence before its subject: a determiner ("The Graham family") or a clause ("When Clinton met him, he…"). */
const CLAUSE_OPENERS = 'The|A|An|This|That|These|Those|When|After|Before|While|If|As|Since|Although|Though|Because|Once|Until|Unless|In|On|At|For|With|During|Despite|Like';
/** The capitalised words that open a sentence, not after a determiner or a clause's opening word, and a lowercase word after them. */
const OPENING_NAME = new RegExp(
  String.raw`^(?:${LINKING_OPENER}[\s\u00a0]+)?(?!(?:${CLAUSE_OPENERS})[\s\u00a0])((?:(?:${TITLES})\.[\s\u00a0]+)?${NAME_WORD}(?:[\s\u00a0]+${NAME_WORD})*)(?=[\s\u00a0]+\p{Ll})`,
  'u',
);
const QUOTATION = /“[^”]*”?|"[^"]*"?|''.*?(?:''|$)/gu;
const HE = /\b(?:he|him|his|himself)\b/iu;
const SHE = /\b(?:she|her|hers|herself)\b/iu;
/** A capitalised word after a word, a comma or a semicolon: inside a sentence, where only names are capitalised. */
const INSIDE_A_SENTENCE = /(?<=[\p{L}\p{N},;][\s\u00a0]+)\p{Lu}[\p{L}'’-]*/gu;
