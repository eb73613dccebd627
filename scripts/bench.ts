/**
 * Speed and size of the answer engine at 1x (the bundled corpus), 1k, 10k and
 * 100k passages. Run with `npm run bench` (which gives node --expose-gc);
 * `-- --sizes 1x,1k` limits the sizes, `-- --questions N` sets the question count.
 *
 * Latency compares the whole answer path (question analysis, search, coverage,
 * answer model) with raw MiniSearch.search given the same processed terms and
 * options on the same index, in the same run. The answer path ranks MiniSearch's
 * postings itself, exactly as MiniSearch.search would (see Postings), so a ratio
 * under 1 means a whole answer takes less time than MiniSearch.search alone.
 * Each question's time is the median of five runs of each.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AnswerEngine } from '../src/answer/engine.js';
import { parseArticles, readCorpusFiles } from '../src/corpus/load.js';
import { ingest } from '../src/ingest/ingest.js';
import type { CorpusIndex } from '../src/ingest/corpusIndex.js';
import { openCorpus } from '../src/ingest/open.js';
import { ArticleDesk } from '../src/living/articleDesk.js';
import { LiveCorpus } from '../src/living/liveCorpus.js';
import { syntheticArticle, syntheticQuestions, writeSyntheticCorpus } from './synthetic.js';

const BUNDLED = resolve(fileURLToPath(new URL('../corpus', import.meta.url)));
const SIZES: Record<string, number | null> = { '1x': null, '1k': 1_000, '10k': 10_000, '100k': 100_000 };

interface Row {
  size: string;
  passages: number;
  buildMs: number;
  /** Ingest and index build without the attribution and caveat analysis. */
  plainMs: number;
  indexBytes: number;
  coldStartMs: number;
  heapMb: number;
  fullP50: number;
  fullP99: number;
  rawP50: number;
  rawP99: number;
  answered: number;
  living: LivingRow;
}

