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
export const READ_ONLY = 'Articles cannot be added or removed here: this corpus is read-only.';

/** Why this member cannot change the corpus here, or null when they can; asked on every use. */
function refusal(invocation: Invocation, app: App): Reply | null {
  if (!invocation.mayEdit) return notice(NOT_ALLOWED);
  return app.articles ? null : notice(READ_ONLY);
}

/**
 * Fields given with `/article add` when the form for pasting opens, kept for
 * its submission by member (a form holds five fields, three of them for the text).
 */
const givenWithForm = new Map<string, { fields: ArticleUpload['fields']; until: number }>();
/** How long Discord lets an interaction's form be answered. */
const FORM_LIFETIME_MS = 15 * 60 * 1000;

export async function execute(invocation: Invocation, app: App): Promise<void> {
  const sub = invocation.subcommand();
  if (sub === 'list') return invocation.reply(articleListReply(app.corpus, 0));
  const refused = refusal(invocation, app);
  if (refused) return invocation.reply(refused);
  if (sub === 'remove') return invocation.reply(confirmRemoval(app, invocation.string('document')?.trim() ?? ''));

  const fields = Object.fromEntries(Object.keys(FIELDS).map((name) => [name, invocation.string(name) ?? undefined]));
  const file = invocation.attachment('file');
  if (!file) {
    givenWithForm.set(invocation.userId, { fields, until: Date.now() + FORM_LIFETIME_MS });
    return invocation.showForm(pasteForm(fields));
  }
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

/** The pasted-text form, filled in: its text fields joined, the fields typed with the command under those of the form. */
export async function submit(values: ReadonlyMap<string, string>, invocation: Invocation, app: App): Promise<void> {
  const refused = refusal(invocation, app);
  if (refused) return invocation.reply(refused);
  const given = givenWithForm.get(invocation.userId);
  givenWithForm.delete(invocation.userId);
  for (const [user, { until }] of givenWithForm) if (until < Date.now()) givenWithForm.delete(user);
  // A story pasted in parts continues on a new line: parts are split where the member chose, most often between paragraphs.
  const text = TEXT_FIELDS.map((id) => values.get(id) ?? '').filter(Boolean).join('\n');
  const fields = { ...(given && given.until >= Date.now() ? given.fields : {}) };
  for (const name of FORM_FIELDS) if (values.get(name)) fields[name] = values.get(name);
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

/** The form's fields for the text: a text input holds 4,000 characters, and a long story needs more. */
const TEXT_FIELDS = ['text', 'text-2', 'text-3'];
/** The other fields the form has room for; the URL and headline are given with the command. */
const FORM_FIELDS = ['outlet', 'published'] as const;

function pasteForm(given: ArticleUpload['fields']): Form {
  return {
    id: formIdOf('article'),
    title: 'Add an article',
    fields: [
      ...TEXT_FIELDS.map((id, i) => ({
        id,
        label: i === 0 ? 'The article: headline, then text' : 'The text, continued (if it is longer)',
        paragraph: true,
        required: i === 0,
        maxLength: LIMITS.textInputValue,
      })),
      ...FORM_FIELDS.map((id) => ({ id, label: FIELDS[id].split(',')[0]!, paragraph: false, required: false, maxLength: 500, value: given[id] })),
    ],
  };
}

export default { data, execute, submit, autocomplete } satisfies Command;
