import { RANKING } from '../ranking/model.js';
import placeNames from './place-names.json' with { type: 'json' };

// The patterns a question is tested against are ASCII and go without the `u` flag,
// with which V8 runs them several times slower.

export type AnswerType = 'time' | 'quantity' | 'money' | 'span' | 'age' | 'person' | 'place' | 'reason' | 'quote';

/**
 * Answer types a passage must give to answer at all. "When…?" wants a passage
 * that gives a time, "how many…?" one that gives a number, and those rank
 * higher (the ranking model's "gives type" feature); but "how long…?" wants a span of time,
 * "how old…?" an age, and "how much did it cost?" an amount of money, which a
 * passage without one cannot give however many words it shares.
 */
export const REQUIRED_TYPES: ReadonlySet<AnswerType> = new Set(['span', 'money', 'age']);
const ASKS_SPAN = /\b(?:how long(?! ago)|for how long)\b/i;
const ASKS_AGE = /\b(?:how old|what age|(?:his|her|their|its) age|age of)\b/i;
/** The noun of "what year…?" asks for a time; it is not what the question is about. */
export const TIME_NOUNS = new Set(['time', 'date', 'day', 'year', 'month']);
const WHAT_TIME_NOUN = `what (?:${[...TIME_NOUNS].join('|')})`;
export const ASKS_TIME_NOUN = new RegExp(`\\b${WHAT_TIME_NOUN}\\b`, 'i');
const ASKS_TIME = new RegExp(`\\b(?:when|wen|${WHAT_TIME_NOUN}|how long ago|since when)\\b`, 'i');
const ASKS_QUANTITY = /\b(?:how (?:many|much)|number of|how often)\b/i;
/**
 * "How much…" about money: what it cost, paid, was fined, earns. Not words that
 * as often count something else ("how much time did they spend", "how much did
 * prices rise", usually a percentage), nor "how much time / longer / of".
 */
const ASKS_MONEY =
  /\bhow much\b(?! (?:time|longer|more time|of)\b).*\b(?:cost|costs|costing|money|pay|paid|paying|pays|fine|fined|sue|suing|sued|earn|earns|earned|salary|wages?|rent|worth|budget|bribes?|compensation|fees?|owe|owed|loans?|invest|invested|funding|charge|charged)\b/i;
const TIME =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|tomorrow|overnight|(?:[12]\d{3})|(?:last|next|this|previous|coming|past) (?:week|month|year|night|day|weekend)s?|\w+ (?:days?|weeks?|months?|years?|hours?) (?:ago|since|later|earlier)|(?:days?|weeks?|months?|years?) (?:ago|later|earlier)|in the (?:next|coming|past) |\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|noon|midnight|dawn|dusk)/u;
const QUANTITY =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|dozens|hundreds|thousands|millions|billions|several|a few|at least|more than|fewer than)\b/iu;
/** An amount of money: a currency sign, or a number with "million" or a currency's name. */
const MONEY =
  /[$€£¥₹]\s?\d|\b\d[\d,.]*\s?(?:m|bn|million|billion|trillion)?\s?(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rupees?|francs?|kroner|krona|kronor|roubles?|rubles?|lira|pesos?|rand|riyals?|dirhams?|shekels?|marks?|crowns?|florins?|zloty|forints?)\b/i;
/** Numbers written as words, from two: shared by spans ("five days") and counts ("five houses"). */
const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty';
const NUMBER = `(?:\\d[\\d,.]*|a|an|one|${NUMBER_WORDS}|several|a few|many)`;
const SPAN = new RegExp(
  `\\b(?:${NUMBER}(?: to ${NUMBER})?[ -](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)|since|until|(?:hours|days|weeks|months|years|decades) (?:ago|later))\\b`,
  'iu',
);

/**
 * An age: of a person ("the 61-year-old", "aged 61", "Clara Venn, 61,", "the mayor, 58,", "in her sixties") or of a
 * thing, by its age or the year it was made ("a 1958 stadium" is not enough: "built in 1958").
 */
const AGE = new RegExp(
  [
    String.raw`\b\d{1,3}[ -]years?[ -]old\b`,
    String.raw`\baged? \d{1,3}\b`,
    String.raw`\b\p{L}[\p{L}'’-]+, \d{1,3},`,
    String.raw`\bin (?:his|her|their) (?:early |mid-?|late )?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`,
    String.raw`\b(?:centuries|decades|century|years|months|weeks|days)[ -]old\b`,
    String.raw`\b(?:built|founded|established|opened|constructed|launched|born|dating|dates)\b[^.]{0,40}?\b(?:1[0-9]|20)\d{2}\b`,
  ].join('|'),
  'u',
);

