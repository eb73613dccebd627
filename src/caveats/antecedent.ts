import { isEnglishName, isEnglishWord } from '../text/specificity.js';
import { STOPWORDS } from '../text/words.js';
import { isQuoted, type Quote } from './quotes.js';
import { isPersonName, isSourceVerb, pluralOfPeople } from './sources.js';
import { isAdjectiveOnly, isAdverbOnly, isPlace, isRole, LINKING_OPENER, LINKING_OPENERS, nounClass } from './word-classes.js';
import { pronounAgrees, SENTENCE_END, TITLES, type ArticleNames } from './person-names.js';
import { tag } from './tagger.js';

/**
 * Words that open a sentence before its subject: "But", "Meanwhile", "When"; and the auxiliary that opens a question
 * before it ("Was Szlachta satisfied?").
 */
const OPENERS = String.raw`(?:(?:${LINKING_OPENER}|Though|Although|While|When|As|After|Before|If|Since|Because),?\s+|(?:Was|Were|Is|Are|Did|Does|Do|Has|Have|Had|Would|Could|Should)\s+(?=[^?.!]*\?))?`;
/** A name as it opens a sentence, with its title and initials: "Sen. Ted Cruz", "Donald J. Trump"; not "Don’t" or "Isn’t". */
const NAME = String.raw`(?:(?:${TITLES})\.\s+)?(?!\p{Lu}\p{L}*n['’]t\b)\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+))*`;
/**
 * A sentence's subject when it is a person's name: the capitalised words that open it (past "But", "And"
 * and a title: "Sen. Ted Cruz", "Mr. Kasich", "Sanders"), followed by a verb or an aside, not by more of a
 * noun phrase. A name later in the sentence is an object or a place ("in West Hollywood"), which a "he"
 * in the next sentence rarely stands for.
 */
const OPENING_NAME = new RegExp(String.raw`^${OPENERS}(${NAME})(?=\s+\p{Ll}|,)`, 'u');

/**
 * The person a "he" or "she" at `at` most likely stands for within the passage: the subject of its own
 * sentence before it ("Clinton was booed when she said"), else of the nearest sentence before whose
 * subject is a person ("Kasich is trumpeting a positive message. But he says…"). A name of the other
 * sex is passed over. Null when no sentence before it opens with a person's name; `sentences` bounds how many are read.
 */
export function subjectBefore(text: string, quotes: readonly Quote[], at: number, pronoun: string, names: ArticleNames, sentences = Infinity): string | null {
  let read = 0;
  for (const start of sentencesBack(text, quotes, at)) {
    if (read++ === sentences) break;
    const name = openingName(text.slice(start, at), names);
    if (name && agrees(name, pronoun, names)) return name;
  }
  return null;
}

/**
 * The person a "he" or "she" at `at` stands for when nothing before it names one, but a sentence opens with someone
 * whose sex the noun tells, saying or holding something ("The woman who started it all identified herself to CNN…
 * 'He truly cares,' she said"): the description, as the chain gives it. Nouns without a sex ("the senator") and a bare
 * "the actress" are left alone: they mostly stand for someone the article names elsewhere. `sentences` bounds how many
 * sentences are read.
 */
