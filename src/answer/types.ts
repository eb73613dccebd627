import type { ProvenanceNote, RelayedSource } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';

/** Where a passage comes from, as every surface shows it. */
export interface SourceCard {
  doc: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  relays: RelayedSource[];
  provenance: ProvenanceNote[];
}

export interface QuotedPassage {
  passage: Passage;
  /** The probability, under the ranking model, that this passage is the answer among the question's candidates. */
  score: number;
  /** Index terms of the question found in the passage, for highlighting. */
  matchedTerms: string[];
  source: SourceCard;
}

export type NoAnswerReason =
  /** The question has no words that say what it is about ("what is it?"). */
  | 'no-topic-words'
  /** The corpus does not hold what the question is about. */
  | 'not-in-corpus';

export interface Answer {
  question: string;
  noAnswer: boolean;
  reason: NoAnswerReason | null;
  answers: QuotedPassage[];
  /** The article a follow-up question was answered from (AskOptions.follows); absent when every article was asked. */
  followed?: string;
}
