import loaded from './loaded-verbs.json' with { type: 'json' };
import { isQuoted, type Quote } from './quotes.js';

/** Every form of the loaded verbs (see scripts/loaded-verbs.ts), as one expression. */
const LOADED_VERB = new RegExp(`\\b(?:${loaded.forms.join('|')})\\b`, 'gi');

/**
 * The verbs of ridicule, disparagement or boasting in the outlet's own voice
 * ("Smith excoriated the plan", "aides gloated"), with where they stand: a
 * judgement the reader is handed rather than a report. One inside a quotation
 * is the speaker's.
 */
export function loadedVerbs(text: string, quotes: readonly Quote[]): { at: number; text: string }[] {
  return [...text.matchAll(LOADED_VERB)].filter((m) => !isQuoted(quotes, m.index)).map((m) => ({ at: m.index, text: m[0] }));
}