export function describedBefore(text: string, quotes: readonly Quote[], at: number, pronoun: string, sentences = Infinity): string | null {
  const sex = pronoun === 'she' ? FEMALE_NOUNS : pronoun === 'he' ? MALE_NOUNS : null;
  if (!sex) return null;
  let read = 0;
  for (const start of sentencesBack(text, quotes, at)) {
    if (read++ === sentences) break;
    const tokens = tag(text.slice(start, at));
    // Past "But" or "Meanwhile", not a clause's "When".
    const k = LINKING_OPENERS.has(tokens[0]?.lower ?? '') ? (tokens[1]?.text === ',' ? 2 : 1) : 0;
    const article = tokens[k]?.lower ?? '';
    if (article !== 'the' && article !== 'a' && article !== 'an') continue;
    // Up to three modifiers, then the noun that tells the sex.
    let head = k + 1;
    while (head < k + 4 && (tokens[head]?.pos === 'ADJ' || tokens[head]?.pos === 'NUM' || (tokens[head]?.pos === 'NOUN' && tokens[head + 1]?.pos === 'NOUN'))) head++;
    if (tokens[head]?.pos !== 'NOUN' || !sex.test(tokens[head]!.lower)) continue;
    let end = head;
    // Where they are: "in the crowd".
    if (tokens[end + 1]?.pos === 'ADP' && ['DET', 'PRON'].includes(tokens[end + 2]?.pos ?? '') && tokens[end + 3]?.pos === 'NOUN') end += 3;
    // Then its verb, past a relative clause with a verb of its own and no punctuation in it: "The woman who started it all identified…".
    const relative = tokens[end + 1]?.lower === 'who';
    const verb = relative ? tokens.findIndex((t, i) => i > end + 2 && i < end + 14 && t.pos === 'VERB' && isSourceVerb(t.text)) : end + 1;
    const said = tokens[verb];
    if (!said || said.pos !== 'VERB' || !isSourceVerb(said.text) || tokens.slice(end + 1, verb).some((t) => t.pos === 'PUNCT')) continue;
    // A bare "the actress" stands for someone named before, whom an earlier passage gives; "a man", or "the woman who…", is new.
    if (article === 'the' && end === head && !relative) continue;
    return text.slice(start + tokens[k]!.start, start + tokens[relative ? verb - 1 : end]!.end);
  }
  return null;
}
const FEMALE_NOUNS = /^(?:woman|mother|wife|daughter|sister|girl|lady|grandmother|aunt|niece|widow|actress|girlfriend|(?:congress|spokes|chair|business|police|sales)woman)$/u;
const MALE_NOUNS = /^(?:man|father|husband|son|brother|boy|gentleman|grandfather|uncle|nephew|widower|actor|boyfriend|(?:congress|spokes|chair|business|police|sales)man)$/u;

/**
 * The people a "they" at `at` most likely stands for within the passage: the subject of its own sentence before it,
 * else of the nearest sentence before, when that subject is many: names joined by "and" ("Mr. Rubio and Mr. Cruz
 * teamed up… They were hard on him"), or a plural of people ("Sanders supporters in California are a tight-knit
 * group… they don't want"). Unnamed people are given as describePerson gives them.
 */
export function peopleBefore(text: string, quotes: readonly Quote[], at: number): { name: string; named: boolean } | null {
  for (const start of sentencesBack(text, quotes, at)) {
    const sentence = text.slice(start, at);
    const joined = JOINED_NAMES.exec(sentence)?.[1];
    if (joined && joined.split(/,?\s+and\s+|,\s+/u).every((name) => isPersonName(name))) return { name: joined, named: true };
    const plural = PLURAL_OPENING.exec(sentence);
    // A plural WordNet lacks may name people too ("Millennials"), when it is capitalised, no possessive ("Cruz’s") and
    // no surname ("Adams").
    const kind = plural ? nounClass(plural[2]!.toLowerCase()) : undefined;
    const people = kind === 'person' || (kind === null && /^\p{Lu}\p{Ll}+s$/u.test(plural![2]!) && !isEnglishName(plural![2]!.toLowerCase()));
    if (!plural || !people || STOPWORDS.has(plural[2]!.toLowerCase())) continue;
    // The tagger tells a plural noun from a verb of the same letters: "The company hires workers" opens with no one.
    const head = plural.index + plural[0].length - plural[2]!.length;
    const pos = tag(sentence.slice(0, head + plural[2]!.length + 40)).find((t) => t.start === head)?.pos;
    if (pos === 'NOUN' || pos === 'PROPN') return { name: plural[1]!, named: false };
  }
  return null;
}

/**
 * Where a "he" or "she" at `at` is first mentioned in its sentence, outside quotations: "When he took the stage after
 * Mr. Vander Plaats's introduction, he said" speaks of whom the first "he" stands for, not of a name between the two.
 */
export function firstMention(text: string, quotes: readonly Quote[], at: number, pronoun: string): number {
  const forms = pronoun === 'he' ? HIS : pronoun === 'she' ? HERS : null;
  if (!forms) return at;
  forms.lastIndex = sentenceStarts(text, at).at(-1)!;
  for (let m = forms.exec(text); m !== null && m.index < at; m = forms.exec(text)) if (!isQuoted(quotes, m.index)) return m.index;
  return at;
}
const HIS = /\b(?:[Hh]e|[Hh]im|[Hh]is)\b/gu;
const HERS = /\b(?:[Ss]he|[Hh]er)\b/gu;

