import { tag, type TaggedToken } from './tagger.js';
import { nounClass } from './word-classes.js';

/** A noun phrase found by the tagger: its span in the passage, and its head word. */
export interface TaggedPhrase {
  start: number;
  end: number;
  phrase: string;
  head: TaggedToken;
  /** The head's determiner or possessor, lower case: "the", "a", "his", "clinton's"; '' for none. */
  determiner: string;
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'day', 'hour']);
/** Words that open a clause though the tagger may call them prepositions: "as a new poll showed". */
export const CLAUSE_OPENERS = new Set(['as', 'while', 'after', 'before', 'because', 'since', 'though', 'although', 'if', 'when', 'until', 'once', 'unless', 'whereas']);
/** Words of time that are prepositions after a noun ("Protesters outside the courthouse before the verdict said"). */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);

/** Whether the word at `k` opens a clause rather than a prepositional phrase. */
function opensClause(tokens: readonly TaggedToken[], k: number): boolean {
  const word = tokens[k]!;
  const before = tokens[k - 1];
  // After a word of time it opens a clause again: "on Sunday after the Democratic front-runner had said".
  const afterNoun = before !== undefined && isNoun(before) && !WEEKDAY.test(before.lower) && !TIME_NOUNS.has(before.lower.replace(/s$/u, ''));
  return CLAUSE_OPENERS.has(word.lower) && !(TIME_PREPOSITIONS.has(word.lower) && afterNoun);
}

/**
 * Where words of when that end at word `i` begin, less one ("yesterday", "on Saturday", "last week", "this past
 * week", "two weeks ago", "in the past", "in recent weeks"); `i` when none end there. Read on lower-case words,
 * `word(k)` giving the k-th, so that the tagger's tokens and the word lists' words are read alike.
 */
export function timeBefore(word: (k: number) => string | undefined, i: number): number {
  const w = word(i);
  if (w === undefined) return i;
  if (w === 'yesterday' || w === 'today') return i - 1;
  if (word(i - 2) === 'in' && ((word(i - 1) === 'the' && w === 'past') || (word(i - 1) === 'recent' && TIME_NOUNS.has(w.replace(/s$/u, ''))))) return i - 3;
  // "two weeks ago", "less than a month ago": the tagger calls "ago" an adverb, so it may already be passed over.
  const ago = w === 'ago' ? i - 1 : word(i + 1) === 'ago' ? i : -1;
  if (ago >= 0 && TIME_NOUNS.has((word(ago) ?? '').replace(/s$/u, ''))) {
    let k = ago - 1;
    while (k >= 0 && /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|than|less|more|nearly|about|just|over)$/u.test(word(k) ?? '')) k--;
    return k;
  }
  if (WEEKDAY.test(w)) return word(i - 1) === 'on' ? i - 2 : i - 1;
  if (TIME_NOUNS.has(w) && word(i - 1) === 'past' && word(i - 2) === 'this') return i - 3;
  if (TIME_NOUNS.has(w) && ['last', 'this', 'next', 'each', 'past'].includes(word(i - 1) ?? '')) return i - 2;
  return i;
}

/** Where "took to Twitter" (or any platform) ends before "to say" at word `i`, less one; `i` when it does not. */
export function platformBefore(word: (k: number) => string | undefined, i: number): number {
  return word(i + 1) === 'to' && word(i - 1) === 'to' && TAKE.has(word(i - 2) ?? '') ? i - 3 : i;
}

/**
 * Whether the word before a verb can head its subject: a noun, or what the tagger takes for a verb or an
 * adjective where only a noun fits ("Exit polling showed", "Saturday's primary showed").
 */
