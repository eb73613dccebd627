import pino from 'pino';
import { AnswerEngine } from '../answer/engine.js';
import { ConfigError, loadConfig } from '../config.js';
import { CorpusError } from '../corpus/errors.js';
import { openCorpus } from '../ingest/open.js';
import { runConsole } from './console.js';
import { startDiscord } from './discord.js';

/**
 * `npm start`: the bot on Discord when DISCORD_TOKEN is set, else the local
 * console on the same corpus and commands.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  // Logs go to stderr as JSON lines, so the console's replies on stdout stay clean.
  const log = pino({ level: config.logLevel, redact: ['token', '*.token', 'config.token'] }, pino.destination(2));
  const corpus = openCorpus(config.corpusDir);
  const app = { corpus, engine: new AnswerEngine(corpus) };
  log.info({ documents: corpus.documents.length, passages: corpus.passages.length, fromCache: corpus.fromCache }, 'corpus loaded');

  if (!config.token) {
    process.stderr.write('No DISCORD_TOKEN set: running a local console. To connect to Discord, set DISCORD_TOKEN (see .env.example).\n');
    await runConsole(app);
    return 0;
  }
  const bot = await startDiscord(config, app, log);
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      log.info({ signal }, 'shutting down: finishing replies under way');
      bot.stop().then(resolve, resolve);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof CorpusError) process.stderr.write(`fineprint: ${error.message}\n`);
    else process.stderr.write(`fineprint: ${(error as Error)?.message ?? String(error)}\n`);
    process.exit(1);
  },
);
