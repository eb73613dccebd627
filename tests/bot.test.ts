import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { commands } from '../commands/index.js';
import type { App } from '../commands/types.js';
import { AnswerEngine } from '../src/answer/engine.js';
import { handleComponent, STALE } from '../src/bot/components.js';
import { consoleCommand } from '../src/bot/console.js';
import { Conversations } from '../src/bot/conversations.js';
import { Cooldowns } from '../src/bot/cooldowns.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { customIdOf, PICK_ID, questionFromEcho } from '../src/render/discord/customIds.js';
import { discordMessage, type DiscordMessage } from '../src/render/discord/message.js';
import { payloadOf } from '../src/render/discord/payload.js';
import { escapeForDiscord, LIMITS, truncate, unescapeForDiscord } from '../src/render/discord/text.js';
import { answerReply, noAnswerReply, quoteReply, type Reply } from '../src/render/reply.js';
import { openCorpus } from '../src/ingest/open.js';
import { BUNDLED_CORPUS, PROJECT, STRIKE_STORIES, tempCorpus } from './helpers.js';

const corpus = openCorpus(BUNDLED_CORPUS, { cacheDir: null });
const app: App = { corpus, engine: new AnswerEngine(corpus) };
/** A reply as Discord shows it. */
type Shown = DiscordMessage;
const show = discordMessage;
const run = async (line: string) => show((await consoleCommand(line, app))!);
const BUTTON = {
  more: (offset: number) => customIdOf({ kind: 'more', offset }),
  context: (passage: string) => customIdOf({ kind: 'context', passage }),
  delete: (asker: string) => customIdOf({ kind: 'delete', asker }),
  pick: PICK_ID,
};

/** Undoes the escaping and bold of Discord text, to compare it with the corpus. */
const unescape = (text: string) => text.replace(/^> /gmu, '').replace(/\*\*/gu, '').replace(/\\(.)/gu, '$1').replace(/\u200b/gu, '');