function headLike(tokens: readonly TaggedToken[], k: number): boolean {
  const token = tokens[k]!;
  if (isNoun(token)) return true;
  const previous = tokens[k - 1];
  if (token.pos === 'VERB' && token.lower.endsWith('ing')) return previous !== undefined && (isNoun(previous) || previous.pos === 'DET' || previous.pos === 'ADJ');
  return token.pos === 'ADJ' && previous !== undefined && /^['’]s$/u.test(previous.text);
}
const GO = new Set(['go', 'goes', 'went', 'gone', 'going']);

/**
 * Whether the word at `i`, before "to say", is a way of saying it ("interjected to say", "rose to say"), not a
 * refusal, a failure or an instruction ("declined to say", "was asked to say", "is not inclined to say").
 */
export function saysByDoing(word: (k: number) => string | undefined, i: number): boolean {
  const verb = word(i);
  // Those who tend to say it, or are more likely to, say it: "Democrats were more likely to say", "continues to tell";
  // "is likely to say" is a forecast.
  if (verb && SAYS_THROUGH.has(verb)) return verb !== 'likely' || COMPARING.has(word(i - 1) ?? '');
  if (!verb || !/(?:ed|rose|took|taken|stood|came|went|spoke|wrote)$/u.test(verb) || NOT_SAYING_TO.has(verb)) return false;
  let k = i - 1;
  while (/^(?:not|too|so|also|then|later)$/u.test(word(k) ?? '')) k--;
  return !/^(?:is|are|was|were|be|been|being|am)$/u.test(word(k) ?? '');
}
const NOT_SAYING_TO = new Set([
  'declined', 'refused', 'failed', 'hesitated', 'expected', 'asked', 'forced', 'urged', 'invited', 'pressed', 'required', 'scheduled',
  'used', 'supposed', 'allowed', 'permitted', 'encouraged', 'wanted', 'needed', 'tried', 'attempted', 'planned', 'intended', 'hoped',
  'pledged', 'promised', 'vowed', 'threatened', 'offered', 'agreed', 'decided', 'seemed', 'appeared', 'pretended', 'neglected', 'started',
  'inclined', 'prepared', 'rushed', 'moved', 'pushed', 'lobbied', 'called',
]);
export const COMPARING = new Set(['more', 'less', 'most', 'least', 'as']);
/** Words before "to say" whose subject says it all the same: "continues to", "more likely to", "was quick to", "took pains to". */
export const SAYS_THROUGH = new Set([
  'likely', 'continue', 'continues', 'continued', 'tend', 'tends', 'tended', 'began', 'begins', 'begin',
  // Saying it readily or with care is saying it: "was quick to say", "took pains to say".
  'quick', 'careful', 'eager', 'keen', 'pains', 'care',
]);
export const MAKE = new Set(['make', 'makes', 'made', 'making']);
export const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** Tags that may stand between a subject and its verb: "has adamantly denied", "does not know", "also told". */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
/** Tags of the words of a noun phrase before its head: "the billionaire real estate magnate", "Clinton's top aides". */
const INSIDE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Marks that open and close an aside between a subject and its verb. */
const ASIDES: Record<string, string> = { ',': ',', '--': '--', '—': '—', ')': '(' };

/**
 * The subject of the verb that starts at `verbStart`, read by a part-of-speech tagger from the words
 * before it in its sentence (`from`): the noun phrase just before the verb, past adverbs, auxiliaries
 * and negation ("has adamantly denied"), and past an aside set off by commas, dashes or brackets after
 * a noun ("Stuart Stevens, a veteran strategist, said"), which is kept with it. Null when the word
 * before is no noun: a verb joined by "and", a clause, a quotation.
 */
export function taggedSubject(text: string, from: number, verbStart: number): TaggedPhrase | null {
  const tokens = tagBefore(text, from, verbStart);
  const lowerOf = (k: number) => tokens[k]?.lower;
  /** Back from token `k` past adverbs, auxiliaries and particles. */
  const pastBetween = (k: number) => {
    while (k >= 0 && BETWEEN.has(tokens[k]!.pos)) k--;
    return k;
  };
  const lastWord = tokens.length - 1;
  let i = lastWord;
  while (i >= 0 && BETWEEN.has(tokens[i]!.pos) && !/^['’]s$/u.test(tokens[i]!.text)) i--;
  // "The email goes on to say": going on to say is saying; so is a verb of doing before "to say" ("interjected to say").
  // "Trump took to Twitter to say": the platform is where, not who.
  if (tokens[i + 1]?.lower === 'to' && tokens[i]?.lower === 'on' && GO.has(tokens[i - 1]?.lower ?? '')) i = pastBetween(i - 2);
  else if (tokens[i + 1]?.lower === 'to' && (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'ADJ' || tokens[i]?.pos === 'NOUN') && saysByDoing(lowerOf, i)) {
    // "took pains to say": the noun's verb goes with it.
    i = pastBetween(tokens[i]!.pos === 'NOUN' && TAKE.has(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1);
  }
  else if (platformBefore(lowerOf, i) < i) i = pastBetween(platformBefore(lowerOf, i));
  // "made a point of saying" is saying.
  else if (tokens[i]?.lower === 'of' && tokens[i - 1]?.lower === 'point' && tokens[i - 2]?.lower === 'a' && MAKE.has(tokens[i - 3]?.lower ?? '')) i = pastBetween(i - 4);
  // When may stand between a subject and its verb: "a WBUR poll last week showed", "Sanders on Saturday said".
  // An auxiliary may stand before the time: "allies have in the past said" (where the tagger may call "past" an adverb).
  const when = Math.min(timeBefore(lowerOf, i), timeBefore(lowerOf, lastWord));
  const subjectEnd = when < i ? pastBetween(when) : -1;
  if (tokens[subjectEnd] && (isNoun(tokens[subjectEnd]!) || ASIDES[tokens[subjectEnd]!.text] !== undefined)) i = subjectEnd;
  let asideEnd = -1;
  const close = tokens[i];
  if (close && ASIDES[close.text]) {
    const open = ASIDES[close.text]!;
    let j = i - 1;
    while (j >= 0 && tokens[j]!.text !== open) j--;
    // An age before it is part of the aside: "Clinton, 35, the daughter of…, said".
    for (let more = 0; more < 2 && open === ',' && j >= 2 && tokens[j - 1]!.pos === 'NUM' && tokens[j - 2]!.text === ','; more++) j -= 2;
    // So is a lawmaker's state in brackets after the name: "Rep. Sander M. Levin (Mich.), a superdelegate, said".
    if (open === ',' && tokens[j - 1]?.text === ')') {
      let k = j - 2;
      while (k >= 0 && tokens[k]!.text !== '(') k--;
      if (k >= 1 && j - k <= 6) j = k;
    }
    // The aside must follow a noun and hold no verb of its own before a relative pronoun ("who", "which"):
    // "later this month, the minister told reporters," is a clause, not an aside.
    if (j < 1 || !isNoun(tokens[j - 1]!) || !asideOnly(tokens.slice(j + 1, i))) return null;
    // A role is kept with the name; what the speaker was doing or had done, or when, is not ("Clinton, speaking to
    // reporters, said", "Ryan, elected in 2010, said", "Blunt, after a long pause, said").
    if (tokens[j + 1]!.pos !== 'VERB' && !RELATIVES.has(tokens[j + 1]!.lower) && !circumstance(tokens.slice(j + 1))) asideEnd = close.text === ')' ? close.end : tokens[i - 1]!.end;
    i = j - 1;
  }
  let headAt = i;
  if (!tokens[headAt] || !headLike(tokens, headAt)) return null;
  let first = phraseStart(tokens, headAt);
  // A noun after a preposition belongs to a phrase before it ("two lifeguards on the north beach"), whose
  // head is the speaker; after a verb it is an object, not the subject ("in talks with the campaign said").
  // After "of" the head stays where it is when the noun before counts ("a majority of her backers").
  // A participle after a noun describes it, with what follows ("A poll conducted by voters in…", "the order released
  // Friday"): the noun before it is the head, and ends the source's name.
  let end = Math.max(asideEnd, tokens[i]!.end);
  const described = (k: number) => k >= 1 && tokens[k]!.pos === 'VERB' && /(?:ed|en)$/u.test(tokens[k]!.lower) && isNoun(tokens[k - 1]!);
  for (;;) {
    const preposition = tokens[first - 1]?.pos === 'ADP' && !opensClause(tokens, first - 1);
    if (preposition && first >= 2 && isNoun(tokens[first - 2]!)) {
      const counts = tokens[first - 1]!.lower === 'of' && (nounClass(tokens[first - 2]!.lower) ?? 'other') === 'other';
      if (!counts) headAt = first - 2;
      first = phraseStart(tokens, first - 2);
    } else if (described(first - 1) || (preposition && described(first - 2))) {
      headAt = described(first - 1) ? first - 2 : first - 3;
      first = phraseStart(tokens, headAt);
      // A noun before the participle's own subject is the head, and the clause describes it: "A contractor the mayor hired in
      // March said". A phrase has one determiner, so a noun just before the subject's is that noun.
      const own = tokens.findIndex((t, k) => k > first && k <= headAt && t.pos === 'DET' && isNoun(tokens[k - 1]!));
      if (own !== -1) headAt = own - 1;
      if (own !== -1 || (tokens[first - 1] && isNoun(tokens[first - 1]!))) {
        if (own === -1) headAt = first - 1;
        first = phraseStart(tokens, headAt);
      }
      end = tokens[headAt]!.end;
    } else break;
  }
  // A second role is an aside too, and the name before it the subject: "Smith, a lawyer, the group's founder, said".
  // Not a place a preposition governs: "…in New Hampshire, insiders in the next two states — Nevada and South Carolina — said".
  const governed = (k: number) => tokens[phraseStart(tokens, k) - 1]?.pos === 'ADP';
  for (let more = 0; more < 2 && asideEnd !== -1 && tokens[first - 1]?.text === ',' && tokens[first - 2]?.pos === 'PROPN' && !governed(first - 2); more++) {
    headAt = first - 2;
    first = phraseStart(tokens, headAt);
  }
  // Two plurals joined by "and" are one subject when nothing governs the first: "Gore's close friends and allies said".
  const plural = (t: TaggedToken | undefined) => t !== undefined && isNoun(t) && /\p{Ll}s$/u.test(t.text);
  if (tokens[first - 1]?.lower === 'and' && plural(tokens[first - 2]) && plural(tokens[headAt])) {
    const joined = phraseStart(tokens, first - 2);
    const outer = tokens[joined - 1];
    if (!outer || outer.text === ',' || outer.pos === 'CCONJ' || opensClause(tokens, joined - 1)) first = joined;
  }
  const before = tokens[first - 1];
  // The object of an infinitive or a participle after a noun belongs to that noun's phrase, whose head speaks: "The last
  // man to mount a third-party race says", "activists clamoring to block a nominee say".
  // So does the object of a participle's preposition: "Officials working on the plan said".
  const at = before?.pos === 'VERB' ? first - 1 : before?.pos === 'ADP' && tokens[first - 2]?.pos === 'VERB' && tokens[first - 2]!.lower.endsWith('ing') ? first - 2 : -1;
  if (at !== -1) {
    let noun = tokens[at - 1]?.lower === 'to' && tokens[at - 2] && isNoun(tokens[at - 2]!) ? at - 2 : tokens[at]!.lower.endsWith('ing') && tokens[at - 1] && isNoun(tokens[at - 1]!) ? at - 1 : -1;
    // A participle the tagger calls a noun before "to" describes the noun before it: "Activists clamoring to block…".
    if (noun > 0 && tokens[noun]!.lower.endsWith('ing') && isNoun(tokens[noun - 1]!)) noun--;
    if (noun !== -1) {
      const start = phraseStart(tokens, noun);
      const outer = tokens[start - 1];
      if (!outer || outer.pos === 'CCONJ' || opensClause(tokens, start - 1) || outer.text === ',') return phraseOf(text, from, tokens, start, tokens[noun]!.end, noun);
    }
  }
  // After a preposition or a verb the phrase is an object; after "as" or "while" it opens a clause ("as a new poll showed").
  if (before && (before.pos === 'ADP' || before.pos === 'VERB') && !opensClause(tokens, first - 1)) return null;
  return phraseOf(text, from, tokens, first, end, headAt);
}

/**
 * The noun phrase a relative pronoun at `at` follows, whatever stands before it: "a request by The Washington
 * Post, which argued…", "a symbolic victory for Obama, who has complained…". Null when no noun ends there.
 */
export function relativeAntecedent(text: string, from: number, at: number): TaggedPhrase | null {
  const tokens = tagBefore(text, from, at);
  let head = tokens.length - 1;
  if (tokens[head]?.text === ',') head--;
  // A lawmaker's party and state in brackets: "Rep. Ana Diaz (D-Maine), who…".
  if (tokens[head]?.text === ')') {
    const open = tokens.findLastIndex((t, i) => i < head && t.text === '(');
    if (open !== -1 && head - open <= 8) head = open - 1;
  }
  if (head < 0 || !isNoun(tokens[head]!)) return null;
  return phraseOf(text, from, tokens, phraseStart(tokens, head), tokens[head]!.end, head);
}

/** Where the noun phrase whose head stands at `head` begins. */
function phraseStart(tokens: readonly TaggedToken[], head: number): number {
  let first = head;
  while (first > 0) {
    const word = tokens[first - 1]!;
    // "of" joins a quantity to its people: "a majority of her backers", "some of Clinton's allies".
    const partitive = word.lower === 'of' && first >= 2 && ['NUM', 'PRON', 'DET'].includes(tokens[first - 2]!.pos);
    // A participle describes the noun after it ("But hacking specialists", "two retired generals"), unless a
    // noun before it is its subject ("Diaz attacked Reyes"); a hyphen joins a word's parts ("self-styled").
    // An adverb before it makes it the clause's verb: "Obama passionately rebuked critics".
    const describes =
      isParticiple(word) && !(first >= 2 && ['NOUN', 'PROPN', 'PRON', 'ADV'].includes(tokens[first - 2]!.pos) && !POSSESSIVES.has(tokens[first - 2]!.lower));
    const joined = hyphenJoins(tokens, first - 1) || hyphenJoins(tokens, first - 2);
    if (!INSIDE.has(word.pos) && !POSSESSIVES.has(word.lower) && !partitive && !describes && !joined) break;
    if (word.pos === 'PART' && !/^['’]s?$/u.test(word.text)) break;
    first--;
  }
  return first;
}

/**
 * The tagged words from `from` up to a verb. The verb is tagged with them, then left out: cut off before
 * it, a phrase ends in a noun the tagger takes for a verb ("lifeguards on the north beach").
 */
function tagBefore(text: string, from: number, verbStart: number): TaggedToken[] {
  // The subject readers try one after another on the same words: tag them once (they only read the tokens, never change them).
  if (lastTagged.text === text && lastTagged.from === from && lastTagged.verbStart === verbStart) return lastTagged.tokens;
  const verb = /^[\p{L}'’-]+/u.exec(text.slice(verbStart))?.[0] ?? '';
  const tokens = mendTags(tag(text.slice(from, verbStart + verb.length))).filter((token) => token.start < verbStart - from);
  lastTagged = { text, from, verbStart, tokens };
  return tokens;
}
let lastTagged: { text: string; from: number; verbStart: number; tokens: TaggedToken[] } = { text: '', from: -1, verbStart: -1, tokens: [] };

/**
 * Mends slips of the tagger where a phrase's subject is read. It takes some words of a name for
 * what they mean alone ("Judicial Watch", "Black Lives Matter", "Morning Consult"), so a capitalised word
 * after a name's word, or a capitalised verb after a capitalised noun, is more of the name. It takes
 * some nouns for verbs ("An earlier report in…"), so a word after a determiner, or after a determiner and
 * a modifier, is a noun. And it takes some nouns for adjectives ("One operative tried"), so one between a
 * determiner, a number or a name and the verb is a noun. It takes a noun after a preposition for a verb ("advocates for stem cell
 * research"), "for" before a noun phrase for a conjunction, and a name just after a quotation for the word it spells
 * ('"…," Blunt said'). The verb after the phrase is tagged with it for that.
 */
function mendTags(tokens: TaggedToken[]): TaggedToken[] {
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    const [one, two] = [tokens[k - 1]!, tokens[k - 2]];
    const namePart = one.pos === 'PROPN' || (one.pos === 'NOUN' && /^\p{Lu}/u.test(one.text) && token.pos === 'VERB');
    if (namePart && /^\p{Lu}\p{Ll}/u.test(token.text) && (token.pos === 'VERB' || token.pos === 'NOUN' || token.pos === 'ADJ')) tokens[k] = { ...token, pos: 'PROPN' };
    else if (token.pos === 'VERB' && !/ing$/u.test(token.lower) && (one.pos === 'DET' || ((one.pos === 'ADV' || one.pos === 'ADJ') && two?.pos === 'DET'))) tokens[k] = { ...token, pos: 'NOUN' };
    else if (token.pos === 'ADJ' && (one.pos === 'DET' || one.pos === 'NUM') && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX')) tokens[k] = { ...token, pos: 'NOUN' };
    // So is a word after a name and just before the verb: "Exit polls from the New Hampshire primary showed".
    else if (token.pos === 'ADJ' && one.pos === 'PROPN' && k === tokens.length - 2 && tokens[k + 1]!.pos === 'VERB') tokens[k] = { ...token, pos: 'NOUN' };
    // A noun that modifies the noun after it, right after a preposition: "advocates for stem cell research".
    else if (token.pos === 'VERB' && !/(?:ing|ed)$/u.test(token.lower) && (one.pos === 'ADP' || one.pos === 'SCONJ') && tokens[k + 1]?.pos === 'NOUN') tokens[k] = { ...token, pos: 'NOUN' };
    // A capitalised word just after a quotation closes is a name, not the word it spells: '"…," Blunt, after a pause, said'.
    else if (/^\p{Lu}\p{Ll}/u.test(token.text) && token.pos !== 'PROPN' && token.pos !== 'PRON' && /^[”"]$|^''$/u.test(one.text) && two?.text === ',') tokens[k] = { ...token, pos: 'PROPN' };
  }
  // "for" before a noun phrase is a preposition: "advocates for stem cell research".
  for (let k = 0; k < tokens.length - 1; k++) {
    if (tokens[k]!.lower === 'for' && tokens[k]!.pos === 'SCONJ' && INSIDE.has(tokens[k + 1]!.pos)) tokens[k] = { ...tokens[k]!, pos: 'ADP' };
  }
  return tokens;
}

/**
 * The speaker named after an inverted verb ('…,” said retired surgeon Ben Carson, asked about…'): the noun
 * phrase that follows it, adjectives and roles the word lists lack included, with a role after a comma.
 * Null unless the phrase ends its clause (a comma, a full stop, the end), or it would be what was said.
 */
export function taggedAfter(text: string, verbEnd: number): TaggedPhrase | null {
  const rest = text.slice(verbEnd, verbEnd + 160);
  const tokens = mendTags(tag(rest));
  let last = -1;
  // "his campaign manager Jeff Weaver": a possessive may open the phrase; a word a hyphen joins on is part of
  // the word before ("Florida-based", "the 46-year-old").
  const compound = (k: number) => hyphenJoins(tokens, k) || (k > 0 && tokens[k - 1]!.text === '-' && tokens[k - 1]!.end === tokens[k]!.start);
  // A participle before a noun describes the speaker: "one unaligned Florida Republican strategist".
  const describes = (k: number) => k > 0 && isParticiple(tokens[k]!) && tokens[k + 1] !== undefined && INSIDE.has(tokens[k + 1]!.pos) && tokens[k + 1]!.pos !== 'DET';
  for (let k = 0; k < tokens.length && (INSIDE.has(tokens[k]!.pos) || compound(k) || describes(k) || (k === 0 && POSSESSIVES.has(tokens[k]!.lower))); k++) last = k;
  while (last >= 0 && !isNoun(tokens[last]!) && !(compound(last) && tokens[last]!.text !== '-')) last--;
  let headAt = last;
  // What the speaker is of or close to belongs to the description: "Robert Antonacci of the New York
  // delegation", "a source close to the campaign".
  let k = last + 1;
  if (tokens[k]?.pos === 'ADJ' && RELATING.has(tokens[k]!.lower) && tokens[k + 1]?.pos === 'ADP') k++;
  if (last >= 0 && tokens[k]?.pos === 'ADP' && OF_SPEAKER.has(tokens[k]!.lower)) {
    let end = k + 1;
    // "a strategist for one of these candidates": a share of a body is as much the speaker's.
    while (end < tokens.length && (INSIDE.has(tokens[end]!.pos) || tokens[end]!.lower === 'of')) end++;
    const closes = !tokens[end] || /^[,.;]$/u.test(tokens[end]!.text) || isParticiple(tokens[end]!) || RELATIVES.has(tokens[end]!.lower);
    if (end > k + 1 && isNoun(tokens[end - 1]!) && closes) last = end - 1;
  }
  // A relative clause after the speaker describes them: "said a Mexican official who was not authorized to speak",
  // and so does a participle: "said one Republican involved in the planning", "a user going by the handle…".
  // A lawmaker's party and state in brackets stand between the name and what follows it: "said Rep. Elijah Cummings (D-Md.).".
  const brackets = tokens[last]?.pos === 'PROPN' ? pastBrackets(tokens, last + 1) : -1;
  const after = brackets === -1 ? last + 1 : brackets;
  const next = tokens[after];
  const participle = next !== undefined && (next.pos === 'VERB' || next.pos === 'ADJ') && /(?:ing|ed)$/u.test(next.lower);
  // So does when or where a name spoke: "said Cruz constituent Dan Golvach when asked about…".
  const circumstance = next !== undefined && tokens[last]?.pos === 'PROPN' && CIRCUMSTANCES.has(next.lower);
  const relative = next !== undefined && ((RELATIVES.has(next.lower) && next.lower !== 'that') || participle || circumstance);
  if (last < 0 || (next && !/^[,.;]$/u.test(next.text) && !relative)) return null;
  // A role after a comma belongs to the speaker ("Joseph Conlon, technical adviser to the association").
  if (next?.text === ',') {
    let k = after + 1;
    while (k < tokens.length && (INSIDE.has(tokens[k]!.pos) || tokens[k]!.pos === 'ADP')) k++;
    if (k > after + 1 && (!tokens[k] || /^[,.;]$/u.test(tokens[k]!.text)) && isNoun(tokens[k - 1]!)) last = k - 1;
  }
  if (!isNoun(tokens[headAt]!)) headAt = last;
  return phraseOf(text, verbEnd, tokens, 0, tokens[last]!.end, headAt);
}

/**
 * The noun phrase that follows a word, whatever follows it in turn: "exit polling data", "a poll of 400
 * registered Latino voters" (released on Friday…). Null unless it is one, with a noun at its head.
 */
export function taggedObject(text: string, after: number): TaggedPhrase | null {
  const tokens = mendTags(tag(text.slice(after, after + 160)));
  let last = -1;
  // A participle describes the noun after it, with an adverb or a hyphened word before it: "the recently
  // court-released playbook"; so does an adverb before a modifier, or before a participle the tagger mended into a
  // noun after an article: "a newly uncovered email".
  const describes = (k: number): boolean => {
    const token = tokens[k];
    const next = tokens[k + 1];
    if (token === undefined || next === undefined) return false;
    if (isParticiple(token)) return INSIDE.has(next.pos) && next.pos !== 'DET';
    const modifies = k > 0 && (next.pos === 'ADJ' || next.pos === 'NOUN');
    return (token.pos === 'ADV' && /ly$/u.test(token.lower) && (describes(k + 1) || modifies)) || (hyphenJoins(tokens, k + 1) && describes(k + 2)) || (token.text === '-' && hyphenJoins(tokens, k) && describes(k + 1));
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!INSIDE.has(token.pos) && !describes(k) && !(token.lower === 'of' && last >= 0 && isNoun(tokens[last]!))) break;
    last = k;
  }
  while (last >= 0 && !isNoun(tokens[last]!)) last--;
  if (last < 0) return null;
  return phraseOf(text, after, tokens, 0, tokens[last]!.end, last);
}

const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
const CIRCUMSTANCES = new Set(['when', 'after', 'before', 'during', 'while', 'at', 'on', 'in', 'outside', 'following']);
/** Whether words open a circumstance ("in a statement", "after a long pause"), not a role ("in charge of the board"). */
const circumstance = (words: readonly TaggedToken[]) => CIRCUMSTANCES.has(words[0]?.lower ?? '') && words[1]?.lower !== 'charge';
/** Prepositions that tie a speaker to a body or a place: "of the delegation", "for the campaign", "at the firm". */
const OF_SPEAKER = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'to']);
/** Adjectives that tie a speaker to what they know: "close to the campaign", "familiar with the talks". */
const RELATING = new Set(['close', 'familiar', 'near', 'loyal']);

/**
 * Whether the words between two commas are a role or a relative clause, not a clause of their own: a verb
 * may stand after a relative pronoun or a preposition ("the front-runner after winning the primary").
 */
function asideOnly(tokens: readonly TaggedToken[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (RELATIVES.has(token.lower) || token.pos === 'ADP' || token.pos === 'SCONJ') return true;
    // A participle opening the aside: "Clinton, speaking to reporters on her plane, said".
    if (k === 0 && token.pos === 'VERB' && token.lower.endsWith('ing')) return true;
    // So is a participle with its preposition: "Sullivan, struck by her story, told", "A Fox News poll, conducted jointly with…, shows".
    const preposition = (t: TaggedToken | undefined) => t?.pos === 'ADP' || t?.pos === 'SCONJ';
    if (k === 0 && token.pos === 'VERB' && (preposition(tokens[1]) || (tokens[1]?.pos === 'ADV' && preposition(tokens[2])))) return true;
    // A verb in -ing after a noun is a relative clause cut short: "a superdelegate supporting Clinton".
    if (token.pos === 'VERB' && token.lower.endsWith('ing') && k > 0 && isNoun(tokens[k - 1]!)) return true;
    // A word a hyphen joins on is part of a compound modifier: "a policy-focused conservative".
    if (k > 1 && hyphenJoins(tokens, k - 1)) continue;
    // A participle before a noun describes it ("current polling leader", "a retired surgeon").
    const [previous, next] = [tokens[k - 1], tokens[k + 1]];
    const describes = isParticiple(token) && next !== undefined && isNoun(next) && (previous?.pos === 'DET' || previous?.pos === 'ADJ');
    if ((token.pos === 'VERB' && !describes) || token.pos === 'AUX') return false;
  }
  return true;
}

/**
 * The subject that opens a sentence, for a verb that a comma joins to its clause ("Rubio flipped his
 * choice on the spot, saying…"): the first noun phrase, if a verb follows it past adverbs and auxiliaries.
 */
export function openingSubject(text: string, from: number, verbStart: number): TaggedPhrase | null {
  const all = tagBefore(text, from, verbStart);
  // Past the conjunctions and adverbs that open the sentence: "And then Trump went on the attack, saying".
  const opening = pastOpeners(all);
  const subject = subjectThenVerb(text, from, all.slice(opening));
  if (subject) return subject;
  // Past a short opening phrase with no verb, and its comma: "Hours later, Trump returned the compliment, telling…".
  const comma = all.findIndex((t, i) => i > opening && t.text === ',');
  if (comma === -1 || comma - opening > 5 || all.slice(opening, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const rest = all.slice(comma + 1);
  return subjectThenVerb(text, from, rest.slice(pastOpeners(rest)));
}

/**
 * The noun phrase that opens `tokens`, if a verb follows it past adverbs and auxiliaries, or past an aside that
 * describes it between commas ("Davis, a longtime liberal, lashed out").
 */
function subjectThenVerb(text: string, from: number, tokens: readonly TaggedToken[]): TaggedPhrase | null {
  let head = 0;
  while (head < tokens.length && (INSIDE.has(tokens[head]!.pos) || POSSESSIVES.has(tokens[head]!.lower))) head++;
  head--;
  while (head >= 0 && !isNoun(tokens[head]!)) head--;
  if (head < 0) return null;
  // A lawmaker's party and state in brackets, and the day, may stand before the verb: "Sen. Bernie Sanders (I-Vt.) on Saturday criticized".
  const brackets = pastBrackets(tokens, head + 1);
  let verb = brackets === -1 ? head + 1 : brackets;
  if (tokens[verb]?.lower === 'on' && WEEKDAY.test(tokens[verb + 1]?.lower ?? '')) verb += 2;
  let end = tokens[head]!.end;
  if (tokens[verb]?.text === ',') {
    // Names it includes are part of it: "Other Republican candidates, including Carly Fiorina and Ben Carson, have…".
    const including = tokens[verb + 1]?.lower === 'including';
    let close = including ? verb + 2 : verb + 1;
    while (close < tokens.length && close - verb <= (including ? 10 : 6) && (INSIDE.has(tokens[close]!.pos) || POSSESSIVES.has(tokens[close]!.lower) || (including && tokens[close]!.pos === 'CCONJ'))) close++;
    // Its last word is a noun, or an adjective a determiner makes one ("a longtime liberal").
    const last = tokens[close - 1]!;
    if (close > verb + 1 && tokens[close]?.text === ',' && (isNoun(last) || (last.pos === 'ADJ' && tokens[verb + 1]!.pos === 'DET'))) {
      end = including ? end : tokens[close - 1]!.end;
      verb = close + 1;
    }
  }
  while (verb < tokens.length && BETWEEN.has(tokens[verb]!.pos)) verb++;
  // So may "be" and what the subject is: "The publication has been outspoken in its opposition…, arguing".
  const predicate = tokens[verb]?.pos === 'ADJ' && /^(?:is|are|was|were|been|be)$/u.test(tokens[verb - 1]?.lower ?? '');
  if (tokens[verb]?.pos !== 'VERB' && !predicate) return null;
  return phraseOf(text, from, tokens, 0, end, head);
}

const isQuoteMark = (token: TaggedToken) => token.text === '"' || token.text === '“' || token.text === '”';

/** Past a lawmaker's party and state in brackets that open at `k`, "(D-R.I.)": the index after ")", or -1 when none closes nearby. */
function pastBrackets(tokens: readonly TaggedToken[], k: number): number {
  if (tokens[k]?.text !== '(') return -1;
  const close = tokens.findIndex((t, i) => i > k && t.text === ')');
  return close === -1 || close - k > 8 ? -1 : close + 1;
}

/**
 * A name that opens the sentence, then an aside that may hold commas of its own, then a comma and the verb:
 * "Sandra Inman, a Cruz supporter from Jackson, Miss., attending the convention, said", "Harry Bond, 30, of
 * Raleigh, N.C., who was polled, said", "Sen. Jack Reed (D-R.I.), said". The phrase is the name with the
 * aside's first part, its role ("Sandra Inman, a Cruz supporter from Jackson"). Null unless the aside is a
 * role or a relative clause, not a clause of its own.
 */
export function namedBeforeAside(text: string, from: number, verbStart: number): TaggedPhrase | null {
  const tokens = tagBefore(text, from, verbStart);
  if (tokens.at(-1)?.text !== ',') return null;
  const first = pastOpeners(tokens);
  let k = first;
  // A name's words, with a hyphen inside it ("Lopez-Cantera").
  while (k < tokens.length && (tokens[k]!.pos === 'PROPN' || (hyphenJoins(tokens, k) && tokens[k + 1]!.pos === 'PROPN'))) k++;
  if (k === first) return null;
  const head = k - 1;
  // A lawmaker's party and state in brackets, "(D-R.I.)", or between commas, ", R-Fla.,".
  if (tokens[k]?.text === '(') {
    k = pastBrackets(tokens, k);
    if (k === -1) return null;
  } else if (tokens[k]?.text === ',' && /^[RDI]$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === '-') {
    const close = tokens.findIndex((t, i) => i > k + 2 && t.text === ',');
    if (close !== -1 && close - k <= 7) k = close;
  }
  const last = tokens.length - 1;
  if (k === last) return phraseOf(text, from, tokens, first, tokens[k - 1]!.end, head);
  if (tokens[k]?.text !== ',' || k + 1 >= last) return null;
  const aside = tokens.slice(k + 1, last);
  // A full stop inside an abbreviation ("the A.F.L.-C.I.O.") ends nothing.
  const stop = (t: TaggedToken, i: number) => t.text === '.' && !(aside[i - 1]?.end === t.start && aside[i + 1]?.start === t.end);
  // A title in quotation marks may stand in a role ('the co-author of "Going Viral," about…'); half a quotation may not.
  const marks = aside.filter(isQuoteMark).length;
  if (aside.some((t, i) => stop(t, i) || t.text === ';') || marks % 2 === 1 || !asideOnly(aside)) return null;
  return phraseOf(text, from, tokens, first, roleEnd(aside) ?? tokens[k - 1]!.end, head);
}

/**
 * Where the role in an aside after a name ends: its first part, past an age ("Clinton, 35, the daughter of…"),
 * and the plain noun phrases after it ("Smith, a lawyer, the group's founder"), each cut at a relative pronoun
 * ("a veteran captain who sailed for years"). Null when the aside holds no noun: "Trump, meanwhile, said".
 */
function roleEnd(aside: readonly TaggedToken[]): number | null {
  const parts: TaggedToken[][] = [[]];
  // A comma inside a title's quotation marks parts nothing: 'the co-author of "Going Viral," about…'.
  let quoted = false;
  for (const token of aside) {
    if (isQuoteMark(token)) quoted = token.text === '“' || (token.text === '"' && !quoted);
    else if (token.text === ',' && !quoted) parts.push([]);
    else parts.at(-1)!.push(token);
  }
  let end: number | null = null;
  for (let p = 0; p < parts.length; p++) {
    const relative = parts[p]!.findIndex((t) => RELATIVES.has(t.lower));
    const part = relative === -1 ? parts[p]! : parts[p]!.slice(0, relative);
    // "appearing on Fox News after the speech" is what the speaker did, not their role; "in a statement" is how.
    if (part[0]?.pos === 'VERB' || circumstance(part)) break;
    const age = part.length === 1 && part[0]!.pos === 'NUM';
    // A list's last item is the role's too: "assistant secretary for population, refugees, and migration"; not a second
    // person ("a harbour pilot, and deckhand Tomas Berg", "a pilot, and crew members"): only common nouns after bare ones.
    const bare = (items: readonly TaggedToken[] | undefined) => items !== undefined && items.length > 0 && items.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ');
    const lastItem = (t: TaggedToken, i: number) => i === 0 && t.pos === 'CCONJ' && p >= 2 && bare(part.slice(1)) && bare(parts[p - 1]);
    const plain = part.every((t, i) => INSIDE.has(t.pos) || POSSESSIVES.has(t.lower) || lastItem(t, i));
    const afterAge = p > 0 && parts[p - 1]!.length === 1 && parts[p - 1]![0]!.pos === 'NUM';
    if (!age && (!part.some(isNoun) || (p > 0 && !plain && !afterAge))) break;
    end = part.at(-1)!.end;
    if (relative !== -1) break;
  }
  return end;
}

/**
 * The subject that opens a sentence and is described by a relative clause or a dashed aside before its verb:
 * "Friends of Mr. Clinton's who have seen him on the trail recently say…", "Many speakers at the service —
 * including Muslims, Jews — said…". The noun phrase runs from the sentence's first word (past "But", "Yet") to
 * the relative pronoun or dash, prepositional phrases included; its head is the last noun before the first
 * preposition. Null when the sentence opens otherwise.
 */
export function relativeSubject(text: string, from: number, verbStart: number): TaggedPhrase | null {
  if (!/\s(?:who|that|whom)\s|[—–]|\s--\s/u.test(text.slice(from, verbStart))) return null;
  const tokens = tagBefore(text, from, verbStart);
  const first = pastOpeners(tokens);
  let k = first;
  let headAt = -1;
  let inPhrase = false;
  for (; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (INSIDE.has(token.pos) || POSSESSIVES.has(token.lower)) {
      if (isNoun(token) && !inPhrase) headAt = k;
    } else if (token.pos === 'ADP' && headAt !== -1 && !RELATIVES.has(token.lower)) inPhrase = true;
    // "and" between two modifiers or heads of the subject: "Current and former officials who…".
    else if (token.pos === 'CCONJ' && k > first && INSIDE.has(tokens[k + 1]?.pos ?? '')) continue;
    else break;
  }
  const opener = tokens[k];
  if (headAt === -1 || !opener || !isNoun(tokens[k - 1]!)) return null;
  const relative = RELATIVES.has(opener.lower) && opener.lower !== 'which';
  // The clause or aside must hold a verb or a preposition, or it is no clause: "Officials that day said" reads otherwise.
  if (!(relative || opener.text === '—' || opener.text === '–' || opener.text === '--') || !tokens.slice(k + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP')) return null;
  return phraseOf(text, from, tokens, first, tokens[k - 1]!.end, headAt);
}

/** The first token past the conjunctions and adverbs that open a sentence: "And then Trump…", "But some voters…". */
function pastOpeners(tokens: readonly TaggedToken[]): number {
  let first = 0;
  // "But", "And then", and "Though" or "While" before the subject of a clause that opens the sentence.
  while (first < tokens.length && (tokens[first]!.pos === 'CCONJ' || tokens[first]!.pos === 'ADV' || (tokens[first]!.pos === 'SCONJ' && first === 0))) first++;
  return first;
}

/** Whether the token at `k` is a hyphen that joins the words on either side: "self-styled", "Florida-based". */
function hyphenJoins(tokens: readonly TaggedToken[], k: number): boolean {
  const [left, hyphen, right] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return hyphen?.text === '-' && left !== undefined && right !== undefined && left.end === hyphen.start && hyphen.end === right.start;
}

/** A verb in -ing or -ed, which may describe the noun after it rather than say what its subject did. */
function isParticiple(token: TaggedToken): boolean {
  return token.pos === 'VERB' && /(?:ing|ed)$/u.test(token.lower);
}

/** The phrase of tagged words from `first` to `end` (offsets in the tagged text, which starts at `offset` in `text`), with its head. */
function phraseOf(text: string, offset: number, tokens: readonly TaggedToken[], first: number, end: number, headAt: number): TaggedPhrase {
  const head = tokens[headAt]!;
  const start = offset + tokens[first]!.start;
  return { start, end: offset + end, phrase: text.slice(start, offset + end), head: { ...head, start: offset + head.start, end: offset + head.end }, determiner: determiner(tokens, first, headAt) };
}

function isNoun(token: TaggedToken): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN';
}

/** The word that decides whether a description is definite: its determiner or possessor. */
function determiner(tokens: readonly TaggedToken[], first: number, head: number): string {
  for (let k = first; k < head; k++) {
    const token = tokens[k]!;
    if (token.pos === 'DET' || POSSESSIVES.has(token.lower)) return token.lower;
    if (/^['’]s?$/u.test(token.text)) return `${tokens[k - 1]?.lower ?? ''}'s`;
  }
  return '';
}
