import { creditLine } from '../passages/cues.js';
import type { Caveat, CaveatKind, Section } from '../passages/types.js';
import cues from './cues.json' with { type: 'json' };
import { agrees, describedBefore, firstMention, peopleBefore, subjectBefore } from './antecedent.js';
import { articleNames, namesIn, type ArticleNames } from './person-names.js';
import { unnamedInsider } from './insiders.js';
import { CAVEAT_KIND_INFO } from './kinds.js';
import { findQuotes, isQuoted, type Quote } from './quotes.js';
import { isEnglishName, isEnglishWord } from '../text/specificity.js';
import { ATTRIBUTING, findSources, isFullName, isPersonName, pluralOfPeople, type Source } from './sources.js';
import { loadedWords } from './wording.js';
import { isAdjectiveOnly, isAdverbOnly, isPlace } from './word-classes.js';

/** What a passage's analysis needs to know about its document. */
export interface PassageContext {
  section: Section;
  /** The document's outlet, from front matter or its own boilerplate; null when unknown. */
  outlet: string | null;
  /** Outlets or documents the document relays (front matter `relays`). */
  relays: readonly string[];
  /** For a caption: how much of it the article's body is about (0-1), when known. */
  captionRelatedness?: number;
  /**
   * The person the article last cited by name, for "he said" / "she said"; or how to find the one a pronoun can
   * stand for (see Sourcing.personFor), asked only when a pronoun needs it: most passages have none.
   */
  lastPerson?: string | null | ((pronoun: string, names: ArticleNames) => string | null);
  /** What the article tells of its names (their sex, which capitalised words are names); by default, what this passage tells. */
  names?: ArticleNames;
}

export interface Sourcing {
  attribution: string[];
  caveats: Caveat[];
  /** Whom a later "he said" or "she said" stands for, by the end of the passage: the last person cited who can be so called. */
  personFor(pronoun: string, names?: ArticleNames): string | null;
}

type Cue = string | { caseSensitive: string };
/**
 * One scan per kind: a kind's patterns joined into as few expressions as their
 * flags allow. Patterns that need Unicode classes get the `u` flag; the rest do
 * without it, which V8 matches case-insensitively more than ten times faster.
 */
const compile = (patterns: readonly Cue[]) => {
  const groups = new Map<string, string[]>();
  for (const cue of patterns) {
    const source = typeof cue === 'string' ? cue : cue.caseSensitive;
    const flags = `g${typeof cue === 'string' ? 'i' : ''}${/\\p\{|\\u\{/u.test(source) ? 'u' : ''}`;
    groups.set(flags, [...(groups.get(flags) ?? []), source]);
  }
  return [...groups].map(([flags, sources]) => new RegExp(sources.map((p) => `(?:${p})`).join('|'), flags));
};
const ANONYMITY = compile(cues.anonymity);
const UNVERIFIED = compile(cues.unverified);
const SPECULATION = compile(cues.speculation);
const LOADED = compile(cues.loaded);
const EDITORIAL_WORDS = compile(cues.editorialWords);
const EDITORIAL_ASIDE = new RegExp(cues.editorialAside.join('|'), 'iu');
/** An aside between dashes or to the end of the sentence after one: "alleging -- without any evidence -- that". */
const DASH_ASIDE = /(?:--|—|–)[^—–]*?(?:--|—|–|(?=[.;!?](?:\s|$))|$)/gu;
const PARENTHESIS = /\([^()]{3,160}\)/gu;

const TITLE_MINOR_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or']);

/** Below this share of its words found in the body, a caption is about something else. */
export const CAPTION_RELATED = 0.3;

/**
 * The attribution chain and caveats of one passage. Every caveat's evidence is
 * a verbatim phrase of the passage; words inside a quotation belong to the
 * speaker, so they never make the outlet's loaded language or editorializing.
 */
