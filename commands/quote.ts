import { SlashCommandBuilder } from 'discord.js';
import type { App, Choice, Command, Invocation } from '../src/bot/invocation.js';
import { escapeForDiscord, LIMITS, truncate } from '../src/render/discordText.js';
import { notice } from '../src/render/reply.js';
import { quoteReply } from '../src/render/replies.js';
import { findPassage } from '../src/bot/passages.js';

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('Show one passage with its sourcing caveats')
  .addStringOption((o) => o.setName('passage').setDescription('Passage id, e.g. article#5').setRequired(true).setMaxLength(200).setAutocomplete(true));

export async function execute(invocation: Invocation, app: App): Promise<void> {
  const id = (invocation.string('passage') ?? '').trim();
  const passage = findPassage(app, id);
  if (!passage) {
    await invocation.reply(notice(`There is no passage \`${escapeForDiscord(truncate(id, 100)) || ' '}\`. Start typing to see the passages.`));
    return;
  }
  await invocation.reply(quoteReply(passage, app.engine.source(passage.doc)!));
}

export function autocomplete(_option: string, typed: string, app: App): Choice[] {
  const needle = typed.trim().toLowerCase();
  return app.corpus.passages
    .filter((p) => p.section !== 'boilerplate' && p.section !== 'breadcrumb')
    .filter((p) => !needle || p.id.toLowerCase().includes(needle) || p.text.toLowerCase().includes(needle))
    .slice(0, 25)
    .filter((p) => p.id.length <= LIMITS.choiceValue)
    .map((p) => ({ name: truncate(`${p.id} — ${p.text.replace(/\s+/gu, ' ')}`, LIMITS.choiceName), value: p.id }));
}

export default { data, execute, autocomplete } satisfies Command;
