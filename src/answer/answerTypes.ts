import { RANKING, type WordType } from '../ranking/model.js';
import placeNames from '../text/place-names.json' with { type: 'json' };
import { nounClass } from '../caveats/word-classes.js';

// The patterns a question is tested against are ASCII and go without the `u` flag,
// with which V8 runs them several times slower.

export type AnswerType = 'time' | 'quantity' | 'money' | 'span' | 'age' | WordType;

/**
 * Answer types a passage must give to answer at all. "When…?" wants a passage
 * that gives a time, "how many…?" one that gives a number, and those rank
 * higher (the ranking model's "gives type" feature); but "how long…?" wants a span of time,
 * "how old…?" an age, and "how much did it cost?" an amount of money, which a
 * passage without one cannot give however many words it shares.
 */
export const REQUIRED_TYPES: ReadonlySet<AnswerType> = new Set(['span', 'money', 'age']);
/** "How long": a span of time, or a length ("how long is the bridge", "how long did the missile fly"). */
const ASKS_SPAN = /\b(?:how long(?! ago)|for how long)\b/i;
/** "Long" in "how long" asks the question; it is not what the question is about. */
export const ASKS_HOW_LONG = /\bhow long\b/i;
const ASKS_AGE = /\b(?:how old|what age|(?:his|her|their|its) age|age of)\b/i;
/** The noun of "what year…?" asks for a time; it is not what the question is about. */
export const TIME_NOUNS = new Set(['time', 'date', 'day', 'year', 'month']);
const WHAT_TIME_NOUN = `what (?:${[...TIME_NOUNS].join('|')})`;
export const ASKS_TIME_NOUN = new RegExp(`\\b${WHAT_TIME_NOUN}\\b`, 'i');
const ASKS_TIME = new RegExp(`\\b(?:whens?|wen|${WHAT_TIME_NOUN}|how long ago|since when)\\b`, 'i');
const ASKS_QUANTITY = /\b(?:how (?:many|much)|number of|how often|what (?:percent(?:age)?|share|proportion)\b|what %)/i;
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
  `\\b(?:${NUMBER}(?: to ${NUMBER})?[ -](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|feet|foot|yards?|inches?)|\\d[\\d,.]*[ -](?:pages?|words?)|since|until|(?:hours|days|weeks|months|years|decades) (?:ago|later))\\b`,
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
    String.raw`\b\d{1,3}(?:st|nd|rd|th) birthday\b`,
    String.raw`\b\p{L}[\p{L}'’-]+, \d{1,3},`,
    String.raw`\bin (?:his|her|their) (?:early |mid-?|late )?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`,
    String.raw`\b(?:centuries|decades|century|years|months|weeks|days)[ -]old\b`,
    String.raw`\b(?:built|founded|established|opened|constructed|launched|born|dating|dates)\b[^.]{0,40}?\b(?:1[0-9]|20)\d{2}\b`,
  ].join('|'),
  'u',
);

/** Words a member may type before the question word: "so who won", "ok where is it". */
const LEAD_IN = String.raw`^\s*(?:(?:so|and|but|then|ok|okay|wait|hey|also)[\s,]+)?`;
// Asked at the start: "the officer who shot him" and "the town where it began" ask for neither.
const ASKS_REASON = new RegExp(`${LEAD_IN}(?:whys?|how come)\\b|\\bwhat (?:was|is|were) the reasons?\\b|\\breasons? (?:for|why)\\b`, 'i');
const ASKS_PLACE = new RegExp(`${LEAD_IN}wheres?\\b|\\b(?:what|which|in what) (?:city|country|state|town|place|county)\\b`, 'i');
const ASKS_PERSON = new RegExp(`${LEAD_IN}(?:who|whom|whose|whos)\\b`, 'i');
/** "What did / does / has X say (tell, call, write, tweet)…": what someone said; not "the so-called deal". */
const ASKS_QUOTE =
  /^\s*(?:so\s+)?what\s+(?:did|does|do|has|have|had|will|would|was|is|were)\b.*(?<!-)\b(?:say|said|says|saying|tell|told|call|called|quote|quoted|think|thinks|claim|claimed|argue|argued|write|wrote|tweet|tweeted)\b/i;
