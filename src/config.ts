import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';

/** The project's own corpus, used when CORPUS_DIR is not set. */
const BUNDLED_CORPUS = resolve(fileURLToPath(new URL('../corpus', import.meta.url)));

let dotenvLoaded = false;

/** Reads `.env` once; variables already in the environment win. */
function environment(): NodeJS.ProcessEnv {
  if (!dotenvLoaded) {
    loadDotenv({ quiet: true });
    dotenvLoaded = true;
  }
  return process.env;
}

/** CORPUS_DIR, else the bundled corpus, written relative to the working directory when inside it. */
export function corpusDirFromEnv(): string {
  const configured = environment().CORPUS_DIR?.trim();
  if (configured) return configured;
  const rel = relative(process.cwd(), BUNDLED_CORPUS);
  return rel && !rel.startsWith('..') ? rel : BUNDLED_CORPUS;
}
