import { answerPage } from '../../commands/ask.js';
import type { App } from '../../commands/types.js';
import { parseCustomId, passageFromRef, questionFromEcho } from '../render/discord/customIds.js';
import { contextReply, notice, quoteReply, type Reply } from '../render/reply.js';

export interface ComponentUse {
  customId: string;
  userId: string;
  /** The content of the message the button is on (where an answer echoes its question). */
  messageContent: string;
  /** The chosen values of a select menu. */
  values: readonly string[];
}

export type ComponentResult = Reply | { delete: true };

export const STALE = 'This button is no longer valid. Ask again with /ask.';

/** A button or menu use to its reply; anything this bot cannot act on gets a clear message, never an error. */
export function handleComponent(use: ComponentUse, app: App): ComponentResult {
  const action = parseCustomId(use.customId);
  switch (action?.kind) {
    case 'more': {
      const question = questionFromEcho(use.messageContent);
      return question ? answerPage(app, question, action.offset, use.userId, true) : notice(STALE);
    }
    case 'context': {
      const passage = passageFromRef(app.corpus, action.ref);
      const around = passage && app.engine.context(passage.id);
      return around ? contextReply(around.before, around.passage, around.after, app.engine.source(passage.doc)!) : notice(STALE);
    }
    case 'delete':
      return action.asker === use.userId ? { delete: true } : notice('Only the person who asked can delete this answer.');
    case 'pick': {
      const passage = passageFromRef(app.corpus, use.values[0] ?? '');
      return passage ? quoteReply(passage, app.engine.source(passage.doc)!, true) : notice(STALE);
    }
    default:
      return notice(STALE);
  }
}
