/**
 * Attribution chains and caveats on PolNeAR (real 2015-16 US political news, annotated with
 * attribution relations in BRAT format): whether the speaker an annotator marked is in the chain
 * of the passage that holds the cue, and whether anonymous sources are flagged and named ones not.
 *
 * PolNeAR may not be redistributed: it is read at run time from POLNEAR_DIR (only through
 * polnearDirFromEnv) and nothing of it is written into the repository. Only the train and dev
 * splits are read; the test split is kept for judging.
 *
 * `npx tsx scripts/eval-polnear.ts [--verbose]` prints the table on its own; scripts/eval.ts prints it
 * after its other measures.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { polnearDirFromEnv, PROJECT_ROOT } from '../src/config.js';
import { parseArticles } from '../src/corpus/load.js';
import { ingest } from '../src/ingest/ingest.js';
import { articleNames, pronounAgrees, type ArticleNames } from '../src/caveats/person-names.js';
import { isDayOrMonth } from '../src/caveats/sources.js';
import type { Passage } from '../src/passages/types.js';

export type PolnearSplit = 'train' | 'dev';

export interface PolnearOptions {
  /**
   * At most this many articles, every k-th of the split in name order, so a subset is spread and fixed.
   * eval.ts sets none: ingested in one batch, the whole train split takes about five seconds.
   */
  limit?: number;
  /** Example misses kept per measure (the first ones, in article order). */
  examples?: number;
}

export interface Share {
  hits: number;
  n: number;
  /** hits / n; null when no relation qualified. */
  share: number | null;
}

export const POLNEAR_MEASURES = ['speechRecall', 'allRecall', 'pronounRecall', 'anonymousFlagged', 'namedFalseAnonymous', 'chainNamesSources'] as const;
export type PolnearMeasure = (typeof POLNEAR_MEASURES)[number];

export interface PolnearScores {
  split: PolnearSplit;
  /** Articles evaluated, of the split's annotated articles; stride > 1 when a subset was taken. */
  articles: number;
  articlesInSplit: number;
  stride: number;
  /** Relations with both a Source and a Cue span. */
  relations: number;
  /** Relations left out: the cue in no passage, or a pronoun with no earlier named source to stand for. */
  cueOutsidePassages: number;
  unresolvedPronouns: number;
  /** Annotated spans whose text is not the article's text at their offsets (a check of the offsets). */
  spanMismatches: number;
  speechRecall: Share;
  allRecall: Share;
  pronounRecall: Share;
  anonymousFlagged: Share;
  /** Here a hit is a false flag: lower is better. */
  namedFalseAnonymous: Share;
  /** Names the chains give that are annotated sources of their passage (precision of the chain). */
  chainNamesSources: Share;
  /**
   * Pronoun speakers whose referent a reader labelled (eval/pronouns-polnear-<split>.json): the chain names the
   * labelled referent (`labelled`), and the stand-in measure's verdict on the same relations (`standIn`); the
   * misses of train's, none of dev's, which are kept for judging.
   */
  labelledPronouns: { drawn: number; labelled: Share; standIn: Share; unclear: number; misses: string[] } | null;
  misses: Record<PolnearMeasure, string[]>;
  seconds: number;
}

/** Fair bars for a system that reads real news; namedFalseAnonymous is a ceiling, the rest floors. The chain's names have none. */
export const POLNEAR_BARS: Partial<Record<PolnearMeasure, number>> = {
  speechRecall: 0.9,
  allRecall: 0.75,
  pronounRecall: 0.7,
  anonymousFlagged: 0.8,
  namedFalseAnonymous: 0.05,
};

const MEASURE_NAMES: Record<PolnearMeasure, string> = {
  speechRecall: 'speaker in chain, speech cues',
  allRecall: 'speaker in chain, all cues',
  pronounRecall: 'speaker in chain, pronoun sources',
  anonymousFlagged: 'anonymous sources flagged',
  namedFalseAnonymous: 'named-only passages flagged anonymous',
  chainNamesSources: 'names in chains that are annotated sources',
};

// ---------------------------------------------------------------------------------------------
// Reading the annotations

interface Span {
  start: number;
  end: number;
  /** The article's text at the span; the fragments of a discontinuous span joined by a space. */
  text: string;
}

interface Relation {
  source: Span | null;
  cue: Span | null;
}

