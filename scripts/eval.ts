/**
 * Quality measures on the evaluation sets in eval/: answer ranking and abstention.
 * `npm run eval` prints them; `-- --verbose` lists every miss; `-- --json` prints them as JSON.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { AnswerEngine } from '../src/answer/engine.js';
import { contentStems, relatedness } from '../src/caveats/article.js';
import { analyzePassage, type Sourcing } from '../src/caveats/detect.js';
import { parseArticles, readCorpusFiles } from '../src/corpus/load.js';
import { isQuotable, type CaveatKind } from '../src/passages/types.js';
import { openCorpus } from '../src/ingest/open.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface AnswerItem {
  q: string;
  expect?: string[];
  offTopic?: boolean;
  kind?: string;
}

export interface AnswerScores {
  answerable: number;
  offTopic: number;
  hitAt1: number;
  hitAt3: number;
  offTopicAbstention: number;
  wronglyAbstained: number;
  /** hit@1 of MiniSearch with default options over blank-line paragraphs, for scale. */
  plainHitAt1: number;
  misses: string[];
}

export const ANSWER_BARS = { hitAt1: 0.9, hitAt3: 0.97, offTopicAbstention: 0.9, wronglyAbstained: 0 };

export function evaluateAnswers(setFile = resolve(ROOT, 'eval/answers.json')): AnswerScores {
  const set = JSON.parse(readFileSync(resolve(ROOT, setFile), 'utf8')) as { corpus: string; questions: AnswerItem[] };
  const corpusDir = resolve(ROOT, set.corpus);
  const corpus = openCorpus(corpusDir, { cacheDir: null });
  const engine = new AnswerEngine(corpus);

  const quotable = corpus.passages.filter(isQuotable);
  const expectedIds = (item: AnswerItem) =>
    new Set(
      (item.expect ?? []).map((snippet) => {
        const holders = quotable.filter((p) => p.text.includes(snippet));
        if (holders.length !== 1) throw new Error(`eval snippet "${snippet}" is in ${holders.length} passages, not 1`);
        return holders[0]!.id;
      }),
    );

  const plain = plainMiniSearch(corpusDir);
  let answerable = 0, offTopic = 0, hit1 = 0, hit3 = 0, abstained = 0, wrongAbstained = 0, plainHit1 = 0;
  const misses: string[] = [];
  for (const item of set.questions) {
    const answer = engine.ask(item.q, { limit: 3 });
    const got = answer.answers.map((a) => a.passage.id);
    if (item.offTopic) {
      offTopic++;
      if (answer.noAnswer) abstained++;
      else misses.push(`off-topic answered: "${item.q}" -> ${got[0]}`);
      continue;
    }
    answerable++;
    const expected = expectedIds(item);
    const plainBest = plain(item.q);
    if (plainBest && (item.expect ?? []).some((snippet) => plainBest.includes(snippet))) plainHit1++;
    if (answer.noAnswer) {
      wrongAbstained++;
      misses.push(`abstained: "${item.q}" (expected ${[...expected].join(', ')})`);
      continue;
    }
    if (expected.has(got[0]!)) hit1++;
    else misses.push(`not first: "${item.q}" -> ${got.join(', ')} (expected ${[...expected].join(', ')})`);
    if (got.some((id) => expected.has(id))) hit3++;
  }
  return {
    answerable,
    offTopic,
    hitAt1: hit1 / answerable,
    hitAt3: hit3 / answerable,
    offTopicAbstention: abstained / offTopic,
    wronglyAbstained: wrongAbstained,
    plainHitAt1: plainHit1 / answerable,
    misses,
  };
}

/**
 * The reference point the bars were set against: MiniSearch with default options
 * over the blank-line paragraphs of each article, answering every question.
 */
