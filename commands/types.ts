import type { AnswerEngine } from '../src/answer/engine.js';
import type { CorpusIndex } from '../src/ingest/corpusIndex.js';
import type { ArticleDesk } from '../src/living/articleDesk.js';
import type { Form, Reply } from '../src/render/reply.js';
import type { Conversations } from '../src/bot/conversations.js';

/** What every handler works with: the corpus and the engine that answers from it, read afresh for each use (the corpus may change). */
export interface App {
  readonly corpus: CorpusIndex;
  readonly engine: AnswerEngine;
  /** Adds and removes articles; absent where the corpus cannot be changed. */
  readonly articles?: ArticleDesk;
  /** The story each member was last answered from; absent where questions are not followed on. */
  readonly conversations?: Conversations;
}

/** A file attached to a command option, as Discord describes it. */
export interface Attachment {
  name: string;
  /** Bytes, as Discord reports them before anything is downloaded. */
  size: number;
  url: string;
}

/**
 * One use of a command, from Discord or from the local console. Handlers read
 * their options and send one reply; the caller renders it for its surface.
 */
export interface Invocation {
  userId: string;
  /** Who asks where (a member in one channel): the conversation their questions follow on in. */
  conversation: string;
  string(name: string): string | null;
  boolean(name: string): boolean | null;
  /** The subcommand used, for a command that has them. */
  subcommand(): string | null;
  attachment(name: string): Attachment | null;
  /** Whether the member may add and remove articles: Manage Server, or the editor role; checked on every use. */
  mayEdit: boolean;
  /** For a message context-menu command: the text of the message it was used on. */
  targetText?: string;
  /** The answer will take a while: acknowledge now, privately; `reply` then sends it. */
  defer(): Promise<void>;
  /** Asks the member to fill in a form instead of replying; its command's `submit` gets the values. */
  showForm(form: Form): Promise<void>;
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
  /** A form this command showed, filled in: its field values by id. */
  submit?(values: ReadonlyMap<string, string>, invocation: Invocation, app: App): Promise<void>;
}