/** Where the sentences up to `at` begin, in order. */
function sentenceStarts(text: string, at: number): number[] {
  const starts = [0];
  for (const m of text.slice(0, at).matchAll(SENTENCE_END)) starts.push(m.index + m[0].length);
  return starts;
}

/** Where the sentences before `at` begin, nearest first, less those inside a quotation. */
function* sentencesBack(text: string, quotes: readonly Quote[], at: number): Generator<number> {
  const starts = sentenceStarts(text, at);
  for (let k = starts.length - 1; k >= 0; k--) if (!isQuoted(quotes, starts[k]!)) yield starts[k]!;
}
/** Names joined by "and" that open a sentence, past "But", "And" and the like. */
const JOINED_NAMES = new RegExp(String.raw`^${OPENERS}(${NAME}(?:,\s+${NAME})*,?\s+and\s+${NAME})(?=\s+\p{Ll}|,)`, 'u');
/** A plural that opens a sentence, with up to three words before it ("Sanders supporters", "Many local business owners", "Senate Democrats"). */
const PLURAL_OPENING = new RegExp(String.raw`^${OPENERS}((?:[\p{L}'’-]+\s+){0,3}?(\p{L}\p{Ll}*[^s\s]s))(?=\s+(?:who|in|from|at|of|on|are|were|have|had|say|said|says|\p{Ll}+ed|\p{Ll}+s)\b)`, 'u');

/** The name that opens a sentence, or that follows its introductory phrase ("On Monday in Des Moines, Sanders…"). */
function openingName(sentence: string, names: ArticleNames): string | undefined {
  const person = (text: string) => {
    const opening = OPENING_NAME.exec(text);
    const holder = roleHolder(text, opening);
    if (holder !== undefined) return holder ?? undefined;
    const name = nameOpening(text, opening);
    return name && isPerson(name, text, names) ? name : undefined;
  };
  const name = person(sentence);
  if (name) return name;
  const intro = INTRODUCTION.exec(sentence);
  // The phrase opens with a word, not a name: "On Monday,", "Throughout the debate,".
  const opener = intro?.[1]!.toLowerCase() ?? '';
  return intro && (STOPWORDS.has(opener) || (isEnglishWord(opener) && !isEnglishName(opener))) ? person(sentence.slice(intro[0].length)) : undefined;
}

/**
 * "McConnell spokesman Don Stewart said", "Sanders campaign manager Jeff Weaver": a name before a role says whose the
 * role is, and the sentence opens with whoever holds it: the full name after the role, or null for someone unnamed
 * ("Trump aides said"). Undefined when the sentence does not open so. `m` is OPENING_NAME's match of it.
 */