interface AnnotatedArticle {
  name: string;
  split: PolnearSplit;
  source: string;
  relations: Relation[];
  spanMismatches: number;
}

/** Articles that have annotations, in name order, each with its first annotator's file (the brief's choice: one reading per article). */
function annotatedArticles(dir: string, split: PolnearSplit): { article: string; ann: string }[] {
  const firstAnn = new Map<string, string>();
  for (const file of readdirSync(join(dir, 'data', split, 'attributions')).sort()) {
    const m = /^(.+)_[^_]+\.ann$/u.exec(file);
    if (m && !firstAnn.has(m[1]!)) firstAnn.set(m[1]!, file);
  }
  const texts = new Set(readdirSync(join(dir, 'data', split, 'text')));
  return [...firstAnn]
    .filter(([article]) => texts.has(`${article}.txt`))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([article, ann]) => ({ article, ann }));
}

/**
 * The relations of one .ann file. Only `T` and `E` lines are read: annotator notes (`#`) and
 * continuation lines of a span whose text holds a line break are skipped.
 */
function parseAnn(ann: string, source: string): { relations: Relation[]; spanMismatches: number } {
  const spans = new Map<string, Span>();
  const links: string[] = [];
  let spanMismatches = 0;
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\S+ ([\d; ]+)\t(.*)$/u.exec(line);
    if (t) {
      const fragments = t[2]!.split(';').map((f) => f.trim().split(' ').map(Number) as [number, number]);
      const text = fragments.map(([s, e]) => source.slice(s, e)).join(' ');
      // The annotated text may be cut at a line break (its rest is on the next line): compare the first line only.
      if (!text.startsWith(t[3]!.replace(/\s+$/u, '')) && text.replace(/\s+/gu, ' ') !== t[3]!.replace(/\s+/gu, ' ')) spanMismatches++;
      spans.set(t[1]!, { start: fragments[0]![0], end: fragments[fragments.length - 1]![1], text });
    } else if (/^E\d+\t/u.test(line)) links.push(line.split('\t')[1]!);
  }
  const relations = links.map((link) => {
    const roles = new Map(link.trim().split(/\s+/u).map((pair) => pair.split(':') as [string, string]));
    const span = (role: string) => spans.get(roles.get(role) ?? '') ?? null;
    return { source: span('Source'), cue: span('Cue') };
  });
  return { relations, spanMismatches };
}

function readArticle(dir: string, split: PolnearSplit, article: string, ann: string): AnnotatedArticle {
  const source = readFileSync(join(dir, 'data', split, 'text', `${article}.txt`), 'utf8');
  const parsed = parseAnn(readFileSync(join(dir, 'data', split, 'attributions', ann), 'utf8'), source);
  return { name: article, split, source, ...parsed };
}

// ---------------------------------------------------------------------------------------------
// Names: normalising, heads, kinds of source

const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'it', 'we', 'i', 'his', 'their']);

/** Verbs of saying; a multi-word cue counts when it holds one ("said in a statement", "according to"). */
const SPEECH_CUE =
  /\b(?:said|says|say|saying|told|tell|tells|according to|wrote|writes|warned|added|stated|explained|noted|claimed|announced|reported|asked|insisted|argued|declared|testified|tweeted)\b/u;

const ANONYMOUS =
  /\b(?:officials?|aides?|sources?|people (?:familiar|close)|advisers?|spokes(?:man|woman|person)|someone|insiders?|strategists?|staffers?|allies|associates|members)\b/iu;

/** Name suffixes that are not the name's head: "Martin Luther King Jr." is found by "king". */
/** Words after a name that are not its head: "Jr.", and the intensifying "himself" of "Cruz himself said". */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'himself', 'herself', 'itself', 'themselves']);

/** Lowercase words without possessives, punctuation or a leading determiner: "The F.B.I.'s" → "fbi". */
export function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[.’']/gu, '') // "F.B.I." → "fbi", not "f b i"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an) /u, '');
}

/**
 * The part of a source that names the speaker. Of comma-separated parts ("The F.B.I. director, James
 * B. Comey"; "Donald Trump, the Republican nominee"), the first whose last word is capitalised, a
 * name rather than a title; else the first part ("a senior official, who spoke on condition…").
 * Parentheticals ("(D-Calif.)") are dropped first.
 */
