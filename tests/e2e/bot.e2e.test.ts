import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers.js';
import { ASKER, OTHER, autocomplete, button, checkSourcing, command, select } from './interactions.js';
import { EPHEMERAL, interact, startBot, stopBot, TOKEN, type BotProcess, type Callback } from './harness.js';
import { APPLICATION_ID, DiscordStandIn, GUILD_ID } from './standIn.js';

const corpusText = readFileSync(`${PROJECT}/corpus/presstv-us-iraq-attacks.md`, 'utf8');
const unescape = (text: string) => text.replace(/^> /gmu, '').replace(/\*\*/gu, '').replace(/\\(.)/gu, '$1').replace(/\u200b/gu, '');

let standIn: DiscordStandIn;
let bot: ChildProcess;
let running: BotProcess;
const logs = () => running.logs();
const until = (condition: () => boolean, what: string) => running.until(condition, what);
const ask = (interaction: Parameters<DiscordStandIn['interact']>[0]) => interact(standIn, interaction);

beforeAll(async () => {
  standIn = new DiscordStandIn();
  await standIn.start();
  running = startBot(standIn);
  bot = running.child;
  await until(() => logs().includes('connected to Discord'), 'the bot to connect');
}, 60_000);

afterAll(async () => {
  await stopBot(running);
  await standIn.stop();
});