function roleHolder(sentence: string, m: RegExpExecArray | null): string | null | undefined {
  if (!m || /['’]s?$/u.test(m[1]!)) return undefined;
  const rest = sentence.slice(m.index + m[0].length);
  const words = /^(?:\s+\p{Ll}+){1,3}/u.exec(rest)?.[0].trim().split(/\s+/u) ?? [];
  const noun = words.find((w) => !PERSON_MODIFIERS.has(w));
  if (!noun || STOPWORDS.has(noun) || isSourceVerb(noun) || nounClass(noun) !== 'person') return undefined;
  const end = rest.indexOf(noun) + noun.length;
  // WordNet files "pivot" and "have" under people too; the tagger tells the noun from the verb ("Sanders pivoted").
  if (tag(sentence.slice(0, m.index + m[0].length + end)).at(-1)?.pos !== 'NOUN') return undefined;
  const holder = NAME_AFTER.exec(rest.slice(end))?.[1];
  // One capitalised word after a role may open the next phrase; a full name is the holder's.
  return holder && /\s/u.test(holder.replace(LEADING_TITLE, '')) ? holder : null;
}

/** A name after the words before it: "spokesman Don Stewart". */
const NAME_AFTER = new RegExp(String.raw`^\s+(${NAME})`, 'u');

/**
 * The capitalised words that open a sentence (`m`, OPENING_NAME's match of it). A name whose "'s" is "has" or "is"
 * ("Christie's been making the case") is the name itself; one whose "'s" is a possessive ("Nordline's chief
 * executive") is kept whole, as it opens a description of someone else.
 */
function nameOpening(sentence: string, m: RegExpExecArray | null): string | undefined {
  const name = m?.[1];
  // "Mrs. Clinton's Iraq war vote, which she…": the owner of a thing opens the sentence; not the owner of a
  // person ("Nordline's Chief Executive Ruben Osterlund"), who is someone else.
  const owner = name ? /^(.+?)['’]s\s+(.+)$/u.exec(name) : null;
  if (owner) return nounClass(owner[2]!.split(/\s+/u)[0]!) === 'person' ? undefined : owner[1];
  if (!m || !name || !/['’]s$/u.test(name)) return name;
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(m.index + m[0].length))?.[1];
  // "Christie's been…" is Christie; "Diaz's levy vote" is Diaz's thing, so Diaz opens the sentence; "Nordline's
  // chief executive" is someone else, kept whole so that it is no person.
  const ownsThing = next !== undefined && nounClass(next) !== 'person' && !PERSON_MODIFIERS.has(next);
  return next && (CONTRACTED_BEFORE.has(next) || ownsThing) ? name.replace(/['’]s$/u, '') : name;
}
/** Words before a person's role in a possessive: "Nordline's chief executive", "Trump's top aide". */
const PERSON_MODIFIERS = new Set(['chief', 'top', 'senior', 'former', 'longtime', 'new', 'own', 'deputy', 'campaign', 'press', 'communications', 'political']);
const CONTRACTED_BEFORE = new Set(['been', 'got', 'gotten', 'had', 'not', 'going', 'always', 'never', 'also', 'just', 'still', 'already', 'now', 'a', 'an', 'the', 'said', 'told', 'made', 'done', 'become']);

/** An introductory phrase: a preposition or an adverb, then words up to a comma, no quotation among them. */
const INTRODUCTION = /^(\p{Lu}\p{Ll}*)\b[^,;:“”"]{0,160},\s+/u;

/**
 * A person's name, not an ordinary word capitalised to open a sentence ("Voters", "Last", "Well", "Although"),
 * an adjective ("Democratic"), a role ("Republican"), nor a body.
 */
function isPerson(name: string, sentence: string, names: ArticleNames): boolean {
  // A possessive opens a description of someone else: "Nordline's chief executive, Ruben Osterlund, said".
  if (/['’]s?$/u.test(name)) return false;
  // A word all in capitals is a dateline's place ("MANCHESTER, N.H. —"), not a person.
  if (/^[\p{Lu}\s.]+$/u.test(name)) return false;
  const words = name.replace(LEADING_TITLE, '').split(/\s+/u);
  // A surname the article gives with a first name is one wherever it stands, even one that is also a place or a word
  // ("Gov. Mark Dayton… Dayton has been"), unless it is only ever an adjective ("Young").
  if (words.length === 1 && name === words[0] && names.isSurname(name)) return !STOPWORDS.has(name.toLowerCase()) && !isAdjectiveOnly(name.toLowerCase());
  const ordinary = (w: string) => {
    const lower = w.toLowerCase();
    return STOPWORDS.has(lower) || (isEnglishWord(lower) && !isEnglishName(lower)) || isAdverbOnly(lower);
  };
  // Nor a place of several words, whose last is no place alone ("Puerto Rico", "New Hampshire").
  if (ordinary(words[0]!) || !isPersonName(name) || pluralOfPeople(name, names) || (words.length > 1 && isPlace(words.join(' ')))) return false;
  // One word that opens a sentence is capitalised there whatever it is: an English word is a name only if the
  // article capitalises it inside a sentence too ("said Brown"), or the tagger reads it as one ("Christie's been…").
  const word = words[0]!.toLowerCase();
  if (words.length > 1 || name !== words[0] || !isEnglishWord(word)) return true;
  if (isAdjectiveOnly(word) || isRole(word)) return false;
  if (names.capitalisesInside(word)) return true;
  const at = sentence.indexOf(name);
  return tag(sentence.slice(0, at + 80)).find((t) => t.start === at)?.pos === 'PROPN';
}

const LEADING_TITLE = new RegExp(String.raw`^(?:${TITLES})\.\s+`, 'u');

/** Whether a pronoun can stand for a name: "Mr. Obama" and "Bernie Sanders" are no "she". */
export function agrees(name: string, pronoun: string, names: ArticleNames): boolean {
  return pronounAgrees(pronoun, names.genderOf(name));
}