function namingPart(source: string): string {
  // A relative clause describes the speaker and names no one: "a member who supports Trump", "the designer, who works at G-III".
  // A source that opens with "whose" is the owner's: "whose attorneys" are someone's attorneys.
  const parts = source
    .replace(/^whose\s+/iu, '')
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/(?:,\s*|\s+)(?:who|whom|whose|which)\s[^,]*/gu, '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => /\p{L}/u.test(p) || /\d/u.test(p));
  const looksNamed = (part: string) => /^\p{Lu}/u.test(lastWord(part));
  // An opening phrase of where or among whom names no one: "In each of the five states, about half of voters".
  const naming = parts.length > 1 && /^(?:in|among|at|on|across|for)\s/iu.test(parts[0]!) ? parts.slice(1) : parts;
  return naming.find(looksNamed) ?? naming[0] ?? source;
}

function lastWord(text: string): string {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w) && !SUFFIXES.has(normalise(w)));
  // A share with no word ("47%", "43") is its own head.
  return words[words.length - 1] ?? text.trim().split(/\s+/u).at(-1) ?? '';
}

/** Two capitalised words, then "of" and a name that ends the phrase: a person and where they are from or work ("Jeffrey Lewis of the James Martin Center for Nonproliferation Studies"). */
const FROM_PLACE = /(\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]*)\s+of\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:for|of|and|on)\s+)?\p{Lu}[\p{L}.'’-]*){0,6}\s*$/u;

/** Participles after a document that say what was done with it ("a poll released Thursday", "exit polls conducted for…"). */
const DOCUMENT_PARTICIPLES = 'released|conducted|published|issued|commissioned|sponsored|obtained|filed|taken|provided';
const AFTER_DOCUMENT = new RegExp(String.raw`\s(?:${DOCUMENT_PARTICIPLES})\b`, 'u');

/**
 * The head word of a source, normalised: "The F.B.I. director, James B. Comey" → "comey". A part that
 * names nobody has its head before any post-modifier: "a Mexican official who was not authorized to
 * speak" → "official", not "speak".
 */
export function headWord(source: string): string {
  // A participle's phrase describes a document, and names no speaker: "exit polls conducted for The Associated Press".
  // A place or a body after a full name says where the person is from or works: "Senator Ted Cruz of Texas" is headed by Cruz.
  const part = namingPart(source).split(AFTER_DOCUMENT)[0]!.replace(FROM_PLACE, '$1');
  const last = lastWord(part);
  // A day or month that ends the phrase is when, not who: "the order released Friday".
  return normalise(/^\p{Lu}/u.test(last) && !isDayOrMonth(last) ? last : headNoun(part));
}

export function isPronoun(source: string): boolean {
  return PRONOUNS.has(normalise(source));
}

/**
 * Words that open a post-modifier: the head noun stands before them ("officials familiar with", "a spokesman for",
 * "judges handling federal Freedom of Information cases"); a lowercase -ing word opens a participle clause,
 * unless a determiner or possessive stands right before it, where it modifies the noun that follows ("a
 * publishing executive", "the state's leading Democrat").
 */
const POSTMODIFIER = new RegExp(
  String.raw`(?:^|\s)(?:of|for|at|with|in|from|on|to|by|who|whom|whose|that|which|close|familiar|involved|briefed|knowledgeable|speaking|working|inside|within|outside|under|across|among|around|near|traveling|travelling|${DOCUMENT_PARTICIPLES})\b|(?<!(?:^|\s)(?:a|an|the|his|her|its|their|our|my|your)|['’]s)\s\p{Ll}+ing\b`,
  'u',
);
/** "one of Mr. Obama's climate advisers": the head is "advisers", not "one". */
const PARTITIVE = /^(?:one|some|many|most|all|few|several|both|none|each|any|two|three|four|five|a few|a number|a group|a couple|dozens|hundreds)\s+of\s+/iu;
const ANONYMOUS_HEAD = /^(?:officials?|aides?|sources?|people|advisers?|advisors?|spokes(?:man|woman|person|men|women|people)|someone|insiders?|strategists?|staffers?|allies|associates|members)$/u;

/** The head noun of a noun phrase: its last word before any post-modifier ("a spokesman for Hillary Clinton" → "spokesman"). */
function headNoun(phrase: string): string {
  const core = phrase.trim().replace(PARTITIVE, '');
  const cut = POSTMODIFIER.exec(core);
  return lastWord(cut ? core.slice(0, cut.index) : core);
}

const isAnonymityNoun = (word: string) => ANONYMOUS_HEAD.test(normalise(word));
/** A name heads the phrase: "Hope Hicks", "Trump spokeswoman Hope Hicks"; not "Officials", capitalised to open a sentence. */
const namedHead = (phrase: string) => {
  const head = headNoun(phrase);
  return /^\p{Lu}/u.test(head) && !isAnonymityNoun(head);
};

/**
 * A source that does not name its speaker: it holds an anonymity word (the brief's pattern) and an
 * anonymity noun heads it ("White House officials", "Clinton's top aides", "a spokesman for Hillary
 * Clinton"), and no name stands beside it ("Joseph and other community members", "the spokesman,
 * Brian Fallon"). The head, not the mere word, decides: "Trump's official campaign account" and "Trump
 * spokeswoman Hope Hicks" are not anonymous.
 */
export function looksAnonymous(source: string): boolean {
  if (!ANONYMOUS.test(source)) return false;
  // A source that opens with "whose" is the owner's: "whose attorneys" are someone's attorneys.
  const parts = source
    .replace(/^whose\s+/iu, '')
    .replace(/\([^)]*\)/gu, ' ')
    .split(/,|\s+(?:and|or)\s+/u)
    .filter((p) => /\p{L}/u.test(p));
  if (parts.some(namedHead)) return false;
  return parts.some((p) => isAnonymityNoun(headNoun(p)));
}

