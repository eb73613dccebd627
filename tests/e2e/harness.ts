/** The bot as a child process against the loopback Discord, and checks every reply must pass. */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from 'vitest';
import { PROJECT } from '../helpers.js';
import { APPLICATION_ID, type DiscordStandIn, type Recorded } from './standIn.js';

/** A token in Discord's shape; the stand-in accepts any. */
export const TOKEN = `${Buffer.from(APPLICATION_ID).toString('base64url')}.GfakeA.${'x'.repeat(27)}`;
export const EPHEMERAL = 1 << 6;

export interface Callback {
  type: number;
  data?: {
    content?: string;
    flags?: number;
    embeds?: { title?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[] }[];
    components?: { components: { custom_id?: string; label?: string; url?: string; options?: { value: string }[] }[] }[];
    allowed_mentions?: { parse: string[] };
    choices?: { name: string; value: string }[];
    custom_id?: string;
    title?: string;
  };
}

/** The bot process, with what it has logged so far. */
export interface BotProcess {
  child: ChildProcess;
  logs(): string;
  /** Waits until a condition holds, or fails with the bot's last log lines. */
  until(condition: () => boolean, what: string, ms?: number): Promise<void>;
}

export function startBot(standIn: DiscordStandIn, extraEnv: Record<string, string> = {}): BotProcess {
  let logs = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bot/main.ts'], {
    cwd: PROJECT,
    env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl, COOLDOWN_SECONDS: '0', LOG_LEVEL: 'info', CORPUS_DIR: '', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  return {
    child,
    logs: () => logs,
    async until(condition, what, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; bot logs:\n${logs.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

/** Stops the bot as an operator would, and waits for it to exit. */
export async function stopBot(bot: BotProcess): Promise<void> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  const exited = new Promise((r) => bot.child.once('exit', r));
  bot.child.kill('SIGTERM');
  await exited;
}

/** Every reply: no mentions parsed, and inside Discord's limits. */
export function checkReply(callback: Callback) {
  const data = callback.data!;
  expect(data.allowed_mentions).toEqual({ parse: [] });
  expect((data.content ?? '').length).toBeLessThanOrEqual(2000);
  let total = 0;
  for (const e of data.embeds ?? []) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(256);
    expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
  for (const row of data.components ?? []) for (const c of row.components) expect((c.custom_id ?? '').length).toBeLessThanOrEqual(100);
}

/** Sends an interaction and returns the bot's callback, checked as every reply is. */
export async function interact(standIn: DiscordStandIn, interaction: Parameters<DiscordStandIn['interact']>[0]): Promise<Callback> {
  const recorded: Recorded = await standIn.interact(interaction);
  const callback = recorded.body as Callback;
  // A deferral (5) carries only its flags; choices (8) and a form (9) are no message.
  if (callback.data && ![5, 8, 9].includes(callback.type)) checkReply(callback);
  return callback;
}
