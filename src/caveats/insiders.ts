import lexicon from './sources.json' with { type: 'json' };
import { isQuoted, type Quote } from './quotes.js';
import { isFullName, isSourceVerb } from './sources.js';
import { tag, type TaggedToken } from './tagger.js';
import { nounClass } from './word-classes.js';

const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Mayor|President|Senator|Governor|Secretary)\b/u;
/** A verb whose object is the source: "according to", "citing", "quoting". */
const SOURCE_VERB_BEFORE = /\b(?:according to|citing|quoting)(?:[\s\u00a0]+[\p{L}'’.-]+){0,3}?[\s\u00a0]+$/iu;
const INSIDER = new RegExp(`\\b(?:${lexicon.insiderHeads.join('|')})\\b`, 'giu');
/** Tags that may stand between a subject and its verb, and that may make up a phrase after its head. */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);

/**
 * People who speak from inside a body and are left unnamed, as the subject of whatever they do: "some
 * Democratic officials think…", "her advisers expected…", "Aides to the senator have been pressing…".
 * A verb of saying need not follow (a stance, a plan, a refusal is theirs too), but the role must be
 * the subject: followed by a verb, past a phrase after it ("to the senator") and adverbs or auxiliaries,
 * and not by a name ("spokeswoman Ada Brook", "the spokesman, Piet Lind,"). The phrase from the role to
 * its verb is returned as evidence; null when there is none. Only sentences that hold such a role are tagged.
 */
export function unnamedInsider(text: string, quotes: readonly Quote[]): string | null {
  for (const m of text.matchAll(INSIDER)) {
    if (isQuoted(quotes, m.index)) continue;
    const end = m.index + m[0].length;
    if (/^[\s\u00a0]*,?[\s\u00a0]*\p{Lu}/u.test(text.slice(end, end + 3))) continue; // a name follows the role
    // A spokesperson for a named body speaks for it on the record ("a spokesperson for Meta"); one for a person
    // is one of their staff, unnamed ("a spokeswoman for Mr. Lind", "a spokesman for Mayor Ines Brandt").
    const body = /^[\s\u00a0]+(?:for|of)[\s\u00a0]+((?:the[\s\u00a0]+)?\p{Lu}[\p{L}.'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.'’-]*)*)/u.exec(text.slice(end, end + 60))?.[1];
    if (/^spokes/iu.test(m[0]) && body && !PERSON_TITLE.test(body) && !isFullName(body)) continue;
    // A role word whose first sense in WordNet is no person or group ("renewable sources supplied…") is one only when it says or thinks.
    const kind = nounClass(m[0]);
    const person = kind === 'person' || kind === 'group';
    // The description before a role is a few words long: the tagger reads from its sentence's start, at most 80 characters back.
    const from = Math.max(text.lastIndexOf('. ', m.index) + 1, m.index > 80 ? text.indexOf(' ', m.index - 80) + 1 : 0);
    // Past the role only its verb is read, a few words on: a title's full stop ("Mr. Lind") ends no sentence there.
    const tokens = tag(text.slice(from, end + 120));
    const head = tokens.findIndex((t) => t.start === m.index - from);
    if (head === -1) continue;
    // The source of "according to" or "citing": "according to law enforcement officials".
    const start = phraseStart(tokens, head, from);
    const before = text.slice(Math.max(0, start - 60), start);
    const cited = SOURCE_VERB_BEFORE.exec(before);
    if (cited) return text.slice(start - before.length + cited.index, end);
    // The tagger takes a role that opens a sentence for a name ("Aides to the mayor…"), for its capital alone.
    const noun = tokens[head]!.pos === 'NOUN' || (head === 0 && tokens[head]!.pos === 'PROPN');
    if (!noun || tokens[head - 1]?.pos === 'ADP') continue;
    const verb = verbAfter(tokens, head);
    if (verb && (person || isSourceVerb(verb.text))) return text.slice(start, from + verb.end);
  }
  return null;
}

/** The verb the role at `head` is subject of: past one phrase after it ("to the senator") and adverbs or auxiliaries. */
function verbAfter(tokens: readonly TaggedToken[], head: number): TaggedToken | null {
  let k = head + 1;
  if (tokens[k]?.pos === 'ADP') {
    k++;
    while (k < tokens.length && PHRASE.has(tokens[k]!.pos)) k++;
  }
  while (k < tokens.length && BETWEEN.has(tokens[k]!.pos)) k++;
  const verb = tokens[k];
  return verb?.pos === 'VERB' ? verb : null;
}

/** Where the description a role heads begins, in the passage: "some Democratic officials", "Clinton's top aides". */
function phraseStart(tokens: readonly TaggedToken[], head: number, from: number): number {
  let first = head;
  while (first > 0 && PHRASE.has(tokens[first - 1]!.pos) && tokens[first - 1]!.pos !== 'PRON') first--;
  // A possessive pronoun opens the description too ("her advisers").
  if (first > 0 && /^(?:his|her|their|its|our)$/iu.test(tokens[first - 1]!.text)) first--;
  return from + tokens[first]!.start;
}