export function analyzePassage(text: string, context: PassageContext): Sourcing {
  const outlet = context.outlet ?? 'unknown outlet';
  const quotes = findQuotes(text);
  const sources = findSources(text, quotes);
  const caveats: Caveat[] = [];
  const add = (kind: CaveatKind, evidence: string | null | undefined, detail = '') => {
    if (!evidence || caveats.some((c) => c.kind === kind)) return;
    caveats.push({ kind, evidence, note: CAVEAT_KIND_INFO[kind].note(context.outlet ?? 'The outlet', detail) });
  };
  /** Every piece of evidence for a kind whose cues cluster (loaded words, hedges), up to a few, each once. */
  const addEvery = (kind: CaveatKind, evidence: readonly string[]) => {
    const note = CAVEAT_KIND_INFO[kind].note(context.outlet ?? 'The outlet', '');
    for (const piece of evidence.slice(0, MAX_EVIDENCE)) caveats.push({ kind, evidence: piece, note });
  };

  const ownOutlet = (name: string) => context.outlet !== null && sameName(name, context.outlet);
  const relayed: string[] = [];
  /** The outlets, bodies and documents this passage cites, in order ("The Times", "the company", "the email"): whom "it" stands for. */
  const bodies: string[] = [];
  for (const source of sources) {
    if (source.kind === 'outlet' && !ownOutlet(source.name)) {
      relayed.push(source.name);
      bodies.push(source.name);
      add('relayed-report', source.evidence, source.name);
    } else if (source.kind === 'media' || (source.kind === 'pronoun' && context.relays.length > 0)) {
      const names = context.relays.length > 0 ? [...context.relays] : [source.name];
      relayed.push(...names);
      add('relayed-report', source.evidence, names.join(' and '));
    }
  }

  const anonymity = firstOutside(ANONYMITY, text, []);
  const unnamed = sources.find((s) => s.kind === 'unnamed');
  add('anonymous-source', anonymity ?? unnamed?.evidence ?? unnamedInsider(text, quotes));
  addEvery('unverified', inOrder(everyOutside(UNVERIFIED, text, quotes)));
  add('editorializing', editorializing(text, quotes));
  addEvery('loaded-language', inOrder([...everyOutside(LOADED, text, quotes), ...loadedWords(text, quotes)]));
  add('unattributed-quote', sources.length === 0 && !outsideQuotes(text, quotes, ATTRIBUTING) ? unattributedQuote(text, quotes) : null);
  addEvery('speculation', inOrder(everyOutside(SPECULATION, text, [])));
  if (context.section === 'caption') {
    const credit = creditLine(text);
    add('photo-caption', credit ?? firstWords(text, 8));
    if (context.captionRelatedness !== undefined && context.captionRelatedness < CAPTION_RELATED) {
      add('caption-unrelated', firstWords(text, 10));
    }
  }

  // "He said" stands for the person last cited by name, in this passage or earlier in the article, whose name
  // does not tell the other sex; "they said" for the people or body this passage last cited, else the many a sentence
  // before opens with ("Mr. Rubio and Mr. Cruz", "Sanders supporters"), else the many or the body an earlier passage cited.
  const names = context.names ?? articleNames([text]);
  const carried = context.lastPerson;
  const earlier = (pronoun: string, reading = names): string | null =>
    typeof carried === 'function' ? carried(pronoun, reading) : carried && agrees(carried, pronoun, reading) ? carried : null;
  /** The body an earlier passage cited last, for "it": only a passage carried as such names one. */
  const earlierBody = (reading = names): string | null => (typeof carried === 'function' ? carried('it', reading) : null);
  const people: string[] = [];
  /** The persons this passage cites or resolves, in order: the last that agrees is whom a pronoun stands for. */
  const persons: string[] = [];
  const citedFor = (pronoun: string, reading = names) => persons.findLast((p) => agrees(p, pronoun, reading)) ?? null;
  let lastCited: string | null = null;
  /** The many or the bodies this passage cites: whom a later passage's "they" stands for. */
  const groups: string[] = [];
  /** The many that a sentence before a "they" opens with, as the chain gives them. */
  const peopleHere = (at: number): string | null => {
    const many = peopleBefore(text, quotes, at);
    return many === null ? null : many.named ? many.name : describePerson({ kind: 'unnamed', name: many.name, evidence: '' });
  };
  for (const source of sources) {
    if (source.kind === 'named' || source.kind === 'unnamed') {
      lastCited = describePerson(source);
      people.push(lastCited);
      // Many or a body: names joined by "and", unnamed people in the plural ("aides"), or a body ("the union"), not "Bernie Sanders".
      const many = / and /u.test(source.name) || (source.kind === 'unnamed' ? /\p{Ll}[^s]s$/u.test(source.name) : !isPersonName(source.name));
      if (many) groups.push(lastCited);
      // A body is named by its head, before any role or "of": "Hillary Clinton, the Democratic nominee" is a person.
      const head = source.name.split(/,\s+|\s+of\s+/u)[0]!;
      if (source.kind === 'named' && !isPersonName(head) && !/ and /u.test(source.name) && !/\p{Ll}s$/u.test(head)) bodies.push(lastCited);
      // "Ada Brook, 52, a nurse": the person is the part that names her, whom a later "she" stands for; a lawmaker's
      // party and state in brackets are not part of the name ("Rep. Elijah Cummings (D-Md.)").
      // So is the part before where they work: "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies".
      const parts = source.name.split(/,\s+/u).map((part) => part.replace(/\s*\([^()]*\)$/u, ''));
      // Only a name there, no description ("A spokeswoman for Tom Ward of the Housing Institute" is not Ward).
      const beforeOf = (part: string) => part.split(/\s+of\s+/u)[0]!;
      const nameOnly = (part: string) => /^(?:\p{Lu}[\p{L}'’.-]*[\s\u00a0]*)+$/u.test(part.replace(/^(?:\p{Ll}+[\s\u00a0]+)+/u, '')) && isFullName(part);
      const person = source.kind === 'named' ? parts.flatMap((part) => (nameOnly(beforeOf(part)) ? [part, beforeOf(part)] : [part])).find((part) => isPersonName(part) && !pluralOfPeople(part, names)) : undefined;
      if (person) persons.push(person);
    } else if (source.kind === 'pronoun' && context.relays.length === 0) {
      // "In cases of abortion, it said": the body or document cited last, here or before.
      const meant = bodies.at(-1) ?? earlierBody();
      if (meant) people.push(meant);
    } else if (source.kind === 'anaphor' && source.name === 'they') {
      const meant = lastCited ?? peopleHere(source.at!) ?? earlier('they');
      if (meant) people.push(meant);
    } else if (source.kind === 'anaphor') {
      // The person a sentence before it opens with outranks any name merely mentioned ("in West Hollywood");
      // with none, the last full name outside quotations, then the person cited last, here or before.
      const at = firstMention(text, quotes, source.at!, source.name);
      // A possessive may come before the name it stands for, in an opening phrase: "In her speech, Rhimes declared…, she said".
      // Right after a quotation that opens its sentence, the pronoun speaks for whoever the sentence before it is about,
      // a description too: "Then a woman in the crowd shouted at her. '…,' she said".
      const quoteFirst = quotes.some((q) => q.end <= source.at! && /^[\s\u00a0,]*$/u.test(text.slice(q.end, source.at!)) && (q.start === 0 || /[.!?]["”’]?[\s\u00a0]*$/u.test(text.slice(0, q.start))));
      const resolve = (reading: ArticleNames) =>
        (at < source.at! || quoteFirst ? subjectBefore(text, quotes, source.at!, source.name, reading, 1) : null) ??
        (quoteFirst ? describedBefore(text, quotes, source.at!, source.name, 1) : null) ??
        subjectBefore(text, quotes, at, source.name, reading) ??
        lastNamedPerson(text.slice(0, at), quotes, source.name, reading) ??
        citedFor(source.name, reading) ??
        earlier(source.name, reading) ??
        describedBefore(text, quotes, at, source.name);
      // A name whose sex birth records mistake ("Lindsey Graham") is still whom the pronoun stands for when no one else
      // can be; a title never is ("Mr. Obama" is no "she"), nor a name the article itself calls the other sex.
      const named = resolve(names) ?? resolve(names.byUsage);
      // A name this passage already cites in full ("Council member Tom Reyes") is given as cited, and so is a description
      // it cites in short ("The woman" for "The woman who says the senator groped her").
      const meant = (named && people.find((p) => p.endsWith(named) || p.startsWith(`${named},`) || p.startsWith(`${named} of `) || (/^the\s/iu.test(p) && named.startsWith(`${p} `)))) || named;
      if (meant) {
        people.push(meant);
        persons.push(meant);
      }
    }
  }
  // A passage that cites no person (a body at most) may still be about someone: a later "he said" stands for its
  // subject ("Rubio was asked by…, which the Tax Foundation estimates…"), else for the last person it names in full
  // ("…, according to a post from Arianna Huffington. / '…,' she wrote"). Read only when a later pronoun asks:
  // scanning every passage's sentences for it costs 100k passages most of a second.
  const handed = new Map<string, string | null>();
  const personFor = (pronoun: string, reading = names): string | null => {
    const key = reading === names ? pronoun : `${pronoun} by usage`;
    let person = handed.get(key);
    if (person === undefined) {
      if (pronoun === 'it') person = bodies.at(-1) ?? earlierBody(reading);
      else if (pronoun === 'they') person = (groups.at(-1) ?? peopleHere(text.length)) ?? earlier(pronoun, reading);
      else person = (persons.length > 0 ? citedFor(pronoun, reading) : subjectBefore(text, quotes, text.length, pronoun, reading) ?? lastNamedPerson(text, quotes, pronoun, reading)) ?? earlier(pronoun, reading) ?? describedBefore(text, quotes, text.length, pronoun);
      handed.set(key, person);
    }
    return person;
  };
  return { attribution: chain([outlet, ...relayed], people.filter((name) => namesSomeone(name, names))), caveats, personFor };
}

/**
 * The last person the text names in full, whether or not as a source ("Nordline's chief executive, Ruben
 * Osterlund, said … He said …"): nearer than anyone cited in an earlier passage, so "he" stands for them.
 */
function lastNamedPerson(text: string, quotes: readonly Quote[], pronoun: string, names: ArticleNames): string | null {
  let found: string | null = null;
  for (const { name, at } of namesIn(text)) {
    // After "the" capitals make an epithet, not a name: "the Wisconsin Republican" is someone named elsewhere.
    const epithet = /\bthe\s+$/iu.test(text.slice(Math.max(0, at - 4), at));
    // A possessive names its owner: "Mrs. Clinton's father also grew up here, as she said".
    // Nor is a place of several words whose last is no place alone ("Puerto Rico"), asked last: WordNet is slow to ask.
    if (isFullName(name) && !epithet && !isQuoted(quotes, at) && agrees(name, pronoun, names) && !isPlace(name)) found = name.replace(/['’]s$/u, '');
  }
  return found;
}

/**
 * Whether a source found names someone or something that can speak: not a capitalised sentence opener ("Whenever",
 * "Why", "Despite") nor an adjective cut from its noun ("The Democratic"). A quantifier or an indefinite pronoun
 * alone ("Many", "Both", "Anyone") stands for people the passage names.
 */
function namesSomeone(name: string, names: ArticleNames): boolean {
  const words = name
    .replace(/^unnamed\s+/u, '')
    .split(/\s+/u)
    .map((w) => w.replace(/['’]s?$|[^\p{L}\p{N}.'’-]/gu, ''))
    .filter((w) => w !== '' && !QUANTIFIERS.has(w.toLowerCase()));
  const noName = (word: string) => {
    const lower = word.toLowerCase();
    // A surname the article gives with a first name is a name wherever it stands ("Ben Jealous… Jealous said"), as are figures and abbreviations.
    if (/[\d.]/u.test(word) || names.isSurname(word)) return false;
    return OPENERS.has(lower) || isAdverbOnly(lower) || isAdjectiveOnly(lower);
  };
  return words.length === 0 || !words.every(noName);
}
const QUANTIFIERS = new Set(['the', 'a', 'an', 'anyone', 'everyone', 'someone', 'anybody', 'everybody', 'somebody', 'nobody', 'both', 'many', 'most', 'some', 'all', 'several', 'few', 'neither', 'either', 'another', 'each', 'others', 'other']);
/** Words that open a sentence or a clause, capitalised there, and are mistaken for a name before a verb. */
const OPENERS = new Set(['what', 'why', 'how', 'when', 'whenever', 'where', 'whether', 'while', 'whatever', 'despite', 'although', 'though', 'that', 'this', 'these', 'those', 'if', 'because', 'like', 'plus', 'wow']);

/**
 * Outer source first, each name once. Two outlets are one when one name extends the other ("BBC News");
 * a person is not the body they speak for ("NDPA commissioner Ellen Varga" after "the NDPA").
 */
function chain(outlets: string[], people: string[]): string[] {
  const result: string[] = [];
  for (const name of outlets) if (!result.some((r) => sameName(r, name))) result.push(name);
  const bare = (s: string) => s.toLowerCase().replace(/^(?:unnamed\s+)?(?:the\s+)?/u, '');
  // A name another one ends with is the same speaker, given in short: "groups" beside "militia groups".
  const shorter = (name: string) => people.some((other) => other !== name && bare(other).endsWith(` ${bare(name)}`));
  for (const name of people) if (!result.some((r) => bare(r) === bare(name)) && !shorter(name)) result.push(name);
  return result;
}

/** Two names of one outlet: "the BBC" and "BBC News", "Al Arabiya" and "Al Arabiya English". */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/u, '')
      .replace(/[’']s$/u, '')
      .replace(/\s+(?:news|world|english|online|international|europe|tv|\.com)$/u, '')
      .trim();
  const [x, y] = [norm(a), norm(b)];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/**
 * Unnamed people are described as such: "American officials" → "unnamed American officials", and
 * "Fire officials", capitalised only to open a sentence, → "unnamed fire officials".
 */
function describePerson(source: Source): string {
  if (source.kind === 'named') return source.name;
  const counted = /^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|multiple|few|most|both|all|others|dozens?|hundreds?|\d+)\b/iu;
  if (counted.test(source.name) || /\b(?:unnamed|anonymous|unidentified)\b/iu.test(source.name)) return source.name;
  const first = /^[\p{L}'’-]+/u.exec(source.name)?.[0];
  // A description opening with no letter ("𐧀Ḅ officials", a digit-like symbol) has no word to lower-case.
  if (!first) return `unnamed ${source.name}`;
  const lower = first.toLowerCase();
  // Not the first word of a name: "New York voters", "White House officials".
  const inName = /^[\s\u00a0]+\p{Lu}/u.test(source.name.slice(first.length));
  const ordinary = first !== first.toUpperCase() && isEnglishWord(lower) && !isEnglishName(lower) && !inName;
  return `unnamed ${ordinary ? lower + source.name.slice(first.length) : source.name}`;
}

/** How many pieces of evidence a kind keeps: enough to show a passage's wording clusters, not the whole passage. */
const MAX_EVIDENCE = 3;

/** The first few matches of each pattern outside quotations: by default all a kind keeps (see MAX_EVIDENCE). */
function everyOutside(patterns: readonly RegExp[], text: string, quotes: readonly Quote[], perPattern = MAX_EVIDENCE): Match[] {
  const found: Match[] = [];
  for (const pattern of patterns) {
    let kept = 0;
    for (const m of matches(pattern, text)) {
      if (isQuoted(quotes, m.index)) continue;
      found.push({ at: m.index, text: m[0].trim() });
      if (++kept === perPattern) break;
    }
  }
  return found;
}

/**
 * A global expression's matches, read with `exec`: `matchAll` copies the expression first, and the
 * cue expressions are long enough for the copy to cost more than the search.
 */
function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // An empty match moves on by a whole character, which in UTF-16 may be two units.
    if (m[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    yield m;
  }
}

interface Match {
  at: number;
  text: string;
}

/** Matches in the order of the text, each dropped that overlaps or repeats one before it; their texts. */
function inOrder(matches: readonly Match[]): string[] {
  const kept: Match[] = [];
  const seen = new Set<string>();
  for (const m of [...matches].sort((a, b) => a.at - b.at)) {
    const last = kept.at(-1);
    // The same words written twice are one piece of evidence.
    if ((!last || m.at >= last.at + last.text.length) && !seen.has(m.text.toLowerCase())) {
      kept.push(m);
      seen.add(m.text.toLowerCase());
    }
  }
  return kept.map((m) => m.text);
}

/** The earliest match of any of the patterns that is not inside a quotation (on a tie, the first pattern's). */
function firstOutside(patterns: readonly RegExp[], text: string, quotes: readonly Quote[]): string | null {
  const found = everyOutside(patterns, text, quotes, 1);
  return found.length === 0 ? null : found.reduce((best, m) => (m.at < best.at ? m : best)).text;
}

function outsideQuotes(text: string, quotes: readonly Quote[], pattern: RegExp): boolean {
  let rest = '';
  let from = 0;
  for (const q of quotes) {
    rest += text.slice(from, q.start);
    from = q.end;
  }
  return pattern.test(rest + text.slice(from));
}

/**
 * The outlet's judgement in the reporting: an evaluative aside between dashes or
 * in parentheses, "self-styled"/"so-called", or scare quotes around a term the
 * outlet itself uses (a short quotation no one in the sentence is said to have said).
 */
function editorializing(text: string, quotes: readonly Quote[]): string | null {
  for (const pattern of [DASH_ASIDE, PARENTHESIS]) {
    for (const m of text.matchAll(pattern)) {
      if (!isQuoted(quotes, m.index) && EDITORIAL_ASIDE.test(m[0])) return m[0].replace(/[\s.;!?]+$/u, '');
    }
  }
  const word = firstOutside(EDITORIAL_WORDS, text, quotes);
  if (word) return word;
  for (const q of quotes) {
    const words = q.inner.trim().split(/\s+/u);
    // Empty marks ("the \"\" sign") quote nothing.
    if (q.inner.trim() === '' || words.length > 3 || /[.!?,]$/u.test(q.inner.trim())) continue;
    if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_MINOR_WORDS.has(w))) continue; // a title, not a judgement
    const sentenceStart = Math.max(text.lastIndexOf('. ', q.start), text.lastIndexOf('? ', q.start), 0);
    const before = text.slice(sentenceStart, q.start);
    if (ATTRIBUTING.test(before) || /:\s*$/u.test(before)) continue;
    return text.slice(q.start, q.end);
  }
  return null;
}

/** A quotation that is a statement (not a term in scare quotes), shown up to about a hundred characters. */
function unattributedQuote(text: string, quotes: readonly Quote[]): string | null {
  const statement = quotes.find((q) => q.inner.trim().split(/\s+/u).length >= 4);
  if (!statement) return null;
  const quoted = text.slice(statement.start, statement.end);
  return quoted.length <= 120 ? quoted : quoted.slice(0, quoted.lastIndexOf(' ', 100));
}

function firstWords(text: string, count: number): string {
  const m = new RegExp(`^\\S+(?:\\s+\\S+){0,${count - 1}}`, 'u').exec(text);
  return m ? m[0] : text;
}
