import { SlashCommandBuilder } from 'discord.js';
import type { App, Choice, Command, Invocation } from '../src/bot/invocation.js';
import { LIMITS, truncate } from '../src/render/discordText.js';
import { notice } from '../src/render/reply.js';
import { answerReply, noAnswerReply } from '../src/render/replies.js';

export const MAX_QUESTION = 300;

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the news articles: get the passage that answers, with its sourcing caveats')
  .addStringOption((o) =>
    o.setName('question').setDescription('Your question, e.g. who is behind the attacks?').setRequired(true).setMaxLength(MAX_QUESTION).setAutocomplete(true),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you'));

/** Answers a question with its best passage, or says the corpus does not answer it. */
export async function ask(invocation: Invocation, app: App, question: string, offset: number, ephemeral: boolean): Promise<void> {
  if (question.trim() === '') {
    await invocation.reply(notice('Ask a question with some words in it, for example: `/ask who is behind the attacks?`'));
    return;
  }
  const answer = app.engine.ask(question, { limit: offset + 2 });
  const quoted = answer.answers[offset];
  if (answer.noAnswer || !quoted) {
    const nearby = offset === 0 ? app.engine.nearby(question, 5) : [];
    const titles = app.corpus.documents.map((d) => d.title).filter((t): t is string => t !== null);
    await invocation.reply(offset === 0 ? noAnswerReply(question, nearby, titles.slice(0, 3)) : notice('There are no more passages that answer this.'));
    return;
  }
  const highlights = app.engine.highlights(quoted.passage, quoted.matchedTerms);
  const hasMore = answer.answers.length > offset + 1;
  await invocation.reply(answerReply({ question, answer: quoted, highlights, offset, hasMore, askerId: invocation.userId, ephemeral }));
}

export async function execute(invocation: Invocation, app: App): Promise<void> {
  await ask(invocation, app, invocation.string('question') ?? '', 0, invocation.boolean('private') ?? false);
}

/** Suggestions while typing: the question as typed, then its last word completed from the corpus's words. */
export function autocomplete(_option: string, typed: string, app: App): Choice[] {
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
