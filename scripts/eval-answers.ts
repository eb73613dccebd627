/**
 * Answer quality: where the passage that answers a labelled question ranks, and
 * whether questions the corpus does not answer are abstained on. A set's corpus
 * is its own folder, or PolNeAR articles read from POLNEAR_DIR (never committed);
 * the grown mode adds hundreds of other articles to it as distractors.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { AnswerEngine } from '../src/answer/engine.js';
import { polnearDirFromEnv, PROJECT_ROOT } from '../src/config.js';
import { parseArticles, readCorpusFiles, type CorpusFile } from '../src/corpus/load.js';
import type { CorpusIndex } from '../src/ingest/corpusIndex.js';
import { ingest } from '../src/ingest/ingest.js';
import { isQuotable } from '../src/passages/types.js';
import type { LearnedModel } from '../src/ranking/model.js';
import type { Article } from '../src/corpus/types.js';

export const ROOT = PROJECT_ROOT;

interface AnswerItem {
  q: string;
  expect?: string[];
  /**
   * For an article that may not be copied here (PolNeAR's), the answers as spans of it: UTF-16 offsets,
   * and the start of the SHA-256 of the text to check the checkout is the one the set was written on.
   */
  spans?: { start: number; end: number; sha256: string }[];
  /** The PolNeAR article the spans are in. */
  article?: string;
  offTopic?: boolean;
  /** who, when, why…; "off-topic" and "off-topic-near" mark questions the corpus does not answer. */
  kind?: string;
}

export interface AnswerSet {
  /** The set's own corpus folder, relative to the project. */
  corpus?: string;
  /** Or PolNeAR article paths (data/train/text/…), read from POLNEAR_DIR. */
  polnear?: string[];
  /** Or the articles themselves, made by the evaluation (a public dataset's paragraphs). */
  files?: CorpusFile[];
  questions: AnswerItem[];
}

export interface AnswerScores {
  answerable: number;
  offTopic: number;
  hitAt1: number;
  hitAt3: number;
  /** The answering passage among the first ten: what a re-ranker can work with. */
  hitAt10: number;
  offTopicAbstention: number;
  wronglyAbstained: number;
  /** hit@1 of MiniSearch with default options over blank-line paragraphs, for scale. */
  plainHitAt1: number;
  plainHitAt3: number;
  /** Articles in the corpus the questions were asked of. */
  articles: number;
  /** With distractors: hit@1 and hit@3 of the answerable questions asked of the article that answers them, as /ask's article option does. */
  ownArticle: { hitAt1: number; hitAt3: number } | null;
  /**
   * With distractors: hit@1 and hit@3 of the answerable questions asked in the set's order as one member's
   * conversation, each following on from the story the one before was answered from (AskOptions.follows).
   */
  followingOn: { hitAt1: number; hitAt3: number } | null;
  misses: string[];
}

export const ANSWER_BARS = { hitAt1: 0.9, hitAt3: 0.97, offTopicAbstention: 0.9, wronglyAbstained: 0 };

export const isOffTopic = (item: AnswerItem) => item.offTopic === true || (item.kind ?? '').startsWith('off-topic');

export function readAnswerSet(setFile: string): AnswerSet {
  const set = JSON.parse(readFileSync(resolve(ROOT, setFile), 'utf8')) as AnswerSet;
  const dir = polnearDirFromEnv();
  if (!set.polnear || !dir) return set;
  const texts = new Map<string, string>();
  const textOf = (path: string) => texts.get(path) ?? texts.set(path, readFileSync(join(dir, path), 'utf8')).get(path)!;
  for (const item of set.questions) {
    if (!item.spans || !item.article) continue;
    item.expect = item.spans.map(({ start, end, sha256 }) => {
      const snippet = textOf(item.article!).slice(start, end);
      if (!createHash('sha256').update(snippet).digest('hex').startsWith(sha256)) {
        throw new Error(`${setFile}: "${item.q}" expects a span of ${item.article} that this PolNeAR checkout does not hold`);
      }
      return snippet;
    });
  }
  return set;
}

