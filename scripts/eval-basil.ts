/**
 * Loaded wording on BASIL (Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of Factual
 * Reporting", 2nd release): 300 articles, 100 events each told by Fox News, The New York Times and
 * HuffPost (2010-19), whose biased spans were annotated by others. Two measures, as the issue sets them:
 * of the spans of lexical bias in the outlet's own voice (not in a quotation), the share that the
 * `loaded-language` or `editorializing` evidence of their paragraph overlaps; and of the paragraphs with no
 * biased span at all, the share flagged `loaded-language`.
 *
 * BASIL has no licence that allows redistribution: it is read at run time from BASIL_DIR (a checkout of
 * github.com/launchnlp/BASIL) and nothing of it is written here. Its events are split in two by a fixed
 * hash of their id: the detectors' misses may be studied on `dev` only; `held-out` is only scored.
 *
 * `npx tsx scripts/eval-basil.ts [--verbose]` prints the table, and with --verbose dev's misses.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePassage } from '../src/caveats/detect.js';
import { basilDirFromEnv } from '../src/config.js';
import { LOADED_KINDS, overlaps } from './eval-wording.js';

export type BasilSplit = 'dev' | 'held-out';

export interface BasilScores {
  split: BasilSplit;
  articles: number;
  /** Lexically biased spans in the outlet's voice found in the text, and those the evidence overlaps. */
  spans: number;
  covered: number;
  /** Paragraphs with no biased span, and those flagged loaded-language. */
  unbiased: number;
  flagged: number;
  /** dev's only. */
  misses: string[];
}

/** The fair bars: spans covered at least, unbiased paragraphs flagged at most. */
export const BASIL_BARS = { covered: 0.2, flagged: 0.1 };

const OUTLETS: Record<string, string> = { fox: 'Fox News', nyt: 'The New York Times', hpo: 'HuffPost' };

interface BasilArticle {
  source: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
}

interface BasilAnnotation {
  bias: 'lex' | 'inf';
  quote: string;
  txt: string;
  /** Offsets within the sentence that holds the span. */
  start: number;
  end: number;
}

/** Which half an event falls in, by the first byte of a hash of its id: fixed, and blind to its content. */
export function basilSplitOf(event: string): BasilSplit {
  return createHash('sha256').update(event).digest()[0]! % 2 === 0 ? 'dev' : 'held-out';
}

export function evaluateBasil(split: BasilSplit, dir = basilDirFromEnv()): BasilScores | null {
  if (!dir) return null;
  const scores: BasilScores = { split, articles: 0, spans: 0, covered: 0, unbiased: 0, flagged: 0, misses: [] };
  for (const year of readdirSync(join(dir, 'articles')).sort()) {
    for (const file of readdirSync(join(dir, 'articles', year)).sort()) {
      const article = JSON.parse(readFileSync(join(dir, 'articles', year, file), 'utf8')) as BasilArticle;
      if (basilSplitOf(article['triplet-uuid']) !== split) continue;
      const annotations = (
        JSON.parse(readFileSync(join(dir, 'annotations', year, file.replace(/\.json$/u, '_ann.json')), 'utf8')) as { 'phrase-level-annotations': BasilAnnotation[] }
      )['phrase-level-annotations'];
      scores.articles++;
      // Only dev's misses are kept: the held-out half is scored, never read.
      scoreArticle(article, annotations, scores, split === 'dev');
    }
  }
  return scores;
}

function scoreArticle(article: BasilArticle, annotations: readonly BasilAnnotation[], scores: BasilScores, keepMisses: boolean): void {
  const outlet = OUTLETS[article.source] ?? article.source;
  const paragraphs = article['body-paragraphs'].map((sentences) => ({ sentences, text: sentences.join(' ') }));
  // Each span where its offsets put it (they count within a sentence the file does not name), else where its words first stand.
  const spansOf = new Map<number, { start: number; end: number; text: string }[]>();
  for (const a of annotations) {
    if (a.bias !== 'lex' || a.quote !== 'no') continue;
    const at = locate(paragraphs, a);
    if (!at) continue;
    spansOf.set(at.paragraph, [...(spansOf.get(at.paragraph) ?? []), { start: at.start, end: at.start + a.txt.length, text: a.txt }]);
  }
  const every = annotations.map((a) => a.txt.trim()).filter(Boolean);
  paragraphs.forEach(({ text }, p) => {
    if (!text.trim()) return;
    const caveats = analyzePassage(text, { section: 'body', outlet, relays: [] }).caveats;
    const evidence = caveats.filter((c) => LOADED_KINDS.includes(c.kind)).map((c) => c.evidence);
    for (const span of spansOf.get(p) ?? []) {
      scores.spans++;
      if (evidence.some((e) => overlaps(text, e, span.start, span.end))) scores.covered++;
      else if (keepMisses) scores.misses.push(`missed “${span.text}” (${outlet}): ${text}`);
    }
    if (!every.some((span) => text.includes(span))) {
      scores.unbiased++;
      const loaded = caveats.filter((c) => c.kind === 'loaded-language');
      if (loaded.length > 0) {
        scores.flagged++;
        if (keepMisses) scores.misses.push(`flagged with no biased span (${loaded.map((c) => c.evidence).join(' | ')}): ${text}`);
      }
    }
  });
}

/** Where an annotated span stands: its paragraph, and its offset in the paragraph's text (sentences joined by spaces). */
function locate(paragraphs: readonly { sentences: string[]; text: string }[], a: BasilAnnotation): { paragraph: number; start: number } | null {
  for (const [p, { sentences }] of paragraphs.entries()) {
    let offset = 0;
    for (const sentence of sentences) {
      if (sentence.slice(a.start, a.end) === a.txt) return { paragraph: p, start: offset + a.start };
      offset += sentence.length + 1;
    }
  }
  for (const [p, { text }] of paragraphs.entries()) {
    const at = text.indexOf(a.txt);
    if (at !== -1) return { paragraph: p, start: at };
  }
  return null;
}

const share = (n: number, d: number) => (d === 0 ? '—' : `${(n / d).toFixed(3)} (${n}/${d})`);

export function basilReport(dev: BasilScores, heldOut: BasilScores, verbose = false): string[] {
  const lines = [
    '\nBASIL (Fox News, The New York Times, HuffPost, 2010-19; biased spans annotated by others; read from BASIL_DIR):',
    `dev: ${dev.articles} articles; held-out: ${heldOut.articles} articles (events split by a fixed hash; only dev's misses are read)\n`,
    '| measure | dev | held-out | fair bar |',
    '|---|---|---|---|',
    `| the outlet's lexically biased spans covered by loaded-language or editorializing evidence | ${share(dev.covered, dev.spans)} | ${share(heldOut.covered, heldOut.spans)} | >= ${BASIL_BARS.covered.toFixed(2)} |`,
    `| paragraphs with no biased span flagged loaded-language | ${share(dev.flagged, dev.unbiased)} | ${share(heldOut.flagged, heldOut.unbiased)} | <= ${BASIL_BARS.flagged.toFixed(2)} |`,
  ];
  if (verbose) lines.push('', 'dev misses:', ...dev.misses);
  return lines;
}

function main(): void {
  const dev = evaluateBasil('dev');
  const heldOut = evaluateBasil('held-out');
  if (!dev || !heldOut) {
    console.log('BASIL_DIR is not set: point it at a checkout of BASIL (github.com/launchnlp/BASIL) to run this evaluation');
    return;
  }
  console.log(basilReport(dev, heldOut, process.argv.includes('--verbose')).join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