const ASKS_REASON = /\b(?:why|how come|what (?:was|is|were) the reasons?|reasons? (?:for|why))\b/i;
const ASKS_PLACE = /\b(?:where|what (?:city|country|state|town|place|county))\b/i;
const ASKS_PERSON = /\b(?:who|whom|whose|who's|whos)\b/i;
const ASKS_QUOTE = /\bwhat\b.*\b(?:say|said|says|saying|tell|told|call|called|quote|quoted|think|thinks|claim|claimed|argue|argued|write|wrote|tweet|tweeted)\b/i;
/** A person's name: two capitalised words, or a title and a capitalised word. */
const PERSON = /\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof)\.? \p{Lu}|\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}\p{Ll}{2,})/u;
/** A place after a preposition of place: "in Miami", "from the Netherlands". */
const PLACE = /\b(?:in|at|from|near|outside|inside|across|to) (?:the )?\p{Lu}\p{Ll}+/u;
/** Words that give a cause or a motive. */
const REASON = /\b(?:because|due to|as a result|in order to|so that|citing|cited|reasons?|blamed|caused|led to|owing to|thanks to|in response to|amid|after)\b/i;
const PLACE_NAMES: ReadonlySet<string> = new Set(placeNames.places);
/** Runs of capitalised words ("New Hampshire", "Baghdad"), at most three. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}/gu;

/** Whether a text names a place WordNet knows, by the whole of a capitalised run or its first words. */
function namesPlace(text: string): boolean {
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    // Without a possessive or a full stop after it ("Baghdad's", "in Baghdad.").
    const words = run.replace(/(?:[’']s)?[.'’]*$/u, '').split(' ');
    for (let n = words.length; n > 0; n--) if (PLACE_NAMES.has(words.slice(0, n).join(' '))) return true;
  }
  return false;
}

