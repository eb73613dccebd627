import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basilSplitOf, evaluateBasil } from '../scripts/eval-basil.js';

/** A BASIL-shaped checkout of one article, in the split its event falls in. */
function basilCheckout(event: string, paragraphs: string[][], annotations: { bias: 'lex' | 'inf'; quote: string; txt: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'basil-'));
  for (const part of ['articles', 'annotations']) mkdirSync(join(dir, part, '2016'), { recursive: true });
  writeFileSync(join(dir, 'articles', '2016', `${event}_1.json`), JSON.stringify({ source: 'fox', 'triplet-uuid': event, 'body-paragraphs': paragraphs }));
  writeFileSync(join(dir, 'annotations', '2016', `${event}_1_ann.json`), JSON.stringify({ 'phrase-level-annotations': annotations }));
  return dir;
}

describe('the BASIL loaded-wording measure', () => {
  it('counts the outlet’s own lexically biased spans its evidence covers, and flags on paragraphs with no biased span', () => {
    const event = 'event-1';
    const dir = basilCheckout(
      event,
      [['The mayor gave a disastrous speech on Monday.'], ['The council met on Tuesday.'], ['“It was a farce,” a rival said.'], ['Voters were baffled by the plan.']],
      [
        { bias: 'lex', quote: 'no', txt: 'disastrous' },
        // A quoted span is the speaker's, an informational one is no wording: neither is counted.
        { bias: 'lex', quote: 'yes', txt: 'farce' },
        { bias: 'inf', quote: 'no', txt: 'Voters were baffled' },
      ],
    );
    const split = basilSplitOf(event);
    const scores = evaluateBasil(split, dir)!;
    expect(scores.articles).toBe(1);
    expect(scores).toMatchObject({ spans: 1, covered: 1, unbiased: 1, flagged: 0 });
    // The other split holds none of it.
    expect(evaluateBasil(split === 'dev' ? 'held-out' : 'dev', dir)!.articles).toBe(0);
  });

  it('splits events by a fixed hash, about half each way', () => {
    const splits = Array.from({ length: 200 }, (_, i) => basilSplitOf(`event-${i}`));
    expect(splits).toEqual(Array.from({ length: 200 }, (_, i) => basilSplitOf(`event-${i}`)));
    const dev = splits.filter((s) => s === 'dev').length;
    expect(dev).toBeGreaterThan(70);
    expect(dev).toBeLessThan(130);
  });

  it('is skipped, not failed, without BASIL_DIR', () => {
    expect(evaluateBasil('dev', null)).toBeNull();
  });
});
