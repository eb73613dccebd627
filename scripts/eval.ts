/**
 * Quality measures on the evaluation sets in eval/: answer ranking and abstention; with POLNEAR_DIR set,
 * attribution chains and caveats on PolNeAR's train and dev splits too (scripts/eval-polnear.ts), and with
 * BASIL_DIR loaded wording on BASIL (scripts/eval-basil.ts).
 * `npm run eval` prints them; `-- --verbose` lists every miss; `-- --json` prints them as JSON.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentStems, relatedness } from '../src/caveats/article.js';
import { analyzePassage, type Sourcing } from '../src/caveats/detect.js';
import { polnearDirFromEnv } from '../src/config.js';
import type { CaveatKind } from '../src/passages/types.js';
import { openCorpus } from '../src/ingest/open.js';
import { ANSWER_BARS, canScore, evaluateAnswers, readAnswerSet, ROOT, type AnswerScores } from './eval-answers.js';
import { evaluatePolnear, polnearReport, type PolnearScores } from './eval-polnear.js';
import { basilReport, evaluateBasil } from './eval-basil.js';
import { evaluateSquad } from './eval-squad.js';
import { evaluateWording, wordingReport } from './eval-wording.js';

export { ANSWER_BARS, evaluateAnswers };

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
  const labelled: { label: CaveatItem; sourcing: Pick<Sourcing, 'attribution' | 'caveats'>; name: string }[] = [];
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

interface PronounArticle {
  id: string;
  outlet: string;
  text: string;
  pronouns: { cue: string; pronoun: string; person: string }[];
}

export interface PronounScores {
  articles: number;
  pronouns: number;
  /** Pronouns whose passage's chain names the person they stand for. */
  right: number;
  /** Pronouns whose passage's chain names none of the article's labelled people. */
  none: number;
}

/**
 * Whom "he", "she" and "they" stand for, on whole articles (eval/pronouns-blind.json): each article is ingested as
 * a corpus file is, and a pronoun is right when the chain of the passage holding its cue names its person: by the
 * whole name, or by its surname or head word ("Okafor" for "Councillor Ruth Okafor", "union" for "the Harbour
 * Workers Union").
 */
