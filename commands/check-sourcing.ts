import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import type { App, Command, Invocation } from '../src/bot/invocation.js';
import { LIMITS } from '../src/render/discordText.js';
import { embedSize, fitEmbed, passageEmbed } from '../src/render/replies.js';
import { notice } from '../src/render/reply.js';

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
  const embeds = answer.answers.map((a) => fitEmbed(passageEmbed(a.passage, a.source, app.engine.highlights(a.passage, a.matchedTerms))));
  // Three embeds together must also stay inside Discord's 6,000 characters per message.
  while (embeds.length > 1 && embeds.reduce((n, e) => n + embedSize(e), 0) > LIMITS.embedTotal) embeds.pop();
  await invocation.reply({ content: 'What the corpus says about this:', embeds, buttons: [], ephemeral: true });
}

export default { data, execute } satisfies Command;
