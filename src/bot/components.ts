import { answerPage } from '../../commands/ask.js';
import type { App } from '../../commands/types.js';
import { articleListReply } from '../../commands/articles.js';
import { NOT_ALLOWED, READ_ONLY } from '../../commands/article.js';
import { documentFromRef, parseCustomId, passageFromRef, questionFromEcho } from '../render/discord/customIds.js';
import { contextReply, notice, quoteReply, type Reply } from '../render/reply.js';

export interface ComponentUse {
  customId: string;
  userId: string;
  /** The content of the message the button is on (where an answer echoes its question). */
  messageContent: string;
  /** The chosen values of a select menu. */
  values: readonly string[];
  /** Whether the member may add and remove articles, as of this use. */
  mayEdit: boolean;
  /** The reply will take a while: acknowledge now, privately. */
  defer(): Promise<void>;
}

/** A new reply, the message the button is on replaced (a page of a list), or that message deleted. */
export type ComponentResult = Reply | { update: Reply } | { delete: true };

export const STALE = 'This button is no longer valid. Ask again with /ask.';

/** A button or menu use to its reply; anything this bot cannot act on gets a clear message, never an error. */
export async function handleComponent(use: ComponentUse, app: App): Promise<ComponentResult> {
  const action = parseCustomId(use.customId);
  switch (action?.kind) {
    case 'more': {
      const question = questionFromEcho(use.messageContent);
      const article = action.articleRef === undefined ? undefined : documentFromRef(app.corpus, action.articleRef)?.id;
      if (action.articleRef !== undefined && article === undefined) return notice('That article is no longer in the corpus.');
      return question ? answerPage(app, question, action.offset, use.userId, true, article) : notice(STALE);
    }
    case 'every': {
      const question = questionFromEcho(use.messageContent);
      return question ? answerPage(app, question, 0, use.userId, true) : notice(STALE);
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
    case 'articles-page':
      return { update: articleListReply(app.corpus, action.offset) };
    case 'remove-article': {
      if (!use.mayEdit) return notice(NOT_ALLOWED);
      if (!app.articles) return notice(READ_ONLY);
      const document = documentFromRef(app.corpus, action.ref);
      if (!document) return notice('That article is no longer in the corpus.');
      // Removing waits for changes before it to settle: longer than Discord waits for a first answer.
      await use.defer();
      const removed = await app.articles.remove(document.id);
      return removed.ok ? notice(['Removed ', { code: document.id }, `: questions no longer find ${document.title ?? 'it'}.`]) : notice(removed.message);
    }
    default:
      return notice(STALE);
  }
}