/** A quotation of some length. */
const QUOTE = /["“][^"“”]{15,}["”]/u;

export function answerType(question: string): AnswerType | null {
  if (ASKS_AGE.test(question)) return 'age';
  if (ASKS_SPAN.test(question)) return 'span';
  if (ASKS_MONEY.test(question)) return 'money';
  if (ASKS_QUANTITY.test(question)) return 'quantity';
  if (ASKS_TIME.test(question)) return 'time';
  if (ASKS_REASON.test(question)) return 'reason';
  if (ASKS_PLACE.test(question)) return 'place';
  if (ASKS_PERSON.test(question)) return 'person';
  if (ASKS_QUOTE.test(question)) return 'quote';
  return null;
}

/** Whether any of the words gives one of the terms. */
function givesTerm(words: readonly string[], terms: ReadonlySet<string>, termsOf: (word: string) => readonly string[]): boolean {
  return words.some((word) => termsOf(word).some((term) => terms.has(term)));
}

const ASKS_COUNT = /\bhow many ((?:[\w'-]+ ){0,2}[\w'-]+)/i;
/** Words that end the thing counted: "how many attacks since…", "how many people were…". */
const ENDS_COUNTED = new Set('since in on at of for from by to after before during did do does were was are is have has had will would could can r got get'.split(' '));
const COUNT = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS}|hundreds|thousands|millions|dozens)$`, 'i');

/** The words "how many" is followed by, where the thing counted is: "how many american troops". */
export function countedWords(question: string): string[] {
  const words = ASKS_COUNT.exec(question)?.[1]!.toLowerCase().split(' ') ?? [];
  const end = words.findIndex((word) => ENDS_COUNTED.has(word));
  return end === -1 ? words : words.slice(0, end);
}

/** Whether a passage gives a number of one of the terms counted: a number and, within the next three words, the term ("four more rocket attacks"). */
export function givesCount(text: string, counted: ReadonlySet<string>, termsOf: (word: string) => readonly string[]): boolean {
  const words = text.split(/\s+/u);
  for (let w = 0; w + 1 < words.length; w++) {
    if (!COUNT.test(words[w]!)) continue;
    if (givesTerm(words.slice(w + 1, w + 4), counted, termsOf)) return true;
  }
  return false;
}

/**
 * A question's opening word when a passage can repeat it in an embedded
 * question ("in identifying who is behind a particular attack"); not "what" or
 * "which", which open too many other clauses.
 */
const OPENING_WORD = /^\s*(who|why|how|when|where)\b/i;

const WORD_PATTERNS: Record<string, RegExp> = {};

/** The opening word echoesQuestion looks for, if the question has one. */
export function openingWord(question: string): string | null {
  return OPENING_WORD.exec(question)?.[1]!.toLowerCase() ?? null;
}

/**
 * Whether a passage asks the question itself: its opening word followed,
 * within three words, by one of the question's own terms ("the level of
 * confidence it has in identifying who is behind a particular attack"). Such a
 * passage says the question is open; it shares the question's words without
 * answering it.
 */
export function echoesQuestion(text: string, word: string, ownTerms: ReadonlySet<string>, termsOf: (word: string) => readonly string[]): boolean {
  const at = (WORD_PATTERNS[word] ??= new RegExp(`\\b${word}\\b`, 'gi'));
  at.lastIndex = 0;
  for (let match = at.exec(text); match !== null; match = at.exec(text)) {
    const next = text.slice(match.index + word.length, match.index + word.length + 60).split(/\s+/u).slice(1, 4);
    if (givesTerm(next, ownTerms, termsOf)) return true;
  }
  return false;
}

/** What a passage must say to give each kind of answer, and the bit that records it (1 records that it was read). */
const GIVES: Record<AnswerType, { pattern: RegExp; bit: number }> = {
  time: { pattern: TIME, bit: 2 },
  quantity: { pattern: QUANTITY, bit: 4 },
  span: { pattern: SPAN, bit: 8 },
  money: { pattern: MONEY, bit: 16 },
  age: { pattern: AGE, bit: 32 },
  person: { pattern: PERSON, bit: 64 },
  place: { pattern: PLACE, bit: 128 },
  reason: { pattern: REASON, bit: 256 },
  quote: { pattern: QUOTE, bit: 512 },
};
/** Answer types a word names rather than a number: what the ranking model weighs apart. */
export const WORD_TYPES: ReadonlySet<AnswerType> = new Set(['person', 'place', 'reason', 'quote']);
const EVERY_MATCH = Object.fromEntries(
  Object.entries(GIVES).map(([type, { pattern }]) => [type, new RegExp(pattern.source, `${pattern.flags}g`)]),
) as Record<AnswerType, RegExp>;

/**
 * Whether a passage gives the kind of answer wanted next to one of the terms
 * the question asks about: "has been fined €18.5 million" answers "how much
 * was it fined", where a paragraph that gives another amount and mentions the
 * fine elsewhere does not.
 */
export function givesNear(text: string, wanted: AnswerType, terms: ReadonlySet<string>, termsOf: (word: string) => readonly string[]): boolean {
  const pattern = EVERY_MATCH[wanted];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    const reach = RANKING.nearAnswerReach;
    const around = `${text.slice(Math.max(0, match.index - reach), match.index)} ${text.slice(end, end + reach)}`;
    if (givesTerm(around.split(/\s+/u), terms, termsOf)) return true;
  }
  return false;
}

/**
 * Which kinds of answer each passage can give (a time, a quantity, a span, an
 * amount of money, an age, a person, a place, a reason, a quotation) and whether
 * it reads as a heading, worked out when first asked and kept as bits per passage.
 */
export class AnswerKinds {
  private readonly kinds: Uint16Array;

  constructor(passages: number) {
    this.kinds = new Uint16Array(passages);
  }

  /** Whether a passage gives the kind of answer wanted; its text is read only the first time. */
  gives(at: number, wanted: AnswerType, text: () => string): boolean {
    let kinds = this.kinds[at]!;
    if ((kinds & READ) === 0) {
      const passage = text();
      kinds |= READ;
      for (const { pattern, bit } of Object.values(GIVES)) if (pattern.test(passage)) kinds |= bit;
      if (namesPlace(passage)) kinds |= GIVES.place.bit;
      this.kinds[at] = kinds;
    }
    return (kinds & GIVES[wanted].bit) !== 0;
  }

  /** Whether a passage reads as a heading (see looksLikeHeading); its text is read only the first time. */
  isHeading(at: number, text: () => string): boolean {
    let kinds = this.kinds[at]!;
    // Apart from the answer kinds: every candidate is asked this, and only short ones need reading.
    if ((kinds & HEADING_READ) === 0) {
      kinds |= HEADING_READ | (looksLikeHeading(text()) ? HEADING : 0);
      this.kinds[at] = kinds;
    }
    return (kinds & HEADING) !== 0;
  }
}

const READ = 1;
const HEADING = 1024;
const HEADING_READ = 2048;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'nor', 'of', 'on', 'or', 'the', 'to', 'up', 'vs', 'with']);

/**
 * A short line in title case, as a story's section headings are written
 * ("Salma Hayek Described Her Experience Being Discriminated Against."): it
 * names what the paragraphs below it say, so, like a headline, it shares the
 * question's words without answering it.
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length > 160) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised < 2) return false;
  return capitalised + words.filter((w) => SMALL_WORDS.has(w)).length >= 0.8 * words.length;
}
