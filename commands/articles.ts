import { SlashCommandBuilder } from 'discord.js';
import type { CorpusIndex } from '../src/ingest/corpusIndex.js';
import { isQuotable } from '../src/passages/types.js';
import type { Action, Line, Reply } from '../src/render/reply.js';
import type { App, Command, Invocation } from './types.js';

/** Articles a page of the list shows. */
const PAGE = 10;

export const data = new SlashCommandBuilder().setName('articles').setDescription('The articles Fineprint answers from, newest first');

/** One page of the documents, newest first, with buttons to the pages around it. */
export function articleListReply(corpus: CorpusIndex, offset: number): Reply {
  const documents = [...corpus.documents].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.id.localeCompare(b.id));
  const lastPage = documents.length === 0 ? 0 : Math.floor((documents.length - 1) / PAGE) * PAGE;
  const start = Math.min(Math.max(0, offset), lastPage);
  const page = documents.slice(start, start + PAGE);
  const lines: Line[] = page.map((d) => {
    const passages = corpus.passagesOf(d.id).filter(isQuotable).length;
    const about = [d.title ?? '(untitled)', d.outlet, d.meta.published, `${passages} passage${passages === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
    return [{ code: d.id }, ` — ${about}`];
  });
  if (documents.length === 0) lines.push(['The corpus holds no articles.']);
  const actions: Action[] = [];
  if (start > 0) actions.push({ kind: 'articles-page', offset: start - PAGE, label: 'Previous' });
  if (start + PAGE < documents.length) actions.push({ kind: 'articles-page', offset: start + PAGE, label: 'Next' });
  const shown = documents.length === 0 ? '' : ` (${start + 1}–${start + page.length} of ${documents.length})`;
  return { lines: [], cards: [{ kind: 'text', title: `Articles${shown}`, lines }], actions, picks: [], ephemeral: true };
}

/** When an article was published, else when it was added; undated ones last. */
function dateOf(document: CorpusIndex['documents'][number]): string {
  return document.meta.published ?? document.meta.added?.at ?? '';
}

export async function execute(invocation: Invocation, app: App): Promise<void> {
  await invocation.reply(articleListReply(app.corpus, 0));
}

export default { data, execute } satisfies Command;
