import { SlashCommandBuilder } from 'discord.js';
import { LIMITS, truncate } from '../src/render/discord/text.js';
import { answerReply, noAnswerReply, notice, type Reply } from '../src/render/reply.js';
import { documentChoices } from './source.js';
import type { App, Choice, Command, Invocation } from './types.js';

export const MAX_QUESTION = 300;

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the news articles: get the passage that answers, with its sourcing caveats')
  .addStringOption((o) =>
    o.setName('question').setDescription('Your question, e.g. who is behind the attacks?').setRequired(true).setMaxLength(MAX_QUESTION).setAutocomplete(true),
  )
  .addStringOption((o) => o.setName('article').setDescription('Answer from this article only').setMaxLength(100).setAutocomplete(true))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you'));

/**
 * The answer at one position among a question's answers (0 for the best), or
 * that the corpus does not answer it: what /ask and its "More passages" button send.
 * `follows` is the story the asker was last answered from (AskOptions.follows).
 */
export function answerPage(app: App, question: string, offset: number, askerId: string, ephemeral: boolean, article?: string, follows?: string): Reply {
  if (question.trim() === '') return notice(['Ask a question with some words in it, for example: ', { code: '/ask who is behind the attacks?' }]);
  if (article !== undefined && !app.corpus.documentById.has(article)) {
    return notice(['There is no article ', { code: article }, ' in the corpus: pick one from the list as you type, or leave the option out to ask every article.']);
  }
  const answer = app.engine.ask(question, { limit: offset + 2, article, follows });
  const quoted = answer.answers[offset];
  if (answer.noAnswer || !quoted) {
    if (offset > 0) return notice('There are no more passages that answer this.');
    const titles = app.corpus.documents.map((d) => d.title).filter((t): t is string => t !== null);
    const scopedTitle = article === undefined ? undefined : (app.corpus.documentById.get(article)!.title ?? article);
    return noAnswerReply(question, app.engine.nearby(question, 5), titles.slice(0, 3), scopedTitle);
  }
  const highlights = app.engine.highlights(quoted.passage, quoted.matchedTerms);
  const hasMore = answer.answers.length > offset + 1;
  // A follow-up's further passages come from the story it followed, as an article chosen would.
  const asked = article ?? answer.followed;
  const followed = answer.followed === undefined ? {} : { followed: quoted.source.title ?? answer.followed };
  return answerReply({ question, answer: quoted, highlights, offset, hasMore, askerId, ephemeral, ...(asked === undefined ? {} : { article: asked }), ...followed });
}

export async function execute(invocation: Invocation, app: App): Promise<void> {
  const article = invocation.string('article')?.trim() || undefined;
  const { conversation } = invocation;
  const follows = article === undefined ? app.conversations?.storyOf(conversation) : undefined;
  const reply = answerPage(app, invocation.string('question') ?? '', 0, invocation.userId, invocation.boolean('private') ?? false, article, follows);
  const answered = reply.cards[0];
  if (answered?.kind === 'passage') app.conversations?.remember(conversation, answered.passage.doc);
  await invocation.reply(reply);
}

/** Suggestions while typing: for the article, the documents; for the question, the question as typed, then its last word completed from the corpus's words. */
export function autocomplete(option: string, typed: string, app: App): Choice[] {
  if (option === 'article') return documentChoices(typed, app);
  const text = typed.replace(/\s+/gu, ' ').trimStart();
  const choices: Choice[] = [];
  const add = (value: string) => {
    const v = truncate(value, LIMITS.choiceValue);
    if (v.trim() && !choices.some((c) => c.value === v)) choices.push({ name: truncate(value, LIMITS.choiceName), value: v });
  };
  if (text === '') {
    for (const doc of app.corpus.documents) if (doc.title) add(`What does the article say about ${doc.title}?`);
    return choices.slice(0, 25);
  }
  add(text);
  const last = /(\S+)$/u.exec(text)?.[1]?.toLowerCase() ?? '';
  if (!/\s$/u.test(typed)) {
    for (const word of app.engine.corpus.index.completions(last, 24)) add(`${text.slice(0, text.length - last.length)}${word}`);
  }
  return choices.slice(0, 25);
}

export default { data, execute, autocomplete } satisfies Command;
