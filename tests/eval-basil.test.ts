import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { basilSplitOf, evaluateBasil } from '../scripts/eval-basil.js';

interface Annotation {
  bias: 'lex' | 'inf';
  quote: string;
  txt: string;
  start: number;
  end: number;
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A BASIL-shaped checkout of one article, in the split its event falls in. */
function basilCheckout(event: string, paragraphs: string[][], annotations: Annotation[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'basil-'));
  made.push(dir);
  for (const part of ['articles', 'annotations']) mkdirSync(join(dir, part, '2016'), { recursive: true });
  writeFileSync(join(dir, 'articles', '2016', `${event}_1.json`), JSON.stringify({ source: 'fox', 'triplet-uuid': event, 'body-paragraphs': paragraphs }));
  writeFileSync(join(dir, 'annotations', '2016', `${event}_1_ann.json`), JSON.stringify({ 'phrase-level-annotations': annotations }));
  return dir;
}

/** An annotation of `txt` where it stands in `sentence`, as BASIL gives offsets within a sentence. */
const span = (sentence: string, txt: string, bias: 'lex' | 'inf' = 'lex', quote = 'no'): Annotation => {
  const start = sentence.indexOf(txt);
  return { bias, quote, txt, start, end: start + txt.length };
};

describe('the BASIL loaded-wording measure', () => {
  it('counts the outlet’s own lexically biased spans its evidence covers, and flags on paragraphs with no biased span', () => {
    const event = 'event-1';
    const speech = 'The mayor gave a disastrous speech on Monday.';
    const rival = '“It was a farce,” a rival said.';
    const voters = 'Voters were baffled by the plan.';
    const dir = basilCheckout(event, [[speech], ['The council met on Tuesday.'], [rival], [voters]], [
      span(speech, 'disastrous'),
      // A quoted span is the speaker's, an informational one is no wording: neither is counted.
      span(rival, 'farce', 'lex', 'yes'),
      span(voters, 'Voters were baffled', 'inf'),
    ]);
    const split = basilSplitOf(event);
    const scores = evaluateBasil(split, dir)!;
    expect(scores.articles).toBe(1);
    expect(scores).toMatchObject({ spans: 1, covered: 1, unbiased: 1, flagged: 0 });
    // The other split holds none of it.
    expect(evaluateBasil(split === 'dev' ? 'held-out' : 'dev', dir)!.articles).toBe(0);
  });

  it('counts a span once, where its offsets put it, though its words stand elsewhere too', () => {
    const second = 'Critics called the plan a disastrous gamble.';
    const dir = basilCheckout('event-2', [['The disastrous week began quietly.', second]], [span(second, 'disastrous')]);
    const scores = evaluateBasil(basilSplitOf('event-2'), dir)!;
    expect(scores.spans).toBe(1);
    expect(scores.covered).toBe(1);
  });

  it('splits events by a hash of their id, about half each way, and keeps the misses of dev only', () => {
    const dev = Array.from({ length: 200 }, (_, i) => basilSplitOf(`event-${i}`)).filter((s) => s === 'dev').length;
    expect(dev).toBeGreaterThan(70);
    expect(dev).toBeLessThan(130);
    const text = 'The harbour reopened after a ruinous storm.';
    const event = Array.from({ length: 20 }, (_, i) => `event-${i}`).find((e) => basilSplitOf(e) === 'held-out')!;
    const dir = basilCheckout(event, [[text]], [span(text, 'reopened')]);
    const heldOut = evaluateBasil('held-out', dir)!;
    expect(heldOut.spans - heldOut.covered).toBe(1);
    expect(heldOut.misses).toEqual([]);
  });

  it('is skipped, not failed, without a checkout', () => {
    expect(evaluateBasil('dev', null)).toBeNull();
  });
});
