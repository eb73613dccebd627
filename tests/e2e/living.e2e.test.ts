/**
 * Articles added and removed from Discord, end to end: the bot process, the
 * real discord.js client, the loopback Discord serving the attached files.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticles, readCorpusFiles } from '../../src/corpus/load.js';
import { PROJECT, tempCorpus } from '../helpers.js';
import { checkReply, EPHEMERAL, interact, startBot, stopBot, type BotProcess, type Callback } from './harness.js';
import { ASKER, button, command, formSubmit, memberButton, MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, OTHER, subcommand } from './interactions.js';
import { APPLICATION_ID, DiscordStandIn, EDITOR_ROLE_ID as EDITOR_ROLE, type Recorded } from './standIn.js';

const MODERATOR = { user: ASKER, permissions: MODERATOR_PERMISSIONS };
const MEMBER = { user: OTHER, permissions: MEMBER_PERMISSIONS };

/** An article nobody else has: a ferry company's strike, with a named and an anonymous source. */
const FERRY = `---
title: Ferry crews strike over rosters
outlet: The Harbour Ledger
published: 2026-11-30
---
# Ferry crews strike over rosters

Crews of the Tidewell ferry line walked off the job on Monday after talks on new rosters collapsed, stranding about 4,000 commuters.

"We asked for rest days and got a spreadsheet," said Maren Holt, who speaks for the crews' union.

A manager at Tidewell, who asked not to be named, said the company would bring in relief crews from Norland by Thursday.
`;

let standIn: DiscordStandIn;
let corpusDir: string;
let bot: BotProcess;

function start(): Promise<BotProcess> {
  const started = startBot(standIn, { CORPUS_DIR: corpusDir, ADDED_CORPUS_DIR: 'added', EDITOR_ROLE_ID: EDITOR_ROLE });
  return started.until(() => started.logs().includes('connected to Discord'), 'the bot to connect').then(() => started);
}

/** The answer to an interaction the bot deferred: the edit of its original response. */
async function deferredAnswer(interaction: APIInteraction): Promise<Callback> {
  const edited = standIn.waitFor((r) => r.method === 'PATCH' && r.path.endsWith(`/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`), 15_000);
  const first = await interact(standIn, interaction);
  expect(first.type).toBe(5);
  expect(first.data!.flags! & EPHEMERAL).toBe(EPHEMERAL);
  const answer = { type: 4, data: ((await edited) as Recorded).body as Callback['data'] };
  checkReply(answer);
  return answer;
}

const text = (callback: Callback) => [callback.data!.content ?? '', ...(callback.data!.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? ''])].join('\n');
const ask = async (question: string) => (await interact(standIn, command('ask', { question }))).data!;

beforeAll(async () => {
  standIn = new DiscordStandIn();
  await standIn.start();
  corpusDir = tempCorpus({});
  cpSync(join(PROJECT, 'corpus'), corpusDir, { recursive: true });
  bot = await start();
}, 60_000);

afterAll(async () => {
  await stopBot(bot);
  await standIn.stop();
});

