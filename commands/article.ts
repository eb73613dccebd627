import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { CAVEAT_KIND_INFO } from '../src/caveats/kinds.js';
import type { AddedArticle } from '../src/living/articleDesk.js';
import { MAX_ARTICLE_BYTES, UploadError, type ArticleUpload } from '../src/living/articleFile.js';
import { downloadAttachment } from '../src/living/download.js';
import type { CaveatKind } from '../src/passages/types.js';
import { formIdOf } from '../src/render/discord/customIds.js';
import { LIMITS, truncate } from '../src/render/discord/text.js';
import { notice, type Form, type Line, type Reply } from '../src/render/reply.js';
import { articleListReply } from './articles.js';
import { documentChoices } from './source.js';
import type { App, Choice, Command, Invocation } from './types.js';

const FIELDS = {
  url: 'Where the article was published (http or https)',
  outlet: 'The outlet that published it',
  published: 'When it was published, e.g. 2024-03-28',
  title: 'Its headline, if the text does not start with it',
} as const;

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription('Add or remove the articles Fineprint answers from (moderators)')
  // Who sees the command at first; every use is checked again (see mayEdit), as a server may change this.
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) => {
    s.setName('add')
      .setDescription('Add an article: attach a .txt or .md file, or leave it out to paste the text')
      .addAttachmentOption((o) => o.setName('file').setDescription('The article: .txt, or .md with optional front matter; up to 1 MB'));
    for (const [name, description] of Object.entries(FIELDS)) s.addStringOption((o) => o.setName(name).setDescription(description).setMaxLength(500));
    return s;
  })
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Remove an article from the corpus')
      .addStringOption((o) => o.setName('document').setDescription('Document id').setRequired(true).setMaxLength(100).setAutocomplete(true)),
  )
  .addSubcommand((s) => s.setName('list').setDescription('The articles in the corpus, newest first'));

export const NOT_ALLOWED = 'Only members with Manage Server, or the editor role this bot is set up with, can add or remove articles.';
const READ_ONLY = 'Articles cannot be added or removed here: this corpus is read-only.';

export async function execute(invocation: Invocation, app: App): Promise<void> {
  const sub = invocation.subcommand();
  if (sub === 'list') return invocation.reply(articleListReply(app.corpus, 0));
  if (!invocation.mayEdit) return invocation.reply(notice(NOT_ALLOWED));
  if (!app.articles) return invocation.reply(notice(READ_ONLY));
  if (sub === 'remove') return invocation.reply(confirmRemoval(app, invocation.string('document')?.trim() ?? ''));

  const fields = Object.fromEntries(Object.keys(FIELDS).map((name) => [name, invocation.string(name) ?? undefined]));
  const file = invocation.attachment('file');
  if (!file) return invocation.showForm(pasteForm());
  if (file.size > MAX_ARTICLE_BYTES) {
    return invocation.reply(notice(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; articles of up to 1 MB of text are accepted.`));
  }
  await invocation.defer();
  let bytes: Uint8Array;
  try {
    bytes = await downloadAttachment(file.url, MAX_ARTICLE_BYTES);
  } catch (error) {
    if (error instanceof UploadError) return invocation.reply(notice(error.message));
    throw error;
  }
  await invocation.reply(await addArticle(app, { fileName: file.name, bytes, fields, added: { by: invocation.userId, at: new Date().toISOString() } }));
}

/** The pasted-text form, filled in. */
export async function submit(values: ReadonlyMap<string, string>, invocation: Invocation, app: App): Promise<void> {
  if (!invocation.mayEdit) return invocation.reply(notice(NOT_ALLOWED));
  if (!app.articles) return invocation.reply(notice(READ_ONLY));
  const text = values.get('text') ?? '';
  const fields = Object.fromEntries(Object.keys(FIELDS).map((name) => [name, values.get(name) || undefined]));
  await invocation.defer();
  await invocation.reply(await addArticle(app, { fileName: null, bytes: Buffer.from(text), fields, added: { by: invocation.userId, at: new Date().toISOString() } }));
}

export function autocomplete(_option: string, typed: string, app: App): Choice[] {
  return documentChoices(typed, app);
}

async function addArticle(app: App, upload: ArticleUpload): Promise<Reply> {
  const result = await app.articles!.add(upload);
  return result.ok ? addedReply(result.value) : notice(result.message);
}

/** What the bot understood of an added article: the moderator checks it here. */
function addedReply({ document, passages, caveats }: AddedArticle): Reply {
  const kinds = (Object.entries(caveats) as [CaveatKind, number][]).map(([kind, count]) => `${CAVEAT_KIND_INFO[kind].plural} ${count}`);
  const lines: Line[] = [
    [{ strong: 'Document' }, ' ', { code: document.id }, ` (${document.file})`],
    [{ strong: 'Title' }, ` ${document.title ?? '(none found)'}`],
    [{ strong: 'Outlet' }, ` ${document.outlet ?? '(not given)'}`, document.meta.published ? ` · published ${document.meta.published}` : ''],
    [{ strong: 'Passages' }, ` ${passages}`, kinds.length > 0 ? ` · passages with caveats: ${kinds.join(', ')}` : ' · no caveats'],
    [],
    ['It can be asked about now, with ', { code: '/ask' }, '.'],
  ];
  return { lines: [], cards: [{ kind: 'text', title: 'Article added', lines }], actions: [], picks: [], ephemeral: true };
}

function confirmRemoval(app: App, id: string): Reply {
  const document = app.corpus.documentById.get(id);
  if (!document) return notice(['There is no document ', { code: truncate(id, 100) }, '. Start typing to see the documents.']);
  const line: Line = ['Remove ', { code: document.id }, ` — ${document.title ?? '(untitled)'}? Its file, ${document.file}, is deleted from the corpus.`];
  return { lines: [line], cards: [], actions: [{ kind: 'remove-article', doc: document.id }], picks: [], ephemeral: true };
}

function pasteForm(): Form {
  return {
    id: formIdOf('article'),
    title: 'Add an article',
    fields: [
      { id: 'text', label: 'The article text', paragraph: true, required: true, maxLength: LIMITS.textInputValue, placeholder: 'Paste the headline and the text' },
      ...(Object.entries(FIELDS) as [string, string][]).map(([id, description]) => ({
        id,
        label: truncate(description.split(' (')[0]!.split(',')[0]!, LIMITS.fieldLabel),
        paragraph: false,
        required: false,
        maxLength: 500,
      })),
    ],
  };
}

export default { data, execute, submit, autocomplete } satisfies Command;
