import { SlashCommandBuilder } from 'discord.js';
import { isQuotable } from '../src/passages/types.js';
import { helpReply } from '../src/render/reply.js';
import type { App, Command, Invocation } from './types.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('How to ask Fineprint, and what its labels mean');

export async function execute(invocation: Invocation, app: App): Promise<void> {
  const passages = app.corpus.passages.filter(isQuotable).length;
  await invocation.reply(helpReply(app.corpus.documents.length, passages));
}

export default { data, execute } satisfies Command;