describe('articles added and removed from Discord', () => {
  it('a moderator adds an attached article; it is answerable at once; removed, it is not', async () => {
    const file = standIn.attach('ferry-strike.md', Buffer.from(FERRY));
    const added = await deferredAnswer(subcommand('article', 'add', {}, { file }, MODERATOR));
    expect(text(added)).toMatch(/Article added[\s\S]*ferry-strike[\s\S]*Ferry crews strike over rosters[\s\S]*The Harbour Ledger/u);
    expect(text(added)).toMatch(/anonymous sources 1/u);

    const answer = await ask('how many commuters were stranded by the ferry strike?');
    expect(answer.embeds![0]!.description!.replace(/\*\*/gu, '')).toContain('stranding about 4,000 commuters');
    // The asker's next question names no one: it follows on from the ferry story; someone else's, or the asker's
    // after Every article, is asked of every article.
    const followUp = await ask('what did the anonymous source say?');
    expect(followUp.content).toMatch(/Following on from “Ferry crews strike over rosters”/u);
    expect(followUp.embeds![0]!.description!.replace(/\*\*/gu, '')).toContain('relief crews from Norland');
    const every = followUp.components![0]!.components.find((c) => c.label === 'Every article')!.custom_id!;
    expect((await interact(standIn, command('ask', { question: 'what did the anonymous source say?' }, OTHER))).data!.embeds![0]!.footer!.text).not.toMatch(/ferry-strike/u);
    expect((await interact(standIn, button(every, followUp.content!))).data!.embeds![0]!.footer!.text).not.toMatch(/ferry-strike/u);
    const stored = readFileSync(join(corpusDir, 'added', 'ferry-strike.md'), 'utf8');
    expect(stored).toMatch(new RegExp(`added:\\n  by: "?${ASKER.id}"?\\n  at: `, 'u'));

    const listed = await interact(standIn, command('articles'));
    expect(text(listed)).toMatch(/ferry-strike/u);

    const confirm = await interact(standIn, subcommand('article', 'remove', { document: 'ferry-strike' }, {}, MODERATOR));
    const removeButton = confirm.data!.components![0]!.components.find((c) => c.label === 'Remove')!;
    expect(confirm.data!.flags! & EPHEMERAL).toBe(EPHEMERAL);
    // Nothing is removed before the button; a member without the right cannot press it to effect.
    expect((await ask('how many commuters were stranded by the ferry strike?')).embeds).toHaveLength(1);
    expect((await interact(standIn, memberButton(removeButton.custom_id!, MEMBER))).data!.content).toMatch(/Only members with Manage Server/u);
    const removed = await deferredAnswer(memberButton(removeButton.custom_id!, MODERATOR));
    expect(removed.data!.content).toMatch(/Removed/u);
    expect((await ask('how many commuters were stranded by the ferry strike?')).content).toMatch(/does not answer/u);
    expect(readdirSync(join(corpusDir, 'added'))).toEqual([]);
  });

  it('a member without Manage Server or the editor role is refused; the editor role may add', async () => {
    const file = standIn.attach('ferry-strike.md', Buffer.from(FERRY));
    const refused = await interact(standIn, subcommand('article', 'add', {}, { file }, MEMBER));
    expect(refused.data!.content).toMatch(/Only members with Manage Server/u);
    expect(refused.data!.flags! & EPHEMERAL).toBe(EPHEMERAL);

    const editor = { user: OTHER, permissions: MEMBER_PERMISSIONS, roles: [EDITOR_ROLE] };
    const added = await deferredAnswer(subcommand('article', 'add', { outlet: 'Harbour Ledger Online' }, { file }, editor));
    expect(text(added)).toMatch(/Harbour Ledger Online/u);
    // The same text again, under another name, is refused with the document that has it.
    const again = await deferredAnswer(subcommand('article', 'add', {}, { file: standIn.attach('copy.md', Buffer.from(FERRY.replace('title: Ferry', 'id: another\ntitle: Ferry'))) }, MODERATOR));
    expect(text(again)).toMatch(/same text is already in the corpus as "ferry-strike"/u);
    const dup = await deferredAnswer(subcommand('article', 'add', {}, { file: standIn.attach('ferry-strike.txt', Buffer.from('Another story entirely.\n')) }, MODERATOR));
    expect(text(dup)).toMatch(/already has a document "ferry-strike"/u);
  });

  it('a broken file gets the loader’s message with its line; a 5 MB attachment is refused unread', async () => {
    const broken = standIn.attach('notes.md', Buffer.from('---\ntitle: Notes\npublished: last week\n---\nSome text.\n'));
    expect(text(await deferredAnswer(subcommand('article', 'add', {}, { file: broken }, MODERATOR)))).toMatch(/notes\.md:3: front matter "published": expected a date/u);

    const big = standIn.attach('big.txt', Buffer.alloc(5 * 1024 * 1024, 'a'));
    const before = standIn.requests.length;
    const refused = await interact(standIn, subcommand('article', 'add', {}, { file: big }, MODERATOR));
    expect(refused.type).toBe(4);
    expect(refused.data!.content).toMatch(/5\.0 MB; articles of up to 1 MB/u);
    expect(standIn.requests.slice(before).some((r) => r.path.includes('/attachments/'))).toBe(false);

    // A file larger than Discord announced is cut off while it downloads.
    const understated = standIn.attach('small.txt', Buffer.alloc(2 * 1024 * 1024, 'b'), 1000);
    expect(text(await deferredAnswer(subcommand('article', 'add', {}, { file: understated }, MODERATOR)))).toMatch(/larger than 1024 KB/u);
    expect(readdirSync(join(corpusDir, 'added')).filter((name) => !name.startsWith('ferry'))).toEqual([]);
  });

  it('without a file, a form takes pasted text, in parts, with the fields typed with the command', async () => {
    const form = await interact(standIn, subcommand('article', 'add', { outlet: 'Coastal Weekly', url: 'https://coastal.example/skarvik' }, {}, MODERATOR));
    expect(form.type).toBe(9);
    expect(form.data!.custom_id).toBe('fp:form:article');
    const inputs = (form.data!.components as unknown as { components: { custom_id: string; max_length: number; value?: string }[] }[]).map((row) => row.components[0]!);
    expect(inputs.map((i) => i.custom_id)).toEqual(['text', 'text-2', 'text-3', 'outlet', 'published']);
    expect(inputs.find((i) => i.custom_id === 'outlet')!.value).toBe('Coastal Weekly');
    const submitted = formSubmit('fp:form:article', {
      text: 'Lighthouse keepers return to Skarvik\n\nThe Skarvik lighthouse will be staffed again from January, the coast authority said on Friday.',
      'text-2': 'Automation failed twice in storms last winter, leaving the light dark for eleven hours.',
      'text-3': '',
      outlet: 'Coastal Weekly',
      published: '2026-12-01',
    });
    const added = await deferredAnswer(submitted);
    expect(text(added)).toMatch(/Article added[\s\S]*lighthouse-keepers-return-to-skarvik[\s\S]*Coastal Weekly/u);
    expect((await ask('how long was the skarvik light dark?')).embeds![0]!.description!.replace(/\*\*/gu, '')).toMatch(/dark for eleven hours/u);
    expect(readFileSync(join(corpusDir, 'added', 'lighthouse-keepers-return-to-skarvik.md'), 'utf8')).toMatch(/url: https:\/\/coastal\.example\/skarvik/u);
  });

  it('killed with SIGKILL in the middle of adds, the corpus is consistent and the next start serves it', async () => {
    for (const delayMs of [0, 40, 70, 100, 150]) {
      const id = `kill-test-${delayMs}`;
      const file = standIn.attach(`${id}.md`, Buffer.from(FERRY.replace('title: Ferry crews', `id: ${id}\ntitle: Ferry crews`).replace('Tidewell', `Tidewell ${delayMs}`)));
      const interaction = subcommand('article', 'add', {}, { file }, MODERATOR);
      await standIn.interact(interaction);
      await new Promise((r) => setTimeout(r, delayMs));
      const exited = new Promise((r) => bot.child.once('exit', r));
      bot.child.kill('SIGKILL');
      await exited;

      // Whatever the moment, every article file in the corpus loads whole.
      expect(() => parseArticles(readCorpusFiles(corpusDir))).not.toThrow();
      const written = readdirSync(join(corpusDir, 'added')).includes(`${id}.md`);
      bot = await start();
      expect(readdirSync(join(corpusDir, 'added')).filter((name) => name.startsWith('.'))).toEqual([]);
      const answer = await ask(`what happened at Tidewell ${delayMs}?`);
      if (written) expect(answer.embeds![0]!.footer!.text).toContain(id);
    }
  }, 120_000);
});