/**
 * A source that names its speaker: a capitalised head that is neither a pronoun nor an anonymity noun
 * ("Sanders", "Mr. Trump, who…"). A head that opens the source may be capitalised only because it
 * opens a sentence ("Voters who say…"): it counts as a name only if the article never writes it in
 * lowercase (`lowercase`, the article's lowercase words).
 */
export function looksNamed(source: string, lowercase: ReadonlySet<string> = new Set()): boolean {
  if (isPronoun(source) || looksAnonymous(source)) return false;
  const part = namingPart(source);
  if (!namedHead(part)) return false;
  const head = headNoun(part);
  const opens = part.trim().split(/\s+/u)[0] === head;
  const word = head.toLowerCase().replace(/[^\p{L}]/gu, '');
  // Singular or plural: a headline's "Lawmaker urges…" is a common noun if the article writes "lawmakers".
  return !(opens && [word, `${word}s`, word.replace(/s$/u, '')].some((w) => lowercase.has(w)));
}

/** The words an article writes in lowercase, to tell a name from a word capitalised to open a sentence. */
export function lowercaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}])\p{Ll}\p{L}*/gu) ?? []);
}

/**
 * Whether the speaker is in the chain (the outlet, its first element, left out): a name in the chain
 * holds the head as a word. That covers a head equal to a name's last word ("comey" and "James Comey").
 */
