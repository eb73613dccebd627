import { Worker } from 'node:worker_threads';
import { nearMeanings } from '../text/wordnet.js';
import { forgetStems } from '../text/words.js';
import { Analyzer, nameTerm, type Acronym, type NearMeanings } from './analyze.js';

/**
 * WordNet's near meanings kept to those this corpus holds, so the table is
 * small and questions look words up without reading WordNet again.
 */
export function corpusNearMeanings(
  analyzer: Analyzer,
  corpusTerms: { has(term: string): boolean },
  wordnet: ReadonlyMap<string, readonly string[]> = nearMeanings(),
): NearMeanings {
  const near = new Map<string, string[]>();
  for (const [lemma, words] of wordnet) {
    const own = analyzer.wordTerm(lemma);
    // A question word the corpus holds is searched as itself (see Analyzer.question); a phrasal
    // verb means something its verb does not ("fall apart"), whatever the corpus holds.
    if (!lemma.includes(' ') && corpusTerms.has(own)) continue;
    const terms = new Set<string>();
    for (const word of words) {
      // A name of several words is one term where the corpus writes it as a name (see learnNames).
      const term = word.includes(' ') ? nameTerm(word) : analyzer.wordTerm(word);
      if (term !== own && corpusTerms.has(term)) terms.add(term);
    }
    if (terms.size > 0) near.set(lemma, [...terms]);
  }
  forgetStems();
  return near;
}

/**
 * The same table, made in a worker thread for a corpus that changes while it
 * serves, or here if no worker can start. The worker stays for the process's
 * life and keeps WordNet read: after the first change, a change costs only the
 * walk over it. Its memory is its own heap's, not the corpus's.
 */
export async function nearMeaningsBeside(acronyms: readonly Acronym[], terms: readonly string[]): Promise<NearMeanings> {
  const request: NearRequest = { acronyms: [...acronyms], terms: [...terms] };
  try {
    return new Map(await inWorker(request));
  } catch {
    return corpusNearMeanings(new Analyzer(request.acronyms), new Set(request.terms));
  }
}

/** What the worker is given: the analyzer's acronyms (the only corpus knowledge a word's term depends on) and the corpus's terms. */
export interface NearRequest {
  acronyms: Acronym[];
  terms: string[];
}

export type NearEntries = [lemma: string, terms: readonly string[]][];

interface NearWorker {
  thread: Worker;
  waiting: Map<number, { resolve: (table: NearEntries) => void; reject: (error: Error) => void }>;
  next: number;
}

let worker: NearWorker | null = null;

function inWorker(request: NearRequest): Promise<NearEntries> {
  const running = (worker ??= startWorker());
  const id = running.next++;
  // Held open only while it works: an idle worker never keeps the process alive.
  running.thread.ref();
  return new Promise((resolve, reject) => {
    running.waiting.set(id, { resolve, reject });
    running.thread.postMessage({ id, request });
  });
}

function startWorker(): NearWorker {
  const source = import.meta.url.endsWith('.ts');
  const entry = new URL(`./nearMeaningsWorker.${source ? 'ts' : 'js'}`, import.meta.url).href;
  // Run from TypeScript sources (npm start, tests), the worker registers the same loader first.
  const boot = source
    ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`
    : `import(${JSON.stringify(entry)});`;
  const started: NearWorker = { thread: new Worker(boot, { eval: true }), waiting: new Map(), next: 0 };
  started.thread.on('message', ({ id, table }: { id: number; table: NearEntries }) => {
    started.waiting.get(id)?.resolve(table);
    started.waiting.delete(id);
    if (started.waiting.size === 0) started.thread.unref();
  });
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    for (const { reject } of started.waiting.values()) reject(error);
    started.waiting.clear();
  };
  started.thread.on('error', fail);
  started.thread.on('exit', (code) => fail(new Error(`the near-meanings worker exited with ${code}`)));
  return started;
}
