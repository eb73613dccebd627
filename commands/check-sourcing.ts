import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { notice } from '../src/render/reply.js';
import type { App, Command, Invocation } from './types.js';

export const data = new ContextMenuCommandBuilder().setName('Check sourcing').setType(ApplicationCommandType.Message);

/** What the corpus says about the claim in a message, with caveats; shown only to the person who asked. */
export async function execute(invocation: Invocation, app: App): Promise<void> {
  const claim = (invocation.targetText ?? '').trim();
  if (!claim) {
    await invocation.reply(notice('That message has no text to check.'));
    return;
  }
  const answer = app.engine.ask(claim, { limit: 3 });
  if (answer.noAnswer) {
    await invocation.reply(notice('The corpus does not cover this claim.'));
    return;
  }
  const cards = answer.answers.map((a) => ({ kind: 'passage' as const, passage: a.passage, source: a.source, highlights: app.engine.highlights(a.passage, a.matchedTerms) }));
  await invocation.reply({ lines: [['What the corpus says about this:']], cards, actions: [], picks: [], ephemeral: true });
}

export default { data, execute } satisfies Command;
