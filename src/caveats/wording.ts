import adjectives from './loaded-adjectives.json' with { type: 'json' };
import verbs from './loaded-verbs.json' with { type: 'json' };
import { isQuoted, type Quote } from './quotes.js';

/**
 * The verbs of ridicule, disparagement or boasting (scripts/loaded-verbs.ts) and
 * the adjectives that judge rather than describe (scripts/loaded-adjectives.ts),
 * as one expression.
 */
const LOADED_WORD = new RegExp(`\\b(?:${[...verbs.forms, ...adjectives.words].join('|')})\\b`, 'gi');

/**
 * The loaded words in the outlet's own voice ("Smith excoriated the plan", "a
 * disastrous rollout"), with where they stand: a judgement the reader is handed
 * rather than a report. One inside a quotation is the speaker's.
 */
export function loadedWords(text: string, quotes: readonly Quote[]): { at: number; text: string }[] {
  return [...text.matchAll(LOADED_WORD)].filter((m) => !isQuoted(quotes, m.index)).map((m) => ({ at: m.index, text: m[0] }));
}
