import type { AnswerEngine } from '../src/answer/engine.js';
import type { CorpusIndex } from '../src/ingest/corpusIndex.js';
import type { Reply } from '../src/render/reply.js';

/** What every handler works with: the corpus and the engine that answers from it. */
export interface App {
  corpus: CorpusIndex;
  engine: AnswerEngine;
}

/**
 * One use of a command, from Discord or from the local console. Handlers read
 * their options and send one reply; the caller renders it for its surface.
 */
export interface Invocation {
  userId: string;
  string(name: string): string | null;
  boolean(name: string): boolean | null;
  /** For a message context-menu command: the text of the message it was used on. */
  targetText?: string;
  reply(reply: Reply): Promise<void>;
}

export interface Choice {
  name: string;
  value: string;
}

/** A slash or context-menu command: its definition for Discord, its handler, and its autocomplete. */
export interface Command {
  data: { name: string; toJSON(): unknown };
  execute(invocation: Invocation, app: App): Promise<void>;
  autocomplete?(option: string, typed: string, app: App): Choice[];
}
