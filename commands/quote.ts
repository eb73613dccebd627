import { SlashCommandBuilder } from 'discord.js';
import { isQuotable } from '../src/passages/types.js';
import { LIMITS, truncate } from '../src/render/discord/text.js';
import { notice, quoteReply } from '../src/render/reply.js';
import type { App, Choice, Command, Invocation } from './types.js';

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('Show one passage with its sourcing caveats')
  .addStringOption((o) => o.setName('passage').setDescription('Passage id, e.g. article#5').setRequired(true).setMaxLength(200).setAutocomplete(true));

export async function execute(invocation: Invocation, app: App): Promise<void> {
  const id = (invocation.string('passage') ?? '').trim();
  const passage = app.corpus.passage(id);
  if (!passage || !isQuotable(passage)) {
    await invocation.reply(notice(['There is no passage ', { code: truncate(id, 100) }, '. Start typing to see the passages.']));
    return;
  }
  await invocation.reply(quoteReply(passage, app.engine.source(passage.doc)!));
}

export function autocomplete(_option: string, typed: string, app: App): Choice[] {
  const needle = typed.trim().toLowerCase();
  return app.corpus.passages
    .filter(isQuotable)
    .filter((p) => !needle || p.id.toLowerCase().includes(needle) || p.text.toLowerCase().includes(needle))
    .slice(0, 25)
    .filter((p) => p.id.length <= LIMITS.choiceValue)
    .map((p) => ({ name: truncate(`${p.id} — ${p.text.replace(/\s+/gu, ' ')}`, LIMITS.choiceName), value: p.id }));
}

export default { data, execute, autocomplete } satisfies Command;
