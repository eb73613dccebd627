import { ask } from '../../commands/ask.js';
import { unescapeForDiscord } from '../render/discordText.js';
import { notice, type Reply } from '../render/reply.js';
import { contextReply, quoteReply } from '../render/replies.js';
import type { App, Invocation } from './invocation.js';
import { findPassage } from './passages.js';

export interface ComponentUse {
  customId: string;
  userId: string;
  /** The content of the message the button is on (where an answer echoes its question). */
  messageContent: string;
  /** The chosen values of a select menu. */
  values: readonly string[];
}

export type ComponentResult = Reply | { delete: true };

export const STALE = 'This button is no longer valid. Ask again with `/ask`.';

/**
 * Buttons and menus carry all they need in their custom id and message, so they
 * work after a restart; anything else gets a clear message, never an error.
 */
export async function handleComponent(use: ComponentUse, app: App): Promise<ComponentResult> {
  const [scope, action, ...rest] = use.customId.split(':');
  const arg = rest.join(':');
  if (scope !== 'fp') return notice(STALE);
  switch (action) {
    case 'more': {
      const offset = Number(arg);
      const question = questionOf(use.messageContent);
      if (!Number.isInteger(offset) || offset < 1 || offset > 25 || !question) return notice(STALE);
      return captured(async (inv) => ask(inv, app, question, offset, true), use.userId);
    }
    case 'ctx': {
      const passage = findPassage(app, arg);
      if (!passage) return notice(STALE);
      const around = app.engine.context(passage.id)!;
      return contextReply(around.before, passage, around.after, app.engine.source(passage.doc)!);
    }
    case 'del':
      return arg === use.userId ? { delete: true } : notice('Only the person who asked can delete this answer.');
    case 'pick': {
      const passage = findPassage(app, use.values[0] ?? '');
      return passage ? quoteReply(passage, app.engine.source(passage.doc)!, true) : notice(STALE);
    }
    default:
      return notice(STALE);
  }
}

/** The question an answer echoes on its first line ("> question"), with Discord's escapes removed. */
export function questionOf(content: string): string | null {
  const first = content.split('\n')[0] ?? '';
  if (!first.startsWith('> ')) return null;
  const question = unescapeForDiscord(first.slice(2).replace(/ \(passage \d+\)$/u, ''));
  return question.trim() || null;
}

/** Runs a command handler and keeps the reply it sends, for a button that answers like a command. */
async function captured(run: (inv: Invocation) => Promise<void>, userId: string): Promise<Reply> {
  let reply: Reply = notice(STALE);
  await run({ userId, string: () => null, boolean: () => null, reply: async (r) => void (reply = r) });
  return reply;
}
