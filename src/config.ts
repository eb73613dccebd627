import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { whyNotInCorpus } from './corpus/load.js';

/** The project's root: the nearest folder above this file with a package.json (the same from src/ and dist/src/). */
export const PROJECT_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

/** The project's own corpus, used when CORPUS_DIR is not set. */
const BUNDLED_CORPUS = join(PROJECT_ROOT, 'corpus');

let dotenvLoaded = false;

/** Reads `.env` once; variables already in the environment win. The one place the environment is read. */
function environment(): NodeJS.ProcessEnv {
  if (!dotenvLoaded) {
    loadDotenv({ quiet: true });
    dotenvLoaded = true;
  }
  return process.env;
}

/** A configuration problem, named by its variable: printed as one line, then the process exits 1. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const snowflake = z.preprocess(blankIsUnset, z.string().regex(/^\d{17,20}$/u, 'expected a Discord id (17 to 20 digits)').optional());

const schema = z.object({
  DISCORD_TOKEN: z.preprocess(
    blankIsUnset,
    z.string().regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/u, 'does not look like a bot token (three dot-separated parts)').optional(),
  ),
  DISCORD_CLIENT_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  CORPUS_DIR: z.preprocess(blankIsUnset, z.string().optional()),
  ADDED_CORPUS_DIR: z.preprocess(blankIsUnset, z.string().optional()),
  EDITOR_ROLE_ID: snowflake,
  COOLDOWN_SECONDS: z.preprocess(blankIsUnset, z.coerce.number({ error: 'expected a number of seconds' }).min(0).max(3600).default(3)),
  LOG_LEVEL: z.preprocess(blankIsUnset, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  DISCORD_API_URL: z.preprocess(blankIsUnset, z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).default('https://discord.com/api')),
});

export interface Config {
  token: string | null;
  clientId: string | null;
  guildId: string | null;
  corpusDir: string;
  /** Where articles added from Discord are written: the corpus directory, or a folder inside it. */
  addedCorpusDir: string;
  /** A role whose members may add and remove articles, beside those with Manage Server. */
  editorRoleId: string | null;
  cooldownSeconds: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  apiUrl: string;
}

/**
 * The validated configuration. `require` names the variables the caller cannot do
 * without (the bot needs a token; deploying commands needs the application id).
 */
export function loadConfig(require: ('DISCORD_TOKEN' | 'DISCORD_CLIENT_ID')[] = []): Config {
  const env = environment();
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'configuration'), issue.message);
  }
  const values = parsed.data;
  for (const variable of require) {
    if (!values[variable]) throw new ConfigError(variable, `is required; set it in the environment or in .env (see .env.example)`);
  }
  const corpusDir = values.CORPUS_DIR ?? bundledCorpus();
  const addedCorpusDir = values.ADDED_CORPUS_DIR ? resolve(corpusDir, values.ADDED_CORPUS_DIR) : corpusDir;
  // The bot serves only what the corpus loader reads.
  const notServed = whyNotInCorpus(corpusDir, addedCorpusDir);
  if (notServed) throw new ConfigError('ADDED_CORPUS_DIR', notServed);
  return {
    token: values.DISCORD_TOKEN ?? null,
    clientId: values.DISCORD_CLIENT_ID ?? null,
    guildId: values.DISCORD_GUILD_ID ?? null,
    corpusDir,
    addedCorpusDir,
    editorRoleId: values.EDITOR_ROLE_ID ?? null,
    cooldownSeconds: values.COOLDOWN_SECONDS,
    logLevel: values.LOG_LEVEL,
    apiUrl: values.DISCORD_API_URL,
  };
}

/** CORPUS_DIR, validated as the bot validates it, else the bundled corpus: for the CLI, which needs nothing else. */
export function corpusDirFromEnv(): string {
  const parsed = schema.pick({ CORPUS_DIR: true }).safeParse(environment());
  if (!parsed.success) throw new ConfigError('CORPUS_DIR', parsed.error.issues[0]!.message);
  return parsed.data.CORPUS_DIR?.trim() || bundledCorpus();
}

/** Whether terminal output is coloured: NO_COLOR (https://no-color.org) wins, then FORCE_COLOR, else only on a terminal. */
export function colourChoice(): 'never' | 'always' | 'auto' {
  const env = environment();
  if (env.NO_COLOR) return 'never';
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return 'always';
  return 'auto';
}

/** POLNEAR_DIR: a checkout of the PolNeAR corpus, which may not be redistributed, for the evaluations that read it. */
export function polnearDirFromEnv(): string | null {
  return environment().POLNEAR_DIR?.trim() || null;
}

/** BASIL_DIR: a checkout of the BASIL media-bias corpus, read by `npm run eval` when set (never redistributed). */
export function basilDirFromEnv(): string | null {
  return environment().BASIL_DIR?.trim() || null;
}

/** FINEPRINT_DEBUG: print an internal error's stack as well as its one-line message. */
export function debugEnabled(): boolean {
  return Boolean(environment().FINEPRINT_DEBUG);
}

function bundledCorpus(): string {
  const rel = relative(process.cwd(), BUNDLED_CORPUS);
  return rel && !rel.startsWith('..') ? rel : BUNDLED_CORPUS;
}