export function evaluatePronouns(setFile = resolve(ROOT, 'eval/pronouns-blind.json')): PronounScores {
  const { articles } = JSON.parse(readFileSync(setFile, 'utf8')) as { articles: PronounArticle[] };
  const words = (name: string) => name.toLowerCase().replace(/^unnamed /u, '').replace(/['’]s\b/gu, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !NAME_FILLER.has(w));
  const names = (entry: string, person: string) => {
    const a = words(entry);
    const b = words(person);
    return a.length > 0 && b.length > 0 && (a.at(-1) === b.at(-1) || a.join(' ') === b.join(' '));
  };
  const scores: PronounScores = { articles: articles.length, pronouns: 0, right: 0, none: 0 };
  for (const article of articles) {
    const dir = mkdtempSync(join(tmpdir(), 'fineprint-pronouns-'));
    writeFileSync(join(dir, `${article.id}.md`), `---\noutlet: ${article.outlet}\n---\n${article.text}\n`);
    const corpus = openCorpus(dir, { cacheDir: null });
    rmSync(dir, { recursive: true, force: true });
    const people = article.pronouns.map((p) => p.person);
    for (const { cue, person } of article.pronouns) {
      scores.pronouns++;
      const chain = corpus.passages.find((p) => p.text.includes(cue))?.attribution.slice(1) ?? [];
      if (chain.some((entry) => names(entry, person))) scores.right++;
      else if (!chain.some((entry) => people.some((other) => names(entry, other)))) scores.none++;
    }
  }
  return scores;
}
/** Words a name may carry or not: titles, determiners. */
const NAME_FILLER = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov']);

const SETS = [
  { file: 'eval/answers.json', name: 'seed article, natural questions', bars: true },
  { file: 'eval/answers-paraphrase.json', name: 'seed article, paraphrases', bars: false },
  { file: 'eval/heldout-a/answers.json', name: 'A (never studied)', bars: true },
  { file: 'eval/heldout-b/answers.json', name: 'B (studied)', bars: true },
  { file: 'eval/heldout-c/answers.json', name: 'C (measured unseen, then studied)', bars: true },
  { file: 'eval/heldout-d/answers.json', name: 'D (never studied)', bars: true },
  { file: 'eval/heldout-e/answers.json', name: 'E (never studied)', bars: true },
  { file: 'eval/heldout-f/answers.json', name: 'F (measured unseen, then studied)', bars: true },
  { file: 'eval/real-news-r1/answers.json', name: 'R1, real news (PolNeAR train)', bars: true },
  { file: 'eval/real-news-r2/answers.json', name: 'R2, real news (PolNeAR dev)', bars: true },
  { file: 'eval/real-news-r3/answers.json', name: 'R3, real news (PolNeAR train)', bars: true },
  { file: 'eval/real-news-r4/answers.json', name: 'R4, real news (PolNeAR train)', bars: true },
  { file: 'eval/real-news-r5/answers.json', name: 'R5, real news (PolNeAR train)', bars: true },
  { file: 'eval/real-news-r6/answers.json', name: 'R6, real news (PolNeAR dev)', bars: true },
  { file: 'eval/real-news-r7/answers.json', name: 'R7, real news (PolNeAR dev)', bars: true },
  { file: 'eval/real-news-r8/answers.json', name: 'R8, real news (PolNeAR train)', bars: true },
  { file: 'eval/real-news-r9/answers.json', name: 'R9, real news (PolNeAR train)', bars: true },
  { file: 'eval/real-news-r10/answers.json', name: 'R10, real news (PolNeAR train)', bars: true },
  { file: 'eval/real-news-r11/answers.json', name: 'R11, real news (PolNeAR train)', bars: true },
  { file: 'eval/real-news-r12/answers.json', name: 'R12, real news (PolNeAR dev)', bars: true },
  { file: 'eval/real-news-r13/answers.json', name: 'R13, real news (PolNeAR dev)', bars: true },
  { file: 'eval/real-news-r14/answers.json', name: 'R14, real news (PolNeAR train)', bars: true },
  { file: 'eval/real-news-r15/answers.json', name: 'R15, real news (PolNeAR train)', bars: true },
];

/** Articles the grown mode adds to every set's corpus. */
const GROWN_DISTRACTORS = 200;

function answerRow(name: string, s: AnswerScores, bars: boolean): string {
  const pass =
    s.hitAt1 >= ANSWER_BARS.hitAt1 && s.hitAt3 >= ANSWER_BARS.hitAt3 && s.offTopicAbstention >= ANSWER_BARS.offTopicAbstention && s.wronglyAbstained <= ANSWER_BARS.wronglyAbstained;
  const offTopic = s.offTopic ? `${Math.round(s.offTopicAbstention * s.offTopic)}/${s.offTopic}` : '—';
  const cells = [name, String(s.articles), String(s.answerable), s.hitAt1.toFixed(3), s.hitAt3.toFixed(3), s.hitAt10.toFixed(3), offTopic, String(s.wronglyAbstained), s.plainHitAt1.toFixed(3), s.plainHitAt3.toFixed(3), bars ? (pass ? 'pass' : 'FAIL') : ''];
  return `| ${cells.join(' | ')} |`;
}

function main() {
  const verbose = process.argv.includes('--verbose');
  const grown = process.argv.includes('--grown');
  // `--skip R2` leaves out the sets whose name holds R2: a set kept for judging is not looked at while choosing.
  const skip = process.argv.includes('--skip') ? process.argv[process.argv.indexOf('--skip') + 1] : undefined;
  const scorable = SETS.filter((set) => canScore(readAnswerSet(set.file)) && !(skip && set.name.includes(skip)));
  const results = scorable.map((set) => ({
    ...set,
    scores: evaluateAnswers(set.file),
    grown: grown ? evaluateAnswers(set.file, { distractors: GROWN_DISTRACTORS }) : null,
  }));
  const squad = evaluateSquad();
  const caveatSets = [
    { file: 'eval/caveats.json', name: 'caveats', scores: evaluateCaveats() },
    { file: 'eval/caveats-heldout.json', name: 'caveats, second set (written apart from the detectors)', scores: evaluateCaveats(resolve(ROOT, 'eval/caveats-heldout.json')) },
  ];
  const sourceSets = [
    { file: 'eval/attribution-heldout.json', name: 'written apart from the attribution code', scores: evaluateSources() },
    { file: 'eval/attribution-stance.json', name: 'stance, views, polls, colon speakers and relative clauses; written apart and never studied', scores: evaluateSources(resolve(ROOT, 'eval/attribution-stance.json')) },
  ];
  const polnear = evaluatePolnearSplits();
  const basilDev = evaluateBasil('dev');
  const basil = basilDev ? { dev: basilDev, heldOut: evaluateBasil('held-out')! } : null;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ answers: results, squad, caveats: caveatSets, sources: sourceSets, pronouns: evaluatePronouns(), polnear, basil }, null, 2));
    return;
  }
  console.log('\nanswers: where the passage that answers ranks, and abstention (sets in eval/; the question sets were written apart from the engine)');
  console.log(`bars: hit@1 >= ${ANSWER_BARS.hitAt1}, hit@3 >= ${ANSWER_BARS.hitAt3}, off-topic abstained >= ${ANSWER_BARS.offTopicAbstention}, answerable abstained <= ${ANSWER_BARS.wronglyAbstained}\n`);
  console.log('| set | articles | answerable | hit@1 | hit@3 | hit@10 | off-topic abstained | answerable abstained | plain MiniSearch hit@1 | hit@3 | bars |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { name, bars, scores, grown: more } of results) {
    console.log(answerRow(name, scores, bars));
    if (more) console.log(answerRow(`${name}, +${GROWN_DISTRACTORS} articles`, more, false));
  }
  console.log(answerRow('SQuAD v1.1, Notre Dame (crowd questions)', squad.own, false));
  if (grown) {
    console.log(
      `\namong ${GROWN_DISTRACTORS} more articles, the answerable questions asked of the article that answers them (/ask's article option), and asked in the set's order as one member's conversation (a question naming no one follows on from the story the one before was answered from):\n`,
    );
    console.log('| set | own article: hit@1 | hit@3 | following on: hit@1 | hit@3 | each on its own: hit@1 | hit@3 |\n|---|---|---|---|---|---|---|');
    const pair = (s: { hitAt1: number; hitAt3: number }) => `${s.hitAt1.toFixed(3)} | ${s.hitAt3.toFixed(3)}`;
    for (const { name, grown: more } of results) {
      if (more?.ownArticle && more.followingOn) console.log(`| ${name} | ${pair(more.ownArticle)} | ${pair(more.followingOn)} | ${pair(more)} |`);
    }
  }
  console.log(`\nSQuAD questions asked of the news corpora, which do not answer them: ${(squad.otherAbstention * 100).toFixed(1)}% abstained`);
  const skipped = SETS.filter((set) => !scorable.includes(set));
  if (skipped.length) console.log(`skipped (set POLNEAR_DIR to a checkout of PolNeAR to score them): ${skipped.map((s) => s.name).join('; ')}`);
  if (grown && !polnearDirFromEnv()) console.log(`grown mode without POLNEAR_DIR: the distractors are the other sets' articles, not ${GROWN_DISTRACTORS}`);
  if (verbose) for (const { name, scores } of results) if (scores.misses.length) console.log(`\n${name}:\n${scores.misses.join('\n')}`);

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

  for (const { file, name, scores: sources } of sourceSets) {
    console.log(`\nattribution chains, name by name: ${sources.items} labelled passages (${file}, ${name})\n`);
    console.log(`| measure | value |\n|---|---|`);
    console.log(`| names given that are labelled (precision) | ${sources.precision.toFixed(3)} |`);
    console.log(`| labelled names given (recall) | ${sources.recall.toFixed(3)} |`);
    console.log(`| passages whose chain is exactly right | ${sources.exact}/${sources.items} |`);
    // The never-studied set's misses are not printed: reading them would make it a set tuned to.
    if (verbose && sources.misses.length && !file.includes('stance')) console.log(`\n${sources.misses.join('\n')}`);
  }

  const pronouns = evaluatePronouns();
  console.log(`\nwhom "he", "she" and "they" stand for: ${pronouns.pronouns} pronouns in ${pronouns.articles} articles (eval/pronouns-blind.json, written apart from the attribution code and never studied)\n`);
  console.log(`| measure | value |\n|---|---|`);
  console.log(`| the chain names the person the pronoun stands for | ${(pronouns.right / pronouns.pronouns).toFixed(3)} (${pronouns.right}/${pronouns.pronouns}) |`);
  console.log(`| the chain names none of the article's speakers | ${(pronouns.none / pronouns.pronouns).toFixed(3)} (${pronouns.none}/${pronouns.pronouns}) |`);

  console.log(wordingReport(evaluateWording(), verbose).join('\n'));

  if (polnear) console.log(polnearReport(polnear.train, polnear.dev, verbose).join('\n'));
  else console.log('\nPolNeAR attribution and caveat measures skipped: set POLNEAR_DIR to a checkout of PolNeAR (with data/train and data/dev) to run them');

  if (basil) console.log(basilReport(basil.dev, basil.heldOut, verbose).join('\n'));
  else console.log('\nBASIL loaded-wording measures skipped: set BASIL_DIR to a checkout of BASIL (github.com/launchnlp/BASIL) to run them');
}

/** Attribution and caveats on PolNeAR's train and dev splits, when POLNEAR_DIR says where it is; it may not be redistributed, so it is optional. */
function evaluatePolnearSplits(): { train: PolnearScores; dev: PolnearScores } | null {
  if (!polnearDirFromEnv()) return null;
  return { train: evaluatePolnear('train'), dev: evaluatePolnear('dev') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