function plainMiniSearch(corpusDir: string): (question: string) => string | null {
  const paragraphs = parseArticles(readCorpusFiles(corpusDir)).flatMap((a) => a.source.slice(a.bodyStart).split(/\n\s*\n/u));
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  index.addAll(paragraphs.map((text, id) => ({ id, text })));
  return (question) => {
    const best = index.search(question)[0];
    return best ? paragraphs[best.id as number]! : null;
  };
}

interface CaveatItem {
  id?: string;
  passage?: string;
  snippet?: string;
  text?: string;
  outlet?: string;
  relays?: string[];
  section?: 'body' | 'caption' | 'headline';
  body?: string;
  must: CaveatKind[];
  mustNot: CaveatKind[];
  attribution?: string[];
  attributionNot?: string[];
}

export interface CaveatScores {
  items: number;
  recall: number;
  recallByKind: Record<string, { found: number; of: number }>;
  falseAlarmRate: number;
  mustNotChecks: number;
  attributionAccuracy: number;
  attributionNames: number;
  wrongNames: number;
  misses: string[];
}

export const CAVEAT_BARS = { recall: 0.9, falseAlarmRate: 0.05, attributionAccuracy: 1, wrongNames: 0 };

/** Caveat recall, false alarms and attribution on the labelled sentences and the seed's passages. */
export function evaluateCaveats(setFile = resolve(ROOT, 'eval/caveats.json')): CaveatScores {
  const set = JSON.parse(readFileSync(resolve(ROOT, setFile), 'utf8')) as { items: CaveatItem[]; seed?: CaveatItem[] };
  const corpus = openCorpus(resolve(ROOT, 'corpus'), { cacheDir: null });
  const labelled: { label: CaveatItem; sourcing: Sourcing; name: string }[] = [];
  for (const item of set.items) {
    const section = item.section ?? 'body';
    const captionRelatedness = section === 'caption' && item.body ? relatedness(item.text!, new Set(contentStems(item.body))) : undefined;
    const sourcing = analyzePassage(item.text!, { section, outlet: item.outlet ?? null, relays: item.relays ?? [], captionRelatedness });
    labelled.push({ label: item, sourcing, name: item.id ?? item.text!.slice(0, 40) });
  }
  for (const item of set.seed ?? []) {
    const passage = corpus.passage(item.passage!);
    if (!passage || !passage.text.includes(item.snippet!)) throw new Error(`seed label ${item.passage} does not match the corpus`);
    labelled.push({ label: item, sourcing: passage, name: item.passage! });
  }

  let must = 0, found = 0, checks = 0, alarms = 0, names = 0, namesFound = 0, wrongNames = 0;
  const byKind: Record<string, { found: number; of: number }> = {};
  const misses: string[] = [];
  for (const { label, sourcing, name } of labelled) {
    const kinds = new Set(sourcing.caveats.map((c) => c.kind));
    for (const kind of label.must) {
      must++;
      const k = (byKind[kind] ??= { found: 0, of: 0 });
      k.of++;
      if (kinds.has(kind)) {
        found++;
        k.found++;
      } else misses.push(`missed ${kind}: ${name}`);
    }
    for (const kind of label.mustNot) {
      checks++;
      if (kinds.has(kind)) {
        alarms++;
        misses.push(`false ${kind} (“${sourcing.caveats.find((c) => c.kind === kind)!.evidence}”): ${name}`);
      }
    }
    const chain = sourcing.attribution.join(' | ').toLowerCase();
    for (const expected of label.attribution ?? []) {
      names++;
      if (chain.includes(expected.toLowerCase())) namesFound++;
      else misses.push(`attribution lacks "${expected}": ${name} -> ${sourcing.attribution.join(' → ')}`);
    }
    for (const wrong of label.attributionNot ?? []) {
      if (!sourcing.attribution.some((a) => a.toLowerCase().includes(wrong.toLowerCase()))) continue;
      wrongNames++;
      misses.push(`attribution names "${wrong}": ${name} -> ${sourcing.attribution.join(' → ')}`);
    }
  }
  return {
    items: labelled.length,
    recall: found / must,
    recallByKind: byKind,
    falseAlarmRate: alarms / checks,
    mustNotChecks: checks,
    attributionAccuracy: namesFound / names,
    attributionNames: names,
    wrongNames,
    misses,
  };
}

