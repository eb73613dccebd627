import { SlashCommandBuilder } from 'discord.js';
import { CAVEAT_KINDS, type CaveatKind } from '../src/passages/types.js';
import { caveatsReply } from '../src/render/reply.js';
import type { App, Command, Invocation } from './types.js';

export const data = new SlashCommandBuilder().setName('caveats').setDescription('What each sourcing caveat means, and how many passages carry it');

export async function execute(invocation: Invocation, app: App): Promise<void> {
  const counts = Object.fromEntries(CAVEAT_KINDS.map((k) => [k, 0])) as Record<CaveatKind, number>;
  for (const p of app.corpus.passages) for (const kind of new Set(p.caveats.map((c) => c.kind))) counts[kind]++;
  await invocation.reply(caveatsReply(counts));
}

export default { data, execute } satisfies Command;