/** Whether a set can be scored here: a PolNeAR set needs POLNEAR_DIR. */
export function canScore(set: AnswerSet): boolean {
  return !set.polnear || polnearDirFromEnv() !== null;
}

/** The corpus files of a set, and with `distractors` that many other articles besides. */
function setFiles(set: AnswerSet, distractors = 0): CorpusFile[] {
  const own = set.files ?? (set.corpus ? readCorpusFiles(resolve(ROOT, set.corpus)) : polnearFiles(set.polnear ?? []));
  if (distractors === 0) return own;
  const pool = distractorPool(new Set(own.map((f) => basename(f.name))));
  const step = Math.max(1, Math.floor(pool.length / distractors));
  return [...own, ...pool.filter((_, i) => i % step === 0).slice(0, distractors)];
}

function polnearFiles(paths: readonly string[]): CorpusFile[] {
  const dir = polnearDirFromEnv();
  if (!dir) throw new Error('POLNEAR_DIR is not set');
  return paths.map((path) => ({ name: basename(path), display: join(dir, path), bytes: readFileSync(join(dir, path)) }));
}

/**
 * Articles no set asks about: PolNeAR's training articles when POLNEAR_DIR is
 * set (real news from seven outlets), else the other sets' own articles.
 */
function distractorPool(exclude: ReadonlySet<string>): CorpusFile[] {
  const dir = polnearDirFromEnv();
  if (dir) {
    const text = join(dir, 'data', 'train', 'text');
    return readdirSync(text)
      .sort()
      .filter((name) => !exclude.has(name))
      .map((name) => ({ name, display: join(text, name), bytes: readFileSync(join(text, name)) }));
  }
  return heldoutCorpusFiles().filter((file) => !exclude.has(basename(file.name)));
}

/** The articles of sets A to F, in eval/heldout-a/corpus to eval/heldout-f/corpus. */
export function heldoutCorpusFiles(): CorpusFile[] {
  const evalDir = join(ROOT, 'eval');
  return readdirSync(evalDir)
    .filter((name) => name.startsWith('heldout-'))
    .flatMap((name) => readCorpusFiles(join(evalDir, name, 'corpus')));
}

/** The quotable passages that hold a labelled answer: those its span of the article overlaps. */
function answerPassages(corpus: CorpusIndex, sources: ReadonlyMap<string, string>, snippet: string): Set<string> {
  const ids = new Set<string>();
  for (const [doc, source] of sources) {
    for (let at = source.indexOf(snippet); at !== -1; at = source.indexOf(snippet, at + 1)) {
      for (const p of corpus.passagesOf(doc)) if (isQuotable(p) && p.start < at + snippet.length && p.end > at) ids.add(p.id);
    }
  }
  if (ids.size === 0) throw new Error(`eval snippet "${snippet}" is in no passage`);
  return ids;
}

export interface ScoreOptions {
  /** Other articles added to the set's own. */
  distractors?: number;
  /** A ranking model other than the shipped one, to measure it. */
  model?: LearnedModel;
}

/** The passages that answer a labelled question: those its snippets' spans overlap. */
export function expectedPassages(item: AnswerItem, corpus: CorpusIndex, sources: ReadonlyMap<string, string>): Set<string> {
  return new Set((item.expect ?? []).flatMap((snippet) => [...answerPassages(corpus, sources, snippet)]));
}

export function evaluateAnswers(setFile = 'eval/answers.json', options: ScoreOptions = {}): AnswerScores {
  return scoreAnswers(readAnswerSet(setFile), options);
}

export interface SetCorpus {
  articles: Article[];
  corpus: CorpusIndex;
  /** Each document's source text, where labelled answers are found. */
  sources: Map<string, string>;
}

// Weakly held: a set read again is a new object, and its corpora (200 more articles each) should not outlive it.
const built = new WeakMap<AnswerSet, Map<number, SetCorpus>>();

/** A set's corpus, ingested once per process for each number of distractors (training measures many models on it). */
export function setCorpus(set: AnswerSet, distractors = 0): SetCorpus {
  const bySize = built.get(set) ?? new Map<number, SetCorpus>();
  built.set(set, bySize);
  let found = bySize.get(distractors);
  if (!found) {
    const articles = parseArticles(setFiles(set, distractors));
    found = { articles, corpus: ingest(articles), sources: new Map(articles.map((a) => [a.id, a.source])) };
    bySize.set(distractors, found);
  }
  return found;
}