interface SourceItem {
  id: string;
  text: string;
  outlet: string;
  /** Who the text says its claims come from, written as a reader should see them, the publishing outlet left out. */
  sources: string[];
}

export interface SourceScores {
  items: number;
  /** Share of the names given that are, exactly, names the label lists. */
  precision: number;
  /** Share of the labelled names given exactly. */
  recall: number;
  /** Items whose names are exactly the labelled ones. */
  exact: number;
  misses: string[];
}

/**
 * The attribution chain, name by name, against sentences labelled with who their claims come from: a
 * name must be given as the label writes it, so a clause fragment or a cut-off name counts as wrong.
 * "unnamed " before a description, a leading article and case are ignored.
 */
export function evaluateSources(setFile = resolve(ROOT, 'eval/attribution-heldout.json')): SourceScores {
  const { items } = JSON.parse(readFileSync(setFile, 'utf8')) as { items: SourceItem[] };
  const normal = (name: string) => name.toLowerCase().replace(/\s+/gu, ' ').replace(/^unnamed /u, '').replace(/^(?:the|a|an) /u, '').trim();
  let right = 0, given = 0, labelled = 0, exact = 0;
  const misses: string[] = [];
  for (const item of items) {
    const chain = analyzePassage(item.text, { section: 'body', outlet: item.outlet, relays: [] }).attribution.slice(1);
    const want = item.sources.map(normal);
    const hits = chain.filter((name) => want.includes(normal(name))).length;
    right += hits;
    given += chain.length;
    labelled += want.length;
    if (hits === want.length && chain.length === want.length) exact++;
    else misses.push(`${item.id}: ${chain.join(' → ') || '(none)'}; labelled ${item.sources.join(' → ') || '(none)'}`);
  }
  return { items: items.length, precision: given === 0 ? 1 : right / given, recall: labelled === 0 ? 1 : right / labelled, exact, misses };
}

const SETS = [
  { file: 'eval/answers.json', name: 'natural questions', bars: true },
  { file: 'eval/answers-paraphrase.json', name: 'paraphrase stress set', bars: false },
  { file: 'eval/heldout-b/answers.json', name: 'four more articles, set B (articles and questions written apart from the engine)', bars: true },
  { file: 'eval/heldout-a/answers.json', name: 'four more articles, set A (written apart from the engine; scored, never studied)', bars: true },
  { file: 'eval/heldout-c/answers.json', name: 'four more articles, set C (written apart from the engine; measured unseen, then studied)', bars: true },
  { file: 'eval/heldout-d/answers.json', name: 'four more articles, set D (written apart from the engine; scored, never studied)', bars: true },
  { file: 'eval/heldout-e/answers.json', name: 'four more articles, set E (written apart from the engine; scored, never studied)', bars: true },
  { file: 'eval/heldout-f/answers.json', name: 'four more articles, set F (written apart from the engine; measured unseen, then studied)', bars: true },
];

