import { SlashCommandBuilder } from 'discord.js';
import type { App, Command, Invocation } from '../src/bot/invocation.js';
import { helpReply } from '../src/render/replies.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('How to ask Fineprint, and what its labels mean');

export async function execute(invocation: Invocation, app: App): Promise<void> {
  const passages = app.corpus.passages.filter((p) => p.section !== 'boilerplate' && p.section !== 'breadcrumb').length;
  await invocation.reply(helpReply(app.corpus.documents.length, passages));
}

export default { data, execute } satisfies Command;