export function scoreAnswers(set: AnswerSet, { distractors = 0, model }: ScoreOptions = {}): AnswerScores {
  const { articles, corpus, sources } = setCorpus(set, distractors);
  const engine = new AnswerEngine(corpus, model);
  const plain = plainMiniSearch(articles.map((a) => a.source.slice(a.bodyStart)));

  let answerable = 0, offTopic = 0, hit1 = 0, hit3 = 0, hit10 = 0, abstained = 0, wrongAbstained = 0, plainHit1 = 0, plainHit3 = 0, ownHit1 = 0, ownHit3 = 0;
  let followHit1 = 0, followHit3 = 0;
  let story: string | undefined;
  const misses: string[] = [];
  for (const item of set.questions) {
    const answer = engine.ask(item.q, { limit: 10 });
    const followingOn = distractors > 0 ? engine.ask(item.q, { limit: 3, ...(story === undefined ? {} : { follows: story }) }) : null;
    if (followingOn && !followingOn.noAnswer) story = followingOn.answers[0]!.passage.doc;
    const got = answer.answers.map((a) => a.passage.id);
    if (isOffTopic(item)) {
      offTopic++;
      if (answer.noAnswer) abstained++;
      else misses.push(`off-topic answered: "${item.q}" -> ${got[0]}`);
      continue;
    }
    answerable++;
    const expected = expectedPassages(item, corpus, sources);
    if (followingOn && !followingOn.noAnswer) {
      if (expected.has(followingOn.answers[0]!.passage.id)) followHit1++;
      if (followingOn.answers.some((a) => expected.has(a.passage.id))) followHit3++;
    }
    if (distractors > 0 && expected.size > 0) {
      const own = engine.ask(item.q, { limit: 3, article: corpus.passage([...expected][0]!)!.doc }).answers.map((a) => a.passage.id);
      if (expected.has(own[0]!)) ownHit1++;
      if (own.some((id) => expected.has(id))) ownHit3++;
    }
    const plainBest = plain(item.q);
    const plainHit = (n: number) => plainBest.slice(0, n).some((text) => (item.expect ?? []).some((snippet) => text.includes(snippet)));
    if (plainHit(1)) plainHit1++;
    if (plainHit(3)) plainHit3++;
    if (got.some((id) => expected.has(id))) hit10++;
    if (answer.noAnswer) {
      wrongAbstained++;
      misses.push(`abstained: "${item.q}" (expected ${[...expected].join(', ')})`);
      continue;
    }
    if (expected.has(got[0]!)) hit1++;
    else misses.push(`not first: "${item.q}" -> ${got.slice(0, 3).join(', ')} (expected ${[...expected].join(', ')})`);
    if (got.slice(0, 3).some((id) => expected.has(id))) hit3++;
  }
  return {
    answerable,
    offTopic,
    hitAt1: hit1 / answerable,
    hitAt3: hit3 / answerable,
    hitAt10: hit10 / answerable,
    offTopicAbstention: abstained / offTopic,
    wronglyAbstained: wrongAbstained,
    plainHitAt1: plainHit1 / answerable,
    plainHitAt3: plainHit3 / answerable,
    articles: articles.length,
    ownArticle: distractors > 0 ? { hitAt1: ownHit1 / answerable, hitAt3: ownHit3 / answerable } : null,
    followingOn: distractors > 0 ? { hitAt1: followHit1 / answerable, hitAt3: followHit3 / answerable } : null,
    misses,
  };
}

/**
 * The reference point the bars were set against: MiniSearch with default options
 * over the blank-line paragraphs of each article, answering every question.
 */
function plainMiniSearch(bodies: readonly string[]): (question: string) => string[] {
  const paragraphs = bodies.flatMap((body) => body.split(/\n\s*\n/u));
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  index.addAll(paragraphs.map((text, id) => ({ id, text })));
  return (question) => index.search(question).slice(0, 3).map((r) => paragraphs[r.id as number]!);
}