describe('the bot process against a loopback Discord', () => {
  it('connected with the Guilds intent only and a bare token', () => {
    const identify = standIn.gatewayReceived.find((p) => p.op === 2) as { d: { token: string; intents: number } } | undefined;
    expect(identify?.d.token).toBe(TOKEN);
    expect(identify?.d.intents).toBe(1);
    expect(logs()).not.toContain(TOKEN);
  });

  it('/ask answers with the verbatim passage, its attribution and caveats', async () => {
    const reply = await ask(command('ask', { question: 'Who is behind the attacks on US forces?' }));
    expect(reply.type).toBe(4);
    const embed = reply.data!.embeds![0]!;
    expect(corpusText).toContain(unescape(embed.description!));
    expect(embed.fields!.find((f) => f.name === 'Who says so')!.value).toMatch(/Press TV → The Washington Post/u);
    expect(embed.fields!.some((f) => f.name === 'What a careful reader should know')).toBe(true);
    const labels = reply.data!.components![0]!.components.map((c) => c.label);
    expect(labels).toEqual(['More passages', 'Context', 'Delete']);
    expect(reply.data!.flags ?? 0).toBe(0);
  });

  it('/ask private is ephemeral; an unanswerable question is ephemeral with nearby passages', async () => {
    expect((await ask(command('ask', { question: 'patriot missiles', private: true }))).data!.flags! & EPHEMERAL).toBe(EPHEMERAL);
    const none = await ask(command('ask', { question: 'how do I bake sourdough?' }));
    expect(none.data!.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(none.data!.content).toMatch(/The corpus does not answer this/u);
  });

  it('autocomplete offers at most 25 choices of at most 100 characters', async () => {
    const reply = await ask(autocomplete('ask', 'question', 'who attacked the milit'));
    expect(reply.type).toBe(8);
    expect(reply.data!.choices!.length).toBeGreaterThan(0);
    expect(reply.data!.choices!.length).toBeLessThanOrEqual(25);
    for (const c of reply.data!.choices!) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('/ask with an article answers from it, offers the articles as they are typed, and names one that is not there', async () => {
    const choices = await ask(autocomplete('ask', 'article', 'presstv'));
    expect(choices.data!.choices!.map((c) => c.value)).toEqual(['presstv-us-iraq-attacks']);
    const scoped = await ask(command('ask', { question: 'who is behind the attacks on US forces?', article: 'presstv-us-iraq-attacks' }));
    expect(scoped.data!.embeds![0]!.footer!.text).toMatch(/presstv-us-iraq-attacks#\d+/u);
    const more = scoped.data!.components![0]!.components.find((c) => c.label === 'More passages')!.custom_id!;
    expect(more).toBe('fp:more:1:presstv-us-iraq-attacks');
    expect((await ask(button(more, scoped.data!.content!))).data!.embeds![0]!.footer!.text).toMatch(/presstv-us-iraq-attacks#\d+/u);
    const missing = await ask(command('ask', { question: 'who is behind the attacks?', article: 'no-such-article' }));
    expect(missing.data!.content).toMatch(/There is no article `no-such-article`/u);
    expect(missing.data!.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('buttons: More passages, Context, Delete by the asker and by someone else', async () => {
    const first = await ask(command('ask', { question: 'attacks on american forces in iraq' }));
    const more = await ask(button('fp:more:1', first.data!.content!));
    expect(more.data!.embeds![0]!.footer!.text).not.toBe(first.data!.embeds![0]!.footer!.text);
    const ctxId = first.data!.components![0]!.components.find((c) => c.label === 'Context')!.custom_id!;
    expect((await ask(button(ctxId, first.data!.content!))).data!.embeds![0]!.description).toMatch(/Before[\s\S]*After/u);
    const refused = await ask(button(`fp:del:${ASKER.id}`, first.data!.content!, OTHER));
    expect(refused.data!.content).toMatch(/Only the person who asked/u);
    const deleted = await standIn.interact(button(`fp:del:${ASKER.id}`, first.data!.content!, ASKER));
    expect((deleted.body as Callback).type).toBe(6);
    await standIn.waitFor((r) => r.method === 'DELETE' && r.path.endsWith('/messages/@original'));
  });

  it('/quote, /source, /caveats, /help and Check sourcing answer', async () => {
    const quote = await ask(command('quote', { passage: 'presstv-us-iraq-attacks#14' }));
    expect(unescape(quote.data!.embeds![0]!.description!)).toContain('Patriot missile batteries');
    expect((await ask(command('source'))).data!.embeds![0]!.fields!.map((f) => f.name)).toContain('Caveats');
    expect((await ask(command('caveats'))).data!.embeds![0]!.fields).toHaveLength(9);
    expect((await ask(command('help'))).data!.embeds![0]!.title).toBe('How to use Fineprint');
    const check = await ask(checkSourcing('Britain refused to join the American strikes'));
    expect(check.data!.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(check.data!.embeds!.length).toBeGreaterThan(0);
  });

  it('works in a DM, without a guild', async () => {
    const reply = await ask(command('ask', { question: 'patriot missiles' }, ASKER, true));
    expect(reply.data!.embeds!.length).toBe(1);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '    '],
    ['only stopwords', 'the of and to'],
    ['mentions', '@everyone <@123> <@&456> attacks'],
    ['markdown breakers', '``` || [link](http://x) ** attacks'],
    ['zero-width and right-to-left', '\u200b\u202eattacks\u202c on US forces'],
    ['emoji', '💥 attacks 🇺🇸'],
    ['300 characters', 'attacks '.repeat(37).slice(0, 300)],
    ['6,000 characters', 'x'.repeat(6000)],
  ])('bad input (%s) gets a clear answer', async (_name, question) => {
    const reply = await ask(command('ask', { question }));
    expect(reply.type).toBe(4);
    expect(reply.data!.content ?? reply.data!.embeds![0]!.description).toBeTruthy();
    expect(JSON.stringify(reply.data)).not.toMatch(/@everyone|<@123>|<@&456>/u);
  });

  it('a missing passage, a stale button and an unknown command get clear answers', async () => {
    expect((await ask(command('quote', { passage: 'nope#1' }))).data!.content).toMatch(/no passage/u);
    expect((await ask(button('fp:zap:forged', 'x'))).data!.content).toMatch(/no longer valid/u);
    expect((await ask(select('fp:pick', ['nope#9']))).data!.content).toMatch(/no longer valid/u);
    expect((await ask(command('frobnicate'))).data!.content).toMatch(/do not know the command/u);
  });

  it('rides out a 429 and a 500 from REST, and stays up', async () => {
    standIn.faults.push({ status: 429, retryAfter: 0.2 });
    expect((await ask(command('help'))).data!.embeds!.length).toBe(1);
    standIn.faults.push({ status: 500 });
    expect((await ask(command('help'))).data!.embeds!.length).toBe(1);
  });

  it('resumes or reconnects after the gateway drops, and answers the next interaction', async () => {
    for (const code of [4000, 1006]) {
      const sessions = standIn.gatewayReceived.length;
      standIn.dropConnection(code);
      await until(() => standIn.gatewayReceived.slice(sessions).some((p) => p.op === 6 || p.op === 2), `a resume after close ${code}`);
      await new Promise((r) => setTimeout(r, 200));
      expect((await ask(command('help'))).data!.embeds!.length).toBe(1);
    }
  });

  it('reconnects when heartbeats go unacknowledged, and answers the next interaction', async () => {
    const identifiesOrResumes = () => standIn.gatewayReceived.filter((p) => p.op === 2 || p.op === 6).length;
    const before = identifiesOrResumes();
    standIn.ackHeartbeats = false;
    await until(() => identifiesOrResumes() > before, 'a new connection after missed heartbeat acks');
    standIn.ackHeartbeats = true;
    await new Promise((r) => setTimeout(r, 200));
    expect((await ask(command('help'))).data!.embeds!.length).toBe(1);
  });

  it('deploy-commands registers commands that follow Discord’s rules', async () => {
    // Spawned without blocking: the stand-in answering it runs in this process.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/deploy-commands.ts'], {
      cwd: PROJECT,
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: standIn.apiUrl },
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    expect(await new Promise((r) => child.once('exit', r))).toBe(0);
    expect(stdout).toMatch(/Registered 8 commands in guild/u);
    const put = await standIn.waitFor((r) => r.method === 'PUT' && r.path === `/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    for (const c of put.body as { name: string; description?: string; type?: number }[]) {
      expect(c.name).toMatch(/^[-_'\p{L}\p{N} ]{1,32}$/u);
      if ((c.type ?? 1) === 1) expect(c.description!.length).toBeLessThanOrEqual(100);
    }
  });

  it('on SIGTERM during a reply, the reply still arrives, the gateway closes and it exits 0', async () => {
    standIn.callbackDelayMs = 500;
    const exited = new Promise<number | null>((r) => bot.once('exit', r));
    // The callback has reached Discord but not been answered: the bot is mid-reply when the signal comes.
    const reply = await standIn.interact(command('ask', { question: 'who is behind the attacks?' }));
    const signalled = Date.now();
    bot.kill('SIGTERM');
    expect((reply.body as Callback).data!.embeds!.length).toBe(1);
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(300); // it waited for the reply to finish
    expect(logs()).toMatch(/shutting down/u);
  });
});
