/**
 * The outlet's own wording, on sentences written apart from the detectors (eval/hedges-heldout.json,
 * eval/loaded-heldout.json): whether a hedge is flagged (`speculation` or `unverified`), and whether
 * loaded wording is (`loaded-language` or `editorializing`), with how much of the labelled wording the
 * evidence covers. A loaded word inside someone's quotation is theirs, not the outlet's, and counts as
 * nothing to flag; a hedge there still makes the claim speculative (as CoNLL-2010 labels uncertainty by
 * sentence, whoever speaks), so `speculation` is flagged for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzePassage } from '../src/caveats/detect.js';
import type { CaveatKind } from '../src/passages/types.js';
import { ROOT } from './eval-answers.js';

interface HedgeItem {
  text: string;
  hedge: boolean;
  cue?: string;
  quoted?: boolean;
}

interface LoadedItem {
  text: string;
  loaded: boolean;
  spans?: string[];
  quoted?: boolean;
}

export interface WordingScores {
  items: number;
  positives: number;
  accuracy: number;
  precision: number;
  recall: number;
  /** Share of labelled cues or spans that some evidence overlaps. */
  spanCoverage: number;
  /** Share of sentences with nothing to flag that are flagged. */
  falseAlarms: number;
  misses: string[];
}

const HEDGE_KINDS: CaveatKind[] = ['speculation', 'unverified'];
export const LOADED_KINDS: CaveatKind[] = ['loaded-language', 'editorializing'];

/** Hedges and loaded wording, each on its own set; null for a set not written yet. */
export function evaluateWording(): { hedges: WordingScores | null; loaded: WordingScores | null } {
  const hedges = readSet<HedgeItem>('eval/hedges-heldout.json');
  const loaded = readSet<LoadedItem>('eval/loaded-heldout.json');
  return {
    hedges: hedges && score(hedges.map((s) => ({ text: s.text, flag: s.hedge || s.quoted === true, spans: s.cue ? [s.cue] : [] })), HEDGE_KINDS),
    loaded: loaded && score(loaded.map((s) => ({ text: s.text, flag: s.loaded && !s.quoted, spans: s.spans ?? [] })), LOADED_KINDS),
  };
}

function readSet<T>(file: string): T[] | null {
  const path = resolve(ROOT, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { sentences: T[] }).sentences : null;
}

function score(items: { text: string; flag: boolean; spans: string[] }[], kinds: readonly CaveatKind[]): WordingScores {
  let tp = 0, fp = 0, fn = 0, tn = 0, spans = 0, covered = 0;
  const misses: string[] = [];
  for (const item of items) {
    const evidence = analyzePassage(item.text, { section: 'body', outlet: 'The Outlet', relays: [] })
      .caveats.filter((c) => kinds.includes(c.kind))
      .map((c) => c.evidence);
    const flagged = evidence.length > 0;
    if (item.flag && flagged) tp++;
    else if (item.flag) {
      fn++;
      misses.push(`missed (${item.spans.join(' | ')}): ${item.text}`);
    } else if (flagged) {
      fp++;
      misses.push(`false alarm (${evidence.join(' | ')}): ${item.text}`);
    } else tn++;
    if (!item.flag) continue;
    for (const span of item.spans) {
      spans++;
      const at = item.text.indexOf(span);
      if (evidence.some((e) => overlaps(item.text, e, at, at + span.length))) covered++;
    }
  }
  return {
    items: items.length,
    positives: tp + fn,
    accuracy: (tp + tn) / items.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    spanCoverage: spans === 0 ? 1 : covered / spans,
    falseAlarms: fp + tn === 0 ? 0 : fp / (fp + tn),
    misses,
  };
}

/** Whether some occurrence of the evidence in the text overlaps [start, end). */
export function overlaps(text: string, evidence: string, start: number, end: number): boolean {
  for (let at = text.indexOf(evidence); at !== -1; at = text.indexOf(evidence, at + 1)) if (at < end && at + evidence.length > start) return true;
  return false;
}

export function wordingReport(scores: ReturnType<typeof evaluateWording>, verbose: boolean): string[] {
  const lines = ['', 'the outlet’s own wording, on sentences written apart from the detectors (hedges: speculation or unverified; loaded: loaded-language or editorializing)', ''];
  lines.push('| set | sentences | to flag | accuracy | precision | recall | labelled words covered | false alarms |', '|---|---|---|---|---|---|---|---|');
  for (const [name, s] of [['hedges (eval/hedges-heldout.json)', scores.hedges], ['loaded wording (eval/loaded-heldout.json)', scores.loaded]] as const) {
    if (!s) continue;
    lines.push(`| ${name} | ${s.items} | ${s.positives} | ${s.accuracy.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.spanCoverage.toFixed(3)} | ${s.falseAlarms.toFixed(3)} |`);
  }
  if (verbose) for (const s of [scores.hedges, scores.loaded]) if (s?.misses.length) lines.push('', ...s.misses);
  return lines;
}
