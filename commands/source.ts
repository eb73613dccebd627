import { SlashCommandBuilder } from 'discord.js';
import { caveatReport } from '../src/answer/caveatReport.js';
import { LIMITS, truncate } from '../src/render/discord/text.js';
import { notice, sourceReply, type Line } from '../src/render/reply.js';
import type { App, Choice, Command, Invocation } from './types.js';

export const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription('What is known about an article and its outlet')
  .addStringOption((o) => o.setName('document').setDescription('Document id (optional when there is one article)').setMaxLength(100).setAutocomplete(true));

export async function execute(invocation: Invocation, app: App): Promise<void> {
  const wanted = invocation.string('document')?.trim();
  const docs = app.corpus.documents;
  const doc = wanted ? app.corpus.documentById.get(wanted) : docs.length === 1 ? docs[0] : undefined;
  if (!doc) {
    const lead: Line = wanted ? ['There is no document ', { code: truncate(wanted, 100) }, '.'] : ['Which article? Give its id:'];
    const list: Line[] = docs.slice(0, 20).map((d) => [{ code: d.id }, ` ${d.title ?? ''}`]);
    await invocation.reply({ ...notice(lead), lines: [lead, ...list] });
    return;
  }
  await invocation.reply(sourceReply(app.engine.source(doc.id)!, caveatReport(app.corpus, doc.id)));
}

export function autocomplete(_option: string, typed: string, app: App): Choice[] {
  return documentChoices(typed, app);
}

/** The documents whose id or title holds what is typed, as autocomplete choices. */
export function documentChoices(typed: string, app: App): Choice[] {
  const needle = typed.trim().toLowerCase();
  return app.corpus.documents
    .filter((d) => !needle || d.id.includes(needle) || (d.title ?? '').toLowerCase().includes(needle))
    .slice(0, 25)
    .filter((d) => d.id.length <= LIMITS.choiceValue)
    .map((d) => ({ name: truncate(`${d.id} — ${d.title ?? ''}`, LIMITS.choiceName), value: d.id }));
}

export default { data, execute, autocomplete } satisfies Command;
