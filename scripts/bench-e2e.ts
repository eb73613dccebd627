/**
 * `npm run bench:e2e`: the real bot process under load through the loopback
 * Discord stand-in. Sends 2,000 /ask interactions at 200 a second and reports
 * how many were answered, the latency from dispatch to the bot's callback, and
 * the bot's resident memory: idle at start, after a warm-up of half as many
 * interactions, and after the run. Traffic stays on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { command } from '../tests/e2e/interactions.js';
import { APPLICATION_ID, DiscordStandIn } from '../tests/e2e/standIn.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { count: { type: 'string', default: '2000' }, rate: { type: 'string', default: '200' } } });
const count = Number(values.count);
const rate = Number(values.rate);

const questions = (JSON.parse(readFileSync(`${ROOT}/eval/answers.json`, 'utf8')).questions as { q: string }[]).map((q) => q.q);
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
/** Resident memory once the process is idle: the least of samples over two seconds, after its collector has run. */
async function settledRss(pid: number): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 200));
    least = Math.min(least, rssMb(pid));
  }
  return least;
}

const standIn = new DiscordStandIn();
await standIn.start();
let logs = '';
const bot = spawn(process.execPath, ['--import', 'tsx', 'src/bot/main.ts'], {
  cwd: ROOT,
  env: {
    ...process.env,
    DISCORD_TOKEN: `${Buffer.from(APPLICATION_ID).toString('base64url')}.GfakeA.${'x'.repeat(27)}`,
    DISCORD_API_URL: standIn.apiUrl,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'info',
    CORPUS_DIR: '',
  },
  stdio: ['ignore', 'ignore', 'pipe'],
});
bot.stderr.on('data', (c: Buffer) => (logs = (logs + c.toString()).slice(-4000)));
const deadline = Date.now() + 60_000;
while (!logs.includes('connected to Discord')) {
  if (Date.now() > deadline || bot.exitCode !== null) throw new Error(`the bot did not connect:\n${logs}`);
  await new Promise((r) => setTimeout(r, 25));
}

try {
  const rssStart = await settledRss(bot.pid!);
  // Warm up the answer path, the JIT and the heap (half the measured load, at the same rate) and let the
  // bot go idle, so that "before" is the size the process settles at under this load, and growth from it
  // is what a leak would show. (Without the warm-up the heap's first growth to its working size, some
  // 35 MB, would count; it then stays flat: about 200 MB after 2,000, 6,000 or 10,000 interactions.)
  const warmUp = Math.ceil(count / 2);
  await Promise.all(
    Array.from({ length: warmUp }, (_, i) =>
      new Promise((r) => setTimeout(r, (i * 1000) / rate)).then(() => standIn.interact(command('ask', { question: questions[i % questions.length]! }))),
    ),
  );
  const rssBefore = await settledRss(bot.pid!);

  const latencies: number[] = [];
  let answered = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const sent = performance.now();
    pending.push(
      standIn.interact(command('ask', { question: questions[i % questions.length]! })).then(
        () => {
          latencies.push(performance.now() - sent);
          answered++;
        },
        () => {},
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  const rssAfter = await settledRss(bot.pid!);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  console.log('| interactions | rate | answered | p50 | p99 | max | RSS at start | RSS before | RSS after | growth |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  console.log(
    `| ${count.toLocaleString('en')} | ${rate}/s (${(count / elapsed).toFixed(0)}/s achieved) | ${answered}/${count} | ${at(0.5).toFixed(1)} ms | ${at(0.99).toFixed(1)} ms | ${latencies[latencies.length - 1]?.toFixed(1)} ms | ${rssStart.toFixed(0)} MB | ${rssBefore.toFixed(0)} MB | ${rssAfter.toFixed(0)} MB | ${(((rssAfter - rssBefore) / rssBefore) * 100).toFixed(1)}% |`,
  );
  console.log(`\nDispatch (gateway write) to the bot's interaction callback arriving at the stand-in; Node ${process.version}.`);
} finally {
  bot.kill('SIGTERM');
  await new Promise((r) => bot.once('exit', r));
  await standIn.stop();
}