/** Every Discord limit a reply must hold (docs/discord-limits.md). */
function expectWithinLimits(reply: Shown) {
  const payload = payloadOf(reply);
  expect(payload.allowedMentions).toEqual({ parse: [] });
  expect((payload.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(reply.embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const e of reply.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.footer ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
    expect(e.fields.length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of e.fields) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      total += f.name.length + f.value.length;
    }
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer ?? '').length;
    // Bold markers come in pairs once escaped asterisks are set aside.
    expect(((e.description ?? '').replace(/\\\*/gu, '').match(/\*\*/gu) ?? []).length % 2).toBe(0);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect(reply.buttons.length).toBeLessThanOrEqual(5);
  for (const b of reply.buttons) {
    expect(b.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    if (b.kind === 'action') expect(b.id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
  for (const c of reply.menu?.choices ?? []) {
    expect(c.label.length).toBeLessThanOrEqual(LIMITS.selectLabel);
    expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
  }
  const all = JSON.stringify(reply);
  expect(all).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
}

describe('command definitions', () => {
  interface Option {
    name: string;
    description: string;
    max_length?: number;
    options?: Option[];
  }
  const definitions = [...commands.values()].map(
    (c) => c.data.toJSON() as { name: string; description: string; type?: number; options?: Option[]; default_member_permissions?: string | null; contexts?: number[] },
  );

  it('follow Discord’s naming and length rules', () => {
    let characters = 0;
    for (const d of definitions) {
      expect(d.name).toMatch(/^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai} ]{1,32}$/u);
      if ((d.type ?? 1) === 1) {
        expect(d.name).toMatch(/^[-_'\p{Ll}\p{N}]{1,32}$/u);
        expect(d.description.length).toBeGreaterThanOrEqual(1);
        expect(d.description.length).toBeLessThanOrEqual(100);
      }
      const check = (options: typeof d.options) => {
        expect((options ?? []).length).toBeLessThanOrEqual(25);
        for (const o of options ?? []) {
          expect(o.name).toMatch(/^[-_'\p{Ll}\p{N}]{1,32}$/u);
          expect(o.description.length).toBeLessThanOrEqual(100);
          expect(o.max_length ?? 0).toBeLessThanOrEqual(6000);
          check(o.options);
        }
      };
      check(d.options);
      characters += JSON.stringify(d).length;
    }
    expect(definitions.map((d) => d.name).sort()).toEqual(['Check sourcing', 'article', 'articles', 'ask', 'caveats', 'help', 'quote', 'source']);
    // Adding and removing articles is offered to Manage Server, in servers only; the list is for everyone.
    const article = definitions.find((d) => d.name === 'article')!;
    expect(article.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(article.contexts).toEqual([InteractionContextType.Guild]);
    expect(definitions.find((d) => d.name === 'articles')!.default_member_permissions ?? null).toBeNull();
    expect(characters / definitions.length).toBeLessThan(8000);
  });
});

describe('/ask', () => {
  it('answers with the verbatim passage, who says so, its caveats, provenance, and buttons', async () => {
    const reply = await run('/ask who is behind the attacks on US forces?');
    expectWithinLimits(reply);
    expect(reply.ephemeral).toBe(false);
    const [embed] = reply.embeds;
    const passage = corpus.passage(embed!.footer!.split(" · ")[2]!)!;
    expect(unescape(embed!.description!)).toBe(passage.text);
    expect(embed!.description).toMatch(/\*\*attacks?\*\*/u);
    expect(embed!.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Who says so', 'What a careful reader should know', 'About Press TV']));
    expect(reply.buttons.map((b) => b.label)).toEqual(['More passages', 'Context', 'Delete']);
    expect(questionFromEcho(reply.content!)).toBe('who is behind the attacks on US forces?');
  });

  it('answers from the one article chosen, keeps it for "More passages", and names an article that is not there', async () => {
    const two = openCorpus(
      tempCorpus({
        'harbour.txt': 'Harbour closes\n\nThe harbour closed after the storm on Monday.\n\nThe harbour master said repairs would take a month.\n',
        'ferry.txt': 'Ferry returns\n\nThe ferry returned to the harbour after the storm passed.\n\nPassengers said the crossing after the storm was rough.\n',
      }),
      { cacheDir: null },
    );
    const scoped: App = { corpus: two, engine: new AnswerEngine(two) };
    const footerDoc = (reply: Shown) => reply.embeds[0]!.footer!.split(' · ')[2]!.split('#')[0];
    const first = show((await consoleCommand('/ask what happened to the harbour after the storm --article ferry', scoped))!);
    expect(footerDoc(first)).toBe('ferry');
    const moreId = first.buttons.find((b) => b.label === 'More passages');
    expect(moreId?.kind === 'action' && moreId.id).toBe(customIdOf({ kind: 'more', offset: 1, article: 'ferry' }));
    const more = await handleComponent({ customId: customIdOf({ kind: 'more', offset: 1, article: 'ferry' }), userId: 'u1', messageContent: first.content!, values: [], mayEdit: false, defer: async () => undefined }, scoped);
    expect(footerDoc(show(more as Reply))).toBe('ferry');
    const gone = await handleComponent({ customId: customIdOf({ kind: 'more', offset: 1, article: 'pier' }), userId: 'u1', messageContent: first.content!, values: [], mayEdit: false, defer: async () => undefined }, scoped);
    expect(show(gone as Reply).content).toMatch(/no longer in the corpus/u);
    expect(show((await consoleCommand('/ask who closed the harbour --article pier', scoped))!).content).toMatch(/There is no article `pier`/u);
    expect(show((await consoleCommand('/ask what did the minister say about taxes --article ferry', scoped))!).content).toMatch(/“Ferry returns” does not answer this/u);
    expect(commands.get('ask')!.autocomplete!('article', 'harb', scoped)).toEqual([{ name: 'harbour — Harbour closes', value: 'harbour' }]);
  });

  it('answers a follow-up from the story the member asked about last, says so, and keeps to it for "More passages"', async () => {
    const strikes = openCorpus(tempCorpus(STRIKE_STORIES), { cacheDir: null });
    const followed: App = { corpus: strikes, engine: new AnswerEngine(strikes), conversations: new Conversations() };
    const footerDoc = (reply: Shown) => reply.embeds[0]!.footer!.split(' · ')[2]!.split('#')[0];
    const raise = '/ask how big a raise do they want';
    const unfollowed = footerDoc(show((await consoleCommand(raise, { ...followed, conversations: undefined }))!));
    const other = unfollowed === 'mill' ? 'port' : 'mill';
    const named = { mill: '/ask when did the Dunmore mill workers walk out', port: '/ask when did the Kelby dockers walk out' }[other];
    expect(footerDoc(show((await consoleCommand(named, followed))!))).toBe(other);
    const reply = show((await consoleCommand(raise, followed))!);
    expect(footerDoc(reply)).toBe(other);
    expect(reply.content).toMatch(new RegExp(`Following on from “${other === 'mill' ? 'Mill' : 'Port'} strike”`, 'u'));
    expect(reply.buttons.map((b) => b.label)).toContain('Every article');
    const more = reply.buttons.find((b) => b.label === 'More passages');
    expect(more?.kind === 'action' && more.id).toBe(customIdOf({ kind: 'more', offset: 1, article: other }));
    expectWithinLimits(reply);
    // One press asks every article again, as if nothing had been asked before.
    const every = await handleComponent({ customId: customIdOf({ kind: 'every' }), userId: 'console', messageContent: reply.content!, values: [], mayEdit: false, defer: async () => undefined }, followed);
    expect(footerDoc(show(every as Reply))).toBe(unfollowed);
    expect(show(every as Reply).content).not.toMatch(/Following on/u);
  });

  it('forgets the story a conversation followed after a quiet spell, and the quietest conversations first', () => {
    let now = 0;
    const conversations = new Conversations(1_000, () => now);
    conversations.remember('general:u1', 'mill');
    now = 999;
    expect(conversations.storyOf('general:u1')).toBe('mill');
    expect(conversations.storyOf('general:u2')).toBeUndefined();
    now = 1_999;
    expect(conversations.storyOf('general:u1')).toBeUndefined();
    for (let i = 0; i <= 10_000; i++) conversations.remember(`c${i}`, 'port');
    expect(conversations.storyOf('c0')).toBeUndefined();
    expect(conversations.storyOf('c10000')).toBe('port');
  });

  it('keeps a private answer to the asker, without a Delete button', async () => {
    const reply = await run('/ask patriot missiles --private');
    expect(reply.ephemeral).toBe(true);
    expect(reply.buttons.map((b) => b.label)).not.toContain('Delete');
  });

  it('says the corpus does not answer, privately, with nearby passages to pick', async () => {
    const reply = await run('/ask who won the last super bowl');
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/The corpus does not answer this/u);
    expectWithinLimits(reply);
  });

  it.each(['/ask', '/ask    ', '/ask the of and'])('answers %j clearly', async (line) => {
    const reply = await run(line);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/Ask a question|does not answer/u);
  });

  it('escapes mentions and markdown it echoes', async () => {
    const reply = await run('/ask @everyone <@123> <@&456> **bold** ||spoiler|| [link](http://x) ``` attacks');
    expectWithinLimits(reply);
    expect(reply.content).not.toMatch(/@everyone|<@123>|<@&456>/u);
    expect(reply.content).toContain('\\*\\*bold\\*\\*');
  });
});

describe('other commands', () => {
  it('/quote shows one passage, and names a passage that does not exist', async () => {
    const id = corpus.passages.find((p) => p.section === 'body')!.id;
    const reply = await run(`/quote ${id}`);
    expect(unescape(reply.embeds[0]!.description!)).toBe(corpus.passage(id)!.text);
    expect((await run('/quote nothing#99')).content).toMatch(/no passage/u);
    expect((await run(`/quote ${corpus.passages.find((p) => p.section === 'boilerplate')!.id}`)).content).toMatch(/no passage/u);
  });

  it('/source gives the provenance card with caveat counts', async () => {
    const reply = await run('/source');
    expectWithinLimits(reply);
    const names = reply.embeds[0]!.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['What is known about the outlet', 'Relays', 'Passages', 'Caveats']));
    expect(reply.embeds[0]!.fields.find((f) => f.name === 'Caveats')!.value).toMatch(/relayed-report: \d+/u);
    expect((await run('/source no-such-doc')).content).toMatch(/no document/u);
  });

  it('/caveats explains every kind with its count, /help explains the rest', async () => {
    const caveats = await run('/caveats');
    expect(caveats.embeds[0]!.fields).toHaveLength(9);
    expectWithinLimits(caveats);
    expect((await run('/help')).embeds[0]!.description).toMatch(/\/ask/u);
  });

  it('"Check sourcing" finds what the corpus says about a message, or says it does not cover it', async () => {
    const found = await run('/check Britain refused to join the American strikes');
    expect(found.ephemeral).toBe(true);
    expect(found.embeds.length).toBeGreaterThan(0);
    expectWithinLimits(found);
    expect((await run('/check my cat likes tuna')).content).toMatch(/does not cover/u);
    expect((await run('/check')).content).toMatch(/no text/u);
  });

  it('an unknown command gets a clear answer', async () => {
    expect((await run('/frobnicate now')).content).toMatch(/Unknown command/u);
  });
});

describe('buttons and menus', () => {
  const use = async (customId: string, messageContent = '', userId = 'u1', values: string[] = []) => {
    const result = await handleComponent({ customId, userId, messageContent, values, mayEdit: false, defer: async () => undefined }, app);
    return 'delete' in result ? result : show('update' in result ? result.update : result);
  };

  it('"More passages" answers with the next passage for the question in the message', async () => {
    const first = await run('/ask attacks on american forces in iraq');
    const more = (await use(BUTTON.more(1), first.content!)) as Shown;
    expect(more.embeds[0]!.footer).not.toBe(first.embeds[0]!.footer);
    expect(more.ephemeral).toBe(true);
  });

  it('"Context" shows the paragraphs around a passage', async () => {
    const id = corpus.passages.find((p) => p.section === 'body')!.id;
    const reply = (await use(BUTTON.context(id))) as Shown;
    expect(reply.embeds[0]!.description).toMatch(/Before[\s\S]*This passage[\s\S]*After/u);
  });

  it('"Delete" works for the asker only', async () => {
    expect(await use(BUTTON.delete('u1'), '', 'u1')).toEqual({ delete: true });
    expect(((await use(BUTTON.delete('u1'), '', 'u2')) as Shown).content).toMatch(/Only the person who asked/u);
  });

  it('a passage picked from the menu is quoted', async () => {
    const id = corpus.passages.find((p) => p.section === 'body')!.id;
    expect(((await use(BUTTON.pick, '', 'u1', [id])) as Shown).embeds).toHaveLength(1);
  });

  it.each(['fp:more:abc', 'fp:more:1', 'fp:ctx:none#1', 'fp:zap:1', 'other:thing', '', 'fp:pick'])('a stale or forged id %j gets a clear message', async (id) => {
    expect(((await use(id, 'no question here')) as Shown).content).toBe(STALE);
  });
});

describe('limits hold for any text', () => {
  const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.string({ unit: 'binary', maxLength: 6000 }), fc.constantFrom('*', '**', '\\', '|', '`', '@everyone', '<@1>', '\ud83d\ude00'.repeat(3000)));

  it('answer, no-answer and passage replies of any passage, caveat or question', () => {
    const base = corpus.passages.find((p) => p.section === 'body')!;
    const source = app.engine.source(base.doc)!;
    fc.assert(
      fc.property(text, text, text, fc.array(fc.nat(200), { maxLength: 20 }), (passageText, question, evidence, cuts) => {
        const passage = { ...base, text: passageText, attribution: [evidence, evidence], caveats: [{ kind: 'speculation' as const, evidence, note: evidence }] };
        const sorted = [...new Set(cuts)].sort((a, b) => a - b).filter((c) => c < passageText.length);
        const highlights: [number, number][] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) highlights.push([sorted[i]!, sorted[i + 1]!]);
        expectWithinLimits(
          show(answerReply({ question, answer: { passage, score: 1, matchedTerms: [], source: { ...source, title: evidence } }, highlights, offset: 0, hasMore: true, askerId: '1', ephemeral: false })),
        );
        expectWithinLimits(show(noAnswerReply(question, [passage, passage], [evidence])));
        expectWithinLimits(show(quoteReply(passage, source)));
      }),
      { numRuns: 150 },
    );
    // 150 replies built from strings of up to 6,000 characters: slow on a loaded machine, however correct.
  }, 120_000);

  it('truncation keeps to the limit without splitting a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), fc.integer({ min: 1, max: 400 }), (s, max) => {
        const t = truncate(s, max);
        expect(t.length).toBeLessThanOrEqual(max);
        expect(t).not.toMatch(/[\ud800-\udbff]$/u);
      }),
    );
  });

  it('unescaping gives back exactly the text that was escaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }).filter((t) => !t.includes('\u200b')), (t) => {
        expect(unescapeForDiscord(escapeForDiscord(t))).toBe(t);
      }),
    );
  });

  it('escaping leaves no live mention', () => {
    expect(escapeForDiscord('@everyone @here <@123> <@!5> <@&456> <#7>')).not.toMatch(/@everyone|@here|<@\d|<@!|<@&|<#/u);
  });
});

