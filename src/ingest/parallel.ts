import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Article } from '../corpus/types.js';
import type { IngestedDocument } from './corpusIndex.js';
import { ingestArticle } from './ingest.js';

/**
 * Below this many articles a thread is not worth starting: a worker reads the sourcing analysis's
 * word lists, WordNet and the tagger again, about a second of work.
 */
const ARTICLES_PER_THREAD = 400;
const MAX_THREADS = 4;
/**
 * How long to wait for the helpers beyond the time the main thread's own share took (theirs are as large): a helper
 * that died without a word (out of memory) is given up on, and its share done here.
 */
const PATIENCE = { times: 4, plusMs: 60_000 };

/**
 * What a helper thread runs: this module, imported as the main thread imported it. Run from TypeScript, the
 * helper first registers tsx (a dependency, which `npm start` runs through), as workers inherit no loader. A
 * helper that fails posts the error; one that stops says it is done on its way out.
 */
const HELPER = `
const { workerData } = require('node:worker_threads');
const { port, done } = workerData;
const finished = () => { Atomics.store(done, 0, 1); Atomics.notify(done, 0); };
process.on('exit', finished);
(workerData.loader ? import(workerData.loader).then((tsx) => tsx.register()) : Promise.resolve())
  .then(() => import(workerData.module))
  .then((m) => port.postMessage({ ingested: m.ingestShare(workerData.articles) }))
  .catch((error) => port.postMessage({ error: String(error && error.message || error) }))
  .finally(finished);
`;
/** tsx's API, found from this module; none where this module is not TypeScript loaded as a module. */
const LOADER = import.meta.url.endsWith('.ts') && typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : null;

/** One article after another, with its passages' sourcing: what a helper thread does with its share. */
export function ingestShare(articles: readonly Article[]): IngestedDocument[] {
  return articles.map((article) => ingestArticle(article));
}

interface Helper {
  articles: readonly Article[];
  port: MessagePort;
  done: Int32Array;
  worker: Worker | null;
  /** Why the helper failed, when its thread reported it (it cannot while this thread waits). */
  error: string | null;
}

/**
 * Articles cut into passages with their sourcing, in their order. The sourcing analysis costs as much as
 * the index build, and each article's is its own: a large corpus shares it among the machine's cores,
 * the main thread taking the first share, and waits for the rest before the index is built. `helped` counts
 * the shares helper threads did; a share a helper could not do is done here, with a process warning.
 */
export function ingestInParallel(articles: readonly Article[], articlesPerThread = ARTICLES_PER_THREAD): { ingested: IngestedDocument[]; helped: number } {
  const threads = Math.min(availableParallelism(), MAX_THREADS, Math.floor(articles.length / articlesPerThread));
  if (threads < 2) return { ingested: ingestShare(articles), helped: 0 };
  const shares = sharesOf(articles, threads);
  const helpers = shares.slice(1).map(startHelper);
  try {
    const started = performance.now();
    const own = ingestShare(shares[0]!);
    const deadline = performance.now() + PATIENCE.times * (performance.now() - started) + PATIENCE.plusMs;
    const results = helpers.map((helper) => resultOf(helper, deadline));
    return { ingested: [own, ...results.map((r) => r.ingested)].flat(), helped: results.filter((r) => r.helped).length };
  } finally {
    for (const helper of helpers) stop(helper);
  }
}

/** Consecutive shares of about the same length of text. */
function sharesOf(articles: readonly Article[], count: number): Article[][] {
  const total = articles.reduce((sum, a) => sum + a.source.length, 0);
  const shares: Article[][] = [[]];
  let sum = 0;
  for (const article of articles) {
    if (sum >= (total * shares.length) / count && shares.length < count) shares.push([]);
    shares.at(-1)!.push(article);
    sum += article.source.length;
  }
  return shares;
}

function startHelper(articles: readonly Article[]): Helper {
  const { port1, port2 } = new MessageChannel();
  const helper: Helper = { articles, port: port1, done: new Int32Array(new SharedArrayBuffer(4)), worker: null, error: null };
  try {
    helper.worker = new Worker(HELPER, { eval: true, workerData: { module: import.meta.url, loader: LOADER, articles, port: port2, done: helper.done }, transferList: [port2] });
    helper.worker.unref();
    // Heard only once this thread is free again: kept so that a helper's death never throws here.
    helper.worker.on('error', (error) => (helper.error ??= error.message));
  } catch (error) {
    helper.error = error instanceof Error ? error.message : String(error);
  }
  return helper;
}

/** A helper's share, once it has finished or the deadline has passed; done here if the helper could not. */
function resultOf(helper: Helper, deadline: number): { ingested: IngestedDocument[]; helped: boolean } {
  if (helper.worker) Atomics.wait(helper.done, 0, 0, Math.max(0, deadline - performance.now()));
  const message = receiveMessageOnPort(helper.port)?.message as { ingested?: IngestedDocument[]; error?: string } | undefined;
  if (message?.ingested) return { ingested: message.ingested, helped: true };
  const why = message?.error ?? helper.error ?? (Atomics.load(helper.done, 0) === 0 ? 'it did not finish in time' : 'it stopped');
  process.emitWarning(`a helper thread could not analyse the sourcing of ${helper.articles.length} articles (${why}); they were analysed on the main thread`);
  return { ingested: ingestShare(helper.articles), helped: false };
}

function stop(helper: Helper): void {
  helper.port.close();
  void helper.worker?.terminate();
}
