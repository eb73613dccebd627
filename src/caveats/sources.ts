import communication from './communication-verbs.json' with { type: 'json' };
import lexicon from './sources.json' with { type: 'json' };
import sideTaking from './stance-verbs.json' with { type: 'json' };
import placeNames from '../text/place-names.json' with { type: 'json' };
import { isEnglishName, isEnglishWord } from '../text/specificity.js';
import { lowerWords, STOPWORDS } from '../text/words.js';
import { isQuoted, type Quote } from './quotes.js';
import { CLAUSE_OPENERS, COMPARING, MAKE, SAYS_THROUGH, TAKE, namedBeforeAside, openingSubject, platformBefore, relativeAntecedent, relativeSubject, saysByDoing, taggedAfter, taggedObject, taggedSubject, timeBefore, type TaggedPhrase } from './subject.js';
import { isAdjectiveOnly, isAdverbOnly, isPlace, isRole, isStanceVerb, LINKING_OPENER_ANY_CASE, LINKING_OPENERS, mayNameSpeaker, nounClass } from './word-classes.js';
import { genderOfName, isGivenName, TITLES, type ArticleNames } from './person-names.js';

/**
 * Who a claim in a passage comes from, as the text says it:
 * - `outlet`: a named news organisation ("The Washington Post reported", "told Reuters");
 * - `media`: an outlet or document referred to, not named ("the daily", "a report", "local media");
 * - `pronoun`: "It" as the subject of a reporting verb, which in relayed reporting is the report;
 * - `named`: a person or institution with a name ("Defense Secretary Jane Roe", "the Iraqi army");
 * - `unnamed`: people described but not named ("one military official", "American officials");
 * - `anaphor`: "he", "she" or "they" as the speaker, whom the article named before (see analyzeArticle).
 */
export interface Source {
  kind: 'outlet' | 'media' | 'pronoun' | 'named' | 'unnamed' | 'anaphor';
  /** The source as the text names or describes it. */
  name: string;
  /** The verbatim phrase that attributes the claim (the source with its verb). */
  evidence: string;
  /** For an anaphor, where the pronoun stands: whom it stands for is read from the text before it. */
  at?: number;
  /** For a journalist named with their outlet ("the Post's Chris Cillizza"), the outlet, which the chain relays first. */
  outlet?: string;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  capital: boolean;
}

/** A word, or a number with its thousands' commas ("1,409 teachers"). */
const WORD = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+|(?<=\d),\d{3}(?!\d))*(?:(?<=s)['’](?![\p{L}\p{N}]))?/gu;
const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const PERSON_HEADS = lowerSet(lexicon.personHeads);
const INSTITUTION_HEADS = lowerSet(lexicon.institutionHeads);
const MEDIA_NOUNS = lowerSet(lexicon.mediaNouns);
const OUTLETS = lowerSet(lexicon.outlets);
const OUTLET_MARKERS = new Set(lexicon.outletMarkers);
const NON_NAMES = new Set(lexicon.nonNames);
const INSIDERS = lowerSet(lexicon.insiderHeads);
/**
 * Whether a head noun, or the singular of a plural one, is in a list: "groups", "outlets" and "agencies"
 * speak as "group", "outlet" and "agency" do ("Advocacy groups said", "Multiple outlets reported").
 */
function headIn(list: ReadonlySet<string>, lower: string): boolean {
  if (list.has(lower)) return true;
  if (!lower.endsWith('s') || lower.endsWith('ss')) return false;
  return list.has(lower.slice(0, -1)) || (lower.endsWith('ies') && list.has(`${lower.slice(0, -3)}y`)) || (lower.endsWith('es') && list.has(lower.slice(0, -2)));
}
/** What an institution issues and a reporter cites as a source: "the ministry's statement". */
const DOCUMENT_NOUNS = new Set(['statement', 'figures', 'data', 'tally', 'count', 'estimate', 'memo', 'letter', 'study', 'survey', 'document', 'lawsuit', 'suit', 'complaint', 'ruling', 'verdict', 'release', 'tweet', 'tweets']);

/** Words that may stand inside a description of a source besides names and head nouns. */
const MODIFIERS = new Set([
  'the', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'other', 'senior', 'former',
  'top', 'local', 'state', 'military', 'western', 'foreign', 'security', 'intelligence', 'government', 'administration',
  'defence', 'defense', 'police', 'health', 'unnamed', 'anonymous', 'chief', 'deputy', 'regional', 'federal', 'national',
  'provincial', 'city', 'party', 'opposition', 'union', 'company', 'industry', 'diplomatic', 'army', 'ministry', 'news',
  'head', 'vice', 'assistant', 'acting', 'interim', 'general', 'press', 'senior', 'junior', 'retired', 'current',
  'independent', 'official', 'u.s', 'us', 'american', 'european', 'his', 'her', 'their', 'its', 'our', 'two', 'more',
  'fellow', 'prime', 'foreign', 'finance', 'interior', 'justice', 'trade', 'economy', 'energy', 'transport', 'education',
  'executive', 'managing', 'legal', 'medical', 'emergency', 'rescue', 'fire', 'civil', 'human', 'rights', 'aid', 'both',
]);
/** Words that may sit between a source and its verb: "the report then goes on to underline". */
const BETWEEN = new Set([
  'then', 'further', 'also', 'later', 'again', 'previously', 'recently', 'repeatedly', 'earlier', 'once', 'has', 'have',
  'had', 'is', 'are', 'was', 'were', 'will', 'would', 'goes', 'went', 'go', 'on', 'to', 'itself', 'themselves', 'himself', 'herself', 'publicly',
  'privately', 'separately', 'subsequently', 'meanwhile', 'however', 'in', 'turn', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'overnight', 'now', 'still', 'just', 'already', 'even',
  'never', 'not', 'always', 'often', 'first', 'finally', 'initially', 'openly', 'quickly', 'frequently', 'flatly', 'firmly',
  'strongly', 'sharply', 'bluntly', 'directly', 'explicitly', 'specifically', 'simply', 'immediately', 'since', 'long', 'fact', 'indeed', 'reportedly', 'apparently',
]);
/** Forms of "be": before a verb of saying they make it passive. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that end a description read forward: "officials who spoke…", "the daily, which…". */
const FORWARD_STOPS = new Set([
  'that', 'who', 'whom', 'whose', 'which', 'as', 'because', 'when', 'while', 'after', 'before', 'since', 'if', 'but',
  'and', 'or', 'to', 'said', 'says', 'told', 'adding', 'saying', 'noting', 'at', 'during', 'over', 'than', 'released',
  'published', 'issued', 'last', 'shortly', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'overnight', 'recently',
]);
const PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'close', 'familiar', 'near', 'inside', 'within']);
/** Short abbreviations whose full stop does not end the phrase: "Sen. Maria Delgado", "Lt. Col.". */
/** An initialism as a word is read, without its last full stop: "F.B.I", "U.S". */
const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const ABBREVIATION = /^(?:\p{Lu}|Sen|Rep|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Maj|Capt|Gov|Sgt|Prof|Rev|St|Ft|Mt|Adm|Cmdr|Reps|Sens|Gens|Jr|Sr|No|U\.S|U\.K|U\.N)$/u;
const DEMONYM = /^(?:[\p{Lu}][\p{Ll}]+(?:an|ian|ean|ese|ish|i|ic)|French|Dutch|Greek|Swiss|Thai|Arab|Western|Eastern|Northern|Southern|Central)$/u;
const COUNTRY_CODE = /^(?:U\.?S\.?A?|U\.?K\.?|E\.?U\.?|U\.?N\.?|UAE|NATO)$/u;
const WEEKDAYS_AND_MONTHS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/u;
/** Whether a capitalised word is a weekday or a month (not "May", also a name): when, not who. */
export const isDayOrMonth = (word: string) => WEEKDAYS_AND_MONTHS.test(word);

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
}
const alternation = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');
/** WordNet's verbs of communication (scripts/communication-verbs.ts) that the hand-kept lists lack. */
const COMMUNICATING = communication.forms.filter((form) => !lexicon.reportingVerbs.includes(form) && !lexicon.sourceVerbs.includes(form) && !lexicon.speechActs.includes(form));
/** The verbs the hand-kept lists give, one capturing group per list (source verbs, speech acts, reporting verbs). */
const HAND_KEPT = [lexicon.sourceVerbs, lexicon.speechActs, lexicon.reportingVerbs].map((list) => `(${alternation(list)})`).join('|');
const VERB_SOURCE = `\\b(?:${HAND_KEPT})\\b`;
const DETERMINERS = new Set(['a', 'an', 'the', 'in', 'of', 'for', 'his', 'her', 'its', 'their', 'our', 'during', 'after', 'before', 'with', 'amid', 'without', 'no', 'any', 'some', 'these', 'those', 'this', 'that']);

/**
 * What must follow a verb of communication for it to attribute a claim or a stance: a clause, a quotation,
 * or what was urged or alleged ("urged voters to…", "accused him of…", "questioned whether…"), after at
 * most a short object. "Talks with", "signed the bill", "named 78 partners" attribute nothing.
 */
const CLAIM_FOLLOWS = new RegExp(
  [
    // a quotation after whom it is put to: "asked the buzzing crowd, “Can she stay?”", or a question after a colon:
    // "asked Republicans a simple question: Who…"
    String.raw`(?:[\s\u00a0]+[\p{L}'’.-]+){1,4}[\s\u00a0]*[,:][\s\u00a0]*[“"‘]|(?:[\s\u00a0]+[\p{L}'’.-]+){1,6}[\s\u00a0]*:[\s\u00a0]+\p{Lu}`,
    // a clause: "questioned whether…", "insisted, that…", "asked the mayor how…"
    String.raw`(?:[\s\u00a0]+(?!that\b|whether\b)[\p{L}'’.-]+){0,4}?[\s\u00a0]*,?[\s\u00a0]+(?:that|whether|if|how|why|what|when)\b`,
    // a quotation or a colon: "joked: “…”"
    String.raw`[\s\u00a0]*,?[\s\u00a0]*[:“"‘]`,
    // what it is about: "accused him of…", "warned of…"
    String.raw`(?:[\s\u00a0]+[\p{L}'’.-]+){0,4}?[\s\u00a0]+(?:of|about)\b`,
    // what someone was urged to do, after whom: "urged voters to…", "asked Mr. Comey to…" (not "refused to
    // join", nor "signed a pact to end the strike": acts)
    String.raw`(?:[\s\u00a0]+(?:the|his|her|their|its|all|fellow|other))?[\s\u00a0]+(?:him|her|them|us|you|me|(?:\p{Lu}[\p{L}'’.-]*[\s\u00a0]*){1,3}|${alternation(lexicon.personHeads)})[\s\u00a0]+to\b`,
  ].join('|'),
  'uy',
);
/**
 * What a verb of asking may ask after whom it asks: "asked Rubio which states…", not "asked anyone who saw the crash to
 * call"; or whether, after a longer description of whom: "asked the 2016 Democratic White House contender if…".
 */
const ASKED_FOLLOWS = /(?:[\s\u00a0]+(?!anyone\b|anybody\b|someone\b|everyone\b|those\b|people\b)[\p{L}'’.-]+){1,3}[\s\u00a0]+(?:which|who|where)\b|(?:[\s\u00a0]+(?!that\b|whether\b)[\p{L}\d'’.-]+){5,6}?[\s\u00a0]+(?:whether|if)\b/uy;
const ASKING = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|inquired|questioned)$/u;

/**
 * Whether the claim came before its source and verb, which end the sentence: "Clinton won the primary, the
 * Associated Press declared on Thursday."
 */
