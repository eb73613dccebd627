import pino, { type Logger } from 'pino';
import { ConfigError, loadConfig } from '../config.js';
import { CorpusError } from '../corpus/errors.js';
import { listCorpusFiles } from '../corpus/load.js';
import type { App } from '../../commands/types.js';
import { openCorpus, saveCorpus } from '../ingest/open.js';
import { ArticleDesk } from '../living/articleDesk.js';
import { LiveCorpus } from '../living/liveCorpus.js';
import { watchCorpus } from '../living/watch.js';
import { runConsole } from './console.js';
import { Conversations } from './conversations.js';
import { startDiscord } from './discord.js';

/**
 * `npm start`: the bot on Discord when DISCORD_TOKEN is set, else the local
 * console on the same corpus and commands.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  // Logs go to stderr as JSON lines, so the console's replies on stdout stay clean.
  const log = pino({ level: config.logLevel, redact: ['token', '*.token', 'config.token'] }, pino.destination(2));
  const listed = listCorpusFiles(config.corpusDir);
  const corpus = openCorpus(config.corpusDir);
  log.info({ documents: corpus.documents.length, passages: corpus.passages.length, fromCache: corpus.fromCache }, 'corpus loaded');
  const live: LiveCorpus = new LiveCorpus(
    config.corpusDir,
    corpus,
    {
      changed: ({ added, replaced, removed }) => log.info({ added, replaced, removed, documents: live.corpus.documents.length }, 'corpus changed'),
      failed: (error) => log.warn({ file: error.file, line: error.line, reason: error.reason }, 'a corpus file did not load; its previous version stays in service'),
      afterChangeFailed: (error, what) =>
        log.warn({ err: error }, what === 'save' ? 'the changed corpus could not be saved as its index; the next start ingests again' : 'the index could not be settled after a change'),
    },
    { save: (changed, files) => saveCorpus(config.corpusDir, changed, files) },
    listed,
  );
  const watcher = watchCorpus(live, { onError: (error) => log.warn({ err: error }, 'watching the corpus directory failed; it is still read every 30 s') });
  const app: App = {
    get corpus() {
      return live.corpus;
    },
    get engine() {
      return live.engine;
    },
    articles: articleDesk(live, config.addedCorpusDir, log),
    conversations: new Conversations(),
  };

  if (!config.token) {
    process.stderr.write('No DISCORD_TOKEN set: running a local console. To connect to Discord, set DISCORD_TOKEN (see .env.example).\n');
    live.prepare();
    await runConsole(app);
    watcher.close();
    live.close();
    return 0;
  }
  const bot = await startDiscord(config, app, log);
  // Once connected: the first article added then takes no longer than the next.
  setImmediate(() => live.prepare());
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      log.info({ signal }, 'shutting down: finishing replies under way');
      watcher.close();
      live.close();
      bot.stop().then(resolve, resolve);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  return 0;
}

/** Where moderators' articles go; none when the folder cannot be written, and the bot says why. */
function articleDesk(live: LiveCorpus, dir: string, log: Logger): ArticleDesk | undefined {
  try {
    return new ArticleDesk(live, dir);
  } catch (error) {
    log.warn({ err: error, dir }, 'articles cannot be added from Discord: the folder for them cannot be written');
    return undefined;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof CorpusError) process.stderr.write(`fineprint: ${error.message}\n`);
    else process.stderr.write(`fineprint: ${(error as Error)?.message ?? String(error)}\n`);
    process.exit(1);
  },
);