export function inChain(speaker: string, chain: readonly string[]): boolean {
  const head = headWord(speaker);
  if (!head) return false;
  // A hyphenated head is two words once normalised ("Holtz-Eakin" → "holtz eakin"): match it as a run of words.
  return chain.slice(1).some((name) => ` ${normalise(name)} `.includes(` ${head} `));
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface Tally {
  hits: number;
  n: number;
  misses: string[];
}

const tally = (): Tally => ({ hits: 0, n: 0, misses: [] });

function count(t: Tally, hit: boolean, miss: () => string, examples: number): void {
  t.n++;
  if (hit) t.hits++;
  else if (t.misses.length < examples) t.misses.push(miss());
}

function share(t: Tally): Share {
  return { hits: t.hits, n: t.n, share: t.n === 0 ? null : t.hits / t.n };
}

/**
 * Each article's passages, ingested in one batch (building the search index once per call is most of
 * ingest's cost on a single article), after checking that their offsets index the article's text unchanged.
 */
function analyse(articles: readonly AnnotatedArticle[]): Map<AnnotatedArticle, readonly Passage[]> {
  const parsed = parseArticles(articles.map((a) => ({ name: `${a.name}.txt`, display: a.name, bytes: Buffer.from(a.source, 'utf8') })));
  const corpus = ingest(parsed);
  const byArticle = new Map<AnnotatedArticle, readonly Passage[]>();
  articles.forEach((article, i) => {
    const passages = corpus.passagesOf(parsed[i]!.id);
    for (const p of passages) {
      if (article.source.slice(p.start, p.end) !== p.text) throw new Error(`${p.id}: passage offsets do not index the article's text`);
    }
    byArticle.set(article, passages);
  });
  return byArticle;
}

const passageAt = (passages: readonly Passage[], at: number) => passages.find((p) => p.start <= at && at < p.end) ?? null;

const clip = (text: string, max = 60) => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

/** Sources that cannot stand for a pronoun: pronouns beyond the measured ones, and relative pronouns ("which reported"). */
const NOT_ANTECEDENTS = new Set([...PRONOUNS, 'you', 'your', 'me', 'my', 'us', 'our', 'them', 'its', 'which', 'who', 'that', 'this', 'these', 'those', 'himself', 'herself', 'themselves', 'itself', 'one']);

/** Pronouns that stand for one person: "he", "she" and their forms. */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
/** Words that make a name a body's, not a person's: "The New York Times", "the Clinton campaign". */
const BODY_WORDS =
  /\b(?:times|post|news|journal|tribune|press|magazine|network|committee|department|party|campaign|council|court|senate|house|congress|administration|agency|bureau|institute|university|college|association|union|company|corporation|inc|corp|group|pac|foundation|office|ministry|government|commission|board|poll|survey|report|book|affidavit|filings|records|state|states|republicans|democrats|voters)\b/u;

/**
 * Whether a source can be whom "he" or "she" stands for: one person, named ("Comey", "Rep. Sander Levin")
 * or described ("the actor", "a reporter"), not a body, a document or many ("The New York Times", "the
 * affidavit", "aides", "Both Democrats and Republicans").
 */
function onePerson(source: string): boolean {
  const head = headWord(source);
  // The head decides: "Clinton campaign chairman John Podesta" is a person, "the Clinton campaign" a body.
  if (BODY_WORDS.test(head) || /\b(?:and|both|all|many|some|several|most)\b/u.test(normalise(namingPart(source)))) return false;
  // A lowercase head in the plural is many people: "aides", "officials".
  return !(head.endsWith('s') && !/^\p{Lu}/u.test(lastWord(namingPart(source))) && !head.endsWith('ss'));
}

/**
 * Who a pronoun source stands for. PolNeAR marks no coreference, so the nearest earlier relation
 * whose source is not itself a pronoun, and for "he" or "she" is one person whose title or first name does
 * not tell the other sex (as birth records tell it, src/caveats/person-names.ts), stands in for it: right
 * for "Comey said … He added", wrong when the pronoun refers to someone who was never a source. Null
 * when there is no earlier source.
 */
function antecedent(relations: readonly Relation[], at: number, pronoun: string, names: ArticleNames): string | null {
  const singular = SINGULAR_PRONOUNS.has(normalise(pronoun));
  let best: Span | null = null;
  for (const r of relations) {
    if (!r.source || r.source.start >= at || NOT_ANTECEDENTS.has(normalise(r.source.text))) continue;
    if (singular && !(onePerson(r.source.text) && pronounAgrees(normalise(pronoun), names.genderOf(namingPart(r.source.text))))) continue;
    if (!best || r.source.start > best.start) best = r.source;
  }
  return best?.text ?? null;
}

/** A relative pronoun as a source ("Obama, who called…"): it stands for the phrase it follows. */
const RELATIVE = /^(?:who|which|that)$/iu;

/** The phrase just before a relative pronoun, up to six words back within its clause: "Barack Obama, who" → "Barack Obama". */
function modified(text: string, at: number): string {
  // Brackets first ("Rep. X (D-Calif.), who"), then the clause: a sentence's end, a quotation, a dash or a comma.
  const before = text.slice(Math.max(0, at - 80), at).replace(/\([^()]*\)/gu, ' ').replace(/[\s,]+$/u, '');
  const clause = before.split(/[.!?](?=\s)|[;:“”"—]|\s[-–]\s|,\s/u).at(-1) ?? '';
  return clause.trim().split(/\s+/u).slice(-6).join(' ');
}

/** A pronoun speaker of PolNeAR dev with the referent a reader chose, as eval/pronouns-polnear-dev.json holds it. */
interface LabelledPronoun {
  article: string;
  pronoun: { start: number; end: number };
  /** A mention of whom it stands for, as a span of the article with a hash of its text; null where the reader could not tell. */
  referent: { start: number; end: number; sha256: string } | null;
}

const labelledFile = (split: PolnearSplit) => join(PROJECT_ROOT, 'eval', `pronouns-polnear-${split}.json`);

/** The labelled pronouns of a split, by article and the pronoun's offset. */
function labelledPronouns(split: PolnearSplit): Map<string, LabelledPronoun> {
  if (!existsSync(labelledFile(split))) return new Map();
  const { items } = JSON.parse(readFileSync(labelledFile(split), 'utf8')) as { items: LabelledPronoun[] };
  return new Map(items.map((item) => [`${item.article}@${item.pronoun.start}`, item]));
}

interface ArticleTallies {
  labelled: Map<string, LabelledPronoun>;
  labelledHits: Tally;
  standInHits: Tally;
  unclear: number;
  relations: number;
  cueOutsidePassages: number;
  unresolvedPronouns: number;
  measures: Record<PolnearMeasure, Tally>;
}

function scoreArticle(article: AnnotatedArticle, passages: readonly Passage[], totals: ArticleTallies, examples: number): void {
  const m = totals.measures;
  const names = articleNames([article.source]);
  const complete = article.relations.filter((r): r is { source: Span; cue: Span } => r.source !== null && r.cue !== null);
  for (const { source, cue } of complete) {
    totals.relations++;
    const passage = passageAt(passages, cue.start);
    if (!passage) {
      totals.cueOutsidePassages++;
      continue;
    }
    const pronoun = isPronoun(source.text);
    const speaker = speakerOf(article, source, names);
    const chain = passage.attribution;
    const miss = () =>
      `${article.name} ${passage.id.slice(passage.id.lastIndexOf('#'))}: cue “${clip(cue.text, 40)}”, source “${clip(source.text, 50)}”` +
      `${pronoun ? ` (stands for “${clip(speaker ?? '', 40)}”)` : ''} → chain ${chain.join(' → ')}`;
    if (speaker === null) totals.unresolvedPronouns++;
    else {
      const found = inChain(speaker, chain);
      count(m.allRecall, found, miss, examples);
      if (SPEECH_CUE.test(cue.text.toLowerCase())) count(m.speechRecall, found, miss, examples);
      if (pronoun) count(m.pronounRecall, found, miss, examples);
    }
    const labelled = pronoun ? totals.labelled.get(`${article.name}@${source.start}`) : undefined;
    if (labelled?.referent === null) totals.unclear++;
    else if (labelled?.referent) {
      const { start, end, sha256 } = labelled.referent;
      const referent = article.source.slice(start, end);
      if (!createHash('sha256').update(referent).digest('hex').startsWith(sha256)) throw new Error(`${labelledFile(article.split)}: a referent in ${article.name} that this PolNeAR checkout does not hold`);
      // Dev's labels are kept for judging: their misses are never listed.
      count(totals.labelledHits, inChain(referent, chain), () => `${miss()}; labelled “${clip(referent, 40)}”`, article.split === 'dev' ? 0 : examples);
      count(totals.standInHits, speaker !== null && inChain(speaker, chain), miss, 0);
    }
    if (looksAnonymous(source.text)) {
      count(m.anonymousFlagged, passage.caveats.some((c) => c.kind === 'anonymous-source'), miss, examples);
    }
  }
  const byPassage = relationsByPassage(article, passages);
  scoreNamedPassages(article, byPassage, m.namedFalseAnonymous, examples);
  scoreChainNames(article, passages, byPassage, names, m.chainNamesSources, examples);
}

/** Whom an annotated source names: itself, or what a pronoun or a relative pronoun stands for (null for a pronoun with no earlier source). */
function speakerOf(article: AnnotatedArticle, source: Span, names: ArticleNames): string | null {
  if (isPronoun(source.text)) return antecedent(article.relations, source.start, source.text, names);
  return RELATIVE.test(source.text) ? modified(article.source, source.start) : source.text;
}

/** The relations of each passage that holds a cue, in the article's order. */
function relationsByPassage(article: AnnotatedArticle, passages: readonly Passage[]): Map<Passage, Relation[]> {
  const byPassage = new Map<Passage, Relation[]>();
  for (const r of article.relations) {
    const passage = r.cue ? passageAt(passages, r.cue.start) : null;
    if (passage) byPassage.set(passage, [...(byPassage.get(passage) ?? []), r]);
  }
  return byPassage;
}

/**
 * Passages whose every relation names its source: an anonymous-source caveat there is a false
 * alarm. A relation with no source ("it was reported") or a pronoun one keeps its passage out,
 * since its speaker is not plainly named.
 */
function scoreNamedPassages(article: AnnotatedArticle, byPassage: ReadonlyMap<Passage, readonly Relation[]>, t: Tally, examples: number): void {
  const lowercase = lowercaseWords(article.source);
  for (const [passage, relations] of byPassage) {
    if (!relations.every((r) => r.source && looksNamed(r.source.text, lowercase))) continue;
    // Counted as a "hit" of the tally: a false flag. The example list keeps the flagged ones, not the clean.
    const flag = passage.caveats.find((c) => c.kind === 'anonymous-source');
    t.n++;
    if (!flag) continue;
    t.hits++;
    if (t.misses.length < examples) {
      const sources = relations.map((r) => `“${clip(r.source!.text, 40)}”`).join(', ');
      t.misses.push(`${article.name} ${passage.id.slice(passage.id.lastIndexOf('#'))}: flagged by “${flag.evidence}”; sources ${sources} → chain ${passage.attribution.join(' → ')}`);
    }
  }
}

/**
 * Of the names the chains give (past the outlet), the share that an annotator marked as a source of a relation whose
 * cue is in that passage, or whom such a pronoun source stands for. A name no relation gives is a false speaker
 * ("Wednesday", "47 percent", "the United"), or one the measure cannot match: PolNeAR marks no coreference, so "the
 * group" for "the National Golf Foundation" counts against the chain, as does a speaker of an unannotated headline.
 * A floor of the chain's precision, then.
 */
function scoreChainNames(
  article: AnnotatedArticle,
  passages: readonly Passage[],
  byPassage: ReadonlyMap<Passage, readonly Relation[]>,
  names: ArticleNames,
  t: Tally,
  examples: number,
): void {
  for (const passage of passages) {
    const sources: string[] = [];
    for (const { source } of byPassage.get(passage) ?? []) {
      if (!source) continue;
      sources.push(source.text);
      const speaker = speakerOf(article, source, names);
      if (speaker !== null && speaker !== source.text) sources.push(speaker);
    }
    for (const name of passage.attribution.slice(1)) {
      count(t, namesASource(name, sources), () => `${article.name} ${passage.id.slice(passage.id.lastIndexOf('#'))}: “${name}” of chain ${passage.attribution.join(' → ')}; sources ${sources.map((s) => `“${clip(s, 40)}”`).join(', ')}`, examples);
    }
  }
}

/** Whether a name a chain gives is one of the annotated sources: the head of one is among its words, or its head among theirs. */
export function namesASource(name: string, sources: readonly string[]): boolean {
  const words = ` ${normalise(name)} `;
  const head = headWord(name);
  return sources.some((source) => {
    const sourceHead = headWord(source);
    return (sourceHead !== '' && words.includes(` ${sourceHead} `)) || ` ${normalise(source)} `.includes(` ${head} `);
  });
}

/** Every k-th article so at most `limit` are read; k = 1 without a limit. */
export function strideFor(total: number, limit?: number): number {
  return limit && limit > 0 && limit < total ? Math.ceil(total / limit) : 1;
}

export function evaluatePolnear(split: PolnearSplit, options: PolnearOptions = {}): PolnearScores {
  const dir = polnearDirFromEnv();
  if (!dir) throw new Error('POLNEAR_DIR is not set: point it at a checkout of PolNeAR');
  const began = performance.now();
  const examples = options.examples ?? 5;
  const all = annotatedArticles(dir, split);
  const stride = strideFor(all.length, options.limit);
  const chosen = all.filter((_, i) => i % stride === 0);
  const totals: ArticleTallies = {
    labelled: labelledPronouns(split),
    labelledHits: tally(),
    standInHits: tally(),
    unclear: 0,
    relations: 0,
    cueOutsidePassages: 0,
    unresolvedPronouns: 0,
    measures: Object.fromEntries(POLNEAR_MEASURES.map((k) => [k, tally()])) as Record<PolnearMeasure, Tally>,
  };
  const annotated = chosen.map(({ article, ann }) => readArticle(dir, split, article, ann));
  for (const [article, passages] of analyse(annotated)) scoreArticle(article, passages, totals, examples);
  const m = totals.measures;
  return {
    split,
    articles: chosen.length,
    articlesInSplit: all.length,
    stride,
    relations: totals.relations,
    cueOutsidePassages: totals.cueOutsidePassages,
    unresolvedPronouns: totals.unresolvedPronouns,
    spanMismatches: annotated.reduce((sum, a) => sum + a.spanMismatches, 0),
    speechRecall: share(m.speechRecall),
    allRecall: share(m.allRecall),
    pronounRecall: share(m.pronounRecall),
    anonymousFlagged: share(m.anonymousFlagged),
    namedFalseAnonymous: share(m.namedFalseAnonymous),
    chainNamesSources: share(m.chainNamesSources),
    labelledPronouns: totals.labelled.size > 0 ? { drawn: totals.labelled.size, labelled: share(totals.labelledHits), standIn: share(totals.standInHits), unclear: totals.unclear, misses: totals.labelledHits.misses } : null,
    misses: Object.fromEntries(POLNEAR_MEASURES.map((k) => [k, m[k].misses])) as Record<PolnearMeasure, string[]>,
    seconds: (performance.now() - began) / 1000,
  };
}

// ---------------------------------------------------------------------------------------------
// Printing

const cell = (s: Share) => (s.share === null ? '— (n=0)' : `${s.share.toFixed(3)} (${s.hits}/${s.n})`);

function bar(measure: PolnearMeasure): string {
  const value = POLNEAR_BARS[measure];
  return value === undefined ? '—' : `${measure === 'namedFalseAnonymous' ? '<=' : '>='} ${value.toFixed(2)}`;
}

function scope(s: PolnearScores): string {
  const subset = s.stride > 1 ? `, every ${s.stride}th article (a fixed subset)` : '';
  return (
    `${s.split}: ${s.articles} of ${s.articlesInSplit} articles${subset}, ${s.relations} relations with a source and a cue ` +
    `(${s.cueOutsidePassages} with the cue in no passage, ${s.unresolvedPronouns} pronouns with no earlier source left out), ${s.seconds.toFixed(1)} s`
  );
}

/** The table of both splits, and with `verbose` each measure's example misses. */
export function polnearReport(train: PolnearScores, dev: PolnearScores, verbose = false): string[] {
  const lines = [
    '\nPolNeAR (real 2015-16 US political news, attribution relations annotated; read from POLNEAR_DIR):',
    scope(train),
    scope(dev),
    'share (hits/n); for named-only passages the hits are false anonymous-source flags\n',
    '| measure | train | dev | fair bar |',
    '|---|---|---|---|',
  ];
  for (const measure of POLNEAR_MEASURES) lines.push(`| ${MEASURE_NAMES[measure]} | ${cell(train[measure])} | ${cell(dev[measure])} | ${bar(measure)} |`);
  for (const s of [train, dev]) {
    const labelled = s.labelledPronouns;
    if (!labelled) continue;
    lines.push(
      `\npronoun speakers: ${labelled.drawn} of ${s.split}'s pronoun sources drawn at random, each labelled with whom it stands for by a reader who never saw the chains (eval/pronouns-polnear-${s.split}.json; their ${labelled.labelled.n + labelled.unclear} relations, less ${labelled.unclear} whose pronoun the reader could not tell):`,
      `the chain names the labelled person: ${cell(labelled.labelled)}; the stand-in measure above, on the same relations: ${cell(labelled.standIn)}`,
    );
  }
  if (train.spanMismatches + dev.spanMismatches > 0) lines.push(`annotated spans whose text differs from the article at their offsets: ${train.spanMismatches + dev.spanMismatches}`);
  if (verbose) {
    for (const s of [train, dev]) {
      for (const measure of POLNEAR_MEASURES) {
        if (s.misses[measure].length) lines.push(`\n${s.split}, ${MEASURE_NAMES[measure]} (${measure === 'namedFalseAnonymous' ? 'false flags' : 'misses'}):`, ...s.misses[measure]);
      }
      const labelled = s.labelledPronouns?.misses ?? [];
      if (labelled.length) lines.push(`\n${s.split}, pronoun speakers against the readers' labels (misses):`, ...labelled);
    }
  }
  return lines;
}

function main(): void {
  if (!polnearDirFromEnv()) {
    console.log('POLNEAR_DIR is not set: point it at a checkout of PolNeAR to run this evaluation');
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const train = evaluatePolnear('train');
  const dev = evaluatePolnear('dev');
  if (process.argv.includes('--json')) console.log(JSON.stringify({ train, dev }, null, 2));
  else console.log(polnearReport(train, dev, verbose).join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