function main() {
  const verbose = process.argv.includes('--verbose');
  const results = SETS.map((set) => ({ ...set, scores: evaluateAnswers(resolve(ROOT, set.file)) }));
  const caveatSets = [
    { file: 'eval/caveats.json', name: 'caveats', scores: evaluateCaveats() },
    { file: 'eval/caveats-heldout.json', name: 'caveats, second set (written apart from the detectors)', scores: evaluateCaveats(resolve(ROOT, 'eval/caveats-heldout.json')) },
  ];
  const sources = evaluateSources();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ answers: results, caveats: caveatSets, sources }, null, 2));
    return;
  }
  for (const { file, name, bars, scores } of results) {
    const check = (ok: boolean) => (bars ? (ok ? 'pass' : 'FAIL') : '');
    const row = (measure: string, value: string, bar: string, ok: boolean) =>
      `| ${measure.padEnd(31)} | ${value.padStart(6)} | ${(bars ? bar : '').padStart(7)} | ${check(ok).padEnd(4)} |`;
    console.log(`\n${name}: ${scores.answerable} answerable and ${scores.offTopic} off-topic questions (${file})\n`);
    console.log(`| ${'measure'.padEnd(31)} | ${'value'.padStart(6)} | ${'bar'.padStart(7)} |      |`);
    console.log(`|${'-'.repeat(33)}|${'-'.repeat(8)}|${'-'.repeat(9)}|------|`);
    console.log(row('hit@1', scores.hitAt1.toFixed(3), '>= 0.90', scores.hitAt1 >= ANSWER_BARS.hitAt1));
    console.log(row('hit@3', scores.hitAt3.toFixed(3), '>= 0.97', scores.hitAt3 >= ANSWER_BARS.hitAt3));
    console.log(row('off-topic abstention', scores.offTopicAbstention.toFixed(3), '>= 0.90', scores.offTopicAbstention >= ANSWER_BARS.offTopicAbstention));
    console.log(row('answerable questions abstained', String(scores.wronglyAbstained), '0', scores.wronglyAbstained === 0));
    console.log(`| ${'plain MiniSearch hit@1 (scale)'.padEnd(31)} | ${scores.plainHitAt1.toFixed(3).padStart(6)} | ${''.padStart(7)} |      |`);
    if (verbose && scores.misses.length) console.log(`\n${scores.misses.join('\n')}`);
  }

  for (const { file, name, scores: c } of caveatSets) {
    const line = (measure: string, value: string, bar: string, ok: boolean) =>
      `| ${measure.padEnd(31)} | ${value.padStart(6)} | ${bar.padStart(7)} | ${(ok ? 'pass' : 'FAIL').padEnd(4)} |`;
    console.log(`\n${name}: ${c.items} labelled passages, ${c.mustNotChecks} must-not checks, ${c.attributionNames} attribution names (${file})\n`);
    console.log(`| ${'measure'.padEnd(31)} | ${'value'.padStart(6)} | ${'bar'.padStart(7)} |      |`);
    console.log(`|${'-'.repeat(33)}|${'-'.repeat(8)}|${'-'.repeat(9)}|------|`);
    console.log(line('caveat recall', c.recall.toFixed(3), '>= 0.90', c.recall >= CAVEAT_BARS.recall));
    console.log(line('false alarms (share of checks)', c.falseAlarmRate.toFixed(3), '<= 0.05', c.falseAlarmRate <= CAVEAT_BARS.falseAlarmRate));
    console.log(line('attribution names found', c.attributionAccuracy.toFixed(3), '1.000', c.attributionAccuracy >= CAVEAT_BARS.attributionAccuracy));
    console.log(line('names that are not sources', String(c.wrongNames), '0', c.wrongNames === 0));
    console.log(`\n| kind | recall |\n|---|---|`);
    for (const [kind, { found, of }] of Object.entries(c.recallByKind)) console.log(`| ${kind} | ${found}/${of} |`);
    if (verbose && c.misses.length) console.log(`\n${c.misses.join('\n')}`);
  }

  console.log(`\nattribution chains, name by name: ${sources.items} labelled passages (eval/attribution-heldout.json, written apart from the attribution code)\n`);
  console.log(`| measure | value |\n|---|---|`);
  console.log(`| names given that are labelled (precision) | ${sources.precision.toFixed(3)} |`);
  console.log(`| labelled names given (recall) | ${sources.recall.toFixed(3)} |`);
  console.log(`| passages whose chain is exactly right | ${sources.exact}/${sources.items} |`);
  if (verbose && sources.misses.length) console.log(`\n${sources.misses.join('\n')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