describe('cooldowns and configuration', () => {
  it('makes a member wait, then lets them ask again', () => {
    let now = 0;
    const cooldowns = new Cooldowns(3000, () => now);
    expect(cooldowns.check('a')).toBe(0);
    now = 1000;
    expect(cooldowns.check('a')).toBe(2000);
    expect(cooldowns.check('b')).toBe(0);
    now = 3000;
    expect(cooldowns.check('a')).toBe(0);
  });

  it('names the variable that is missing or invalid', () => {
    const saved = { ...process.env };
    try {
      delete process.env.DISCORD_TOKEN;
      expect(() => loadConfig(['DISCORD_TOKEN'])).toThrow(ConfigError);
      expect(() => loadConfig(['DISCORD_TOKEN'])).toThrow(/^DISCORD_TOKEN: is required/u);
      process.env.COOLDOWN_SECONDS = 'soon';
      expect(() => loadConfig()).toThrow(/^COOLDOWN_SECONDS:/u);
      process.env.COOLDOWN_SECONDS = '2';
      process.env.DISCORD_API_URL = 'not a url';
      expect(() => loadConfig()).toThrow(/^DISCORD_API_URL:/u);
      delete process.env.DISCORD_API_URL;
      // Articles added from Discord must go where the corpus loader reads them.
      process.env.ADDED_CORPUS_DIR = '../elsewhere';
      expect(() => loadConfig()).toThrow(/^ADDED_CORPUS_DIR: must be a folder inside the corpus directory/u);
      process.env.ADDED_CORPUS_DIR = '.added';
      expect(() => loadConfig()).toThrow(/^ADDED_CORPUS_DIR: must not be a hidden folder/u);
      process.env.ADDED_CORPUS_DIR = 'added';
      expect(loadConfig().addedCorpusDir).toMatch(/added$/u);
    } finally {
      process.env = saved;
    }
  });

  it('npm start reads commands from a pipe and ends with its input; a bad variable is one line and exit 1', () => {
    const env = { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'silent' };
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'src/bot/main.ts'], { cwd: PROJECT, input: '/help\n/ask patriot missiles\n', encoding: 'utf8', env });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/How to use Fineprint/u);
    expect(ok.stdout).toMatch(/Patriot missile batteries/u);
    expect(ok.stderr).toMatch(/local console/u);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/bot/main.ts'], { cwd: PROJECT, input: '', encoding: 'utf8', env: { ...env, COOLDOWN_SECONDS: '-4' } });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/COOLDOWN_SECONDS/u);
  });
});
