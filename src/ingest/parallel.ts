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
/** How long to wait for a helper thread before doing its share here (it may have died without a word). */
const PATIENCE_MS = 10 * 60 * 1000;

/**
 * What a helper thread runs: this module, imported as the main thread imported it. Run from TypeScript, the
 * helper first registers tsx (a dependency, which `npm start` runs through), as workers inherit no loader. A
 * helper that fails posts the error, which the main thread answers by doing the share itself.
 */
const HELPER = `
const { workerData } = require('node:worker_threads');
const { port, done } = workerData;
(workerData.loader ? import(workerData.loader).then((tsx) => tsx.register()) : Promise.resolve())
  .then(() => import(workerData.module))
  .then((m) => port.postMessage({ ingested: m.ingestShare(workerData.articles) }))
  .catch((error) => port.postMessage({ error: String(error && error.message || error) }))
  .finally(() => { Atomics.store(done, 0, 1); Atomics.notify(done, 0); });
`;
/**
 * tsx's API, found from here rather than from the working directory, which may be any; from the working directory
 * where this module was compiled to CommonJS, which has no `import.meta.resolve`.
 */
const LOADER = import.meta.url.endsWith('.ts') ? (typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api') : null;

/** One article after another, with its passages' sourcing: what a helper thread does with its share. */
export function ingestShare(articles: readonly Article[]): IngestedDocument[] {
  return articles.map((article) => ingestArticle(article));
}

interface Helper {
  articles: readonly Article[];
  port: MessagePort;
  done: Int32Array;
  worker: Worker | null;
}

/**
 * Articles cut into passages with their sourcing, in their order. The sourcing analysis costs as much as
 * the index build, and each article's is its own: a large corpus shares it among the machine's cores,
 * the main thread taking the first share, and waits for the rest before the index is built. `helped` counts
 * the shares helper threads did.
 */
export function ingestInParallel(articles: readonly Article[], articlesPerThread = ARTICLES_PER_THREAD): { ingested: IngestedDocument[]; helped: number } {
  const threads = Math.min(availableParallelism(), MAX_THREADS, Math.floor(articles.length / articlesPerThread));
  if (threads < 2) return { ingested: ingestShare(articles), helped: 0 };
  const shares = sharesOf(articles, threads);
  const helpers = shares.slice(1).map(startHelper);
  const own = ingestShare(shares[0]!);
  const results = helpers.map(resultOf);
  return { ingested: [own, ...results.map((r) => r.ingested)].flat(), helped: results.filter((r) => r.helped).length };
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
  const done = new Int32Array(new SharedArrayBuffer(4));
  try {
    const worker = new Worker(HELPER, { eval: true, workerData: { module: import.meta.url, loader: LOADER, articles, port: port2, done }, transferList: [port2] });
    worker.unref();
    return { articles, port: port1, done, worker };
  } catch {
    return { articles, port: port1, done, worker: null };
  }
}

/** A helper's share, once it has finished; done here if it could not be. */
function resultOf(helper: Helper): { ingested: IngestedDocument[]; helped: boolean } {
  if (helper.worker) Atomics.wait(helper.done, 0, 0, PATIENCE_MS);
  const message = receiveMessageOnPort(helper.port)?.message as { ingested?: IngestedDocument[] } | undefined;
  helper.port.close();
  void helper.worker?.terminate();
  return message?.ingested ? { ingested: message.ingested, helped: true } : { ingested: ingestShare(helper.articles), helped: false };
}