function claimBefore(text: string, verbStart: number, verbEnd: number): boolean {
  const clauseEnds = /^(?:[\s\u00a0]+(?:on|in|at|late|early|last|this)\b[^,.;“”"]{0,30})?[\s\u00a0]*(?:[.;]|,[\s\u00a0]+(?!that\b))/u.test(text.slice(verbEnd, verbEnd + 40));
  return clauseEnds && /[\p{L}\p{N}],[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}[^,.;“”"]{0,60}$/u.test(text.slice(Math.max(0, verbStart - 80), verbStart));
}

/** A few words that end their clause in a word for findings, after "according to": "recent polling". */
function findingsNamed(text: string, at: number): Phrase | null {
  const m = /^[\s\u00a0]+((?:[\p{L}-]+[\s\u00a0]+){0,3}([\p{L}-]+))(?=[\s\u00a0]*[,.;])/u.exec(text.slice(at, at + 80));
  if (!m || !headIn(EVIDENCE_NOUNS, m[2]!.toLowerCase())) return null;
  const start = at + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, phrase: m[1]! };
}

/** Whether a verb of saying stands between two offsets, not a noun a determiner opens ("on those claims"). */
function saysBetween(text: string, from: number, to: number): boolean {
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(ATTRIBUTING_ALL)) {
    const before = /([\p{L}'’]+)[\s\u00a0]+$/u.exec(slice.slice(Math.max(0, m.index - 20), m.index))?.[1]?.toLowerCase();
    // A verb of a relative clause is its antecedent's ("rebuked critics who say…, saying"): the clause's subject says the rest.
    if (!before || !(DETERMINERS.has(before) || QUANTIFIERS.has(before) || /['’]s$/u.test(before) || before === 'who')) return true;
  }
  return false;
}
const ATTRIBUTING_ALL = new RegExp(VERB_SOURCE, 'gi');

/** Whether a claim follows a verb that ends at an offset: read in place, as a passage may hold many such verbs. */
function claimFollows(text: string, at: number, verb: string): boolean {
  CLAIM_FOLLOWS.lastIndex = at;
  if (CLAIM_FOLLOWS.test(text)) return true;
  ASKED_FOLLOWS.lastIndex = at;
  return ASKING.test(verb.toLowerCase()) && ASKED_FOLLOWS.test(text);
}

/**
 * A quotation closed by a comma, question or exclamation mark just before the speaker and the verb, or
 * the verb and then the speaker: '…?” Boyle asked Trump.', '…?” asked Bennett.' One closed by a full stop
 * ended its sentence ('…“resign.” Officials signed'). A role may stand between a capital and the name: '…?" former
 * Obama adviser David Axelrod asked'. A left mark typed where the quotation ends closes it ('…a fascist?“ he asked').
 */
const QUOTE_AND_SPEAKER = String.raw`[,?!](?:[”"“]|'')[\s\u00a0]*(?:he|she|they|(?:\p{Ll}[\p{L}-]*[\s\u00a0]+){0,2}(?:\p{Lu}[\p{L}'’.-]*[\s\u00a0]+(?!(?:of|and|or|the|a|an|in|for|to|at|on|with|by|from|told|wrote|said|says|tells|asked|\p{Ll}+ed)[\s\u00a0])\p{Ll}[\p{L}-]*[\s\u00a0]+)?\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3})[\s\u00a0]+`;
const QUOTE_THEN_SPEAKER = new RegExp(`${QUOTE_AND_SPEAKER}$`, 'u');
const QUOTE_JUST_CLOSED = /[,?!](?:[”"“]|'')[\s\u00a0]*$/u;
/** A quotation closed, then a description of its speaker: '“…,” one Clinton ad declared', '“…,” the aide declared'. */
const QUOTE_THEN_WORDS = /[,?!](?:[”"“]|'')[\s\u00a0]*(?:the|a|an|one|another|his|her|their|its)[\s\u00a0]+(?:[\p{L}\d'’.-]+[\s\u00a0]+){1,4}$/iu;
function quotedBefore(text: string, verbStart: number, verb: string): boolean {
  const before = text.slice(Math.max(0, verbStart - 60), verbStart);
  return QUOTE_THEN_SPEAKER.test(before) || QUOTE_THEN_WORDS.test(before) || invertedAfterQuote(text, verbStart, verb);
}

/** A verb that puts its speaker after it, right after a quotation: '…from him?" asked Bennett' (not '"Nobody Will Come," directed by…'). */
function invertedAfterQuote(text: string, verbStart: number, verb: string): boolean {
  // Any verb of saying in the past may put its speaker after it there ('…,” tweeted a user'); a participle with
  // its agent describes what was quoted ('"Nobody Will Come," directed by…').
  if (!QUOTE_JUST_CLOSED.test(text.slice(Math.max(0, verbStart - 5), verbStart))) return false;
  const lower = verb.toLowerCase();
  return INVERTING.has(lower) || (/(?:ed|wrote)$/u.test(lower) && !/^[\s\u00a0]+by\b/u.test(text.slice(verbStart + verb.length, verbStart + verb.length + 4)));
}

/** "released a statement", "issued a memo", "sent out a press release", "sent a text message": a written statement. */
const WRITTEN_STATEMENT = String.raw`\b(?:released|issued|sent|put)\s+(?:out\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:statement|memo|letter|video|release|message|e-?mail)\b`;

/** Cues other than one verb: "repeated the claims", "put the death toll at 212", "continued: “…”". */
const PHRASE_CUES =
  `\\b(?:repeated|made|spread|echoed|renewed|reiterated|aired|levell?ed)\\s+(?:[a-z-]+\\s+){0,2}(?:claims?|allegations?|accusations?|assertions?|charges)\\b` +
  // "put the death toll at 212": how a statement or an official gives a figure.
  `|\\bput\\s+the\\s+(?:[a-z-]+\\s+){0,3}(?:number|toll|figure|cost|count|total|bill)\\b` +
  // "Trump continued: “…”": a verb that says nothing by itself introduces speech before a quotation.
  `|\\b(?:continued|concluded|went on|began|ended|replied|responded)(?=[:,]\\s*["“‘])` +
  // "made the case that", "made clear that", "as one diplomat put it,": a claim made in so many words.
  `|\\b(?:made|makes|making)\\s+(?:the\\s+case|clear(?=\\s+(?:that|to|how|why|what)\\b|\\s*[,:])|the\\s+point|(?:a\\s+)?(?:veiled\\s+)?(?:references?|remarks?|comments?)\\b)` +
  `|\\bput\\s+it(?=[\\s\\u00a0]*[,.;:]|[\\s\\u00a0]+this\\s+way)` +
  // "has been critical of", "is confident that", "are wary of": a stance stated as what its holder is.
  `|\\b(?:is|are|was|were|been|be)\\s+(?:(?:also|very|deeply|increasingly|highly|openly|sharply|more|less)\\s+)?(?:critical|skeptical|sceptical|wary|confident|concerned|worried|hopeful|opposed|supportive|optimistic|pessimistic|doubtful|convinced|adamant|eager|adamantly)\\s+(?:of|about|that|to|with)\\b` +
  // A written statement.
  `|${WRITTEN_STATEMENT}`;
/** The cues of the hand-kept lists; a description read backwards from a verb stops only at these ("two diplomats briefed on the talks told"). */
const VERB = new RegExp(`${VERB_SOURCE}|${PHRASE_CUES}`, 'gi');
/**
 * WordNet's verbs of communication, looked up word by word: as one pattern of some 1,600 alternatives
 * they made the sourcing analysis of 100k passages take twice as long.
 */
const COMMUNICATING_SET: ReadonlySet<string> = new Set(COMMUNICATING);
/** What a poll, a study or records do with their findings ("shows", "found"), and what such a source is ("poll", "records"). */
const EVIDENCE_VERBS: ReadonlySet<string> = new Set(lexicon.evidenceVerbs);
const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(lexicon.evidenceNouns);
/**
 * Whether findings may be the subject of a verb at `at`: the word before it, past words like "also", names
 * findings ("the poll also shows", "records show"), or such a word stands within 40 characters before it, with no
 * comma, quotation mark or sentence's end between ("a WBUR poll last week showed", "Exit polls taken in South
 * Carolina found"), for the tagger to read.
 */
function findingsBefore(text: string, at: number): boolean {
  if (headIn(EVIDENCE_NOUNS, wordBeforeVerb(text, at)?.toLowerCase() ?? '')) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  const clause = before.slice(Math.max(0, before.search(/[.!?;:“”",][^.!?;:“”",]*$/u)));
  return EVIDENCE_NEAR.test(clause);
}
/** "that" right after a verb and opening a clause: "found that", "showed that"; not "found that laptop in…". */
const THAT_FOLLOWS = /^[\s\u00a0]+that\b(?![\s\u00a0]+\p{Ll}+(?:[\s\u00a0]+(?:in|on|at|from|of|with|for|to|by|into)\b|[.,;]))/u;
/** A phrase whose head, before a modifier of "of", "from", "by" or "among", names findings: "a survey of superdelegates". */
function evidenceModified(phrase: string): boolean {
  const head = /^(?:[\p{L}'’.-]+[\s\u00a0]+){0,4}?([\p{L}-]+)[\s\u00a0]+(?:of|from|by|among)[\s\u00a0]/u.exec(phrase)?.[1];
  return head !== undefined && headIn(EVIDENCE_NOUNS, head.toLowerCase());
}
const EVIDENCE_NEAR = new RegExp(String.raw`\b(?:${lexicon.evidenceNouns.join('|')})s?\b`, 'iu');

/**
 * The word before a verb at `at`, past the words that may stand between a source and its verb ("she also
 * questioned"), within 60 characters. Read backwards in place: it is asked for many words of every passage.
 */
function wordBeforeVerb(text: string, at: number): string | undefined {
  return pastBetweenWords(text, at, NOT_WORD_CHAR, Math.max(0, at - 60), true).word;
}
/** A word that may stand between a source and its verb: one of BETWEEN, or a manner adverb the list lacks ("she angrily said"). */
const standsBetween = (word: string) => BETWEEN.has(word.toLowerCase()) || (/^\p{Ll}+ly$/u.test(word) && isAdverbOnly(word));
const WORD_CHAR = /[\p{L}'’.-]/u;
const NOT_WORD_CHAR = /[^\p{L}'’.-]/u;

/**
 * Back from `at` past the words that may stand between a source and its verb ("also", "then", "has"), each
 * after a gap of `gap` characters, no further than `floor`: where they begin, and the last word read (the
 * first that is none of them, else the last of them). Read in place, as it is asked of many words.
 */
function pastBetweenWords(text: string, at: number, gap: RegExp, floor: number, adverbs = false): { start: number; word: string | undefined } {
  let start = at;
  let word: string | undefined;
  while (start > floor) {
    let wordEnd = start;
    while (wordEnd > floor && gap.test(text[wordEnd - 1]!)) wordEnd--;
    let wordStart = wordEnd;
    while (wordStart > floor && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
    if (wordStart === wordEnd) break;
    word = text.slice(wordStart, wordEnd);
    // Where a speaker may stand, a manner adverb the list lacks stands between as well: "then loudly asked".
    if (!(adverbs ? standsBetween(word) : BETWEEN.has(word.toLowerCase()))) break;
    start = wordStart;
  }
  return { start, word };
}
/** Verbs by which a subject takes a side on what they name, with no clause after them (scripts/stance-verbs.ts): "Sanders endorsed Clinton". */
const SIDE_TAKING: ReadonlySet<string> = new Set(sideTaking.forms);
/** Their forms that are nouns too ("backing", "support"), verbs only after an auxiliary: "is backing Clinton", "will support". */
const SIDE_TAKING_AFTER_AUXILIARY: ReadonlySet<string> = new Set(sideTaking.afterAuxiliary);
/** Their forms in -s that are plural nouns too ("supports", "backs"), verbs only right after one subject: "Cruz supports", "she backs". */
const SIDE_TAKING_AFTER_SUBJECT: ReadonlySet<string> = new Set(sideTaking.afterSubject);
const SUBJECT_BEFORE = /(?:\b(?:[Hh]e|[Ss]he|[Ii]t|who)|\p{Lu}[\p{L}'’.-]*\p{L})(?:[\s\u00a0]+(?:also|still|now|strongly|openly|firmly|fully|long|enthusiastically))?[\s\u00a0]+$/u;
const AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|do|does|did)(?:[\s\u00a0]+(?:not|also|still|now|long|already|never|always|strongly|openly))*[\s\u00a0]+$/iu;
/** Verbs of holding a view (believe, want, fear, expect…), whose object is the view held, with or without "that". */
const VIEWS: ReadonlySet<string> = new Set(sideTaking.viewForms);

/**
 * Whether the word before a verb of communication (past "also", "then"…) could end a speaker's
 * description: a name, a pronoun, a person or a body ("Albright urged", "she questioned", "aides
 * warned", "the ministry accused"), not a determiner. Most such verbs in a text have none, and
 * reading a description backwards from each would cost the analysis a sixth of its time.
 */
function mayHaveSpeaker(text: string, at: number): boolean {
  // After an aside's closing comma the speaker opens the clause: "Smith, a mother of two, asked…".
  if (/,[\s\u00a0]+$/u.test(text.slice(Math.max(0, at - 3), at))) return true;
  const word = wordBeforeVerb(text, at);
  if (!word) return false;
  const lower = word.toLowerCase().replace(/['’]s?$/u, '');
  // After a determiner or a preposition the word is a noun ("in talks to build", "The talks to").
  if (DETERMINERS.has(lower)) return false;
  // "who" and "which" stand for the phrase before them ("Obama, who has often complained…").
  if (/^\p{Lu}/u.test(word) || SPEAKING_PRONOUNS.has(lower) || lower === 'who' || lower === 'which' || PERSON_HEADS.has(lower) || headIn(INSTITUTION_HEADS, lower) || headIn(MEDIA_NOUNS, lower)) return true;
  // A plural the lists lack that WordNet files under people or groups: "some Democratic strategists fear that…"
  // (a singular one is more often an object a participle describes: "executed a man convicted of spying").
  const kind = nounClass(lower);
  if (lower.endsWith('s') && (kind === 'person' || kind === 'group')) return true;
  // A document or a message says what it says: "one Clinton ad declared", "a quiz asked readers".
  if (kind === 'communication' || DOCUMENT_NOUNS.has(lower)) return true;
  // People the clause opens with, before where they are: "Republican voters in each state want…".
  const people = PEOPLE_IN_PLACE.exec(text.slice(Math.max(0, at - 60), at))?.[1];
  return people !== undefined && (PERSON_HEADS.has(people.toLowerCase()) || nounClass(people.toLowerCase()) === 'person');
}
const PEOPLE_IN_PLACE = /\b(\p{L}+s)[\s\u00a0]+(?:in|from|across|at|of)[\s\u00a0]+(?:(?:the|each|every|all|both|their|his|her)[\s\u00a0]+)?(?:[\p{L}.'’-]+[\s\u00a0]+){0,2}?[\p{L}.'’-]+[\s\u00a0]+$/u;

/** A cue found in a passage: a verb of one of the hand-kept lists or of communication, or a phrase cue. */
interface Cue {
  index: number;
  text: string;
  sourceVerb?: string;
  speechAct?: string;
  communicating: boolean;
  /** A verb of thinking or feeling, which may take what its subject wants or expects to do ("hopes to win"). */
  stance?: boolean;
  /** A verb by which a poll, a study or records give their findings: "the poll shows", with or without a clause after it. */
  evidence?: boolean;
  /** A verb that takes a side on what it names ("endorsed Clinton"): its object is a target, not a claim nor a speaker. */
  sideTaking?: boolean;
  /** A verb of holding a view before what it names ("voters want change"), its object checked where the cue is found. */
  view?: boolean;
  /** "in" before the poll that gives a figure ("a 10-point lead in a new Quinnipiac poll"): the poll's words. */
  poll?: { start: number; phrase: string };
}

/** Words that open what a stance holds right after its verb: a clause, or what its subject means to do. */
const STANCE_FOLLOWS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'to', ':', '“', '"']);

/** Any of those words or marks, found once per passage. */
const STANCE_OPENER = /\b(?:that|whether|if|to)\b|[:“"]/g;

/** The two words or marks after a verb, past spaces and commas: read in place, as a passage holds many words. */
const NEXT_TWO = /[\s\u00a0,]*([\p{L}'’.-]+|\S)(?:[\s\u00a0,]+([\p{L}'’.-]+|\S))?/uy;

/** Whether one of those words follows a verb, next or after one more word ("expects Brandt to", "believes strongly that"). */
function stanceFollows(text: string, at: number): boolean {
  NEXT_TWO.lastIndex = at;
  const m = NEXT_TWO.exec(text);
  if (!m) return false;
  return STANCE_FOLLOWS.has(m[1]!) || (m[2] !== undefined && /^\p{L}/u.test(m[1]!) && STANCE_FOLLOWS.has(m[2]));
}

/** Every word one of the lists below names as a cue, whatever follows it. */
const LISTED_CUE_WORDS: ReadonlySet<string> = new Set([...COMMUNICATING_SET, ...SIDE_TAKING, ...SIDE_TAKING_AFTER_AUXILIARY, ...SIDE_TAKING_AFTER_SUBJECT, ...EVIDENCE_VERBS, ...VIEWS]);

/** A lowercase preposition of place right before a word, inside a sentence. */
const PLACE_PREPOSITION_BEFORE = /(?:^|[\s\u00a0])(?:in|at|from|across|near|throughout|inside|outside|around)[\s\u00a0]+$/u;

/** What stands before a word that opens a sentence or a quotation: nothing, an end mark, a quotation mark, a dash or a colon. */
const OPENS_SENTENCE = /(?:^|[.!?:;(["“‘'—–-])[\s\u00a0]*$/u;

/** "a" or "an" and one capitalised word, right before a word. */
const NAMED_NOUN_BEFORE = /(?:^|[^\p{L}])[Aa]n?\s+\p{Lu}[\p{L}.&'’-]*\s+$/u;

/** Whether most of a text's longer words are capitalised, as in a headline. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
}

/** Every cue of a passage in reading order: the hand-kept ones, then verbs of communication among its other words. */
function cuesOf(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const m of text.matchAll(VERB)) {
    // A capital inside a sentence makes a verb part of a name ("the United States Tuesday", "Human Rights Watch"), unless
    // the text capitalises every word, as a headline does ("Trump Says He Never Pledged…").
    if (/^\p{Lu}/u.test(m[0]) && !OPENS_SENTENCE.test(text.slice(Math.max(0, m.index - 4), m.index)) && !isTitleCase(text)) continue;
    cues.push({ index: m.index, text: m[0], sourceVerb: m[1], speechAct: m[2], communicating: false });
  }
  const taken = (at: number) => cues.some((c) => at >= c.index && at < c.index + c.text.length);
  let added = false;
  // Where the words that open a stance's clause stand, in order: a word is read as a stance only if one follows it closely.
  const openers = [...text.matchAll(STANCE_OPENER)].map((o) => o.index);
  let nextOpener = 0;
  for (const { index, word } of lowerWords(text)) {
    const end = index + word.length;
    while (nextOpener < openers.length && openers[nextOpener]! < end) nextOpener++;
    const near = nextOpener < openers.length && openers[nextOpener]! - end < 20;
    // Most words are in no list and have no clause opener after them: one look-up passes them over.
    if (!near && !LISTED_CUE_WORDS.has(word)) continue;
    // A verb of thinking or feeling with a clause after it is a stance its subject holds ("Sanders believes that…").
    // What follows is read first: WordNet is asked about few of a passage's words.
    const communicating = COMMUNICATING_SET.has(word);
    const sideTaking =
      SIDE_TAKING.has(word) ||
      (SIDE_TAKING_AFTER_AUXILIARY.has(word) && AUXILIARY_BEFORE.test(text.slice(Math.max(0, index - 40), index))) ||
      (SIDE_TAKING_AFTER_SUBJECT.has(word) && SUBJECT_BEFORE.test(text.slice(Math.max(0, index - 40), index)));
    // Findings are a poll's or records' ("the poll shows"), or those of a body or person named who found or showed that something is so.
    const evidence = EVIDENCE_VERBS.has(word) && (findingsBefore(text, index) || THAT_FOLLOWS.test(text.slice(end, end + 40)));
    const stance = !communicating && near && stanceFollows(text, end) && isStanceVerb(word);
    // Without a clause opener, what a verb of thinking or feeling names is the view held: "Economists believe the plan…", "voters want change".
    const view = !(stance || communicating || sideTaking || evidence) && VIEWS.has(word) && NAMES_TARGET.test(text.slice(end, end + 24));
    if (!(stance || communicating || sideTaking || evidence || view) || !(evidence || mayHaveSpeaker(text, index) || invertedAfterQuote(text, index, word)) || taken(index)) continue;
    // After "a" and a name, the word is a noun the name modifies: "in a Fox interview", "posted a Twitter comment".
    if (NAMED_NOUN_BEFORE.test(text.slice(Math.max(0, index - 40), index))) continue;
    // After a verb of saying in its sentence, a stance is part of what was said ("the paper said the authority planned to…").
    if ((stance || view) && !evidence) {
      const opens = sentenceStart(text, index);
      if (cues.some((c) => !c.communicating && c.index < index && c.index >= opens)) continue;
    }
    cues.push({ index, text: word, communicating: true, stance: stance || view, sideTaking, view, evidence });
    added = true;
  }
  // "leads by 10 points in a new Quinnipiac poll": the figures are the poll's.
  // Most passages name no poll: one search passes them over.
  for (const m of mentionsPoll(text) ? text.matchAll(IN_POLL) : []) {
    // What the poll gives stands before "in" in its sentence: a figure or a standing ("leads by six points", "came in second").
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (taken(m.index) || !STANDING.test(before.slice(before.search(/[^.!?]*$/u)))) continue;
    cues.push({ index: m.index, text: m[0].slice(0, 2), communicating: false, poll: { start: m.index + m[0].length - m[1]!.length, phrase: m[1]! } });
    added = true;
  }
  // '"…," he surmised.', '“…,” Trump went on.': after a quotation closed by a comma and its speaker, a verb in the past or present says it.
  for (const m of text.matchAll(AFTER_QUOTE_AND_SPEAKER)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (taken(at)) continue;
    cues.push({ index: at, text: m[1]!, communicating: true });
    added = true;
  }
  return added ? cues.sort((a, b) => a.index - b.index) : cues;
}
/**
 * "in" and a poll or survey it names ("in the polls", "in a Washington Post-ABC News poll", "in the RealClearPolitics
 * average of state polls"); not a bare "in polls", which names none ("interested in polls").
 */
const mentionsPoll = (text: string) => text.includes('oll') || text.includes('urvey') || text.includes('OLL') || text.includes('URVEY');
const STANDING = /\d|\b(?:percent|points?|leads?|leading|ahead|behind|trails?|trailing|first|second|third|fourth|fifth|last|edge|margin|tied|even)\b/iu;
const IN_POLL = /\b[Ii]n[\s\u00a0]+((?:(?:the|a|an|their|his|her|its|this|that|[Tt]uesday's|[Ll]ast|[Nn]ew|[Ll]atest|[Rr]ecent|[\p{Lu}\d][\p{L}\d'’.&/-]*|[\p{Ll}]+(?:-[\p{L}]+)+|national|state|statewide|early|average|of)[\s\u00a0]+){1,6}(?:polls?|surveys?|polling))\b/gu;
/** A verb in the past or present right after a quotation closed by a comma, question or exclamation mark and its speaker. */
const AFTER_QUOTE_AND_SPEAKER = new RegExp(
  String.raw`${QUOTE_AND_SPEAKER}(\p{Ll}+(?:ed|s)|went on)(?=[\s\u00a0]*[,.;:]|[\s\u00a0]+(?:in|on|at|to|after|before|during|as|while|when|with)\b)`,
  'gu',
);
const REPORTING: ReadonlySet<string> = new Set(lexicon.reportingVerbs);
/** Whether a word is a verb of saying, of communication, or of thinking or feeling: what a source does. */
export function isSourceVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return REPORTING.has(lower) || COMMUNICATING_SET.has(lower) || isStanceVerb(lower);
}

/** What follows a verb that takes a side on something: a word that is no circumstance of time or place ("endorsed Clinton", "vowed to"). */
const NAMES_TARGET = /^[\s\u00a0]+(?!(?:after|before|during|when|while|as|at|in|on|outside|following|shortly|later|earlier|yesterday|today|tonight|again|loudly)\b)[\p{L}\p{N}“"'‘]/u;
/** Verbs whose object is whom something is said to, never who says it: "told reporters", "asked voters". */
const ADDRESSING: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'asking', 'urged', 'urge', 'urges', 'urging']);
/** A time that opens a sentence without a comma after it: "Last week", "Earlier this month", "Monday night". */
const TIME_OPENING = /^(?:(?:last|this|next|earlier|later|early|late)[\s\u00a0]+(?:this[\s\u00a0]+)?(?:week|month|year|spring|summer|fall|autumn|winter|night|morning|weekend)|yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:[\s\u00a0]+(?:night|morning|afternoon|evening))?)[\s\u00a0]/iu;

/**
 * A clause with a subject of its own that "that" or "which" opens, or a relative clause, whose verbs "and" may join:
 * "…, a charge that Mrs. Clinton has faced and has always denied", "showed that Schilling had shared it and added",
 * "met Tom Ward, who lost two boats and said".
 */
const OWN_SUBJECT_CLAUSE = /\b(?:(?:that|which|whom)[\s\u00a0]+(?:(?:the|a|an|his|her|their|its|he|she|they|it|we|i)\b|\p{Lu})|(?:who|whose)\b)/u;
/** Another clause, with a subject of its own, before a joined verb: "He spoke for an hour, and protesters booed and said". */
const OTHER_CLAUSE = /[,;][\s\u00a0]+(?:and|but|while|as|so|yet)[\s\u00a0]|;/u;
/** Words that join a second verb to its subject's first: "Kasich offered the man a job, then says…". */
const COORDINATING = new Set(['and', 'then', 'but']);
/** Verbs a speaker may follow after a quotation or a comma: "…,” said John Smith". */
const INVERTING = new Set(['said', 'says', 'say', 'added', 'adds', 'noted', 'wrote', 'explained', 'continued', 'asked', 'replied', 'insisted', 'warned', 'argued', 'stressed', 'recalled', 'concluded']);
/** Where a source spoke to an outlet: "told Reuters", "in an interview with Der Spiegel". */
const LISTENER = new RegExp(`\\b(?:${alternation(lexicon.listenerCues)})\\b`, 'gi');
/** Any word that attributes speech: a reporting verb, "according to", a speech act. */
export const ATTRIBUTING = new RegExp(VERB_SOURCE, 'i');

/** All the sources a passage names or describes, in order, with the phrases that attribute to them. */
export function findSources(text: string, quotes: readonly Quote[]): Source[] {
  const sources: Source[] = [];
  /** Keeps a source once; whether there was one. */
  const add = (source: Source | null): boolean => {
    // A name holding half a quotation was cut out of a title or a quote: 'Going Viral," about the spread of information'.
    if (!source || (source.name.match(/["“”]/gu)?.length ?? 0) % 2 === 1) return false;
    if (source.outlet) add({ kind: 'outlet', name: source.outlet, evidence: source.evidence });
    if (!sources.some((s) => s.name === source.name && s.kind === source.kind && s.at === source.at)) sources.push(source);
    return true;
  };
  let cached: Word[] | null = null;
  const wordList = () => (cached ??= wordsOf(text)); // most passages have no reporting verb: split only when needed
  /** Index of the first word starting at or after an offset (the number of words before it). */
  const next = (offset: number) => {
    const words = wordList();
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < words.length ? lo : -1;
  };
  for (const cue of cuesOf(text)) {
    const start = cue.index;
    const end = start + cue.text.length;
    if (isQuoted(quotes, start)) continue; // a reporting verb inside a quotation is the speaker's story, not attribution
    if (cue.poll) {
      add({ kind: 'named', name: cue.poll.phrase.replace(/[\s\u00a0]+/gu, ' '), evidence: text.slice(start, cue.poll.start + cue.poll.phrase.length) });
      continue;
    }
    // "the United States said", "the United States' commitment": a capitalised word after a capitalised one, and before a
    // lowercase one or a possessive's mark, is part of a name.
    // Not after a word that ends a sentence ("the National Security Agency. According to…"), and not "Says" or "Said",
    // which end a headline's clause ("…, Trevor Noah Says.").
    const endsHeadline = /^Sa(?:ys|id)$/u.test(cue.text) && /^[\s\u00a0]*(?:[.!?:]|$)/u.test(text.slice(end, end + 2));
    if (/^\p{Lu}/u.test(cue.text) && !endsHeadline && /\p{Lu}[\p{L}'’.-]*[\s\u00a0]+$/u.test(text.slice(Math.max(0, start - 30), start)) && !/\p{L}{2}[.!?]["”’]?[\s\u00a0]+$/u.test(text.slice(Math.max(0, start - 6), start)) && /^(?:['’]s?)?(?:[\s\u00a0]+(?:\p{Ll}|Sa(?:ys|id)\b)|[,.;:!?)]|$)/u.test(text.slice(end, end + 9))) continue;
    const words = wordList();
    const { sourceVerb, speechAct, communicating } = cue;
    // Without a clause or a quotation after it, a verb of communication reports nothing, unless it takes a
    // side on what it names, holds a view or gives findings; then its subject alone is the source, and what
    // follows is the side's target or the view, never a speaker.
    const noClaimAfter =
      communicating && !claimFollows(text, end, cue.text) && !quotedBefore(text, start, cue.text) && !claimBefore(text, start, end) && !(cue.stance && /^[\s\u00a0]+to[\s\u00a0]/u.test(text.slice(end, end + 5)));
    // A side is taken on something named: "Members of the Bundestag applaud after a speech" takes none.
    if (noClaimAfter && !cue.evidence && !cue.view && !(cue.sideTaking && NAMES_TARGET.test(text.slice(end, end + 24)))) continue;
    const verb = cue.text.toLowerCase();
    const at = next(start);
    const before = at === -1 ? words.length : at;
    // A word inside the quotation just closed is the speaker's, not part of this clause ('…she will be,'' said').
    const previous = words[before - 1] && !isQuoted(quotes, words[before - 1]!.start) ? words[before - 1] : undefined;
    // After a possessive the word is a noun ("the regulator's rules"), not a verb; after a pronoun the mark is "has" or
    // "is": "he's said", "that's according to".
    const contraction = previous ? contracted(previous) : null;
    if (previous && /['’]s?$/u.test(previous.text) && !contraction && /^[\s\u00a0]+$/u.test(text.slice(previous.end, start))) continue;
    // "It's said that…", "he's said to be ill", "he's criticized for…", "he's quoted as saying": "is" and a participle,
    // a passive without its agent.
    if (contraction && !verb.startsWith('according') && (!SPEAKING_PRONOUNS.has(contraction) || sourceVerb || /^[\s\u00a0]+(?:to|for|as|by|over|in|on|at|with)[\s\u00a0]/u.test(text.slice(end, end + 6)))) continue;
    // So is a word after an article ("A report by the inspector general found") and a plural after a determiner or
    // a count: "in some states", "the claims", "two reports".
    if (previous && ARTICLES.has(previous.lower) && /^[\s\u00a0]+$/u.test(text.slice(previous.end, start))) continue;
    if (previous && /s$/u.test(verb) && (DETERMINERS.has(previous.lower) || QUANTIFIERS.has(previous.lower) || /^(?:which|what|whose)$/u.test(previous.lower)) && !SPEAKING_PRONOUNS.has(previous.lower)) continue;
    // So is one right after a word that is only ever an adjective ("in other solidly Democratic states"), unless an
    // article makes the adjective the subject ("the other says").
    if (previous && /s$/u.test(verb) && isAdjectiveOnly(previous.lower) && /^[\s\u00a0]+$/u.test(text.slice(previous.end, start)) && !ARTICLES.has(words[before - 2]?.lower ?? '')) continue;
    // And one after a participle that opens its sentence and describes it: "Leaked emails showed…", "Revised figures show…".
    if (previous && /s$/u.test(verb) && /\p{L}{3}ed$/u.test(previous.lower) && isEnglishWord(previous.lower) && !isEnglishName(previous.lower) && nounClass(verb.slice(0, -1)) === 'communication' && sentenceStart(text, previous.start) === previous.start) continue;
    if (verb === 'states' && STATES_NOUN_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    // So is one after a count in figures ("a coalition of 13 states"), not after a year ("released in 2015 states that").
    const countMatch = /(?<![\p{L}\p{N}-])(\d[\d,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|dozen|many|several))[\s\u00a0]+$/iu.exec(text.slice(Math.max(0, start - 12), start));
    const countAt = countMatch ? Math.max(0, start - 12) + countMatch.index : -1;
    const count = countMatch && (/^\p{Ll}|^\d/u.test(countMatch[1]!) || sentenceStart(text, countAt) === countAt) ? countMatch[1] : undefined;
    if (count !== undefined && /s$/u.test(verb) && !/^(?:1[89]|20)\d\d$/u.test(count)) continue;
    // "by" names a passive's agent ("as first reported by"), not after a name that says: "Mr. Trump said by telephone".
    const active = REPORTING.has(verb) && previous !== undefined && previous.capital && !STOPWORDS.has(previous.lower) && /^[\s\u00a0]+$/u.test(text.slice(previous.end, start));
    // "responded by saying", "by quickly denying any wrongdoing": a gerund after "by", an adverb before it or not, is how,
    // not who; but a participle before a name describes the agent ("criticized by recently retiring Sen. Ruiz"). Nor is "by
    // telephone" an agent: it is how the words came.
    const by = active ? null : /^[\s\u00a0]+by[\s\u00a0](?![\s\u00a0]*(?:(?:\p{Ll}+ly|first|not|again|also|only|just|even|then|still|never|once)[\s\u00a0]+\p{Ll}+ing(?![\s\u00a0]+\p{Lu})|(?:\p{Ll}+ing|(?:tele)?phone|e-?mail|text|video|videoconference|satellite|letter|fax|radio)\b))/u.exec(text.slice(end));
    if (by) {
      // The agent of a passive: "censured by the Iraqi army", "as first reported by Politico".
      const agentAt = end + by[0].length;
      // The word lists' description, else the tagger's noun phrase: "criticized by libertarians on social media".
      if (!add(describe(text, forward(text, words, next(agentAt)), start, end))) add(taggedSource(text, taggedObject(text, agentAt), start, end));
      continue;
    }
    const lowerOf = (k: number) => words[k]?.lower;
    // "Both are said to be stable", "he was told to leave": a passive without its agent names no source ("voters were
    // more likely to say" is no passive).
    if (!sourceVerb && previous && wordBefore(words, before, (w) => BE.has(w.lower), 4) && !verb.endsWith('ing') && !(previous.lower === 'to' && lowerOf(before - 2) === 'likely' && COMPARING.has(lowerOf(before - 3) ?? ''))) continue;
    // "asked to report symptoms", "Council told to cut costs": an instruction, not a claim; "goes on to underline" is one.
    // "interjected to say", "took to Twitter to say" are saying; "declined to say" and "was asked to say" are not.
    if (!sourceVerb && previous?.lower === 'to' && !BETWEEN.has(words[before - 2]?.lower ?? '') && !saysByDoing(lowerOf, before - 2) && platformBefore(lowerOf, before - 2) === before - 2) continue;
    if (verb === 'told' && /^[\s\u00a0]+to[\s\u00a0]/u.test(text.slice(end))) continue;
    // "sent a text message to supporters saying…": what the message says is its sender's, read at "sent".
    if (verb.endsWith('ing') && WRITTEN_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    if (cue.evidence) {
      // "A new Quinnipiac poll shows…", "FEC records show…": the findings are the poll's or the records'.
      const findings = taggedSubject(text, subjectFrom(text, start), start);
      if (findings && (headIn(EVIDENCE_NOUNS, findings.head.lower) || evidenceModified(findings.phrase))) {
        // Findings are no anonymous people, however the phrase counts them ("some polls show").
        const described = describe(text, findings, start, end);
        add(described && described.kind !== 'unnamed' ? described : { kind: 'named', name: findings.phrase.replace(/[\s\u00a0]+/gu, ' '), evidence: text.slice(findings.start, end) });
      } else if (findings && THAT_FOLLOWS.test(text.slice(end, end + 40))) {
        // "Pew found that…": a body or a person named found it, and says so; an event shows nothing ("Trump's victory shows that…").
        // So do people the text points to ("The researchers found that…"), unnamed as they are; not "Some researchers".
        const finder = taggedSource(text, findings, start, end);
        const kind = findings.head.pos === 'PROPN' ? 'person' : nounClass(findings.head.lower);
        const pointed = finder?.kind === 'unnamed' && /^(?:the|these|those|this|that)$/u.test(findings.determiner);
        if ((finder?.kind === 'named' || finder?.kind === 'outlet' || pointed) && (kind === 'person' || kind === 'group')) add(finder!);
      }
      continue;
    }
    if (sourceVerb) {
      // What the lists do not read after "according to" a tagger may: "according to the latest poll,", "citing a leaked memo,".
      if (!add(describe(text, forward(text, words, next(end), { afterSourceVerb: true }), start, end)) && !add(taggedSource(text, taggedAfter(text, end), start, end))) {
        // Whatever "according to" names is the source, a thing as much as a person: "according to exit polling data",
        // and findings the tagger misreads ("according to recent polling,").
        const named = verb.startsWith('according') ? (taggedObject(text, end) ?? findingsNamed(text, end)) : null;
        if (named) add({ kind: 'named', name: named.phrase.replace(/[\s\u00a0]+/gu, ' '), evidence: text.slice(start, named.end) });
      }
      // "The Hindustan Times quoted unnamed officials": the one who quotes is a source too.
      // The word lists' description, else the tagger's subject: "The affidavit cited interviews with Fields".
      // Not one cited for speeding: a passive's subject is its target.
      const passive = [words[before - 1], words[before - 2]].some((w) => w !== undefined && BE.has(w.lower));
      if ((verb === 'quoted' || verb === 'cited') && !add(describe(text, backward(text, words, before, start), start, end)) && !passive) add(taggedSource(text, taggedSubject(text, subjectFrom(text, start), start), start, end));
      continue;
    }
    // '…, said Jean-Baptiste Mukendi, a security analyst': after a comma or a quotation the
    // speaker follows the verb; otherwise the source stands before it.
    const inverted = (INVERTING.has(verb) || invertedAfterQuote(text, start, verb)) && /(?:[,“”"’]|'')\s*$/u.test(text.slice(Math.max(0, start - 3), start));
    const joined = joinsClause(text, start, verb);
    const speaker = inverted ? forward(text, words, next(end), NAMES) : null;
    const candidate = endsClause(text, speaker, QUOTE_JUST_CLOSED.test(text.slice(Math.max(0, start - 5), start))) ? describe(text, speaker, start, end) : null;
    const after = candidate && candidate.kind !== 'outlet' && candidate.kind !== 'media' ? candidate : null;
    const pronoun = after ? null : wordBefore(words, before, (w) => speakingPronoun(w) !== null, 5, standsAfterPronoun);
    // "Obama, who has often complained about…", "The Washington Post, which argued that…": the phrase a relative pronoun follows.
    const relative = after || pronoun ? null : wordBefore(words, before, (w) => w.lower === 'who' || w.lower === 'which', 4);
    if (relative) {
      const at = relative.start;
      const antecedent = relativeAntecedent(text, subjectFrom(text, at), at);
      const source = taggedSource(text, antecedent, start, end);
      // One the text points to ("The self-styled prophet, who told followers…") is someone it names elsewhere, not an anonymous source.
      const definite = antecedent !== null && !INDEFINITE.has(antecedent.determiner);
      if (add(source?.kind === 'unnamed' && definite ? { ...source, kind: 'named' } : source)) continue;
    }
    // "Having announced that…, Judge Berman proceeded", "After saying he was nervous, the man…": a participle that opens
    // the sentence is said by the subject of the clause after its comma.
    // A passive participle's subject is its target, not its speaker ("Accused of lying, the mayor resigned").
    const opening = verb.endsWith('ing') || verb.endsWith('ed') ? OPENING_PARTICIPLE.exec(text.slice(Math.max(0, start - 24), start)) : null;
    if (opening && (verb.endsWith('ing') || /Having[\s\u00a0]+$/u.test(opening[0]))) {
      const rest = text.slice(end, end + 300);
      const comma = rest.indexOf(',');
      const stop = rest.search(/[.!?;]/u);
      if (comma !== -1 && (stop === -1 || comma < stop)) {
        const main = end + comma + 1 + (/^[\s\u00a0]*/u.exec(rest.slice(comma + 1))?.[0].length ?? 0);
        // The clause's subject is read up to its verb, which is tagged with it.
        const mainVerb = /[\s\u00a0]+\p{Ll}+(?:ed|s)\b/u.exec(text.slice(main, main + 80));
        if (mainVerb && add(taggedSource(text, openingSubject(text, main, main + mainVerb.index + mainVerb[0].length + 1), start, end))) continue;
      }
    }
    // "Sandra Inman, a Cruz supporter from Jackson, Miss., said": a name that opens the sentence, past an aside with commas of its own.
    // A quotation may open the sentence before the name: '"…," Harry Bond, 30, of Raleigh, N.C., who was polled, said'.
    const nameFrom = after || pronoun || !/,[\s\u00a0]*$/u.test(text.slice(Math.max(0, start - 3), start)) ? -1 : pastQuotation(text, pastConjunctions(text, subjectFrom(text, start)), start);
    const asideAfterName = nameFrom === -1 || !NAME_AND_COMMA.test(text.slice(nameFrom, start)) ? null : namedBeforeAside(text, nameFrom, start);
    // A poll's share of the people it asked is read whole first: "67 percent of voters say", not "voters".
    const share = after || pronoun ? null : shareSaying(text, start, end);
    // A verb a comma joins to its clause is said by the clause's subject (below), not by a description before the comma.
    // A name a preposition of place governs is where the subject is, not who it is: "militia groups opposing US presence
    // in Iraq vowed", "Residents of towns in Iraq said"; the tagger reads the whole subject.
    const found = asideAfterName ?? backward(text, words, before, start);
    const listed = found && asideAfterName === null && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, found.start - 12), found.start)) ? null : found;
    // The object of an infinitive is no subject ("The last man to run the port authority says"): the tagger reads that one.
    const object = listed !== null && asideAfterName === null && infinitiveBefore(text, words, next(listed.start) - 1, listed.start);
    const subject = after || pronoun || share || object ? null : (listed ?? (joined ? null : describedSubject(text, start)));
    let spoken = false;
    // "Trump blasted the media and (on Monday) said": the word that joins a second verb to the first's subject.
    let conjunction: Word | null;
    if (after) spoken = add(after);
    else if (share) spoken = add(share);
    else if (subject) spoken = add(describe(text, listOpening(text, subject), start, end));
    else if (pronoun) spoken = add({ kind: 'anaphor', name: speakingPronoun(pronoun)!, evidence: text.slice(pronoun.start, end), at: pronoun.start });
    else if ((conjunction = wordBefore(words, before, (w) => COORDINATING.has(w.lower), 4)) && !speechAct) {
      // "Trump blasted the media and said…": the subject of the first verb says the second.
      const opens = pastConjunctions(text, sentenceStart(text, start));
      // A pronoun, or its contraction ("He's comparing… and says"), is no name.
      const firstWord = words[next(opens)];
      const firstPronoun = speakingPronoun(firstWord);
      const read = firstPronoun ? null : forward(text, words, next(opens), { namesOnly: true, opensSentence: true });
      // A possessive opens the subject, not all of it: "Bennett’s younger sister went…, and told" is the sister's, and the
      // owner alone is never the speaker ("China's state-owned giant CITIC runs… and says" was China's).
      const opening = read && /['’]s?$/u.test(read.phrase) ? openingSubject(text, opens, conjunction.start) : read;
      // Not an introductory phrase ("In a speech, she thanked…"), nor a clause a pronoun opens.
      const first = opening?.phrase.split(/\s+/u)[0]!.toLowerCase() ?? '';
      const introduced = opening !== null && STOPWORDS.has(first) && !ARTICLES.has(first);
      if (opening && !introduced && opening.end < start && !saysBetween(text, opens, conjunction.start)) spoken = add(describe(text, opening, start, end));
      // "She brought that down…, but said…": a pronoun opens the clause.
      const opener = spoken || saysBetween(text, opens, conjunction.start) ? undefined : firstWord;
      // Not past another clause with its own subject: "He spoke for an hour, and protesters booed and said".
      const ownClause = opener !== undefined && OTHER_CLAUSE.test(text.slice(opener.end, conjunction.start));
      if (opener && firstPronoun && opener.start < conjunction.start && !ownClause) spoken = add({ kind: 'anaphor', name: firstPronoun, evidence: text.slice(opener.start, end), at: opener.start });
      // What the lists do not read past an opening phrase the tagger may: "In a speech, she thanked voters and said…",
      // "Beyond the footage, the affidavit cited… and said"; not past another clause with its own subject, nor inside a
      // clause that "that" or "which" opens ("The documents raised questions…, a charge that Mrs. Clinton has faced and
      // has always denied"), nor a noun the tagger makes of a verb ("Some seek to be removed… and argue").
      // A time with no comma after it opens the sentence, not the subject: "Last week the board voted and said".
      const subject = spoken || saysBetween(text, opens, conjunction.start) ? null : openingSubject(text, opens, conjunction.start);
      const time = subject === null ? null : TIME_OPENING.exec(subject.phrase);
      // What is left after the time is kept when a determiner opens it and the head stands in it.
      const rest = time ? subject!.phrase.slice(time[0].length) : '';
      const trimmed = time !== null && /^(?:the|a|an|his|her|its|their)[\s\u00a0]/iu.test(rest) && subject!.head.start >= subject!.start + time[0].length;
      const tagged = !time ? subject : trimmed ? { ...subject!, start: subject!.start + time[0].length, phrase: rest, determiner: rest.split(/[\s\u00a0]/u)[0]!.toLowerCase() } : null;
      const between = tagged ? text.slice(tagged.end, conjunction.start) : '';
      const headClass = tagged === null ? null : nounClass(tagged.head.lower);
      // A count of many before a singular that names no one ("Some seek") is a verb the tagger took for a noun.
      const miscounted = tagged !== null && QUANTIFIERS.has(tagged.determiner) && !tagged.head.lower.endsWith('s') && headClass !== 'person' && headClass !== 'group';
      const noun = tagged !== null && !miscounted && (tagged.head.pos === 'PROPN' || tagged.head.pos === 'PRON' || headClass !== null);
      // A bare "say" after one subject is an infinitive another verb governs ("heard divers describe the wreck and say").
      const infinitive = tagged !== null && /^(?:say|tell|ask|argue|claim|add|write)$/u.test(verb) && !/(?:s|men|children|people)$/u.test(tagged.head.lower) && tagged.head.pos !== 'PRON';
      // Nor a relative pronoun the tagger took for the subject's first word ("the board, whose members met…, voted").
      const relativeOpening = tagged !== null && /^(?:who|whose|which|that)\b/iu.test(tagged.phrase);
      if (tagged && noun && !infinitive && !relativeOpening && !OTHER_CLAUSE.test(between) && !OWN_SUBJECT_CLAUSE.test(between)) {
        const pronounSubject = /^(?:he|she|they)$/iu.test(tagged.phrase) ? tagged.phrase.toLowerCase() : null;
        spoken = add(pronounSubject ? { kind: 'anaphor', name: pronounSubject, evidence: text.slice(tagged.start, end), at: tagged.start } : taggedSource(text, tagged, start, end));
      }
    }
    else if (joined) {
      // "Councillor Dev Amani disputed that, saying…": the sentence's subject says it, unless another
      // verb of saying in the sentence has its own ("…, the minister told reporters, adding").
      const opens = pastConjunctions(text, sentenceStart(text, start));
      const saidBefore = saysBetween(text, opens, start);
      const firstWord = words[next(opens)];
      const firstPronoun = speakingPronoun(firstWord);
      const opening = saidBefore || firstPronoun ? null : forward(text, words, next(opens), { namesOnly: true, opensSentence: true });
      // A capitalised count that opens a description is no name of its own ("Several senators…, saying").
      const count = opening !== null && QUANTIFIERS.has(opening.phrase.toLowerCase());
      if (opening && !count && /^[\s\u00a0]+\p{Ll}/u.test(text.slice(opening.end))) spoken = add(describe(text, opening, start, end));
      // "On Friday, he joined other Republicans…, saying": a pronoun opens the clause.
      if (!saidBefore && !spoken && firstWord && firstPronoun) spoken = add({ kind: 'anaphor', name: firstPronoun, evidence: text.slice(firstWord.start, end), at: firstWord.start });
    }
    else if (!speechAct && !noClaimAfter && !cue.stance && previous?.lower !== 'to' && !ADDRESSING.has(verb) && !/,\s*$/u.test(text.slice(Math.max(0, start - 2), start))) {
      // "…and said the company had moved": with no subject before the verb, a speaker after it must end the clause too;
      // after "told" or "asked" stands whom it was said to ("the retired neurosurgeon told reporters"), and after a
      // view what it is about ("watchers expect Mr. Kim to be reappointed").
      const late = forward(text, words, next(end), NAMES);
      if (endsClause(text, late)) spoken = add(describe(text, late, start, end));
    }
    // What the word lists did not read, a tagger may: a head noun they lack, an aside, adverbs before the verb.
    // A verb joined to its clause ("…, saying") is said by the clause's subject, not by the words before the comma.
    // Another verb of saying before it has its own speaker, who says this too ("…, the minister told reporters, adding").
    const subjectBeforeVerb = () => {
      const from = subjectFrom(text, start);
      // The clause's subject stands after any opening phrase: "In three interviews, the justice sounded off on Trump, saying…".
      if (joined) return add(taggedSource(text, openingSubject(text, Math.max(from, pastConjunctions(text, from)), start), start, end));
      return add(taggedSource(text, taggedSubject(text, from, start), start, end)) || add(taggedSource(text, relativeSubject(text, from, start), start, end));
    };
    if (!spoken && !inverted && !(joined && saysBetween(text, sentenceStart(text, start), start))) {
      if (!subjectBeforeVerb()) add(shareSaying(text, start, end));
    } else if (!spoken && inverted) {
      // After a comma (not a quotation) the comma more likely closes an aside after the subject ("Mr. Trump's
      // former campaign manager, Corey Lewandowski, said the staff member who…") than opens an inverted speaker.
      const speakerAfterVerb = () => add(taggedSource(text, taggedAfter(text, end), start, end));
      const afterComma = /,[\s\u00a0]*$/u.test(text.slice(Math.max(0, start - 2), start));
      const [first, second] = afterComma ? [subjectBeforeVerb, speakerAfterVerb] : [speakerAfterVerb, subjectBeforeVerb];
      if (!first()) second();
    }
  }
  // "Asked by Starnes if…", "When asked by a host whether…": the one who asks, named after "by" at a sentence's opening.
  for (const match of text.matchAll(ASKED_BY)) {
    const at = match.index + match[0].length;
    if (isQuoted(quotes, match.index)) continue;
    // Whoever asks states nothing, so an unnamed one is no anonymous source.
    const asker = describe(text, forward(text, wordList(), next(at)), match.index + match[0].indexOf('sked') - 1, at);
    add(asker?.kind === 'unnamed' ? { ...asker, kind: 'named' } : asker);
  }
  for (const match of text.matchAll(COLON_SPEAKER)) {
    const name = match[1]!;
    const at = match.index + match[0].indexOf(name);
    if (isQuoted(quotes, at) || !speaksBeforeColon(name)) continue;
    // After a spaced hyphen a name speaks only a quotation ("Pollsters agree - Carl Bialik: “…”"), not a topic ("Fact Check - Donald Trump: Did he…").
    if (/^[^\p{L}]*[\s\u00a0]-/u.test(match[0]) && !/^[“"‘']/u.test(text.slice(match.index + match[0].length))) continue;
    add(describe(text, { start: at, end: at + name.length, phrase: name }, at + name.length, at + name.length + 1));
  }
  const headline = HEADLINE_SPEAKER.exec(text);
  if (headline && speaksInHeadline(headline)) add(describe(text, headlineSpeaker(headline), headline[0].length - 1, headline[0].length));
  for (const match of text.matchAll(LISTENER)) {
    if (isQuoted(quotes, match.index)) continue;
    const listener = forward(text, wordList(), next(match.index + match[0].length), NAMES);
    // Whom a source spoke to is heard through their outlet, and says nothing: "told Bill O'Reilly of Fox News" relays Fox News.
    const heard = listener && isOutlet(listener.phrase) ? describe(text, listener, match.index, match.index + match[0].length) : null;
    const of = heard && /\s+of\s+(.+)$/u.exec(listener!.phrase)?.[1];
    const outlet = heard?.outlet ?? (of && isOutletName(of) ? of : undefined);
    add(outlet ? { kind: 'outlet', name: outlet, evidence: heard!.evidence } : heard);
  }
  return sources.map((s, i) => (s.kind === 'named' ? { ...s, name: resolveDefinite(text, s.name, sources, i) } : s));
}

const ASKED_BY = /(?:^|[.!?]["”’]?[\s\u00a0]+)(?:When[\s\u00a0]+)?[Aa]sked[\s\u00a0]+by[\s\u00a0]+/gu;

/** The names of places WordNet knows (scripts/place-names.ts), in lower case. */
const PLACES: ReadonlySet<string> = new Set(placeNames.places.map((place) => place.toLowerCase()));

/**
 * A name that opens a sentence (or follows a dash: "EXCLUSIVE – Roger Stone:", "Pollsters agree - Carl Bialik:") and a
 * colon, as headlines and transcripts write a speaker: "Marco Rubio: I'm not interested", "CLINTON: Honestly, I…",
 * "Insiders: Trump will rebound", "Poll: Trump ties Clinton", "McCain Challenger Kelli Ward: Impeach…".
 */
const COLON_SPEAKER =
  /(?:^|[.!?]["”’]?[\s\u00a0]+|(?:[–—]|[\s\u00a0]-)[\s\u00a0]+)(\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3})(?:[\s\u00a0]*\([DRI]-[^()]{1,10}\))?:(?:[\s\u00a0]+(?=\S)|(?=[“"‘]))/gu;

/**
 * A headline's speaker before what they said to, at or about someone, or before their side's noun: "Zuckerberg to
 * Lawmakers: ‘We made mistakes’", "CNN President On Trump: ‘We do not pay…’", "Clinton campaign: Trump's…". Headlines
 * write "X to Y:", "X at Y:" and "X on Y:" for much else ("Tesla to Cut Jobs: Report", "Paris to London: A Train
 * Guide", "Taylor Swift at Wembley: Review", "Brexit on Hold: ‘No Deal Yet’"), so only a quotation that ends the
 * headline makes them speech, and only a person's side ("campaign", "allies", "aides"), not a camp ("Calais camp:", "Clinton camp:").
 */
const HEADLINE_SPEAKER =
  /^((?:(?!(?:On|To|At)[\s\u00a0])\p{Lu}[\p{L}'’.-]*[\s\u00a0]+){0,3}(?!(?:On|To|At)[\s\u00a0])\p{Lu}[\p{L}'’.-]*)(?:[\s\u00a0]+(\p{Ll}+))?(?:[\s\u00a0]+([Oo]n|[Tt]o|[Aa]t)[\s\u00a0]+(\p{Lu}[^:]{0,80}))?:[\s\u00a0]*(?=(\S.*)$)/u;

/**
 * Whether the words before such a colon can be a speaker: a name ("Gingrich", "BENENSON" in a transcript) or
 * people a plural names ("Insiders"), not a label ("UPDATE:", "Watch:", "News Guide:") nor an interview's "Q:".
 */
function speaksBeforeColon(name: string): boolean {
  // A headline's topic is no speaker: "Donald Trump's Tax Returns:", "Trump Rally In Ohio:".
  if (/\p{L}['’]s[\s\u00a0]+\p{L}/u.test(name) || /[\s\u00a0](?:In|Of|On|For|At|To|The|And|With|From|By|Over|After)[\s\u00a0]/u.test(name)) return false;
  const words = name.split(/[\s\u00a0]+/u).map((w) => w.toLowerCase().replace(/['’]s$/u, ''));
  // A dateline in capitals is a place: "NEW DELHI:". One word may be a transcript's speaker ("CLINTON:", a town too).
  if (!/\p{Ll}/u.test(name) && words.length > 1 && PLACES.has(words.join(' '))) return false;
  if (words.length === 1 && words[0]!.replace(/\./gu, '').length <= 1) return false;
  // "Poll:", "Report:" open a headline with what the findings say.
  if (words.length === 1 && HEADLINE_FINDINGS.has(words[0]!)) return true;
  if (words.some((w) => !isEnglishWord(w) || isEnglishName(w))) return true;
  return words.length === 1 && words[0]!.endsWith('s') && nounClass(words[0]!) === 'person';
}

/** Whether a HEADLINE_SPEAKER match names who speaks: see there. Plain "Name:" is COLON_SPEAKER's. */
function speaksInHeadline([, name, side, link, , said]: RegExpExecArray): boolean {
  if (!side && !link) return false;
  if (!speaksBeforeColon(name!) || isPlace(name!)) return false;
  if (side) return !link && HEADLINE_SIDES.has(side);
  // What follows "on" may be a state of things ("Brexit on Hold: ‘No Deal Yet’"): the speaker must be named as a person.
  return QUOTATION_ENDS.test(said!) && (link!.toLowerCase() !== 'on' || name!.split(/[\s\u00a0]+/u).some((w) => isRole(w.toLowerCase()) || isGivenName(w)));
}
/** The speaker of a HEADLINE_SPEAKER match, which opens the text: the name, and the side's noun after it ("Okafor campaign"). */
function headlineSpeaker([colon, name, side]: RegExpExecArray): Phrase {
  const end = side ? colon.indexOf(side, name!.length) + side.length : name!.length;
  return { start: 0, end, phrase: side ? `${name} ${side}` : name! };
}
/** A person's side, as a headline names it before a colon. */
const HEADLINE_SIDES: ReadonlySet<string> = new Set(['campaign', 'allies', 'aides', 'advisers', 'lawyers', 'spokesman', 'spokeswoman']);
/** A quotation that is the whole rest of a headline: "‘We Will Not Pay.’". */
const QUOTATION_ENDS = /^[“"‘'][^“”"‘’]+[”"’'][.!?]?[\s\u00a0]*$|^[“"‘'][^“”"‘’]+[.!?][”"’'][\s\u00a0]*$/u;

/** Findings a headline names before a colon as what says it. */
const HEADLINE_FINDINGS = new Set(['poll', 'polls', 'survey', 'study', 'report']);

/** Determiners of a description that counts people without saying which: "a senior aide", "some strategists". */
const INDEFINITE = new Set(['', 'a', 'an', 'one', 'some', 'several', 'many', 'most', 'two', 'three', 'four', 'other', 'another', 'few', 'both', 'all']);

/**
 * The subject of a verb of saying as the tagger reads it, classified as describe() does, or, for a head noun
 * the lists lack, by what WordNet says it names: a person ("the billionaire magnate", "two strategists"), a
 * group ("the bureau") or a communication ("the email", "the ad"). Unnamed people are those a description
 * counts, or leaves indefinite or plural ("a campaign aide", "his advisers"); one it points to ("the judge", "his son")
 * stands for someone the article names.
 */
function taggedSource(text: string, subject: TaggedPhrase | null, verbStart: number, verbEnd: number): Source | null {
  if (!subject) return null;
  const known = describe(text, subject, verbStart, verbEnd);
  if (known) return known;
  const evidence = text.slice(Math.min(subject.start, verbStart), Math.max(subject.end, verbEnd)).trim();
  // A word the tagger calls a name only for its capital ("Prices rose…, adding") is judged as a noun.
  const ordinary = isEnglishWord(subject.head.lower) && !isEnglishName(subject.head.lower);
  if (subject.head.pos === 'PROPN' && !ordinary) return /^\p{Lu}/u.test(subject.head.text) ? { kind: 'named', name: subject.phrase, evidence } : null;
  const name = subject.phrase.replace(/[\s\u00a0]+/gu, ' ');
  // "the 46-year-old": news names a person by their age.
  const kind = /\d-year-old$/u.test(name) ? 'person' : nounClass(subject.head.lower);
  if (kind === 'person') {
    const plural = subject.head.lower.endsWith('s') && nounClass(subject.head.lower.replace(/e?s$/u, '')) === 'person';
    // A bare plural speaks for its trade or body ("cops said", "prosecutors argued"); a described one is unnamed people.
    const bare = subject.start === subject.head.start;
    return { kind: (INDEFINITE.has(subject.determiner) && !(plural && bare)) || (plural && !bare) ? 'unnamed' : 'named', name, evidence };
  }
  // A court's papers say what they say as any document does ("the lawsuit says"), though WordNet files a lawsuit under acts.
  if (kind === 'group' || kind === 'communication' || kind === 'cognition' || DOCUMENT_NOUNS.has(subject.head.lower)) return { kind: 'named', name, evidence };
  // The subject of a verb of saying speaks: a noun that can name someone does here ("the star noted"), and so
  // does a word WordNet lacks that is formed as one who does something ("one commenter wrote").
  const verb = /^[\p{L}]+/u.exec(text.slice(verbStart, verbEnd))?.[0].toLowerCase() ?? '';
  const doer = kind === null && /(?:er|or|ist|ian)s?$/u.test(subject.head.lower);
  if (!REPORTING.has(verb) || !(doer || mayNameSpeaker(subject.head.lower))) return null;
  return { kind: INDEFINITE.has(subject.determiner) ? 'unnamed' : 'named', name, evidence };
}

const THING_BEFORE_CAPITAL = new Set(['the', 'a', 'an', 'of', 'on', 'in', 'for', 'to', 'from', 'by', 'with', 'at', 'into', 'entering', 'against']);

/**
 * Whether one capitalised word is a plural of people, not a surname, where it names a source: "Populists in such
 * movements…, he said". The article never gives it with a first name or capitalised inside a sentence, and English does
 * not write it as a name ("Adams", "Parsons" are surnames).
 */
export function pluralOfPeople(name: string, names: ArticleNames): boolean {
  const lower = name.toLowerCase();
  return /^\p{Lu}\p{Ll}+s$/u.test(name) && !names.isSurname(name) && !names.capitalisesInside(name) && !isEnglishName(lower) && nounClass(lower.slice(0, -1)) === 'person';
}

/** Whether a named source is a person ("Rep. Darrell Issa", "Gingrich"), not a body ("the Iraqi army"): whom "he" or "she" can stand for. */
export function isPersonName(name: string): boolean {
  // The name proper is the last word: a role before it ("Council leader Maria Lopez") may name a body.
  const words = name.split(/\s+/u);
  const last = words.at(-1)!;
  const lower = last.toLowerCase();
  if (!/^\p{Lu}/u.test(last) || INSTITUTION_HEADS.has(lower) || WEEKDAYS_AND_MONTHS.test(last) || isOutlet(name)) return false;
  // A capital after an article or a preposition ends a thing's name, not a person's: "Trump's proposed ban on Muslims
  // entering the U.S"; a role before a name does not ("former president Obama").
  if (THING_BEFORE_CAPITAL.has(words.at(-2) ?? '')) return false;
  // Nor findings a headline gives as a speaker ("Poll:"), nor a place, a party or a nationality written as a word ("China", "Republican", "Democratic"), nor a compound
  // that describes ("the Spanish-language").
  return !EVIDENCE_NOUNS.has(lower) && !isPlace(last) && !/-\p{Ll}/u.test(last) && !(DEMONYM.test(last) && isEnglishWord(lower) && !isEnglishName(lower));
}

/** A word that opens a run of capitals without being a name: "But", "Last", "Tuesday", "Former". */
function ordinaryWord(w: string): boolean {
  const lower = w.toLowerCase();
  return STOPWORDS.has(lower) || WEEKDAYS_AND_MONTHS.test(w) || (isEnglishWord(lower) && !isEnglishName(lower));
}

/**
 * Whether a run of capitalised words holds a person's full name ("Ruben Osterlund", "Mayor Ana Diaz"):
 * past any title or opening word, two words that are names, not a place or a date ("In New York", "Last
 * Tuesday", "White House").
 */
export function isFullName(run: string): boolean {
  const words = run.split(/\s+/u);
  const first = words.findIndex((w) => !ordinaryWord(w));
  const name = first === -1 ? [] : words.slice(first);
  // A surname English also uses as a word follows a first name birth records give: "Benjamin Green", "Gordon Brown";
  // not a place's name before a body's word ("Georgia Power", "Virginia Tech"), nor a group's ("Trinity College").
  const surname = name.at(-1) ?? '';
  const surnameFits =
    !ordinaryWord(surname) ||
    (name.length === 2 && isGivenName(name[0]!) && !isPlace(name[0]!) && /^\p{Lu}\p{Ll}+$/u.test(surname) && nounClass(surname) !== 'group');
  return name.length >= 2 && !name.slice(0, -1).some(ordinaryWord) && surnameFits && isPersonName(run);
}

/**
 * A name set off after a role may open with a word English uses ("Rubio's deputy campaign manager, Rich Beeson"): there
 * its last word, a surname English does not use, makes it a name.
 */
function surnamed(run: string): boolean {
  const name = run.replace(/\.$/u, '');
  const last = name.split(/\s+/u).at(-1)!.toLowerCase();
  return !isEnglishWord(last) && !STOPWORDS.has(last) && !PLACES.has(name.toLowerCase()) && isPersonName(name);
}

/** Personal pronouns that say something as a verb's subject: whom they stand for is found across the article. */
const SPEAKING_PRONOUNS = new Set(['he', 'she', 'they']);

/** Verbs whose object does what follows: "came to hear Sanders say". */
const PERCEIVING = new Set(['hear', 'see', 'watch', 'let', 'make', 'help', 'have']);
/** Whether "to" and a verb, the word `k` ending before the phrase at `at`, stand just before it: the phrase is the infinitive's object. */
function infinitiveBefore(text: string, words: readonly Word[], k: number, at: number): boolean {
  // "led to what aide Kevin Phillips called…": a word of asking after "to" opens a clause, not an infinitive.
  return k >= 1 && words[k - 1]!.lower === 'to' && !words[k]!.capital && !PERCEIVING.has(words[k]!.lower) && !/^(?:what|whom?|which|where|when|how|whatever)$/u.test(words[k]!.lower) && /^[\s\u00a0]+$/u.test(text.slice(words[k]!.end, at)) && /^[\s\u00a0]+$/u.test(text.slice(words[k - 1]!.end, words[k]!.start));
}

/** The speaking pronoun a word is, or contracts ("he's" is "he"). */
function speakingPronoun(word: Word | undefined): string | null {
  if (!word) return null;
  if (SPEAKING_PRONOUNS.has(word.lower)) return word.lower;
  const pronoun = contracted(word);
  return pronoun !== null && SPEAKING_PRONOUNS.has(pronoun) ? pronoun : null;
}
/** The pronoun of a contraction with "has" or "is" ("he's" → "he", "that’s" → "that"), else null. */
function contracted(word: Word): string | null {
  return /^(?:he|she|it|that|this|there|here|what|who)['’]s$/u.exec(word.lower)?.[0].slice(0, -2) ?? null;
}

/**
 * The word just before a verb, past words like "also", "has" and "sharply", that `wanted` accepts, within
 * `reach` words: "he said", "she also told", "who has often complained", "was sharply criticized".
 */
function wordBefore(words: readonly Word[], before: number, wanted: (word: Word) => boolean, reach: number, between = standsBetween): Word | null {
  for (let i = before - 1; i >= 0 && i >= before - reach; i--) {
    const word = words[i]!;
    if (wanted(word)) return word;
    if (!between(word.text)) return null;
  }
  return null;
}
/**
 * After a pronoun, "do" stands between it and its verb too ("he did say", "she does not say"), and so do the ways of
 * saying readily or with care ("she was quick to say", "he took pains to say", "he made a point of saying").
 */
const standsAfterPronoun = (word: string) => {
  const lower = word.toLowerCase();
  return standsBetween(word) || /^(?:do|does|did)$/u.test(lower) || SAYS_THROUGH.has(lower) || TAKE.has(lower) || MAKE.has(lower) || /^(?:a|point|of|more|less|as|twice)$/u.test(lower);
};

/**
 * Whether a speaker read after the verb ends its clause: "said John Smith.", "said John Smith, a…", a
 * name followed by when or where ("said head coach Jordan May after the win"); never "said Iran had…",
 * "said the company had…" or "said managers at the plant had…", where what follows the verb is what was said.
 */
function endsClause(text: string, speaker: Phrase | null, afterQuotation = false): speaker is Phrase {
  if (speaker === null) return false;
  const rest = text.slice(speaker.end);
  // Right after a quotation a relative clause describes the speaker ('…," said one of two witnesses who relayed…'); after
  // a comma it more likely opens what was said ('Corey Lewandowski, said the staff member who…').
  return CLAUSE_END.test(rest) || (afterQuotation && RELATIVE_AFTER.test(rest)) || (/\p{Lu}[\p{L}'’-]*$/u.test(speaker.phrase) && CIRCUMSTANCE.test(rest));
}
const RELATIVE_AFTER = /^[\s\u00a0]+(?:who|whose|that)[\s\u00a0]/u;
/** A party and state after a lawmaker's name ("(D-Ill.)") stands between the name and the end of its clause. */
const CLAUSE_END = /^(?:\s*\([^()]{1,12}\))?\s*(?:[,.;:!?)]|$)/u;
const CIRCUMSTANCE = /^(?:\s*\([^()]{1,12}\))?\s+(?:after|before|on|in|at|during|outside|following|when|while|as|from|to|via|shortly|later|earlier|yesterday|today|tonight)\b/u;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    // A word with a capital is one lower case changes (a title-case letter aside, which news does not write).
    words.push({ text: m[0], lower, start: m.index, end: m.index + m[0].length, capital: lower !== m[0] });
  }
  return words;
}

interface Phrase {
  start: number;
  end: number;
  phrase: string;
}

/** Whether the text between two words keeps them in one phrase (spaces, or an abbreviation's full stop). */
function joined(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  if (/^[\s\u00a0]+$/u.test(gap)) return true;
  if (/^[\s\u00a0]+&[\s\u00a0]+$/u.test(gap)) return left.capital && right.capital; // "Hollis & Grey"
  if (gap === '/') return left.capital && right.capital; // a poll's two makers: "Reuters/Ipsos", "New York Times/CBS News"
  // An abbreviation's or an initialism's full stop ("Sen. Maria Delgado", "F.A.A. records") keeps the phrase whole.
  return /^\.[\s\u00a0]+$/u.test(gap) && (ABBREVIATION.test(left.text) || INITIALISM.test(left.text));
}

function phraseWord(word: Word): boolean {
  return (
    word.capital ||
    MODIFIERS.has(word.lower) ||
    PERSON_HEADS.has(word.lower) ||
    INSIDERS.has(word.lower) ||
    headIn(INSTITUTION_HEADS, word.lower) ||
    headIn(MEDIA_NOUNS, word.lower) ||
    DOCUMENT_NOUNS.has(word.lower) ||
    /^\d/u.test(word.text) ||
    /['’]s$/u.test(word.text) // a possessive inside a description: "a source in the prosecutor's office"
  );
}

/** "and" or "of" inside a name or description: "Fire and Rescue", "Secretary of State". */
function bridges(words: Word[], at: number): boolean {
  const word = words[at]!;
  const left = words[at - 1];
  // "sources close to her campaign": "close" is a preposition of its own only with its "to".
  if (word.lower === 'to' && left?.lower === 'close') return true;
  if (!left || !phraseWord(left)) return false;
  // "and" and "on" inside a name: "Fire and Rescue", "the Commission on Elections".
  if (word.lower === 'and' || word.lower === '&' || word.lower === 'on') return left.capital && (words[at + 1]?.capital ?? false);
  return PREPOSITIONS.has(word.lower);
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that count people without naming them, alone ("Others warned") or before a noun ("Some stallholders said"). */
const QUANTIFIERS = new Set(['some', 'many', 'several', 'most', 'few', 'both', 'others', 'all', 'two', 'three', 'four', 'five', 'dozens', 'hundreds']);

/**
 * An ordinary noun inside a description that an article opens: "roads" in "the national roads agency",
 * "consultancy" in "the consultancy Hollis & Grey"; never a word an article follows ("the statement the ministry").
 */
function nounModifier(text: string, words: Word[], at: number): boolean {
  const word = words[at]!;
  if (word.capital || STOPWORDS.has(word.lower) || ARTICLES.has(words[at + 1]!.lower)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    if (!joined(text, words[k]!, words[k + 1]!)) return false;
    if (ARTICLES.has(words[k]!.lower)) return true;
    if (!phraseWord(words[k]!)) return false;
  }
  return false;
}

/** The description of a source just before its verb: "Defense Secretary Jane Roe said", "the report then points out". */
function backward(text: string, words: Word[], verbIndex: number, verbStart: number): Phrase | null {
  let i = verbIndex - 1;
  let right = verbStart;
  // Adverbs, auxiliaries and words of when may stand between source and verb: "the report then points out", "have in the
  // past said"; so may the platform of "took to Twitter to say".
  const lowerOf = (k: number) => words[k]?.lower;
  for (let moved = true; moved; ) {
    moved = false;
    while (i > 0 && standsBetween(words[i]!.text) && /^[\s\u00a0]+$/u.test(text.slice(words[i]!.end, right))) right = words[i--]!.start;
    const past = Math.min(timeBefore(lowerOf, i), platformBefore(lowerOf, i));
    if (past < i && past >= 0 && /^[\s\u00a0]+$/u.test(text.slice(words[i]!.end, right))) {
      right = words[past + 1]!.start;
      i = past;
      moved = true;
    }
  }
  if (i < 0) return null;
  // "Some stallholders said": a noun the lists do not know heads a description a quantifier opens.
  const counted = i > 0 && QUANTIFIERS.has(words[i - 1]!.lower) && !words[i]!.capital && joined(text, words[i - 1]!, words[i]!);
  // A parenthesis between source and verb: an acronym belongs to the name, a remark is skipped.
  let end = words[i]!.end;
  if (/^\.?\)[\s\u00a0]+$/u.test(text.slice(end, right))) {
    const open = text.lastIndexOf('(', words[i]!.start);
    if (open === -1) return null;
    const acronym = /^[\p{Lu}\p{N}][\p{L}\p{N}.&-]{0,20}$/u.test(text.slice(open + 1, end));
    while (i >= 0 && words[i]!.start > open) i--;
    if (i < 0) return null;
    right = open;
    end = acronym ? text.indexOf(')', open) + 1 : words[i]!.end;
  }
  // An initialism's last full stop is part of it: "The F.B.I. said".
  if (/^\.[\s\u00a0]+$/u.test(text.slice(words[i]!.end, right)) && INITIALISM.test(words[i]!.text)) end = words[i]!.end + 1;
  else if (!/^[\s\u00a0]+$/u.test(text.slice(words[i]!.end, right))) return null;
  const last = words[i]!;
  if (last.lower === 'it' || last.lower === 'they') return { start: last.start, end: last.end, phrase: last.text };
  // A contraction of "not" right before the verb is an auxiliary however it is capitalised ("Don’t believe them."), though
  // one may stand inside a name ("Don't Mess With Texas said").
  if (/n['’]t$/iu.test(last.text)) return null;
  let first = i;
  while (first >= 0 && i - first < 10) {
    const word = words[first]!;
    if (first < i && !joined(text, word, words[first + 1]!)) break;
    // An ordinary word after a name still belongs to the description: "the UN refugee agency".
    const previous = words[first - 1];
    const afterName =
      previous !== undefined &&
      first < i &&
      previous.capital &&
      !WEEKDAYS_AND_MONTHS.test(previous.text) &&
      !STOPWORDS.has(word.lower) &&
      joined(text, previous, word);
    const modifier = first < i && (bridges(words, first) || nounModifier(text, words, first));
    if (!phraseWord(word) && !modifier && !afterName && !(first === i && counted)) break;
    // "Didn't Ward say…?": a contraction of "not" before a name and a bare verb asks a question, and names no one.
    if (first < i && /n['’]t$/iu.test(word.text) && BARE_SAYING.test(words[verbIndex]?.lower ?? '')) break;
    first--;
    // An article opens the description unless a preposition joins it to more ("analysts at the bank").
    if (ARTICLES.has(word.lower) && !PREPOSITIONS.has(words[first]?.lower ?? '')) break;
  }
  first++;
  // Nor does a word that opens the sentence or its clause: "But Rubio explained", "Meanwhile Mayor Ruiz said", "As Politico reported", "While Clinton says".
  while (first <= i && (PREPOSITIONS.has(words[first]!.lower) || linksBeforeSubject(words, first) || CLAUSE_OPENERS.has(words[first]!.lower))) first++;
  if (first > i) return null;
  // After a participle and its preposition the phrase is the object in a longer subject: "officials involved with the political groups have made clear".
  // So is one after a relative clause's verb and preposition: "officials who spoke with The Huffington Post said".
  const [participle, preposition] = [words[first - 2], words[first - 1]];
  const relativeVerb = participle !== undefined && words.slice(Math.max(0, first - 5), first - 2).some((w) => w.lower === 'who' || w.lower === 'that');
  if (participle && preposition && (/(?:ed|ing)$/u.test(participle.lower) || relativeVerb) && (PREPOSITIONS.has(preposition.lower) || preposition.lower === 'by' || preposition.lower === 'to') && joined(text, participle, preposition) && joined(text, preposition, words[first]!)) return null;
  if (end < words[i]!.end) end = words[i]!.end;
  return { start: words[first]!.start, end, phrase: text.slice(words[first]!.start, end) };
}

/** Linking words that also open names: "Still Water Partners", "Now This News", "Then Again Records". */
const NAME_OPENING_LINKS: ReadonlySet<string> = new Set(['still', 'now', 'then', 'later', 'so', 'likewise']);
const TITLE = new RegExp(String.raw`^(?:${TITLES})$`, 'u');

/** Whether the word at `k` links its sentence to the one before rather than opening a name: such a word does only before a title, a role or a first name ("Now Mayor Ana Ruiz"). */
function linksBeforeSubject(words: readonly Word[], k: number): boolean {
  const lower = words[k]!.lower;
  if (!LINKING_OPENERS.has(lower)) return false;
  const next = words[k + 1];
  return !NAME_OPENING_LINKS.has(lower) || next === undefined || !next.capital || TITLE.test(next.text) || isRole(next.lower) || isGivenName(next.text);
}

const PERSON_HEAD_PATTERN = lexicon.personHeads.filter((h) => h.length > 3).join('|');
/**
 * A source set off from its verb by a role, a remark or a relative clause:
 * "Lena Fischer, chief executive of Kranich Logistik, told…",
 * "a senior aide who was not authorized to speak publicly told…",
 * "A senior Western official, speaking on background, said…".
 */
const DESCRIBED_SUBJECTS = [
  // "The report, which cited internal emails, said": the source before a clause set off by commas.
  /((?:[\p{L}\p{N}'’.-]+\s+){0,6}[\p{L}\p{N}'’.-]+),\s+(?:which|who|whose)\b[^;“”"]{0,140},\s*$/u,
  new RegExp(
    `((?:\\b(?:a|an|the|one|two|three|four|five|several|some|many|multiple)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,4}?(?:${PERSON_HEAD_PATTERN})(?:\\s+(?:familiar|close|briefed|involved|knowledgeable|with|in|inside|within|from|at|of)\\b[^,.;“”"()]{0,80}?)?)(?:\\s+(?:who|that)\\b[^.;“”"]{0,100}?|,\\s+(?:speaking|talking|commenting|writing)\\b[^,.;“”"]{0,60},)?\\s*$`,
    'iu',
  ),
  /((?:[\p{Lu}][\p{L}'’.-]*[\s\u00a0]+(?:&[\s\u00a0]+)?)*[\p{Lu}][\p{L}'’.-]*|\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s[^,.;“”"()]{2,60}|(?<=^|,\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s[^,.;“”"()]{2,60}|(?<=^|,\s|[”"]\s)(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*['’]s\s[^,.;“”"()]{2,60}),\s+((?:a|an|the|\d+)?[^,;()]{1,90}(?:\s*\([^()]{1,12}\))?),\s*$/u,
];

/** Any of those head nouns, even inside a word, as the description's pattern reads them. */
const PERSON_HEAD_IN = new RegExp(PERSON_HEAD_PATTERN, 'iu');

/**
 * A poll's share of the people it asked, as the subject of a verb of saying: "About 4 in 10 say",
 * "42% say", "Thirty-one percent of those surveyed say", "A third of independents, 33%, say".
 */
const SHARE_SUBJECT = new RegExp(
  String.raw`(?:^|[,;:]\s*|\s[-–—]\s+|\b(?:and|but|while|whereas|which|whom|that)\s+)((?:(?:about|nearly|almost|just|roughly|some|over|under|only|a mere|mere|fully|more than|fewer than|less than)\s+){0,2}` +
    String.raw`(?:\d[\d.,]*\s?(?:%|percent|per cent)|[\p{L}-]+ percent|\d+ (?:in|out of) \d+|(?:one|two|three|four|five|six|seven|eight|nine) (?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)|an? (?:(?:strong|large|slim|narrow|clear|solid|small|bare|overwhelming|substantial|sizable) )?(?:third|quarter|fifth|majority|minority|plurality)|(?:(?:strong|large|slim|narrow|clear|solid|small|overwhelming|substantial|sizable) )?majorities|half|most|(?:two|three)[- ](?:thirds|quarters)|those (?:surveyed|polled|interviewed|questioned|asked|responding)|respondents)` +
    // Whom the share counts: "of" and a phrase, or a few words that name people ("four in 10 South Carolina Republican primary voters").
    String.raw`(?:\s+of\s+(?:(?!\s-\s)[^,;:.“”"—–()]){1,60}?|(?:\s+[\p{L}-]+){1,5})?(?:,\s*\d[\d.,]*\s?(?:%|percent),)?)\s*(?:also\s+|still\s+)?$`,
  'iu',
);

const SHARE_WORD = /\d|percent|half|thirds?\b|quarters?\b|fifth|\bmost\b|majority|majorities|minority|plurality|\bthose\b|respondents|\b(?:one|two|three|four|five|six|seven|eight|nine) (?:in|out of)\b/iu;

/** "states" after a count or a modifier is the noun, not the verb: "Democrats in five states going to the polls", "the early states say". */
const BEFORE_STATES = String.raw`\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|all|both|other|the|these|those|key|swing|battleground|early|southern|northern|western|eastern|red|blue)\s`;
const STATES_NOUN = new RegExp(String.raw`(?<=${BEFORE_STATES})states\b`, 'giu');
const STATES_NOUN_BEFORE = new RegExp(`${BEFORE_STATES}$`, 'iu');

/** Words that make a clause or a time of what a share seems to count. */
const CLAUSE_WORDS = new Set(['before', 'after', 'when', 'while', 'because', 'since', 'if', 'later', 'recently', 'ago', 'hour', 'minute', 'day', 'week', 'year', 'time', 'they', 'he', 'she', 'we', 'it', 'no']);

function shareSaying(text: string, verbStart: number, verbEnd: number): Source | null {
  const opens = sentenceStart(text, verbStart);
  const before = text.slice(opens, verbStart);
  // Most clauses hold no share: the full pattern is tried only where one of its words stands.
  if (!SHARE_WORD.test(before)) return null;
  const m = SHARE_SUBJECT.exec(before);
  if (!m) return null;
  const at = opens + m.index + m[0].indexOf(m[1]!);
  const name = m[1]!.replace(/,\s*$/u, '');
  // The words it counts are a noun phrase, not a clause or an idiom: "Half an hour later the minister", "Most recently the
  // senator", "Some 40 percent of the ballots were counted before officials", "Most of all Warren" are no shares.
  const counted = /\bof\s+(.*)$/u.exec(name)?.[1] ?? name.split(/\s+/u).slice(1).join(' ');
  if (/^all(?:$|\s+\p{Lu})/u.test(counted) || (/^most\b/iu.test(name) && /^all\s+(?:the|a|an|his|her|their|this|that|its)\b/u.test(counted)) || AUXILIARY.test(counted) || ATTRIBUTING.test(counted.replace(STATES_NOUN, '')) || counted.split(/\s+/u).some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return null;
  // A share of insiders is insiders left unnamed ("most of her advisers say"); of voters, the poll's finding.
  const insiders = [...name.matchAll(/\p{L}+/gu)].some((w) => INSIDERS.has(w[0].toLowerCase()));
  return { kind: insiders ? 'unnamed' : 'named', name, evidence: text.slice(at, verbEnd) };
}

/**
 * Whether a verb of saying in -ing is joined to the clause before it, whose subject says it: after a
 * comma or a dash ("…on the spot – saying…"), or "while", "before", "by" ("…, while saying that…").
 */
function joinsClause(text: string, verbStart: number, verb: string): boolean {
  // A quotation may close before the comma's verb: 'needled the CNN “reporter,” saying'.
  return verb.endsWith('ing') && /(?:,(?:[”"’]|'')?|[\s\u00a0][–—-]|[,\s\u00a0](?:while|before|after|by|when))[\s\u00a0]*$/u.test(text.slice(Math.max(0, verbStart - 8), verbStart));
}

/**
 * Where a sentence's subject begins, past the conjunctions and adverbs that open it ("And then Trump
 * went…") and an introductory phrase of a participle or preposition ("Walking to the next address, Ebeling…").
 */
function pastConjunctions(text: string, opens: number): number {
  const from = opens === 0 ? pastDateline(text) : opens;
  const m = OPENING_PHRASE.exec(text.slice(from));
  if (!m) return from;
  // A name that ends like a participle opens no phrase: "Husted continued by saying, …" is Husted's sentence.
  const participle = m[2]?.toLowerCase();
  if (participle && !(isEnglishWord(participle) && !isEnglishName(participle))) return from + m[0].length - m[1]!.length;
  return from + m[0].length;
}
const OPENING_PHRASE = new RegExp(
  // The phrase may end in a place and its state: "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton…".
  String.raw`^(?:${LINKING_OPENER_ANY_CASE}[\s\u00a0,]+)*((?:(\p{Lu}\p{Ll}+(?:ing|ed))|After|Before|During|Despite|Following|While|When|As|In|On|At|With|Early|Earlier|Late|Last|This|Since|Until|Amid|Under|For|From|By|Throughout|Over|Through|Within|Unlike|If|Although|Though|Because|Once|Here|There)\b[^,;:“”"]{0,80}(?:,[\s\u00a0]+\p{Lu}[\p{L}.]*(?:[\s\u00a0]+\p{Lu}[\p{L}.]*)?(?=,)(?:,[\s\u00a0]+(?:on|in|at|last|this|early|late)\b[^,;:“”"]{0,30})?)?,[\s\u00a0]+)?`,
  'u',
);

/**
 * Past a dateline that opens a story: a place in capitals ("WASHINGTON —", "NEW YORK, N.Y. -") or a place and an
 * agency in brackets ("Washington (AFP) –"). "Gov. Chris Christie (R) — who dropped out…" is no dateline.
 */
function pastDateline(text: string): number {
  const m = DATELINE.exec(text);
  if (!m) return 0;
  const [, place, agency] = m;
  // A word in capitals before a dash may be a name ("ISIS — the group behind…"): the place must be one WordNet knows.
  const placed = !/\p{Ll}/u.test(place!) && isPlace(place!.split(/,/u)[0]!.trim());
  return (agency ? isOutletName(agency) : placed) ? m[0].length : 0;
}
const DATELINE = /^(\p{Lu}[\p{L}.'’]*(?:[\s\u00a0]+\p{Lu}[\p{L}.'’]*){0,3}(?:,[\s\u00a0]+\p{Lu}[\p{L}.]*){0,2})[\s\u00a0]*(?:\(([^()]{1,30})\)[\s\u00a0]*)?(?:[–—]|--?)[\s\u00a0]+/u;

/** Where the tagger reads a verb's subject from: a subject with its aside stands within 200 characters of its verb, as describedSubject reads it too. */
function subjectFrom(text: string, verbStart: number): number {
  return Math.max(sentenceStart(text, verbStart), verbStart > 200 ? text.indexOf(' ', verbStart - 200) + 1 : 0);
}

/** Where the sentence holding an offset begins; an abbreviation's full stop ("Col.", "U.S.") ends none. */
function sentenceStart(text: string, at: number): number {
  const starts = sentenceStarts(text);
  let start = 0;
  for (const s of starts) {
    if (s > at) break;
    start = s;
  }
  return start;
}

const SENTENCE_END = /[.!?]["”’]?[\s\u00a0]+/gu;
const WORD_OR_DOT = /[\p{L}\p{N}.]/u;
/** The sentence starts of the passage analysed last: each cue asks, and a passage has several cues. */
let startsOf: { text: string; starts: number[] } = { text: '', starts: [] };
function sentenceStarts(text: string): number[] {
  if (startsOf.text !== text) {
    const starts: number[] = [];
    // Found from the mark that ends a sentence, then the word before it read backwards: a pattern that opened
    // with the word would be tried from every letter of every word.
    for (const m of text.matchAll(SENTENCE_END)) {
      let from = m.index;
      while (from > 0 && WORD_OR_DOT.test(text[from - 1]!)) from--;
      const word = text.slice(from, m.index);
      // An initialism's full stop ends the sentence only before a capital: "director of the A.F.L.-C.I.O. and organizer".
      const initialism = INITIALISM.test(word) && /^\p{Ll}/u.test(text.slice(m.index + m[0].length));
      if (from < m.index && !ABBREVIATION.test(word) && !initialism) starts.push(m.index + m[0].length);
    }
    startsOf = { text, starts };
  }
  return startsOf.starts;
}

/** Auxiliaries, which a description of a source never holds: they make a clause of it. */
const AUXILIARY = /\b(?:is|are|was|were|been|being|has|have|had|will|would|could|can|may|might|should|must)\b/u;

/** Where a description starts after the last word of saying in it: "reported Saturday quoting American officials". */
function lastAttributing(phrase: string): number {
  let cut = 0;
  for (const m of phrase.matchAll(VERB)) cut = m.index + m[0].length;
  return cut;
}

/**
 * Past a quotation that opens a sentence, or ends a part of it before `to` ('The new plans "will not solve this,"
 * Anne Richards, …, said'), and closes with a comma, question or exclamation mark.
 */
function pastQuotation(text: string, from: number, to: number): number {
  const m = OPENING_QUOTATION.exec(text.slice(from));
  if (m) return from + m[0].length;
  let past = from;
  for (const closed of text.slice(from, to).matchAll(CLOSED_QUOTATIONS)) past = from + closed.index + closed[0].length;
  return past;
}
/** A quotation closed by a comma, question or exclamation mark, and the capital after it. */
const CLOSED_QUOTATION = String.raw`(?:[“"]|'')[^“”"]{1,400}?[,?!](?:[”"]|'')[\s\u00a0]+(?=\p{Lu})`;
const OPENING_QUOTATION = new RegExp(`^${CLOSED_QUOTATION}`, 'u');
const CLOSED_QUOTATIONS = new RegExp(CLOSED_QUOTATION, 'gu');

/** A sentence that opens with a name and a comma, past "But" or "And": only then is the tagger asked for the name before an aside. */
const NAME_AND_COMMA = new RegExp(String.raw`^(?:${LINKING_OPENER_ANY_CASE}[\s\u00a0]+)?(?:\p{Lu}[\p{L}'’.-]*[\s\u00a0]+){0,3}\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]*\([^()]{1,12}\))?,`, 'u');
/** A full name set off by commas after a role, before the clause goes on. */
const NAME_AFTER_ROLE = /^,[\s\u00a0]+(\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){1,3})(?=[\s\u00a0]*(?:[,.;]|$))/u;
/** A name set off by a comma just before its role. */
const NAME_BEFORE_ROLE = /(\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*)+),[\s\u00a0]+$/u;

function describedSubject(text: string, verbStart: number): Phrase | null {
  // Past words like "also" between the description and its verb, with only spaces between them.
  const end = pastBetweenWords(text, verbStart, /[\s\u00a0]/u, 0).start;
  const before = text.slice(Math.max(sentenceStart(text, end), end - 200), end);
  const base = end - before.length;
  const [clause, unnamed, appositive] = DESCRIBED_SUBJECTS;
  // The clause and the appositive end on a comma, and the unnamed description holds a head noun: most verbs have neither before them.
  const comma = before.trimEnd().endsWith(',');
  const c = comma ? clause!.exec(before) : null;
  if (c) {
    const at = base + c.index;
    return { start: at, end: at + c[1]!.length, phrase: c[1]! };
  }
  const m = PERSON_HEAD_IN.test(before) ? unnamed!.exec(before) : null;
  // A description is no clause: "Residents … are being asked to report" is an instruction, not a source.
  if (m && !AUXILIARY.test(m[1]!) && !/\b(?:and|but)\b/u.test(m[1]!)) {
    // Past the words of saying in it, and a word that opens a clause rather than the description ("Though executives who…").
    const said = lastAttributing(m[1]!);
    const cut = said + (/^(?:though|although|while|because|if|when|as|since|unless|but|and|yet|so)\s+/iu.exec(m[1]!.slice(said))?.[0].length ?? 0);
    const at = base + m.index + m[0].indexOf(m[1]!) + cut;
    const phrase = m[1]!.slice(cut).trim();
    // The role of a name before it: "Oskar Lind, a veteran captain who sailed for years, said".
    const named = cut === 0 ? NAME_BEFORE_ROLE.exec(before.slice(0, m.index + m[0].indexOf(m[1]!))) : null;
    if (named) return { start: base + named.index, end: at + phrase.length, phrase: `${named[1]}, ${phrase}` };
    return { start: at, end: at + phrase.length, phrase };
  }
  const a = comma ? appositive!.exec(before) : null;
  // "Kestrel Radio, quoting a senior police officer, said": the aside is a source of its own.
  if (a && /^(?:quoting|citing|according)\b/u.test(a[2]!)) {
    const at = base + a.index;
    return { start: at, end: at + a[1]!.trim().length, phrase: a[1]!.trim() };
  }
  // The second part is a short name or role, not a clause ("it is only a matter of time…").
  if (!a || /^(?:which|who|whose|it|he|she|they|we|this|that)\b/iu.test(a[2]!) || a[2]!.split(/\s+/u).length > 10) return null;
  if (AUXILIARY.test(a[2]!)) return null;
  // A place is where the name before it is from: "Rep. Lee Zeldin of New York, a Trump supporter," is Zeldin's, not New York's;
  // not one a preposition governs ("A spokesman for Rep. Tom Hale of Maine, Peter Wills,").
  const from = /^\p{Lu}/u.test(a[1]!) ? NAME_OF.exec(before.slice(0, a.index)) : null;
  // One capitalised to open the sentence governs only the first word: "At the Capitol Sen. Tom Hale of Maine, …".
  const governing = from === null ? undefined : /(?:^|[\s\u00a0])(\p{L}+)[\s\u00a0]+(?:the[\s\u00a0]+)?$/u.exec(before.slice(0, from.index))?.[1];
  const governed = governing !== undefined && GOVERNING.has(governing.toLowerCase());
  const run = from ? from[1]!.replace(/(?:of|from)[\s\u00a0]+$/u, '') : '';
  // So does one before a weekday ("in an interview on Monday Rep. Tom Hale of Maine, …").
  const opening = governed && (/^\p{Lu}/u.test(governing) || WEEKDAYS_AND_MONTHS.test(run.split(/[\s\u00a0]+/u)[0]!));
  const object = opening ? /^\S+[\s\u00a0]+/u.exec(run)?.[0].length ?? 0 : 0;
  const named = from && (!governed || opening) ? nameStart(run.slice(object)) : -1;
  const skipped = named === -1 ? -1 : object + named;
  const person = skipped === -1 ? '' : from![1]!.slice(skipped);
  // Under a preposition, the place is the object's, and only a name after it speaks ("A spokeswoman for Sen. Ann Hale of
  // Maine, Lisa Brandt,"): a place and a role are no one.
  if (from && governed && !opening) return isFullName(a[2]!.trim()) ? { start: base + a.index + a[0].indexOf(a[2]!), end: base + a.index + a[0].indexOf(a[2]!) + a[2]!.trim().length, phrase: a[2]!.trim() } : null;
  const phrase = `${person}${a[1]!.trim()}, ${a[2]!.trim()}`;
  // One side of the pair must name someone: "The army spokesman, Col. Ibrahim Sow,".
  if (!/\p{Lu}/u.test(phrase.replace(/^\p{Lu}/u, ''))) return null;
  const at = base + (person ? from!.index + skipped : a.index);
  return { start: at, end: base + a.index + a[0].replace(/,\s*$/u, '').length, phrase };
}

/** Verbs of saying in their bare form, which follow the subject of a question ("Didn't Ward say…?"). */
const BARE_SAYING = /^(?:say|tell|claim|think|believe|know|want|ask|argue|admit|deny)$/u;

/** Prepositions before a name that make it an object, not a speaker: "A spokesman for Rep. Tom Hale of Maine, …". */
const GOVERNING = new Set(['of', 'for', 'to', 'by', 'with', 'at', 'from', 'in', 'on', 'about', 'against']);
/** A name, then "of" or "from", right before a place: "Rep. Lee Zeldin of ". */
const NAME_OF = /((?:\p{Lu}[\p{L}'’.-]*[\s\u00a0]+)+(?:of|from)[\s\u00a0]+)$/u;

/**
 * Where a person's full name starts in a run of capitalised words, past the words that open the sentence ("But",
 * "Meanwhile", "On Monday", "In Boston") but not a role ("Republican Rep. Lee Zeldin"); -1 when no full name is left.
 */
function nameStart(run: string): number {
  const words = run.split(/(?<=[\s\u00a0])/u);
  let at = 0;
  let k = 0;
  for (; k < words.length - 2; k++) {
    const word = words[k]!.trim();
    const lower = word.toLowerCase();
    const opener = CLAUSE_OPENERS.has(lower) || LINKING_OPENERS.has(lower) || WEEKDAYS_AND_MONTHS.test(word) || isPlace(word) || (ordinaryWord(word) && !isRole(lower));
    if (!opener) break;
    at += words[k]!.length;
    // What a preposition governs opens the sentence too: "In Boston", "At the Capitol".
    if (PREPOSITIONS.has(lower) || lower === 'on') {
      if (words[k + 1]?.trim().toLowerCase() === 'the') at += words[++k]!.length;
      if (k + 1 < words.length - 2) at += words[++k]!.length;
    }
  }
  // A surname English also uses as a word is a name after a title or a first name ("Rep. Mark Green", "Sen. Angus King").
  const name = run.slice(at).trim();
  return name.split(/[\s\u00a0]+/u).length >= 2 && isPersonName(name) ? at : -1;
}

/** A role after a name: "a council member in Beit Ummar", "chief executive of…", or a lawmaker's party and state ("Republican of Arizona"). */
const ROLE_SOURCE = String.raw`^,\s+(?!(?:which|who|whose|that|would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|does|did|on|in|at|during|after|before|when|while|\p{Ll}+ing)\b)((?:a|an|the)\s[^,.;“”"]{2,80}|[\p{Ll}][^,.;“”"]{2,60}|(?:Democrat|Republican|Independent)\s+(?:of|from)\s+\p{Lu}[^,.;“”"]{1,40})`;
/** A role set off by commas after a name, ending where its clause does (a decimal point ends nothing); "speaking to…" is no role. */
const ROLE = new RegExp(String.raw`${ROLE_SOURCE}(?=[,;]|\.(?!\d)|$)`, 'u');
/** After "according to X," the main clause follows: a role there closes with its own comma. */
const ROLE_BEFORE_CLAUSE = new RegExp(`${ROLE_SOURCE}(?=,)`, 'u');

interface ForwardReading {
  /** Only names and the words of descriptions, as a speaker after "said" is written. */
  namesOnly?: boolean;
  /** After "according to" or "citing", where the main clause follows and a source may stand in quotation marks. */
  afterSourceVerb?: boolean;
  /** From a sentence's first word, not after a verb. */
  opensSentence?: boolean;
}
const NAMES: ForwardReading = { namesOnly: true };

/** Whether the word at `at` ("and") stands between a modifier and at most two more before a head noun of people, all in one phrase. */
function headsWithin(text: string, words: readonly Word[], at: number): boolean {
  // A modifier that describes, not a noun that owns ("the company and union officials") nor a name's end ("John Fisher and
  // senior aides"): "current and former officials", "Republican and Democratic strategists".
  const describes = (w: Word) => DESCRIBING.has(w.lower) || isAdjectiveOnly(w.lower) || PARTIES.has(w.lower);
  const before = words[at - 1]!;
  if (!describes(before) || (before.capital && words[at - 2]?.capital && joined(text, words[at - 2]!, before))) return false;
  for (let k = at + 1; k < words.length && k <= at + 3; k++) {
    if (!joined(text, words[k - 1]!, words[k]!)) return false;
    if (headIn(PERSON_HEADS, words[k]!.lower) || (!words[k]!.capital && nounClass(words[k]!.lower) === 'person')) return true;
    if (!describes(words[k]!)) return false;
  }
  return false;
}
const DESCRIBING = new Set(['current', 'former', 'senior', 'junior', 'retired', 'active', 'past', 'present', 'top', 'local', 'foreign', 'independent']);
/** Parties, whose names describe their members: "Republican and Democratic strategists". */
const PARTIES = new Set(['republican', 'democratic', 'democrat', 'conservative', 'liberal', 'libertarian', 'labour', 'tory', 'green']);

/** The description of a source after its verb: "according to two U.S. officials who…", "said John Smith, the mayor". */
function forward(text: string, words: Word[], from: number, { namesOnly = false, afterSourceVerb = false, opensSentence = false }: ForwardReading = {}): Phrase | null {
  if (from < 0 || from >= words.length) return null;
  const startWord = words[from]!;
  if (FORWARD_STOPS.has(startWord.lower) || startWord.lower === 'it') return null;
  if (!phraseWord(startWord)) return null;
  // The source follows its verb in the same sentence: not 'said. "Last year…' nor 'said "Harbour…'. Only
  // "according to" and "citing" may put a source in quotation marks (citing "a senior official").
  const gap = from > 0 ? text.slice(words[from - 1]!.end, startWord.start) : ' ';
  if (!opensSentence && !(afterSourceVerb ? /^[\s\u00a0]*["“‘']?[\s\u00a0]*$/u : /^[\s\u00a0]+$/u).test(gap)) return null;
  let last = from;
  for (let j = from + 1; j < words.length && j - from < 12; j++) {
    const word = words[j]!;
    const closeTo = word.lower === 'to' && words[j - 1]!.lower === 'close'; // "a person close to the minister"
    // "and" inside a name: "the Union of Port and Harbour Workers".
    const inName = (word.lower === 'and' || word.lower === '&') && words[j - 1]!.capital && (words[j + 1]?.capital ?? false);
    // "and" or "or" between the modifiers of one head: "current and former officials", "Democratic and independent analysts".
    const between = ((word.lower === 'and' || word.lower === 'or') && headsWithin(text, words, j)) || (word.lower === 'and' && words[j + 1]?.lower === 'others') || (word.lower === 'others' && words[j - 1]?.lower === 'and');
    if (!joined(text, words[j - 1]!, word) || (FORWARD_STOPS.has(word.lower) && !closeTo && !inName && !between)) break;
    if (word.lower === 'on' && WEEKDAYS_AND_MONTHS.test(words[j + 1]?.text ?? '')) break; // "by the union on Friday"
    // "Said Trump of Clinton:": one name after "of" is whom it was said of, not where the speaker works ("of Reuters").
    const of = word.lower === 'of' && words[j - 1]!.capital ? words[j + 1] : undefined;
    if (of?.capital && /^[\s\u00a0]*(?:[:,.;!?]|$)/u.test(text.slice(of.end, of.end + 2)) && !isOutletName(of.text) && !isPlace(of.text) && !INSTITUTION_HEADS.has(of.lower)) break;
    // A hyphened modifier before a name: "of the non-partisan Rothenberg Political Report".
    const beforeName = word.text.includes('-') && (words[j + 1]?.capital ?? false);
    if (namesOnly && !phraseWord(word) && !PREPOSITIONS.has(word.lower) && !closeTo && !inName && !between && !beforeName) break;
    last = j;
  }
  // A description ends on its head noun or name, not on a dangling modifier or preposition.
  // "General" after a role is part of it: "the inspector general", "the attorney general".
  const dangling = (k: number) => {
    const w = words[k]!;
    if (w.lower === 'general' && PERSON_HEADS.has(words[k - 1]?.lower ?? '')) return false;
    return PREPOSITIONS.has(w.lower) || (MODIFIERS.has(w.lower) && !w.capital && !PERSON_HEADS.has(w.lower) && !INSTITUTION_HEADS.has(w.lower));
  };
  while (last > from && dangling(last)) last--;
  let end = words[last]!.end;
  // An appositive role after a name: "said Hanan Odeh, a council member in Beit Ummar,".
  const after = (afterSourceVerb ? ROLE_BEFORE_CLAUSE : ROLE).exec(text.slice(end));
  // A role holds no verb of its own: ", the former secretary of state was made aware…" is the main clause.
  if (after && words[last]!.capital && !ATTRIBUTING.test(after[1]!) && !AUXILIARY.test(after[1]!)) end += after[0].length;
  // The name after a role: "said the bureau's director, James B. Comey, on Monday".
  const named = words[last]!.capital ? null : NAME_AFTER_ROLE.exec(text.slice(end));
  // After "a spokesman for the carrier," a name is the carrier's: "Royal Jordanian".
  const ofBody = /[\s\u00a0](?:for|of|at|with|from)[\s\u00a0]/u.test(text.slice(startWord.start, end));
  if (named && (isFullName(named[1]!) || (surnamed(named[1]!) && !ofBody))) {
    // A full stop after the surname ends the sentence; one after an initial ("James B.") or "Jr." is part of the name.
    const stop = /\p{L}{2}\.$/u.test(named[1]!) && !/\b(?:Jr|Sr)\.$/u.test(named[1]!) ? 1 : 0;
    end += named[0].length - stop;
  }
  return { start: startWord.start, end, phrase: text.slice(startWord.start, end) };
}

/** Whether a description names a news organisation: a known outlet, a masthead word, or "news agency IRNA". */
export function isOutlet(name: string): boolean {
  const bare = name.replace(/^the\s+/iu, '').replace(/\s*\([^)]*\)\s*$/u, '');
  // "the BBC's Sunday Morning programme" is the BBC's; "North Korea's official news agency" is the agency.
  const possessive = /^(.*?)['’]s\s+(.*)$/u.exec(bare);
  const variants = possessive ? [bare, possessive[1]!, possessive[2]!] : [bare];
  return variants.some(isOutletName);
}

/**
 * An outlet's journalist: the outlet's name (or its possessive), then a person's full name, bare or after a newsroom
 * role ("the Post's Chris Cillizza", "ABC News chief White House correspondent Jonathan Karl"). A campaign manager
 * the outlet's name happens to own ("Bloomberg's campaign manager") is no journalist.
 */
function outletStaff(name: string): { outlet: string; person: string } | null {
  const bare = name.replace(/^the\s+/iu, '');
  const owned = /^(.*?)['’]s\s+(.+)$/u.exec(bare);
  const splits: [string, string][] = owned ? [[owned[1]!, owned[2]!]] : [];
  const words = bare.split(/[\s\u00a0]+/u);
  // The longest outlet's name first: "ABC News", not "ABC", owns "chief White House correspondent Jonathan Karl".
  for (let k = words.length - 2; k >= 1; k--) splits.push([words.slice(0, k).join(' '), words.slice(k).join(' ')]);
  for (const [outlet, person] of splits) {
    // The outlet's name ends on an outlet's word ("ABC", "News", "Post"), not on a role ("ABC moderator").
    const last = outlet.split(/[\s\u00a0]+/u).at(-1)!;
    if (!(OUTLETS.has(last.toLowerCase()) || OUTLET_MARKERS.has(last) || OUTLETS.has(outlet.toLowerCase())) || !isOutletName(outlet) || isOutletName(person)) continue;
    const role = person.split(/[\s\u00a0]+/u).filter((w) => /^\p{Ll}/u.test(w));
    const name = /\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*)+$/u.exec(person)?.[0];
    if (name && isFullName(name) && (role.length === 0 || role.some((w) => NEWSROOM_ROLES.has(w)))) return { outlet, person };
  }
  return null;
}
const NEWSROOM_ROLES = new Set(['reporter', 'correspondent', 'columnist', 'editor', 'anchor', 'co-anchor', 'host', 'moderator', 'writer', 'critic', 'journalist', 'producer', 'analyst', 'commentator', 'contributor', 'pollster', 'photographer']);

function isOutletName(bare: string): boolean {
  if (OUTLETS.has(bare.toLowerCase())) return true;
  const tokens = bare.split(/[\s\u00a0]+/u);
  // A known outlet's name among other words: "Yonhap news agency", "state broadcaster CCTV" — but a
  // first word that is also a given name ("Dawn Smith") needs a media noun after it.
  const known = (t: string, i: number) =>
    OUTLETS.has(t.toLowerCase()) &&
    /\p{Lu}/u.test(t) &&
    (i > 0 || tokens.length === 1 || /^\p{Lu}+$/u.test(t) || /^(?:news|agency|newspaper|daily|broadcaster|channel|tv|radio|television)$/iu.test(tokens[i + 1] ?? ''));
  if (tokens.some(known)) return true;
  if (tokens.some((t) => OUTLET_MARKERS.has(t)) && /^\p{Lu}/u.test(tokens[tokens.length - 1]!)) return true;
  // "the official news agency IRNA", "Syrian state news agency SANA".
  return /\b(?:news agency|newspaper|broadcaster|daily|channel|outlet|tabloid|network)\s+[\p{Lu}]/u.test(bare);
}

function isMedia(lower: string): boolean {
  const bare = lower.replace(/^(?:the|a|an|this|that|its|local|state|official|state-run|state-owned|news|media)\s+/u, '');
  return (
    MEDIA_NOUNS.has(bare) ||
    MEDIA_NOUNS.has(lower) ||
    // "multiple outlets", "conservative news outlets": unnamed outlets, however many or of whatever leaning.
    (/^(?:[a-z-]+ ){0,3}[a-z]+s$/u.test(lower) && headIn(MEDIA_NOUNS, lower.split(' ').at(-1)!)) ||
    /^(?:local|state|state-run|official|national|foreign|western) (?:media|press|television|tv)$/u.test(lower) ||
    /^media reports?$/u.test(lower)
  );
}

/** "a report released on Monday by the UN human rights office": who a report is by, when the text says. */
function reportAuthor(text: string, phrase: Phrase, verbStart: number): string | null {
  // What follows the verb is what the document says, not whom it is by: "The letter warned that… withdraw from the race".
  const m = /^[^.;]{0,60}?\b(?:by|from)\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,6})/u.exec(text.slice(phrase.end, phrase.end <= verbStart ? verbStart : undefined));
  return m ? m[1]!.replace(/[,.;]+$/u, '') : null;
}

/** A written statement sent out, and whom it went to, just before a verb in -ing that says what it says. */
const WRITTEN_BEFORE = new RegExp(String.raw`${WRITTEN_STATEMENT}(?:\s+to\s+[^,.;:]{1,40})?\s+$`, 'u');

/**
 * A subject that ends a list opening the sentence is the whole list: "Friends, lobbyists and former foes say", "Matthews,
 * MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez argued".
 */
function listOpening(text: string, subject: Phrase): Phrase {
  const opens = pastConjunctions(text, sentenceStart(text, subject.start));
  const list = text.slice(opens, subject.start);
  const m = LIST_BEFORE.exec(list);
  if (!m || !(m[1] || / and /u.test(subject.phrase))) return subject;
  // Its items are people or bodies, not a phrase that opens a sentence ("However,", "Except for Trump,", "Like Trump,").
  const items = list.split(/,[\s\u00a0]+|[\s\u00a0]+and[\s\u00a0]+/u).map((item) => item.trim()).filter(Boolean);
  const opener = (item: string) => {
    const words = item.toLowerCase().split(/[\s\u00a0]+/u);
    return LIST_BREAKERS.has(words[0]!) || words.some((w) => PREPOSITIONS.has(w) || (STOPWORDS.has(w) && !ARTICLES.has(w))) || (words.length === 1 && isAdverbOnly(item));
  };
  if (items.some(opener)) return subject;
  return { start: opens, end: subject.end, phrase: text.slice(opens, subject.end) };
}
const LIST_BREAKERS = new Set(['like', 'unlike', 'except', 'besides', 'aside', 'yes', 'no', 'well', 'including', 'hours', 'days', 'minutes']);
const LIST_BEFORE = /^(?:[\p{L}'’.-]+(?:[\s\u00a0]+[\p{L}'’.-]+){0,3},[\s\u00a0]+)+(?:(?:[\p{L}'’.-]+(?:[\s\u00a0]+[\p{L}'’.-]+){0,3}[\s\u00a0]+)?(and)[\s\u00a0]+)?$/u;

/** What may stand before a participle that opens a sentence: nothing, "After", "While", "Having". */
const OPENING_PARTICIPLE = /(?:^|[.!?]["”’]?[\s\u00a0]+)[\s\u00a0"“]*(?:(?:After|Before|While|Since|Upon|When)[\s\u00a0]+)?(?:Having[\s\u00a0]+)?$/u;

/** ", including Carly Fiorina and Ben Carson," after a description: names among whom it counts. */
const INCLUDING = /^,[\s\u00a0]+including[\s\u00a0]+(\p{Lu}[^,;:!?“”"]*),/u;

/** Whether every one of a list's items is a name ("Carly Fiorina and Ben Carson", "Trump"), not "White House aides" nor "Republicans". */
function namesOnlyListed(list: string): boolean {
  return list.split(/[\s\u00a0]+(?:and|or)[\s\u00a0]+/u).every((item) => {
    const words = item.trim().split(/[\s\u00a0]+/u);
    return words.every((w) => /^\p{Lu}/u.test(w)) && (words.length > 1 ? isPersonName(item.trim()) : !/s$/u.test(item.trim()));
  });
}

/** "Both" alone or before a word for the two it stands for: "both parties", "both candidates". */
const BOTH = /^both(?: (?:sides|parties|camps|campaigns|men|women|candidates|leaders))?$/u;

/** Classifies a description and keeps the phrase that attributes it. */
function describe(text: string, phrase: Phrase | null, verbStart: number, verbEnd: number): Source | null {
  if (!phrase) return null;
  // "Several candidates, including Trump, said": the people it names belong to the description, and name it.
  const including = INCLUDING.exec(text.slice(phrase.end, Math.max(phrase.end, verbStart)));
  if (including && phrase.end + including[0].length <= verbStart && namesOnlyListed(including[1]!)) {
    const source = describe(text, { ...phrase, end: phrase.end + including[0].length - 1, phrase: text.slice(phrase.start, phrase.end + including[0].length - 1) }, verbStart, verbEnd);
    return source && source.kind === 'unnamed' ? { ...source, kind: 'named' } : source;
  }
  const name = phrase.phrase.trim().replace(/[\s\u00a0]+/gu, ' ');
  const person = personFrom(text, phrase, name);
  if (person) return describe(text, person, verbStart, verbEnd);
  const lower = name.toLowerCase();
  const evidence = text.slice(Math.min(phrase.start, verbStart), Math.max(phrase.end, verbEnd)).trim();
  if (lower === 'it' || lower === 'they') return lower === 'it' ? { kind: 'pronoun', name, evidence } : null;
  // "Both said", "both parties said": the two the text has just named, not anyone unnamed.
  if (BOTH.test(lower)) return { kind: 'named', name, evidence };
  // "The ministry's statement": a document stands for whoever issued it.
  const issuer = /^(?:the|a|an) (.+?)['’]s (?:statement|report|figures|data|tally|count|estimate|memo|letter)$/iu.exec(name);
  if (issuer && !isOutlet(issuer[1]!)) return { kind: 'named', name: `the ${issuer[1]}`, evidence };
  // Its author is whom it is by, wherever that stands ("a report on the crash by the NTSB"), else what it is in or from.
  // A survey's or a study's "of" names whom it asked or looked at ("a survey of superdelegates"), not its author.
  const document = /^(?:a|the) (?:(?:report|document|statement|memo|letter)(?:.*? by (.+)| (?:in|from|of) (.+))?|(?:study|survey)(?:.*? by (.+)| (?:in|from) (.+))?)$/u.exec(lower);
  if (document) {
    const by = document[1] ?? document[2] ?? document[3] ?? document[4];
    const author = by ? name.slice(name.length - by.length) : reportAuthor(text, phrase, verbStart);
    if (author) return { kind: isOutlet(author) ? 'outlet' : 'media', name: author, evidence };
  }
  // "a poll by Meridian & Hart", "figures released by the statistics office": whoever made the figures says them.
  const maker = /^(?:(?:a|an|the|new|latest|official) )*(?:poll|polls|survey|figures|data|statistics|estimates?|count|tally|analysis|audit)(?: [a-z]+)? by (.+)$/u.exec(lower);
  if (maker) return describe(text, { ...phrase, phrase: name.slice(name.length - maker[1]!.length) }, verbStart, verbEnd);
  if (isMedia(lower)) return { kind: 'media', name, evidence };
  if (isOutlet(name)) {
    // "the Washington Post's Ishaan Tharoor", "ABC moderator David Muir": a journalist the outlet employs, named, speaks through it.
    const staff = outletStaff(name);
    if (staff) return { kind: 'named', name: staff.person, evidence, outlet: staff.outlet };
    const possessor = /^(?:the\s+)?(.*?)['’]s\s/iu.exec(name)?.[1];
    const outlet = possessor && isOutletName(possessor) ? possessor : name;
    return { kind: 'outlet', name: outlet.replace(/\s*\([^)]*\)\s*$/u, ''), evidence };
  }

  // "The army spokesman, Col. Ibrahim Sow": a role and a name set side by side; the name decides.
  const opensSentence = sentenceStart(text, phrase.start + 1) === phrase.start;
  const kinds = name.split(/,\s+/u).map((part, i) => personKind(part, opensSentence && i === 0));
  if (kinds.includes('named')) return { kind: 'named', name, evidence };
  if (kinds[0] === 'unnamed') return { kind: 'unnamed', name, evidence };
  return null; // a reason or a thing ("citing higher fuel costs"), not a source
}

/**
 * "Stacy Baker of Columbia, South Carolina says": a place read as the subject is where the person named before it is
 * from, unless a preposition or a verb governs that name ("After talks with Jonas Store of Norway, Sweden said" is Sweden's).
 */
function personFrom(text: string, phrase: Phrase, name: string): Phrase | null {
  // Most descriptions follow no "of" or comma: the look-ups are made only after one.
  if (!/(?:\bof|\bfrom|,)[\s\u00a0]+$/u.test(text.slice(Math.max(0, phrase.start - 8), phrase.start)) || !isPlace(name.split(/,\s*/u).at(-1)!)) return null;
  const from = PERSON_FROM.exec(text.slice(Math.max(0, phrase.start - 80), phrase.start));
  if (!from) return null;
  const at = phrase.start - from[0].length;
  // The name proper, past the words that open the run ("But", "On Monday").
  const words = [...from[1]!.matchAll(/\S+/gu)];
  const first = words.find((w) => !ordinaryWord(w[0]));
  if (!first || !isFullName(from[1]!.slice(first.index))) return null;
  const start = at + first.index;
  // The run is no object of a preposition or a verb: "After talks with… Norway, Sweden said", "Officials met… Norway said".
  if (/\b(?:with|of|for|to|by|from|at|on|in|about|against|met|told|\p{Ll}+ed)[\s\u00a0]+$/u.test(text.slice(sentenceStart(text, at), at))) return null;
  return { start, end: phrase.end, phrase: text.slice(start, phrase.end) };
}
/** A full name, then "of" or "from" and a town with its comma, ending where a state or country read as a subject begins. */
const PERSON_FROM = /(\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*)+)[\s\u00a0]+(?:of|from)[\s\u00a0]+(?:\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*)*,[\s\u00a0]+)?$/u;

const PARTITIVE = /^(?:one|two|three|four|five|some|many|several|most|few|none|each|all|both|any|half|dozens|hundreds|thousands|millions|(?:a|an)[\s\u00a0]+(?:handful|number|couple|majority|minority|few|dozen|pair|third|quarter))[\s\u00a0]+of[\s\u00a0]+(.+)$/iu;

/** Whether one description names someone, describes someone unnamed, or is not a person or body at all. */
function personKind(description: string, opensSentence = false): 'named' | 'unnamed' | null {
  // "one of his senior aides", "some of Clinton's allies": the people counted are the ones after "of".
  const counted = PARTITIVE.exec(description);
  if (counted) return personKind(counted[1]!);
  // The head of a description is what comes before any "of…", "in…", "familiar with…".
  const words = description.split(' ');
  // "an inside source": a preposition before the last word, a role, is an adjective.
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()) && !(i === words.length - 2 && PERSON_HEADS.has(words[i + 1]!.toLowerCase())));
  const head = cut === -1 ? words : words.slice(0, cut);
  // "Some stallholders", "Others", "Both": people the text counts but does not name.
  if (QUANTIFIERS.has(head[0]!.toLowerCase()) && !head.slice(1).some((w) => /^\p{Lu}/u.test(w))) return 'unnamed';
  // A sentence's first word has a capital whatever it is: an ordinary word there ("Prices", "Early data",
  // "Opposition councillor …") is no name. A lone word may still be a surname that English uses ("Marsh said").
  const ordinary = (w: string) => opensSentence && isEnglishWord(w.toLowerCase()) && !isEnglishName(w.toLowerCase()) && (head.length > 1 || /s$/u.test(w));
  // A nationality stands before a noun ("Iraqi army", "Western official"); a name like "Usman Qadri" does not.
  const isName = (w: string, i: number) =>
    /^\p{Lu}/u.test(w) &&
    !NON_NAMES.has(w) &&
    !(i === 0 && ordinary(w)) &&
    // "If states…", "So I asked", "Nevertheless,": a word that opens a sentence only to join it is no name, nor is "I".
    !(w === 'I' || (i === 0 && opensSentence && ((STOPWORDS.has(w.toLowerCase()) && !isEnglishName(w.toLowerCase())) || isAdverbOnly(w)))) &&
    !(DEMONYM.test(w) && /^\p{Ll}/u.test(head[i + 1] ?? '')) &&
    !COUNTRY_CODE.test(w) &&
    !WEEKDAYS_AND_MONTHS.test(w) &&
    !(i === 0 && (PERSON_HEADS.has(w.toLowerCase()) || INSTITUTION_HEADS.has(w.toLowerCase()) || MODIFIERS.has(w.toLowerCase())));
  // A description that ends in a person's full name is named, whatever its role's prepositions
  // ("Former Secretary of State Madeleine Albright"); "an official at the State Department" ends in a body.
  const tail = words.slice(-2);
  const bodyWord = (w: string) => INSTITUTION_HEADS.has(w.toLowerCase()) || PERSON_HEADS.has(w.toLowerCase());
  // The word before the name must belong to a title too: "Officials in New York" ends in a place.
  const titled = /^\p{Lu}/u.test(words.at(-3) ?? '');
  if (words.length > 2 && cut !== -1 && titled && tail.every((w, i) => isName(w, words.length - 2 + i) && !bodyWord(w))) return 'named';
  // A person is named when a name follows their role ("spokesman Hussein al-Amri"), not when the
  // capitals are their employer's ("an Interior Ministry official", "a Whitehall source").
  const roleAt = head.findLastIndex((w) => PERSON_HEADS.has(w.toLowerCase()));
  // A spokesperson for a named body speaks for it on the record: "a spokesperson for Meta".
  if (roleAt !== -1 && /^spokes/u.test(head[roleAt]!.toLowerCase()) && /\b(?:for|of)\s+(?:the\s+)?\p{Lu}/u.test(description)) return 'named';
  // A role written with a capital after other capitals ends a name: "the Union of Port and Harbour Workers".
  const inName = roleAt > 0 && /^\p{Lu}/u.test(head[roleAt]!) && isName(head[roleAt - 1]!, roleAt - 1);
  if (roleAt !== -1 && !inName) return head.slice(roleAt + 1).some((w, i) => isName(w, roleAt + 1 + i)) ? 'named' : 'unnamed';
  if (head.some(isName) || head.some((w) => headIn(INSTITUTION_HEADS, w.toLowerCase()))) return 'named';
  // "Astronomers at the observatory": an ordinary plural that names a trade is people.
  if (head.length === 1 && ordinary(head[0]!) && /(?:er|or|ist|ian|ant|ent)s$/u.test(head[0]!)) return 'unnamed';
  return null;
}

/**
 * "the force said" after "The Japan Maritime Self-Defense Force displayed…": a
 * definite description of an institution named earlier stands for that name.
 */
function resolveDefinite(text: string, name: string, sources: readonly Source[], at: number): string {
  const m = /^the ([\p{Ll}]+)$/u.exec(name);
  if (!m || !INSTITUTION_HEADS.has(m[1]!)) return name;
  // A body the passage cited before by a name that ends in the same noun ("the Parks Department… the department said"), or
  // any body for "the group": "according to the National Golf Foundation… the group says".
  const nouns = m[1] === 'group' || m[1] === 'organization' ? INSTITUTION_HEADS : new Set([m[1]!]);
  const same = (s: Source) => headIn(nouns, s.name.split(/\s+/u).at(-1)!.toLowerCase());
  const body = sources.findLast((s, i) => i < at && s.kind === 'named' && /\p{Lu}/u.test(s.name) && same(s));
  if (body) return body.name.replace(/^the\s+/iu, '');
  const noun = m[1]![0]!.toUpperCase() + m[1]!.slice(1);
  const earlier = new RegExp(`((?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,6}${noun})\\b`, 'u').exec(text);
  if (earlier) return earlier[1]!.replace(/^The\s+/u, '');
  // "the company" after "Shares in Zielona Energia…": a business is usually the first name of the story.
  if (!BUSINESSES.has(m[1]!)) return name;
  // Not a place, a nationality or a person: "lawsuits in the United States", "South Korean competitors", "Bill Jones".
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b([\p{Lu}][\p{L}'’&-]+(?:\s+[\p{Lu}][\p{L}'’&-]+)+)/gu)) {
    const found = m[1]!;
    const words = found.split(/\s+/u);
    if (!PLACES.has(found.toLowerCase()) && !DEMONYM.test(words.at(-1)!) && genderOfName(found) === null && !PERSON_HEADS.has(words[0]!.toLowerCase())) return found;
  }
  return name;
}

const BUSINESSES = new Set(['company', 'firm', 'group', 'carrier', 'airline', 'bank', 'operator', 'lender', 'retailer', 'insurer', 'maker', 'manufacturer', 'developer', 'startup', 'conglomerate']);