/** An article added to the running corpus (see measureLiving). */
interface LivingRow {
  /** Once, when the bot is up (see LiveCorpus.prepare). */
  prepareMs: number;
  /** From `/article add`'s call (validated, written, ingested, indexed) to answerable. */
  addMs: number;
  /** Until term statistics and near meanings are a fresh build's. */
  settledMs: number;
  /** How long a question asked during the add and until it settles waits for its answer. */
  duringP50: number;
  duringP99: number;
  duringMax: number;
  /** Heap after the add, with what the corpus keeps to be changed (the name and acronym counts). */
  heapMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Ends the current job and collects garbage. A WeakRef (the WordNet reading that
 * builds in a row share) lives until the job that made it ends, so without this
 * one ingest would find the table the previous one read, and the heap would count it.
 */
async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function median(values: Float64Array): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

/** Times a full ingest, and one without the sourcing analysis; in its own function so the built copies are garbage before heap is measured. */
async function buildAndSave(files: ReturnType<typeof readCorpusFiles>, bundleFile: string) {
  const articles = parseArticles(files);
  await settle();
  const [, plainMs] = time(() => ingest(articles, { sourcing: false }));
  await settle();
  const [built, buildMs] = time(() => ingest(articles));
  writeFileSync(bundleFile, JSON.stringify(built.toJSON()));
  return { buildMs, plainMs, indexBytes: statSync(bundleFile).size };
}

async function measure(size: string, questions: string[]): Promise<Row> {
  const work = mkdtempSync(join(tmpdir(), 'fineprint-bench-'));
  try {
    // A copy, even of the bundled corpus: an article is added to it at the end.
    const dir = join(work, 'corpus');
    if (SIZES[size]) writeSyntheticCorpus(dir, SIZES[size]!);
    else cpSync(BUNDLED, dir, { recursive: true });
    const cacheDir = join(work, 'cache');
    const files = readCorpusFiles(dir);

    const baseline = heapMb();
    const { buildMs, plainMs, indexBytes } = await buildAndSave(files, join(work, 'bundle.json'));
    // Prime the cache the way `npm start` finds it, then time a start that loads it.
    openCorpus(dir, { cacheDir });
    await settle();
    // Held only through `handed`, which measureLiving empties.
    const handed: { corpus: CorpusIndex | null } = { corpus: null };
    const coldStartMs = time(() => (handed.corpus = openCorpus(dir, { cacheDir })))[1];
    if (!handed.corpus!.fromCache) throw new Error('cold start did not use the serialized index');
    const passages = handed.corpus!.passages.length;
    const { heap, full, raw, answered } = timeAnswers(handed.corpus!, questions, baseline);
    const living = await measureLiving(dir, handed, questions, baseline);
    return {
      size,
      passages,
      buildMs,
      plainMs,
      indexBytes,
      coldStartMs,
      heapMb: heap,
      fullP50: percentile(full, 0.5),
      fullP99: percentile(full, 0.99),
      rawP50: percentile(raw, 0.5),
      rawP99: percentile(raw, 0.99),
      answered,
      living,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The heap with the engine built, and each question's latency: the whole answer and raw MiniSearch search. */
function timeAnswers(corpus: CorpusIndex, questions: string[], baseline: number) {
  const engine = new AnswerEngine(corpus);
  const heap = heapMb() - baseline;

  // Processed terms for the raw baseline are computed outside its timing.
  const prepared = questions.map((q) => {
    const { terms, boosts, loose } = engine.plan(engine.concepts(q));
    return { query: terms.join(' '), options: corpus.index.searchOptions(boosts, loose) };
  });
  const full = new Float64Array(questions.length);
  const raw = new Float64Array(questions.length);
  let answered = 0;
  for (const q of questions) if (!engine.ask(q).noAnswer) answered++; // also warms the JIT
  // Each question's latency is the median of a few runs, so that a garbage collection or a
  // timer tick landing on one run does not decide a percentile. Which of the two runs first
  // alternates, so that neither always finds the other's work in the CPU caches.
  const runs = 5;
  const rawRuns = new Float64Array(runs);
  const fullRuns = new Float64Array(runs);
  for (let i = 0; i < questions.length; i++) {
    const { query, options } = prepared[i]!;
    for (let r = 0; r < runs; r++) {
      const rawFirst = (i + r) % 2 === 0;
      if (rawFirst) rawRuns[r] = time(() => corpus.index.miniSearch.search(query, options))[1];
      fullRuns[r] = time(() => engine.ask(questions[i]!))[1];
      if (!rawFirst) rawRuns[r] = time(() => corpus.index.miniSearch.search(query, options))[1];
    }
    raw[i] = median(rawRuns);
    full[i] = median(fullRuns);
  }
  full.sort();
  raw.sort();
  return { heap, full, raw, answered };
}

/**
 * Adds a 2,000-word article to the running corpus as `/article add` does, while
 * questions keep coming: each waits for whatever the add holds the event loop for.
 * The running corpus takes the corpus over from `handed`, which is then emptied:
 * once the article is added it drops the old corpus, as a running bot does, and
 * the heap after the add must not count it.
 */
async function measureLiving(dir: string, handed: { corpus: CorpusIndex | null }, questions: string[], baseline: number): Promise<LivingRow> {
  const live = new LiveCorpus(dir, handed.corpus!, { changed: () => {}, failed: (error) => console.error(error.message), afterChangeFailed: (error) => console.error(error) });
  handed.corpus = null;
  const desk = new ArticleDesk(live, join(dir, 'added'));
  const article = syntheticArticle(2000);
  const [, prepareMs] = time(() => live.prepare());
  await settle();
  const waits: number[] = [];
  let adding = true;
  const asking = (async () => {
    for (let i = 0; adding; i++) {
      const asked = process.hrtime.bigint();
      await new Promise((resolve) => setImmediate(resolve));
      live.engine.ask(questions[i % questions.length]!);
      waits.push(Number(process.hrtime.bigint() - asked) / 1e6);
    }
  })();
  const started = process.hrtime.bigint();
  const added = await desk.add({ fileName: 'added-article.md', bytes: Buffer.from(article.text), fields: {}, added: { by: 'bench', at: new Date().toISOString() } });
  const addMs = Number(process.hrtime.bigint() - started) / 1e6;
  await live.settled();
  const settledMs = Number(process.hrtime.bigint() - started) / 1e6;
  adding = false;
  await asking;
  live.close();
  if (!added.ok) throw new Error(`the article was not added: ${added.message}`);
  const answer = live.engine.ask(article.question);
  if (answer.answers[0]?.passage.doc !== added.value.document.id) throw new Error('the added article does not answer its question');
  const sorted = Float64Array.from(waits).sort();
  return {
    prepareMs,
    addMs,
    settledMs,
    duringP50: percentile(sorted, 0.5),
    duringP99: percentile(sorted, 0.99),
    duringMax: sorted[sorted.length - 1] ?? 0,
    heapMb: heapMb() - baseline,
  };
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

function table(rows: Row[], questions: number): string {
  const header = [
    'size', 'passages', 'ingest+build', 'without caveats', 'index size', 'cold start', 'heap',
    'answer p50', 'answer p99', 'raw p50', 'raw p99', 'ratio p50', 'ratio p99', 'answered',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) {
    lines.push(
      `| ${[
        r.size,
        r.passages.toLocaleString('en'),
        `${formatMs(r.buildMs)} ms`,
        `${formatMs(r.plainMs)} ms`,
        `${(r.indexBytes / 2 ** 20).toFixed(1)} MB`,
        `${formatMs(r.coldStartMs)} ms`,
        `${r.heapMb.toFixed(0)} MB`,
        `${formatMs(r.fullP50)} ms`,
        `${formatMs(r.fullP99)} ms`,
        `${formatMs(r.rawP50)} ms`,
        `${formatMs(r.rawP99)} ms`,
        `${(r.fullP50 / r.rawP50).toFixed(2)}x`,
        `${(r.fullP99 / r.rawP99).toFixed(2)}x`,
        `${r.answered}/${questions}`,
      ].join(' | ')} |`,
    );
  }
  const living = ['size', 'prepared once at start', 'add → answerable', 'settled', 'answers during the add p50', 'p99', 'max', 'heap after'];
  lines.push('', 'An article of 2,000 words added to the running corpus (`/article add`):', '', `| ${living.join(' | ')} |`, `|${living.map(() => '---').join('|')}|`);
  for (const { size, living: l } of rows) {
    lines.push(`| ${[size, `${formatMs(l.prepareMs)} ms`, `${formatMs(l.addMs)} ms`, `${formatMs(l.settledMs)} ms`, `${formatMs(l.duringP50)} ms`, `${formatMs(l.duringP99)} ms`, `${formatMs(l.duringMax)} ms`, `${l.heapMb.toFixed(0)} MB`].join(' | ')} |`);
  }
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '1x,1k,10k,100k' }, questions: { type: 'string', default: '1000' }, json: { type: 'boolean' } },
  });
  const sizes = values.sizes.split(',').map((s) => s.trim());
  for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size "${s}"; use ${Object.keys(SIZES).join(', ')}`);
  const count = Number(values.questions);
  const questions = syntheticQuestions(count);
  // The bundled corpus gets questions in its own words too, so its row measures real answers.
  const seedQuestions = JSON.parse(readFileSync(resolve(BUNDLED, '../eval/answers.json'), 'utf8')).questions.map((q: { q: string }) => q.q) as string[];

  if (!(globalThis as { gc?: unknown }).gc) console.error('note: run with node --expose-gc (npm run bench does) for steady heap figures');
  const rows: Row[] = [];
  for (const size of sizes) {
    const qs = size === '1x' ? Array.from({ length: count }, (_, i) => seedQuestions[i % seedQuestions.length]!) : questions;
    rows.push(await measure(size, qs));
    console.error(`measured ${size}`);
  }
  console.log(values.json ? JSON.stringify(rows, null, 2) : `${table(rows, count)}\n\n${count} questions per size; Node ${process.version}.`);
}

await main();