const MONTHS_AND_DAYS = 'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Capitalised words that open a sentence or a date rather than a name: "On Monday the judge ruled". */
const NOT_FIRST_NAMES = `The|A|An|In|On|At|By|For|From|To|Of|But|And|If|When|While|After|Before|As|This|That|These|Those|Last|Next|Its|His|Her|Their|${MONTHS_AND_DAYS}`;
/** Capitalised words that end the name of a place or a body: "the White House", "the United States". */
const NOT_LAST_NAMES = 'House|Street|Party|Department|Committee|Court|Council|Office|Senate|Congress|States|Nations|Union|Times|Post|News|Press|Journal|Agency|Ministry|Army|Police|University|Church|Hall|Square|Park|Island|County|City';
/** A person's name: two capitalised words ("John McCain", "Beto O’Rourke"), or a title and a capitalised word. */
const PERSON = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof)\.? \p{Lu}|(?!(?:${NOT_FIRST_NAMES}) )\p{Lu}\p{Ll}+(?: \p{Lu}\.)? (?!(?:${NOT_LAST_NAMES})\b)\p{Lu}[\p{L}'’-]*\p{Ll})`,
  'u',
);
/** A place after a preposition of place: "in Miami", "from the Netherlands"; not a month or a day ("in March"). */
const PLACE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:in|at|from|near|outside|inside|across) (?:the )?(?!(?:${MONTHS_AND_DAYS})\b)\p{Lu}\p{Ll}+`,
  'u',
);
/** Words that give a cause or a motive (not "after", which mostly gives a time). */
const REASON = /\b(?:because|due to|as a result|in order to|so that|citing|cited|reasons?|blamed|caused|led to|owing to|thanks to|in response to)\b/i;
const PLACE_NAMES: ReadonlySet<string> = new Set(placeNames.places);
/** Runs of capitalised words ("New Hampshire", "In Iraq"), at most three. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}/gu;

/**
 * Whether a text names a place WordNet knows: any run of words within a capitalised run ("In Iraq",
 * "New Hampshire"), with or without a possessive or a full stop after it ("Baghdad's", "the U.S.").
 */
function namesPlace(text: string): boolean {
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    const words = run.replace(/[’']s$/u, '').split(' ');
    for (let from = 0; from < words.length; from++) {
      for (let to = words.length; to > from; to--) {
        const name = words.slice(from, to).join(' ');
        if (PLACE_NAMES.has(name) || PLACE_NAMES.has(name.replace(/\.$/u, ''))) return true;
      }
    }
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
  if (ASKS_PERSON.test(question) || asksPersonByRole(question)) return 'person';
  if (ASKS_QUOTE.test(question)) return 'quote';
  return null;
}

const WHICH_NOUN = new RegExp(`${LEAD_IN}which ([a-z]+)(?: ([a-z]+))?\\b(?! of\\b)`, 'i');
/**
 * "Which judge blocked the law?": one person, by a noun WordNet files under people, read past a word before it
 * ("which republican senator"); not many ("which voters", "which republican senators"). "What" asks too many
 * other things ("what hack happened").
 */
function asksPersonByRole(question: string): boolean {
  const m = WHICH_NOUN.exec(question);
  if (!m) return false;
  const second = m[2]?.toLowerCase();
  const noun = second !== undefined && nounClass(second) === 'person' ? second : m[1]!.toLowerCase();
  return !noun.endsWith('s') && nounClass(noun) === 'person';
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

const NO_ECHO = { echoes: false, embedded: null } as const;
const NOT_EMBEDDED = { echoes: true, embedded: null } as const;
/** A word that takes a question as its object ("identifying who", "unclear why", "asked how"), as the word before it. */
const TAKES_QUESTION = /\b(?:know|knew|known|knows|identify|identifying|identified|ask|asked|asking|determine|determining|decide|deciding|unclear|wonder|wondering|explain|explaining|about|on|over|whether|doubt|understand|learn|discover|reveal|investigate|investigating)\s+$/iu;

/**
 * Whether a passage asks the question itself: its opening word followed, within three words, by one of the
 * question's own terms ("the level of confidence it has in identifying who is behind a particular attack"). Such
 * a passage says the question is open; it shares the question's words without answering it. `embedded` is the
 * first such clause when a word that takes a question opens it ("identifying who…"), from the opening word to the
 * clause's end: the words in it are the question's, not an answer's. Only the first is read: the answer path asks
 * this of every candidate.
 */
export function echoesQuestion(
  text: string,
  word: string,
  ownTerms: ReadonlySet<string>,
  termsOf: (word: string) => readonly string[],
): { echoes: boolean; embedded: { start: number; end: number } | null } {
  const at = (WORD_PATTERNS[word] ??= new RegExp(`\\b${word}\\b`, 'gi'));
  at.lastIndex = 0;
  for (let match = at.exec(text); match !== null; match = at.exec(text)) {
    const after = match.index + word.length;
    const next = text.slice(after, after + 60).split(/\s+/u).slice(1, 4);
    if (!givesTerm(next, ownTerms, termsOf)) continue;
    if (!TAKES_QUESTION.test(text.slice(Math.max(0, match.index - 30), match.index))) return NOT_EMBEDDED;
    const clauseEnd = /[,.;:!?"“”]/u.exec(text.slice(after));
    return { echoes: true, embedded: { start: match.index, end: clauseEnd ? after + clauseEnd.index : text.length } };
  }
  return NO_ECHO;
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
const WORD_TYPES: ReadonlySet<AnswerType> = new Set<WordType>(['person', 'place', 'reason', 'quote']);

/** Whether an answer type is named by words, which the ranking model weighs apart from numbers and times. */
export function isWordType(type: AnswerType): type is WordType {
  return WORD_TYPES.has(type);
}

/** givesNear's patterns, for the types it is asked about: those given by numbers and times. */
const EVERY_MATCH = Object.fromEntries(
  Object.entries(GIVES)
    .filter(([type]) => !WORD_TYPES.has(type as AnswerType))
    .map(([type, { pattern }]) => [type, new RegExp(pattern.source, `${pattern.flags}g`)]),
) as Record<AnswerType, RegExp>;

/**
 * Whether a passage gives the kind of answer wanted next to one of the terms
 * the question asks about: "has been fined €18.5 million" answers "how much
 * was it fined", where a paragraph that gives another amount and mentions the
 * fine elsewhere does not.
 */
export function givesNear(text: string, wanted: AnswerType, terms: ReadonlySet<string>, termsOf: (word: string) => readonly string[]): boolean {
  const pattern = EVERY_MATCH[wanted];
  const reach = wanted === 'age' ? RANKING.nearAgeReach : RANKING.nearAnswerReach;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    // An age after a word and a comma is given for that word ("the mayor, 58,"); after a name, for no one else ("Ramos, 58, told").
    const bearer = wanted === 'age' && /^[^,]+, \d/u.test(match[0]) ? match[0].split(/[\s,]+/u) : [];
    if (givesTerm(bearer, terms, termsOf)) return true;
    if (/^\p{Lu}/u.test(bearer[0] ?? '')) continue;
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
    // Kept apart from the answer kinds: every candidate is asked this, whatever the question wants.
    if ((kinds & HEADING_READ) === 0) {
      kinds |= HEADING_READ | (looksLikeHeading(text()) ? HEADING : 0);
      this.kinds[at] = kinds;
    }
    return (kinds & HEADING) !== 0;
  }
}

const READ = 1;
// The bits after the answer kinds' (2, 4, … 512).
const HEADING = 2 ** (Object.keys(GIVES).length + 1);
const HEADING_READ = HEADING * 2;
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
  // Every word but the small ones capitalised: a sentence full of names still has a verb in lower case.
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w));
}
